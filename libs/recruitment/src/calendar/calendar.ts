import { addDays, beijingDateOf, isValidLocalDate, LocalDate, noticeWindow, TimeWindow } from '@app/common/time';

/**
 * Calendar arithmetic the recruitment rules share. Dates are Beijing calendar dates ("YYYY-MM-DD", which compare
 * as strings); a 29 February anniversary in a year without one falls on 1 March, so "within two years" and
 * "35 years of age" never end a day early.
 */

/** The same month and day `years` later (29 February → 1 March when that year has none). */
export function anniversary(date: LocalDate, years: number): LocalDate {
  if (!isValidLocalDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  const year = String(Number(date.slice(0, 4)) + years).padStart(4, '0');
  const same = `${year}${date.slice(4)}`;
  return isValidLocalDate(same) ? same : addDays(`${year}-02-28`, 1);
}

/** Age in full years (周岁) on `on`: the birthday itself counts as reached. */
export function fullYearsOn(birthDate: LocalDate, on: LocalDate): number {
  if (!isValidLocalDate(birthDate)) throw new RangeError(`Not a calendar date: ${birthDate}`);
  if (!isValidLocalDate(on)) throw new RangeError(`Not a calendar date: ${on}`);
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return anniversary(birthDate, years) <= on ? years : years - 1;
}

/** The Beijing date of the last instant inside a half-open window: the last day people can act on. */
export function lastDayOf(window: TimeWindow): LocalDate {
  return beijingDateOf(new Date(window.closesAt.getTime() - 1));
}

/**
 * A notice's deadline ("8月31日前", "4月21日18:00") as the instant it passes: a date alone runs to 24:00 of that
 * day, a time is exact (FA-1's reading, libs/common noticeWindow).
 */
export function noticeDeadline(text: string): Date {
  return noticeWindow(text, text).closesAt;
}
