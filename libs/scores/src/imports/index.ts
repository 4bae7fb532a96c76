import { ScoreImportService } from './score-import.service';
import { ScoreImportStore } from './score-import.store';

export const IMPORT_PROVIDERS = [ScoreImportService];
/** Provided, not exported: other modules go through the services. */
export const IMPORT_STORES = [ScoreImportStore];
export { ScoreImportService };
export type { ScoreImportView } from './score-import.service';
export * from './score-file';
export * from './score-import.plan';
