import { MyResultsController } from './my-results.controller';
import { ResultsController } from './results.controller';

export const RESULTS_CONTROLLERS = [ResultsController, MyResultsController];
