import sharp from 'sharp';
import { DomainError } from '../errors';
import { reencodeWithoutMetadata } from './clean-image';
import { jpegMetadataMarkers } from './jpeg-segments';
import { samplePortraitJpeg } from './sample-photo';

const options = { maxPixels: 4_000_000 };

/** A phone's photo: camera make and model, capture time and a GPS position in EXIF, plus a comment-like XMP. */
async function phoneJpeg(input: Buffer): Promise<Buffer> {
  return sharp(input)
    .withExif({
      IFD0: { Make: 'SecretCam', Model: 'Model X-42', Software: 'PhoneOS 17.2' },
      IFD2: { DateTimeOriginal: '2024:03:01 10:00:00' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '26/1 4/1 3000/100', GPSLongitudeRef: 'E', GPSLongitude: '119/1 17/1 4200/100' },
    })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description>home address</rdf:Description></rdf:RDF></x:xmpmeta>')
    .withIccProfile('p3')
    .jpeg()
    .toBuffer();
}

/** Mean brightness of a horizontal band (fractions of the height) of the stored pixels, ignoring any orientation tag. */
async function bandMean(jpeg: Buffer, top: number, bottom: number): Promise<number> {
  const { data, info } = await sharp(jpeg, { autoOrient: false }).greyscale().raw().toBuffer({ resolveWithObject: true });
  let sum = 0;
  let count = 0;
  for (let y = Math.floor(info.height * top); y < Math.floor(info.height * bottom); y++) {
    for (let x = 0; x < info.width; x++) {
      sum += data[y * info.width + x];
      count++;
    }
  }
  return sum / count;
}

describe('reencodeWithoutMetadata: what is stored of an uploaded picture', () => {
  it('keeps no EXIF (GPS, camera), XMP or ICC segment', async () => {
    const input = await phoneJpeg(await samplePortraitJpeg());
    const before = await sharp(input).metadata();
    expect(before.exif?.toString('latin1')).toContain('Model X-42');
    expect(before.xmp).toBeDefined();
    expect(jpegMetadataMarkers(input).length).toBeGreaterThan(0);

    const clean = await reencodeWithoutMetadata(input, options);
    const after = await sharp(clean.content).metadata();
    expect(after).toMatchObject({ format: 'jpeg', width: 413, height: 579, space: 'srgb' });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(jpegMetadataMarkers(clean.content)).toEqual([]);
    for (const secret of ['SecretCam', 'Model X-42', 'PhoneOS', 'home address']) expect(clean.content.includes(secret)).toBe(false);
    expect(clean).toMatchObject({ width: 413, height: 579, bytes: clean.content.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it.each([6, 8, 3])('applies EXIF orientation %i: the stored picture is upright without the tag', async (orientation) => {
    const upright = await samplePortraitJpeg();
    // The sensor's pixels as a phone stores them, with the tag telling viewers how to turn them back.
    const turnBy = { 6: -90, 8: 90, 3: 180 }[orientation]!;
    const stored = await sharp(upright).rotate(turnBy).withMetadata({ orientation }).jpeg().toBuffer();
    const raw = await sharp(stored).metadata();
    expect(raw.orientation).toBe(orientation);

    const clean = await reencodeWithoutMetadata(stored, options);
    const after = await sharp(clean.content).metadata();
    expect(after).toMatchObject({ width: 413, height: 579 });
    expect(after.orientation).toBeUndefined();
    // The pixels themselves are upright: white backdrop on top, the shoulders at the bottom, as in the original.
    expect(await bandMean(clean.content, 0, 0.08)).toBeGreaterThan(240);
    expect(Math.abs((await bandMean(clean.content, 0.9, 1)) - (await bandMean(upright, 0.9, 1)))).toBeLessThan(5);
    expect(await bandMean(upright, 0.9, 1)).toBeLessThan(200);
  });

  it('re-encodes a PNG document as JPEG on white (for later document uploads)', async () => {
    const png = await sharp({ create: { width: 100, height: 60, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const clean = await reencodeWithoutMetadata(png, options);
    expect(await sharp(clean.content).metadata()).toMatchObject({ format: 'jpeg', width: 100, height: 60, channels: 3 });
    expect(await bandMean(clean.content, 0, 1)).toBeGreaterThan(250);
  });

  it('refuses what it cannot decode, and pictures over the pixel limit', async () => {
    await expect(reencodeWithoutMetadata(Buffer.from('not an image'), options)).rejects.toBeInstanceOf(DomainError);
    const jpeg = await samplePortraitJpeg();
    await expect(reencodeWithoutMetadata(jpeg, { maxPixels: 1000 })).rejects.toMatchObject({ code: 'FILE_CORRUPT' });
  });
});
