export const RESULTS_PROVIDERS = [];
