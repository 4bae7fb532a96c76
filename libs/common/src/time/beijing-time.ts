/**
 * Beijing time (Asia/Shanghai) is UTC+8 all year with no daylight saving, so plain arithmetic is exact.
 * Instants are stored as UTC; calendar dates (rotation end, cutoff) are "YYYY-MM-DD" strings, which
 * compare correctly as strings.
 */
export const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** A calendar date, "YYYY-MM-DD". */
export type LocalDate = string;

/** A half-open interval of instants: [opensAt, closesAt). */
export interface TimeWindow {
  opensAt: Date;
  closesAt: Date;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

export function isValidLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** "2024-02-29 08:00" (Beijing) → instant. Also accepts "YYYY-MM-DD" as 00:00 of that day. */
export function beijingToInstant(value: string): Date {
  const dateOnly = LOCAL_DATE.exec(value);
  const match = dateOnly ?? LOCAL_DATE_TIME.exec(value);
  if (!match) throw new RangeError(`Not a Beijing date-time: ${value}`);
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  // 24:00 (end of the day) is allowed; nothing after it is.
  if (!isValidLocalDate(`${y}-${mo}-${d}`) || Number(h) > 24 || (Number(h) === 24 && Number(mi) + Number(s) > 0) || Number(mi) > 59 || Number(s) > 59) {
    throw new RangeError(`Not a Beijing date-time: ${value}`);
  }
  return new Date(utc - BEIJING_OFFSET_MS);
}

/** The Beijing calendar date of an instant. */
export function beijingDateOf(instant: Date): LocalDate {
  return new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

export function beijingYearOf(instant: Date): number {
  return Number(beijingDateOf(instant).slice(0, 4));
}

/** "2024-03-10T23:59:59+08:00": what people read. */
export function formatBeijing(instant: Date): string {
  return `${new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** Day after a calendar date. */
export function addDays(date: LocalDate, days: number): LocalDate {
  // "2024-02-30" must not silently roll over into March.
  if (!isValidLocalDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * A notice's window in Beijing time, encoded half-open per FA-1: "until 23:59" closes at 24:00 of that
 * day; a date-only window ("4月13-19日") runs from 00:00 of the first day to 24:00 of the last.
 */
export function noticeWindow(opens: string, closes: string): TimeWindow {
  const closesAt = LOCAL_DATE.test(closes)
    ? beijingToInstant(addDays(closes, 1))
    : closes.endsWith('23:59')
      ? beijingToInstant(addDays(closes.slice(0, 10), 1))
      : beijingToInstant(closes);
  return { opensAt: beijingToInstant(opens), closesAt };
}

export function isWithinWindow(window: TimeWindow, now: Date): boolean {
  return windowPhase(window, now) === 'OPEN';
}

/** Where an instant stands against a half-open window [opensAt, closesAt): before it, inside, or after. */
export type WindowPhase = 'NOT_OPEN' | 'OPEN' | 'CLOSED';

export function windowPhase(window: TimeWindow, now: Date): WindowPhase {
  if (now.getTime() < window.opensAt.getTime()) return 'NOT_OPEN';
  return now.getTime() < window.closesAt.getTime() ? 'OPEN' : 'CLOSED';
}

/** "2024-02-29 08:00", or with seconds when they are not zero: an instant as people write it (Beijing). */
export function readableBeijing(instant: Date): string {
  const text = new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString();
  const seconds = text.slice(17, 19);
  return `${text.slice(0, 10)} ${text.slice(11, 16)}${seconds === '00' ? '' : `:${seconds}`}`;
}

function isBeijingMidnight(instant: Date): boolean {
  return (instant.getTime() + BEIJING_OFFSET_MS) % 86_400_000 === 0;
}

/**
 * A half-open window as people read it: "2024-01-01 至 2024-11-30". A bound at Beijing midnight shows as its
 * date; the closing one then as the day before, its last day inclusive (closing at 2024-12-01 00:00 means
 * "until the end of 2024-11-30"). Other bounds show their time.
 */
export function describeWindow(window: TimeWindow): { zh: string; en: string } {
  const opens = isBeijingMidnight(window.opensAt) ? beijingDateOf(window.opensAt) : readableBeijing(window.opensAt);
  if (isBeijingMidnight(window.closesAt)) {
    const lastDay = addDays(beijingDateOf(window.closesAt), -1);
    return { zh: `${opens} 至 ${lastDay}`, en: `${opens} through ${lastDay}` };
  }
  const closes = readableBeijing(window.closesAt);
  return { zh: `${opens} 至 ${closes}`, en: `${opens} until ${closes}` };
}
