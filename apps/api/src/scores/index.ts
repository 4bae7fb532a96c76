import { IMPORTS_CONTROLLERS } from './imports';
import { RESULTS_CONTROLLERS } from './results';
import { STANDING_CONTROLLERS } from './standing';

/** Part C's HTTP surface, one folder per capability. */
export const SCORES_CONTROLLERS = [...IMPORTS_CONTROLLERS, ...RESULTS_CONTROLLERS, ...STANDING_CONTROLLERS];
