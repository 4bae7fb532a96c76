import { createHash } from 'node:crypto';
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import { DomainError } from '../errors';
import { PhotoPolicy } from './photo-policy';

export interface ValidatedPhoto {
  /** After EXIF orientation, i.e. as the photo is displayed. */
  width: number;
  height: number;
  bytes: number;
  /** Hex digest of the uploaded bytes, to prove later that the approved photo did not change. */
  sha256: string;
}

export type DetectedImageKind = 'png' | 'gif' | 'webp' | 'unknown';

/**
 * When a background counts as white. Exported so that what the portal tells people is these numbers.
 * minChannelMean: each channel's mean over the sampled background is at least this (0–255);
 * maxChannelSpread: the channel means are this close to each other (a pale blue or pink backdrop is not white);
 * borderFraction: share of the height (top band) and of the width (side bands, top half) sampled as background.
 */
export const WHITE_BACKGROUND = Object.freeze({ minChannelMean: 200, maxChannelSpread: 30, borderFraction: 0.08 });
const WHITE_MIN_MEAN = WHITE_BACKGROUND.minChannelMean;
const MAX_CHANNEL_SPREAD = WHITE_BACKGROUND.maxChannelSpread;
const BORDER_FRACTION = WHITE_BACKGROUND.borderFraction;

function detectKind(buffer: Buffer): DetectedImageKind {
  if (buffer.length >= 4 && buffer.readUInt32BE(0) === 0x89504e47) return 'png';
  if (buffer.subarray(0, 4).toString('latin1') === 'GIF8') return 'gif';
  if (buffer.subarray(0, 4).toString('latin1') === 'RIFF' && buffer.subarray(8, 12).toString('latin1') === 'WEBP') return 'webp';
  return 'unknown';
}

function isJpeg(buffer: Buffer): boolean {
  return buffer.length >= 3 && buffer[0] === 0xff && buffer[1] === 0xd8 && buffer[2] === 0xff;
}

/**
 * Validates an ID photo against a policy, cheapest checks first, so that an oversized or hostile file
 * is refused before any pixel is decoded. Each failure is its own DomainError with measured value and
 * limit in `details`.
 */
export async function validatePhoto(buffer: Buffer, policy: PhotoPolicy): Promise<ValidatedPhoto> {
  if (buffer.length === 0) throw new DomainError('PHOTO_CORRUPT', { reason: 'empty', bytes: 0 });
  if (buffer.length > policy.maxBytes) {
    throw new DomainError('PHOTO_TOO_LARGE', { bytes: buffer.length, maxBytes: policy.maxBytes });
  }
  if (!isJpeg(buffer)) throw new DomainError('PHOTO_NOT_JPEG', { detected: detectKind(buffer), expected: 'jpeg' });

  // Header only: the pixel limit must be judged before libvips allocates anything for the pixels.
  let header: Metadata;
  try {
    header = await sharp(buffer, { limitInputPixels: false }).metadata();
  } catch {
    throw new DomainError('PHOTO_CORRUPT', { reason: 'header' });
  }
  if (header.format !== 'jpeg') throw new DomainError('PHOTO_NOT_JPEG', { detected: 'unknown', expected: 'jpeg' });
  const pixels = header.width * header.height;
  if (pixels > policy.maxPixels) {
    throw new DomainError('PHOTO_TOO_MANY_PIXELS', { width: header.width, height: header.height, pixels, maxPixels: policy.maxPixels });
  }

  let decoded: { data: Buffer; info: OutputInfo };
  try {
    decoded = await sharp(buffer, { failOn: 'truncated', limitInputPixels: policy.maxPixels, autoOrient: true })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw new DomainError('PHOTO_CORRUPT', { reason: 'decode' });
  }
  const { width, height, channels } = decoded.info;

  checkDimensions(width, height, policy);
  if (policy.requireWhiteBackground) checkWhiteBackground(decoded.data, width, height, channels);

  return { width, height, bytes: buffer.length, sha256: createHash('sha256').update(buffer).digest('hex') };
}

function checkDimensions(width: number, height: number, policy: PhotoPolicy): void {
  const ratio = width / height;
  const limits = {
    minWidth: policy.minWidth,
    minHeight: policy.minHeight,
    maxWidth: policy.maxWidth,
    maxHeight: policy.maxHeight,
  };
  if (width < policy.minWidth || height < policy.minHeight) {
    throw new DomainError('PHOTO_DIMENSIONS_INVALID', { reason: 'too-small', width, height, ...limits });
  }
  if (width > policy.maxWidth || height > policy.maxHeight) {
    throw new DomainError('PHOTO_DIMENSIONS_INVALID', { reason: 'too-large', width, height, ...limits });
  }
  if (Math.abs(ratio - policy.aspectRatio) > policy.aspectTolerance) {
    throw new DomainError('PHOTO_DIMENSIONS_INVALID', {
      reason: 'aspect-ratio',
      width,
      height,
      aspectRatio: round(ratio, 3),
      expectedAspectRatio: round(policy.aspectRatio, 3),
      aspectTolerance: policy.aspectTolerance,
    });
  }
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * Samples where an ID photo shows only backdrop: the top band across the full width, and the outer
 * bands on both sides down to half the height (below that are the shoulders).
 */
function checkWhiteBackground(data: Buffer, width: number, height: number, channels: number): void {
  const band = Math.max(1, Math.ceil(height * BORDER_FRACTION));
  const side = Math.max(1, Math.ceil(width * BORDER_FRACTION));
  const half = Math.max(band, Math.floor(height / 2));
  const colourChannels = Math.min(3, channels);
  const sums = [0, 0, 0];
  let count = 0;
  const add = (x: number, y: number): void => {
    const at = (y * width + x) * channels;
    for (let channel = 0; channel < 3; channel++) sums[channel] += data[at + Math.min(channel, colourChannels - 1)];
    count++;
  };
  for (let y = 0; y < band; y++) for (let x = 0; x < width; x++) add(x, y);
  for (let y = band; y < half; y++) {
    for (let x = 0; x < side; x++) add(x, y);
    for (let x = Math.max(side, width - side); x < width; x++) add(x, y);
  }
  const mean = sums.map((sum) => Math.round(sum / count));
  const spread = Math.max(...mean) - Math.min(...mean);
  if (Math.min(...mean) < WHITE_MIN_MEAN || spread > MAX_CHANNEL_SPREAD) {
    throw new DomainError('PHOTO_BACKGROUND_NOT_WHITE', {
      mean: { r: mean[0], g: mean[1], b: mean[2] },
      minMean: WHITE_MIN_MEAN,
      spread,
      maxSpread: MAX_CHANNEL_SPREAD,
    });
  }
}
