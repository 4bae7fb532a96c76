import { useEffect, useState } from 'react';
import { formatDate, formatDateTime } from '../../../format/time';
import { onServerTimeMoved, serverNow } from '../../../api/server-time';

export interface TimeWindow {
  opensAt: string;
  closesAt: string;
}

/**
 * The current instant, renewed every `everyMs` so countdowns move while the page stays open, and at once when the
 * first answers show the computer's clock is off (a candidate's "sign-up open" must not wait for the next tick).
 */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => serverNow());
  useEffect(() => {
    const renew = () => setNow(serverNow());
    const timer = setInterval(renew, everyMs);
    const unsubscribe = onServerTimeMoved(renew);
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, [everyMs]);
  return now;
}

const atMidnight = (value: string) => formatDateTime(value).endsWith(' 00:00');
const dayBefore = (value: string) => formatDate(new Date(new Date(value).getTime() - 60_000).toISOString());

/**
 * When a window closes, as a notice says it: windows are half-open, so one closing at 00:00 ends with the day
 * before ("2024-03-10 24:00"), never a misleading "2024-03-11 00:00".
 */
export function formatClosing(closesAt: string): string {
  return atMidnight(closesAt) ? `${dayBefore(closesAt)} 24:00` : formatDateTime(closesAt);
}

/** A window in words: whole days as dates ("2024-04-19 至 2024-04-21", one day alone), otherwise with times. */
export function formatWindow(window: TimeWindow): string {
  if (atMidnight(window.opensAt) && atMidnight(window.closesAt)) {
    const first = formatDate(window.opensAt);
    const last = dayBefore(window.closesAt);
    return first === last ? first : `${first} 至 ${last}`;
  }
  return `${formatDateTime(window.opensAt)} 至 ${formatClosing(window.closesAt)}`;
}

/** When a window opens: a date alone when it opens at midnight. */
export function formatOpening(opensAt: string): string {
  return atMidnight(opensAt) ? formatDate(opensAt) : formatDateTime(opensAt);
}

export type Phase = 'BEFORE' | 'OPEN' | 'AFTER';

/** Where `now` stands against a half-open window [opensAt, closesAt). */
export function phaseOf(window: TimeWindow, now: number): Phase {
  if (now < new Date(window.opensAt).getTime()) return 'BEFORE';
  if (now < new Date(window.closesAt).getTime()) return 'OPEN';
  return 'AFTER';
}
