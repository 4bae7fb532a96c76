import { ScoreImportsController } from './score-imports.controller';

export const IMPORTS_CONTROLLERS = [ScoreImportsController];
