import { REFERENCE_PHOTO_POLICY } from './photo-policy';
import { photoRequirementsOf } from './photo-requirements';
import { validatePhoto } from './photo-validator';
import sharp from 'sharp';

const jpeg = (width: number, height: number, background: { r: number; g: number; b: number }) => sharp({ create: { width, height, channels: 3, background } }).jpeg({ quality: 80 }).toBuffer();

describe('photoRequirementsOf', () => {
  it('FA-6 states the reference policy: JPEG, 300 KB, 295×413 to 1000×1400 pixels, 35:49, white background', () => {
    expect(photoRequirementsOf(REFERENCE_PHOTO_POLICY)).toEqual({
      format: 'JPEG',
      maxBytes: 307_200,
      minWidth: 295,
      minHeight: 413,
      maxWidth: 1000,
      maxHeight: 1400,
      maxPixels: 4_000_000,
      aspectRatio: 0.714,
      aspectTolerance: 0.06,
      whiteBackground: { required: true, minChannelMean: 200, maxChannelSpread: 30, borderFraction: 0.08 },
    });
  });

  it('FA-6 follows the deployment\'s configuration', () => {
    const requirements = photoRequirementsOf({ ...REFERENCE_PHOTO_POLICY, maxBytes: 500 * 1024, minWidth: 354, requireWhiteBackground: false });
    expect([requirements.maxBytes, requirements.minWidth, requirements.whiteBackground.required]).toEqual([512_000, 354, false]);
  });

  it('FA-6 the white-background numbers stated are those the validator applies, at the edge', async () => {
    const { whiteBackground } = photoRequirementsOf(REFERENCE_PHOTO_POLICY);
    const grey = whiteBackground.minChannelMean + 4;
    await expect(validatePhoto(await jpeg(413, 579, { r: grey, g: grey, b: grey }), REFERENCE_PHOTO_POLICY)).resolves.toMatchObject({ width: 413, height: 579 });
    const dark = whiteBackground.minChannelMean - 6;
    await expect(validatePhoto(await jpeg(413, 579, { r: dark, g: dark, b: dark }), REFERENCE_PHOTO_POLICY)).rejects.toMatchObject({ code: 'PHOTO_BACKGROUND_NOT_WHITE', details: { minMean: whiteBackground.minChannelMean } });
    const tinted = { r: 255, g: 255, b: 255 - whiteBackground.maxChannelSpread - 10 };
    await expect(validatePhoto(await jpeg(413, 579, tinted), REFERENCE_PHOTO_POLICY)).rejects.toMatchObject({ code: 'PHOTO_BACKGROUND_NOT_WHITE', details: { maxSpread: whiteBackground.maxChannelSpread } });
  });
});
