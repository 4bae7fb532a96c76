import { ScoreImportService } from './score-import.service';

export const IMPORT_PROVIDERS = [ScoreImportService];
export { ScoreImportService };
