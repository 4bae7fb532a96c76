export const STANDING_CONTROLLERS = [];
