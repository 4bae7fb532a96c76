import { noticeWindow } from '@app/common/time';
import { anniversary, fullYearsOn, lastDayOf, noticeDeadline } from './calendar';

describe('recruitment calendar', () => {
  it.each([
    ['2023-05-10', 2, '2025-05-10'],
    ['2024-02-29', 1, '2025-03-01'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2025-12-31', 1, '2026-12-31'],
  ])('RC-8 the anniversary of %s after %i years is %s', (date, years, expected) => {
    expect(anniversary(date, years)).toBe(expected);
  });

  it.each([
    ['1990-05-04', '2025-05-03', 34],
    ['1990-05-04', '2025-05-04', 35],
    ['1988-05-04', '2023-05-04', 35],
    ['1987-05-04', '2023-05-04', 36],
    ['1987-05-05', '2023-05-04', 35],
    ['2000-02-29', '2035-02-28', 34],
    ['2000-02-29', '2035-03-01', 35],
  ])('RC-2 born %s, on %s, is %i full years old', (birth, on, age) => {
    expect(fullYearsOn(birth, on)).toBe(age);
  });

  it('RC-2 bad dates are refused rather than guessed', () => {
    expect(() => fullYearsOn('1990-02-30', '2025-01-01')).toThrow(RangeError);
    expect(() => anniversary('garbage', 1)).toThrow(RangeError);
  });

  it('RC-1 the last day of a window and a notice deadline read as the notices word them', () => {
    expect(lastDayOf(noticeWindow('2023-05-04', '2023-06-30'))).toBe('2023-06-30');
    expect(lastDayOf(noticeWindow('2025-04-07', '2025-04-21 18:00'))).toBe('2025-04-21');
    expect(noticeDeadline('2025-08-31').toISOString()).toBe('2025-08-31T16:00:00.000Z');
    expect(noticeDeadline('2025-04-21 18:00').toISOString()).toBe('2025-04-21T10:00:00.000Z');
  });
});
