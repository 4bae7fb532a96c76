import { ScoreImportService } from './score-import.service';

export const IMPORT_PROVIDERS = [ScoreImportService];
export { ScoreImportService };
export type { ScoreImportView } from './score-import.service';
export * from './score-file';
export * from './score-import.plan';
