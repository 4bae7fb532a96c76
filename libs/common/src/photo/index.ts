export { reencodeWithoutMetadata } from './clean-image';
export type { CleanImage, CleanImageOptions } from './clean-image';
export { REFERENCE_PHOTO_POLICY } from './photo-policy';
export type { PhotoPolicy } from './photo-policy';
export { validatePhoto } from './photo-validator';
export type { DetectedImageKind, ValidatedPhoto } from './photo-validator';
export { photoRequirementsOf } from './photo-requirements';
export type { PhotoRequirements } from './photo-requirements';
export { WHITE_BACKGROUND } from './photo-validator';
