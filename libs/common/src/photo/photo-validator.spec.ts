import { createHash, randomBytes } from 'node:crypto';
import sharp, { type Sharp } from 'sharp';
import { DomainError, ErrorCode } from '../errors';
import { PhotoPolicy, REFERENCE_PHOTO_POLICY } from './photo-policy';
import { validatePhoto } from './photo-validator';

interface PhotoOptions {
  width?: number;
  height?: number;
  background?: string;
}

/** A plain ID-photo stand-in: backdrop colour with a dark "head and shoulders" block in the middle. */
function idPhoto({ width = 413, height = 579, background = '#ffffff' }: PhotoOptions = {}): Sharp {
  const shapeWidth = Math.round(width * 0.5);
  const shapeHeight = Math.round(height * 0.6);
  return sharp({ create: { width, height, channels: 3, background } }).composite([
    {
      input: { create: { width: shapeWidth, height: shapeHeight, channels: 3, background: '#2a2a2a' } },
      left: Math.round((width - shapeWidth) / 2),
      top: height - shapeHeight,
    },
  ]);
}

async function jpeg(options: PhotoOptions = {}): Promise<Buffer> {
  return idPhoto(options).jpeg({ quality: 85 }).toBuffer();
}

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error: unknown) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

async function expectDomainError(promise: Promise<unknown>, code: ErrorCode, details?: Record<string, unknown>): Promise<DomainError> {
  const error = await rejection(promise);
  expect(error.code).toBe(code);
  if (details !== undefined) expect(error.details).toMatchObject(details);
  return error;
}

/** Walks the JPEG segments to the frame header (SOF0 baseline or SOF2 progressive) and rewrites its size. */
function claimSize(buffer: Buffer, width: number, height: number): Buffer {
  const patched = Buffer.from(buffer);
  let at = 2;
  while (at + 4 <= patched.length) {
    if (patched[at] !== 0xff) throw new Error('lost in JPEG segments');
    const marker = patched[at + 1];
    if (marker === 0xc0 || marker === 0xc2) {
      patched.writeUInt16BE(height, at + 5);
      patched.writeUInt16BE(width, at + 7);
      return patched;
    }
    at += 2 + patched.readUInt16BE(at + 2);
  }
  throw new Error('no SOF0/SOF2 segment');
}

const policy = REFERENCE_PHOTO_POLICY;

describe('REFERENCE_PHOTO_POLICY', () => {
  it('matches FA-6: under 300 KB, 2-inch 35×49 mm', () => {
    expect(policy).toEqual({
      maxBytes: 300 * 1024,
      minWidth: 295,
      minHeight: 413,
      maxWidth: 1000,
      maxHeight: 1400,
      maxPixels: 4_000_000,
      aspectRatio: 35 / 49,
      aspectTolerance: 0.06,
      requireWhiteBackground: true,
    });
  });
});

describe('validatePhoto', () => {
  it('accepts a 413×579 JPEG on white and returns size and digest', async () => {
    const buffer = await jpeg();
    await expect(validatePhoto(buffer, policy)).resolves.toEqual({
      width: 413,
      height: 579,
      bytes: buffer.length,
      sha256: createHash('sha256').update(buffer).digest('hex'),
    });
  });

  it('judges dimensions as displayed, after EXIF orientation', async () => {
    const rotated = await sharp(await jpeg()).rotate(90).jpeg().withMetadata({ orientation: 8 }).toBuffer();
    expect(await sharp(rotated).metadata()).toMatchObject({ width: 579, height: 413, orientation: 8 });
    await expect(validatePhoto(rotated, policy)).resolves.toMatchObject({ width: 413, height: 579 });
  });

  it('refuses an empty buffer as corrupt', async () => {
    await expectDomainError(validatePhoto(Buffer.alloc(0), policy), 'PHOTO_CORRUPT', { bytes: 0 });
  });

  it('refuses a file over maxBytes (a noisy JPEG) before decoding it', async () => {
    const noise = randomBytes(600 * 840 * 3);
    const buffer = await sharp(noise, { raw: { width: 600, height: 840, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
    expect(buffer.length).toBeGreaterThan(300 * 1024);
    await expectDomainError(validatePhoto(buffer, policy), 'PHOTO_TOO_LARGE', { bytes: buffer.length, maxBytes: 300 * 1024 });
  });

  it('recognises the format by content: PNG, GIF and WebP bytes are not JPEG', async () => {
    const png = await idPhoto().png().toBuffer();
    await expectDomainError(validatePhoto(png, policy), 'PHOTO_NOT_JPEG', { detected: 'png', expected: 'jpeg' });
    const gif = await idPhoto().gif().toBuffer();
    await expectDomainError(validatePhoto(gif, policy), 'PHOTO_NOT_JPEG', { detected: 'gif' });
    const webp = await idPhoto().webp().toBuffer();
    await expectDomainError(validatePhoto(webp, policy), 'PHOTO_NOT_JPEG', { detected: 'webp' });
    await expectDomainError(validatePhoto(Buffer.from('%PDF-1.7'), policy), 'PHOTO_NOT_JPEG', { detected: 'unknown' });
  });

  it('refuses a decompression bomb from its header, without decoding', async () => {
    for (const progressive of [false, true]) {
      const small = await idPhoto({ width: 64, height: 90 }).jpeg({ progressive }).toBuffer();
      const bomb = claimSize(small, 30000, 40000);
      await expectDomainError(validatePhoto(bomb, policy), 'PHOTO_TOO_MANY_PIXELS', {
        width: 30000,
        height: 40000,
        pixels: 1_200_000_000,
        maxPixels: 4_000_000,
      });
    }
  });

  it('refuses a truncated JPEG (first 60% of the bytes)', async () => {
    const buffer = await jpeg();
    const truncated = buffer.subarray(0, Math.floor(buffer.length * 0.6));
    // The header is intact, so this is caught by the full decode with failOn: 'truncated'.
    await expectDomainError(validatePhoto(truncated, policy), 'PHOTO_CORRUPT', { reason: 'decode' });
  });

  it('refuses random bytes that merely start with FF D8 FF', async () => {
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), randomBytes(4096)]);
    await expectDomainError(validatePhoto(fake, policy), 'PHOTO_CORRUPT');
  });

  it('refuses a photo smaller than 2-inch size', async () => {
    await expectDomainError(validatePhoto(await jpeg({ width: 200, height: 280 }), policy), 'PHOTO_DIMENSIONS_INVALID', {
      reason: 'too-small',
      width: 200,
      height: 280,
      minWidth: 295,
      minHeight: 413,
    });
  });

  it('refuses a photo larger than the maximum', async () => {
    await expectDomainError(validatePhoto(await jpeg({ width: 1050, height: 1470 }), policy), 'PHOTO_DIMENSIONS_INVALID', {
      reason: 'too-large',
      maxWidth: 1000,
      maxHeight: 1400,
    });
  });

  it('refuses a landscape photo by its aspect ratio', async () => {
    await expectDomainError(validatePhoto(await jpeg({ width: 579, height: 413 }), policy), 'PHOTO_DIMENSIONS_INVALID', {
      reason: 'aspect-ratio',
      width: 579,
      height: 413,
      aspectRatio: 1.402,
      expectedAspectRatio: 0.714,
      aspectTolerance: 0.06,
    });
  });

  it('refuses a blue background, and a pale blue one', async () => {
    const blue = await expectDomainError(validatePhoto(await jpeg({ background: '#438edb' }), policy), 'PHOTO_BACKGROUND_NOT_WHITE', {
      minMean: 200,
    });
    expect(blue.details).toMatchObject({ mean: { r: expect.any(Number), g: expect.any(Number), b: expect.any(Number) } });
    await expectDomainError(validatePhoto(await jpeg({ background: '#d2e6ff' }), policy), 'PHOTO_BACKGROUND_NOT_WHITE', {
      maxSpread: 30,
    });
  });

  it('accepts an off-white background and skips the colour check when the policy says so', async () => {
    await expect(validatePhoto(await jpeg({ background: '#f2f2ee' }), policy)).resolves.toMatchObject({ width: 413 });
    const relaxed: PhotoPolicy = { ...policy, requireWhiteBackground: false };
    await expect(validatePhoto(await jpeg({ background: '#438edb' }), relaxed)).resolves.toMatchObject({ height: 579 });
  });
});
