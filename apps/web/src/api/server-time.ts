/**
 * The platform's time, as the API's Date header tells it: windows, countdowns and "open now" are judged on the
 * clock the rules run on, not on the visitor's computer, whose clock may be off. Whole seconds are enough here.
 */
let offsetMs = 0;
const listeners = new Set<() => void>();

/**
 * A header's whole seconds and the answer's travel make the offset jitter by a second or so; only a move larger
 * than that means the computer's clock is off and what the page judged on it should be judged again.
 */
const MOVE_MS = 2_000;

/** Learns the offset from an answer of the API (same origin: its Date header is readable). */
export function learnServerTime(response: Response): void {
  const date = response.headers.get('date');
  const serverMs = date ? Date.parse(date) : Number.NaN;
  if (Number.isNaN(serverMs)) return;
  const next = serverMs - Date.now();
  const moved = Math.abs(next - offsetMs) > MOVE_MS;
  offsetMs = next;
  if (moved) listeners.forEach((listener) => listener());
}

/**
 * Called when the platform's clock turns out to differ from what the page last used by more than the jitter: a
 * page drawn before the first answer (a resumed login) judged its windows on the computer's clock. Returns the
 * unsubscribe function.
 */
export function onServerTimeMoved(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Now, on the platform's clock, in milliseconds since the epoch. */
export function serverNow(): number {
  return Date.now() + offsetMs;
}
