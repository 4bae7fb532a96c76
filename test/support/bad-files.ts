import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';

/** A real PNG of a passable portrait: what a user uploads after renaming "photo.png" to "photo.jpg". */
export async function portraitPng(): Promise<Buffer> {
  return sharp(await samplePortraitJpeg()).png().toBuffer();
}

/** The first `fraction` of a valid JPEG: an interrupted upload or a half-copied file. */
export function truncated(jpeg: Buffer, fraction = 0.5): Buffer {
  return jpeg.subarray(0, Math.floor(jpeg.length * fraction));
}

/**
 * A genuine JPEG over `minBytes`: random noise does not compress, so even a photo of plausible
 * dimensions is large. Grows the canvas until the file is big enough.
 */
export async function noisyJpeg(minBytes: number): Promise<Buffer> {
  for (let scale = 1; scale <= 4; scale++) {
    const width = 413 * scale;
    const height = 579 * scale;
    const jpeg = await sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 100 })
      .toBuffer();
    if (jpeg.length > minBytes) return jpeg;
  }
  throw new Error(`could not make a noisy JPEG over ${minBytes} bytes`);
}

/** SOFn markers carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/**
 * A decompression bomb: a small valid JPEG whose frame header (SOFn) is patched to claim
 * `width`×`height` pixels. The file stays a few KB; decoding it would need gigabytes.
 */
export function withClaimedDimensions(jpeg: Buffer, width: number, height: number): Buffer {
  const patched = Buffer.from(jpeg);
  let offset = 2; // after SOI
  while (offset + 4 <= patched.length) {
    if (patched[offset] !== 0xff) throw new Error(`not a JPEG marker at ${offset}`);
    const marker = patched[offset + 1];
    const length = patched.readUInt16BE(offset + 2);
    if (isStartOfFrame(marker)) {
      // FF Cn, length(2), precision(1), height(2), width(2)
      patched.writeUInt16BE(height, offset + 5);
      patched.writeUInt16BE(width, offset + 7);
      return patched;
    }
    if (marker === 0xda) break; // start of scan: no frame header before it
    offset += 2 + length;
  }
  throw new Error('no SOF marker found');
}

/** Excel's "Unicode text" export: UTF-16 LE with a BOM. */
export function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}
