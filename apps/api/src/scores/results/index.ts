export const RESULTS_CONTROLLERS = [];
