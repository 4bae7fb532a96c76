import { PhotoPolicy } from './photo-policy';
import { WHITE_BACKGROUND } from './photo-validator';

/** FA-6: what an uploaded photo must satisfy, as the validator applies it: the portal's guidance is these numbers. */
export interface PhotoRequirements {
  /** JPEG, judged by content */
  format: 'JPEG';
  maxBytes: number;
  minWidth: number;
  minHeight: number;
  maxWidth: number;
  maxHeight: number;
  /** refused from the header, before decoding */
  maxPixels: number;
  /** width / height, e.g. 0.714 for 35:49 */
  aspectRatio: number;
  aspectTolerance: number;
  whiteBackground: {
    required: boolean;
    /** each colour channel's mean over the sampled background, at least (0–255) */
    minChannelMean: number;
    /** the channel means at most this far apart */
    maxChannelSpread: number;
    /** share of the height (top band) and width (side bands, top half) sampled */
    borderFraction: number;
  };
}

export function photoRequirementsOf(policy: PhotoPolicy): PhotoRequirements {
  return {
    format: 'JPEG',
    maxBytes: policy.maxBytes,
    minWidth: policy.minWidth,
    minHeight: policy.minHeight,
    maxWidth: policy.maxWidth,
    maxHeight: policy.maxHeight,
    maxPixels: policy.maxPixels,
    aspectRatio: Math.round(policy.aspectRatio * 1000) / 1000,
    aspectTolerance: policy.aspectTolerance,
    whiteBackground: { required: policy.requireWhiteBackground, ...WHITE_BACKGROUND },
  };
}
