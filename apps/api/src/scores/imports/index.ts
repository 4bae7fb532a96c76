export const IMPORTS_CONTROLLERS = [];
