import { createHash } from 'node:crypto';
import sharp, { type OutputInfo } from 'sharp';
import { DomainError } from '../errors';

export interface CleanImage {
  /** A baseline JPEG with no metadata segment at all. */
  content: Buffer;
  /** Upright, as displayed. */
  width: number;
  height: number;
  bytes: number;
  /** Hex digest of `content`, the bytes that are stored and served. */
  sha256: string;
}

export interface CleanImageOptions {
  /** Decoding stops beyond this many pixels (decompression bombs). */
  maxPixels: number;
  quality?: number;
}

/**
 * Every uploaded picture (the ID photo, and any scanned document later) is stored as this re-encoding, never as
 * sent: phones write the GPS position, camera model and capture time into EXIF, and XMP, IPTC, ICC and comment
 * segments can carry more. Decoding to pixels and encoding a new JPEG keeps none of it (sharp writes no
 * metadata unless asked). The EXIF orientation is applied first, so the picture stays upright once the tag is
 * gone; transparency is flattened onto white and colours are converted to sRGB, as a printed ticket needs.
 */
export async function reencodeWithoutMetadata(input: Buffer, options: CleanImageOptions): Promise<CleanImage> {
  let output: { data: Buffer; info: OutputInfo };
  try {
    output = await sharp(input, { failOn: 'truncated', limitInputPixels: options.maxPixels })
      .rotate()
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .jpeg({ quality: options.quality ?? 90 })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw new DomainError('FILE_CORRUPT', { reason: 'decode' });
  }
  const { data, info } = output;
  return { content: data, width: info.width, height: info.height, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
}
