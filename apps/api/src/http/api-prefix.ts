/**
 * Every API route, the docs and the queue board live under /api: the browser portal is served from / on the
 * same origin, so a portal URL never shadows an API route or the other way round.
 */
export const API_PREFIX = 'api';
