/**
 * The platform's time, as the API's Date header tells it: windows, countdowns and "open now" are judged on the
 * clock the rules run on, not on the visitor's computer, whose clock may be off. Whole seconds are enough here.
 */
let offsetMs = 0;
const listeners = new Set<() => void>();

/**
 * Learns the offset from an answer of the API (same origin: its Date header is readable). A page may draw before
 * the first answer arrives (a resumed login refreshes its token meanwhile): when the offset moves by a second or
 * more, whoever drew with the old one is told, so nothing stays judged on the computer's clock.
 */
export function learnServerTime(response: Response): void {
  const date = response.headers.get('date');
  const serverMs = date ? Date.parse(date) : Number.NaN;
  if (Number.isNaN(serverMs)) return;
  const next = serverMs - Date.now();
  const moved = Math.abs(next - offsetMs) >= 1_000;
  offsetMs = next;
  if (moved) for (const listener of listeners) listener();
}

/** Now, on the platform's clock, in milliseconds since the epoch. */
export function serverNow(): number {
  return Date.now() + offsetMs;
}

/** Calls `listener` whenever the offset learned moves by a second or more; answers the unsubscribe. */
export function onServerTimeMoved(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
