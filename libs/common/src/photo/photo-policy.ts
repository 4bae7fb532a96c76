/** What an uploaded ID photo must satisfy; configurable per deployment (FA-6). */
export interface PhotoPolicy {
  maxBytes: number;
  minWidth: number;
  minHeight: number;
  maxWidth: number;
  maxHeight: number;
  /** Refused from the header alone, before any decoding (decompression bombs). */
  maxPixels: number;
  /** width / height */
  aspectRatio: number;
  /** Absolute tolerance on width / height. */
  aspectTolerance: number;
  requireWhiteBackground: boolean;
}

/** Reference (FA-6): under 300 KB, 2-inch 35×49 mm ≈ 413×579 px. */
export const REFERENCE_PHOTO_POLICY: PhotoPolicy = Object.freeze({
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
