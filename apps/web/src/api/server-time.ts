/**
 * The platform's time, as the API's Date header tells it: windows, countdowns and "open now" are judged on the
 * clock the rules run on, not on the visitor's computer, whose clock may be off. Whole seconds are enough here.
 */
let offsetMs = 0;

/** Learns the offset from an answer of the API (same origin: its Date header is readable). */
export function learnServerTime(response: Response): void {
  const date = response.headers.get('date');
  const serverMs = date ? Date.parse(date) : Number.NaN;
  if (!Number.isNaN(serverMs)) offsetMs = serverMs - Date.now();
}

/** Now, on the platform's clock, in milliseconds since the epoch. */
export function serverNow(): number {
  return Date.now() + offsetMs;
}
