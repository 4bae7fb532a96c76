import {
  addDays,
  BEIJING_OFFSET_MS,
  beijingDateOf,
  beijingToInstant,
  beijingYearOf,
  describeWindow,
  formatBeijing,
  readableBeijing,
  isValidLocalDate,
  isWithinWindow,
  windowPhase,
  noticeWindow,
  TimeWindow,
} from './beijing-time';
import { Clock, FixedClock, SystemClock } from './clock';

const utc = (iso: string): Date => new Date(iso);

describe('BEIJING_OFFSET_MS', () => {
  it('time Beijing is UTC+8 all year', () => {
    expect(BEIJING_OFFSET_MS).toBe(8 * 3600 * 1000);
  });
});

describe('isValidLocalDate', () => {
  it.each([
    '2024-02-29', // leap year
    '2000-02-29', // divisible by 400
    '2024-01-01',
    '2024-12-31',
    '2024-04-30',
    '2023-02-28',
  ])('time %s is a calendar date', (value) => {
    expect(isValidLocalDate(value)).toBe(true);
  });

  it.each([
    '2023-02-29', // not a leap year
    '2100-02-29', // divisible by 100, not by 400
    '1900-02-29',
    '2024-02-30',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-01-32',
    '2024-2-29',
    '24-02-29',
    '2024/02/29',
    '2024-02-29 08:00',
    ' 2024-02-29',
    '2024-02-29 ',
    '',
    'garbage',
  ])('time %j is not a calendar date', (value) => {
    expect(isValidLocalDate(value)).toBe(false);
  });
});

describe('beijingToInstant', () => {
  it.each([
    ['2024-02-29 08:00', '2024-02-29T00:00:00.000Z'],
    ['2024-02-29T08:00', '2024-02-29T00:00:00.000Z'],
    ['2024-02-29 08:00:30', '2024-02-29T00:00:30.000Z'],
    ['2024-02-29 07:59:59', '2024-02-28T23:59:59.000Z'],
    ['2024-03-11', '2024-03-10T16:00:00.000Z'],
    ['2024-03-11 00:00', '2024-03-10T16:00:00.000Z'],
    ['2024-03-10 24:00', '2024-03-10T16:00:00.000Z'],
    ['2024-03-10 24:00:00', '2024-03-10T16:00:00.000Z'],
    ['2024-01-01', '2023-12-31T16:00:00.000Z'],
    ['2024-12-31 23:59:59', '2024-12-31T15:59:59.000Z'],
    ['2024-02-29', '2024-02-28T16:00:00.000Z'],
    ['2000-02-29 12:00', '2000-02-29T04:00:00.000Z'],
  ])('time FA-1 %s Beijing is %s', (beijing, instant) => {
    expect(beijingToInstant(beijing).toISOString()).toBe(instant);
  });

  it.each([
    '',
    'garbage',
    '2023-02-29', // no leap day in 2023
    '2023-02-29 08:00',
    '2100-02-29',
    '2024-02-30',
    '2024-04-31 12:00',
    '2024-13-01',
    '2024-00-01',
    '2024-2-29',
    '2024-02-29 8:00',
    '2024-02-29 08',
    '2024-02-29 08:60',
    '2024-02-29 08:00:60',
    '2024-02-29 25:00',
    '2024-02-29 24:01', // 24:00 is the end of the day; nothing after it
    '2024-02-29 24:30',
    '2024-02-29 24:00:01',
    '2024-02-29T08:00:00Z', // an instant with its own zone is not a Beijing wall-clock time
    '2024-02-29T08:00:00+08:00',
    '2024-02-29 08:00:00.000',
    ' 2024-02-29 08:00',
    '2024/02/29 08:00',
  ])('time %j throws RangeError', (value) => {
    expect(() => beijingToInstant(value)).toThrow(RangeError);
  });

  it('time the RangeError names the bad value', () => {
    expect(() => beijingToInstant('2024-02-30')).toThrow('Not a Beijing date-time: 2024-02-30');
  });
});

describe('beijingDateOf / beijingYearOf', () => {
  it.each([
    ['2023-12-31T15:59:59.999Z', '2023-12-31', 2023],
    ['2023-12-31T16:00:00.000Z', '2024-01-01', 2024], // still 2023 in UTC
    ['2024-02-28T16:00:00.000Z', '2024-02-29', 2024],
    ['2024-02-29T15:59:59.999Z', '2024-02-29', 2024],
    ['2024-02-29T16:00:00.000Z', '2024-03-01', 2024],
    ['2024-03-10T16:00:00.000Z', '2024-03-11', 2024],
    ['2024-12-31T15:59:59.999Z', '2024-12-31', 2024],
    ['2024-12-31T16:00:00.000Z', '2025-01-01', 2025],
  ])('time %s is %s in Beijing (year %i)', (instant, date, year) => {
    expect(beijingDateOf(utc(instant))).toBe(date);
    expect(beijingYearOf(utc(instant))).toBe(year);
  });

  it('time the year boundary is Beijing midnight, not UTC midnight', () => {
    const newYearInBeijing = utc('2023-12-31T16:00:00Z');
    expect(newYearInBeijing.getUTCFullYear()).toBe(2023);
    expect(beijingYearOf(newYearInBeijing)).toBe(2024);
  });

  it('time beijingDateOf round-trips with beijingToInstant for every hour of a day', () => {
    for (let hour = 0; hour < 24; hour += 1) {
      const value = `2024-02-29 ${String(hour).padStart(2, '0')}:00`;
      expect(beijingDateOf(beijingToInstant(value))).toBe('2024-02-29');
    }
  });

  it('time an invalid Date throws RangeError', () => {
    expect(() => beijingDateOf(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => beijingYearOf(new Date('garbage'))).toThrow(RangeError);
  });
});

describe('formatBeijing', () => {
  it.each([
    ['2024-02-29T00:00:00.000Z', '2024-02-29T08:00:00+08:00'],
    ['2024-03-10T15:59:59.000Z', '2024-03-10T23:59:59+08:00'],
    ['2024-03-10T15:59:59.999Z', '2024-03-10T23:59:59+08:00'], // milliseconds dropped, not rounded up
    ['2024-03-10T16:00:00.000Z', '2024-03-11T00:00:00+08:00'],
    ['2023-12-31T16:00:00.000Z', '2024-01-01T00:00:00+08:00'],
    ['2024-02-28T16:00:00.000Z', '2024-02-29T00:00:00+08:00'],
  ])('time %s is shown as %s', (instant, shown) => {
    expect(formatBeijing(utc(instant))).toBe(shown);
  });

  it('time the shown string parses back to the same instant (to the second)', () => {
    const instant = utc('2024-04-19T01:23:45.000Z');
    expect(new Date(formatBeijing(instant)).getTime()).toBe(instant.getTime());
  });

  it('time an invalid Date throws RangeError', () => {
    expect(() => formatBeijing(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it.each<[string, number, string]>([
    ['2024-03-10', 1, '2024-03-11'],
    ['2024-03-10', 0, '2024-03-10'],
    ['2024-02-28', 1, '2024-02-29'], // leap day
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'], // no leap day
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2024-04-13', 7, '2024-04-20'],
  ])('time %s %+i days → %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each(['2024-02-30', '2023-02-29', '2024-04-31', '2024-13-01', 'garbage', ''])('time %j is not a date: RangeError, not a silent roll-over', (date) => {
    expect(() => addDays(date, 1)).toThrow(RangeError);
  });
});

describe('noticeWindow', () => {
  it('time FA-1 sign-up "2024-02-29 08:00 – 2024-03-10 23:59" is [02-29 08:00, 03-11 00:00) Beijing', () => {
    const window = noticeWindow('2024-02-29 08:00', '2024-03-10 23:59');
    expect(window.opensAt.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(window.closesAt.toISOString()).toBe('2024-03-10T16:00:00.000Z');
  });

  it('time FA-1 "until 23:59" also works with the T separator', () => {
    expect(noticeWindow('2024-02-29T08:00', '2024-03-10T23:59').closesAt.toISOString()).toBe('2024-03-10T16:00:00.000Z');
  });

  it('time FA-1 "until 17:00" closes at 17:00:00 exactly', () => {
    const window = noticeWindow('2024-03-04 08:30', '2024-03-13 17:00');
    expect(window.opensAt.toISOString()).toBe('2024-03-04T00:30:00.000Z');
    expect(window.closesAt.toISOString()).toBe('2024-03-13T09:00:00.000Z');
  });

  it('time FA-1 a date-only window "4月13-19日" runs from 00:00 of the first day to 24:00 of the last', () => {
    const window = noticeWindow('2024-04-13', '2024-04-19');
    expect(window.opensAt.toISOString()).toBe('2024-04-12T16:00:00.000Z');
    expect(window.closesAt.toISOString()).toBe('2024-04-19T16:00:00.000Z');
  });

  it('time FA-1 a one-day window lasts exactly 24 hours', () => {
    const window = noticeWindow('2024-05-12', '2024-05-12');
    expect(window.closesAt.getTime() - window.opensAt.getTime()).toBe(24 * 3600 * 1000);
    expect(window.opensAt.toISOString()).toBe('2024-05-11T16:00:00.000Z');
  });

  it('time FA-1 closing on the last day of February (leap year) and of the year rolls over correctly', () => {
    expect(noticeWindow('2024-02-01', '2024-02-28').closesAt.toISOString()).toBe('2024-02-28T16:00:00.000Z'); // 02-29 00:00
    expect(noticeWindow('2024-02-01', '2024-02-29').closesAt.toISOString()).toBe('2024-02-29T16:00:00.000Z'); // 03-01 00:00
    expect(noticeWindow('2024-12-01 08:00', '2024-12-31 23:59').closesAt.toISOString()).toBe('2024-12-31T16:00:00.000Z'); // 2025-01-01 00:00
  });

  it.each([
    ['2024-02-30', '2024-03-01'],
    ['2024-02-01', '2024-02-30'],
    ['2024-02-29 08:00', '2024-02-30 23:59'],
    ['2023-02-20', '2023-02-29'],
    ['2024-02-29 08:00', '2024-03-10 24:30'],
    ['garbage', '2024-03-10'],
    ['2024-02-29 08:00', 'garbage'],
  ])('time %j – %j throws RangeError', (opens, closes) => {
    expect(() => noticeWindow(opens, closes)).toThrow(RangeError);
  });
});

describe('isWithinWindow', () => {
  const signup = noticeWindow('2024-02-29 08:00', '2024-03-10 23:59');
  const tickets = noticeWindow('2024-04-13', '2024-04-19');

  it.each<[string, string, boolean]>([
    ['08:00:00.000 on the first day (opening instant)', '2024-02-29T00:00:00.000Z', true],
    ['07:59:59.999 on the first day', '2024-02-28T23:59:59.999Z', false],
    ['07:59:59 on the first day', '2024-02-28T23:59:59.000Z', false],
    ['00:00 on the first day', '2024-02-28T16:00:00.000Z', false],
    ['midway', '2024-03-05T04:00:00.000Z', true],
    ['23:59:00 on the last day', '2024-03-10T15:59:00.000Z', true],
    ['23:59:59 on the last day', '2024-03-10T15:59:59.000Z', true],
    ['23:59:59.999 on the last day', '2024-03-10T15:59:59.999Z', true],
    ['00:00:00 the next day (closing instant)', '2024-03-10T16:00:00.000Z', false],
    ['00:00:00.001 the next day', '2024-03-10T16:00:00.001Z', false],
    ['a year later', '2025-03-01T00:00:00.000Z', false],
  ])('time FA-1 sign-up at %s Beijing → inside %s', (_label, instant, inside) => {
    expect(isWithinWindow(signup, utc(instant))).toBe(inside);
  });

  it.each<[string, string, boolean]>([
    ['23:59:59 the day before', '2024-04-12T15:59:59.000Z', false],
    ['00:00:00 on the first day', '2024-04-12T16:00:00.000Z', true],
    ['23:59:59 on the last day', '2024-04-19T15:59:59.000Z', true],
    ['00:00:00 the next day', '2024-04-19T16:00:00.000Z', false],
  ])('time TK-1 date-only ticket window at %s Beijing → inside %s', (_label, instant, inside) => {
    expect(isWithinWindow(tickets, utc(instant))).toBe(inside);
  });

  it('time an empty window (opens = closes) contains nothing, not even its own instant', () => {
    const at = utc('2024-03-01T00:00:00Z');
    const empty: TimeWindow = { opensAt: at, closesAt: at };
    expect(isWithinWindow(empty, at)).toBe(false);
  });

  it('time an inverted window contains nothing', () => {
    const inverted: TimeWindow = { opensAt: utc('2024-03-02T00:00:00Z'), closesAt: utc('2024-03-01T00:00:00Z') };
    expect(isWithinWindow(inverted, utc('2024-03-01T12:00:00Z'))).toBe(false);
  });

  it('time an invalid "now" is never inside', () => {
    expect(isWithinWindow(signup, new Date(Number.NaN))).toBe(false);
  });
});

describe('FixedClock', () => {
  it('time a FixedClock starts at the instant it was given, as a Date or an ISO string', () => {
    expect(new FixedClock('2024-02-29T00:00:00Z').now().toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(new FixedClock(utc('2024-02-29T00:00:00Z')).now().toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('time a FixedClock is a Clock (injectable where a Clock is expected)', () => {
    const clock: Clock = new FixedClock('2024-02-29T00:00:00Z');
    expect(clock).toBeInstanceOf(Clock);
  });

  it('time time stands still until moved', () => {
    const clock = new FixedClock('2024-02-29T00:00:00Z');
    expect(clock.now().getTime()).toBe(clock.now().getTime());
  });

  it('time now() returns a copy: mutating it does not move the clock', () => {
    const clock = new FixedClock('2024-02-29T00:00:00Z');
    const now = clock.now();
    now.setUTCFullYear(2030);
    expect(clock.now().toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(clock.now()).not.toBe(clock.now());
  });

  it('time the start Date is copied: mutating it later does not move the clock', () => {
    const start = utc('2024-02-29T00:00:00Z');
    const clock = new FixedClock(start);
    start.setUTCFullYear(2030);
    expect(clock.now().toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('time set() jumps to an instant (Date or string) and copies it', () => {
    const clock = new FixedClock('2024-02-29T00:00:00Z');
    clock.set('2024-03-10T15:59:59Z');
    expect(clock.now().toISOString()).toBe('2024-03-10T15:59:59.000Z');
    const target = utc('2024-03-10T16:00:00Z');
    clock.set(target);
    target.setUTCFullYear(2030);
    expect(clock.now().toISOString()).toBe('2024-03-10T16:00:00.000Z');
  });

  it('time advance() moves forward and back by milliseconds', () => {
    const clock = new FixedClock('2024-03-10T15:59:59.000Z');
    clock.advance(999);
    expect(clock.now().toISOString()).toBe('2024-03-10T15:59:59.999Z');
    clock.advance(1);
    expect(clock.now().toISOString()).toBe('2024-03-10T16:00:00.000Z');
    clock.advance(-24 * 3600 * 1000);
    expect(clock.now().toISOString()).toBe('2024-03-09T16:00:00.000Z');
    clock.advance(0);
    expect(clock.now().toISOString()).toBe('2024-03-09T16:00:00.000Z');
  });

  it('time FA-1 a FixedClock stepping over the sign-up close leaves the window at 24:00 Beijing', () => {
    const window = noticeWindow('2024-02-29 08:00', '2024-03-10 23:59');
    const clock = new FixedClock(beijingToInstant('2024-03-10 23:59:59'));
    expect(isWithinWindow(window, clock.now())).toBe(true);
    clock.advance(1000);
    expect(formatBeijing(clock.now())).toBe('2024-03-11T00:00:00+08:00');
    expect(isWithinWindow(window, clock.now())).toBe(false);
  });
});

describe('SystemClock', () => {
  afterEach(() => jest.useRealTimers());

  it('time SystemClock reads the (here faked) system time, fresh on every call', () => {
    jest.useFakeTimers({ now: utc('2024-02-29T00:00:00Z') });
    const clock = new SystemClock();
    expect(clock).toBeInstanceOf(Clock);
    expect(clock.now().toISOString()).toBe('2024-02-29T00:00:00.000Z');
    jest.setSystemTime(utc('2024-03-10T16:00:00Z'));
    expect(clock.now().toISOString()).toBe('2024-03-10T16:00:00.000Z');
  });
});

describe('windowPhase', () => {
  const signup = noticeWindow('2024-02-29 08:00', '2024-03-10 23:59');

  it.each<[string, string, string]>([
    ['07:59:59.999 on the first day', '2024-02-28T23:59:59.999Z', 'NOT_OPEN'],
    ['08:00:00 on the first day', '2024-02-29T00:00:00.000Z', 'OPEN'],
    ['23:59:59.999 on the last day', '2024-03-10T15:59:59.999Z', 'OPEN'],
    ['00:00:00 the next day', '2024-03-10T16:00:00.000Z', 'CLOSED'],
  ])('time FA-1 at %s Beijing → %s', (_label, instant, phase) => {
    expect(windowPhase(signup, utc(instant))).toBe(phase);
  });
});

describe('readableBeijing', () => {
  it('shows minutes, and seconds only when they are not zero, in Beijing time', () => {
    expect(readableBeijing(new Date('2024-02-29T00:00:00Z'))).toBe('2024-02-29 08:00');
    expect(readableBeijing(new Date('2024-03-10T15:59:59Z'))).toBe('2024-03-10 23:59:59');
    expect(readableBeijing(new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01 00:00');
  });
});

describe('describeWindow', () => {
  it('shows a window of whole days with its last day inclusive: [2024-01-01, 2024-12-01) is 2024-01-01 至 2024-11-30', () => {
    expect(describeWindow({ opensAt: beijingToInstant('2024-01-01'), closesAt: beijingToInstant('2024-12-01') })).toEqual({
      zh: '2024-01-01 至 2024-11-30',
      en: '2024-01-01 through 2024-11-30',
    });
  });

  it('keeps the time of a bound that is not at midnight', () => {
    expect(describeWindow({ opensAt: beijingToInstant('2024-02-29 08:00'), closesAt: beijingToInstant('2024-03-11') })).toEqual({
      zh: '2024-02-29 08:00 至 2024-03-10',
      en: '2024-02-29 08:00 through 2024-03-10',
    });
    expect(describeWindow({ opensAt: beijingToInstant('2024-03-01'), closesAt: beijingToInstant('2024-03-15 17:30') })).toEqual({
      zh: '2024-03-01 至 2024-03-15 17:30',
      en: '2024-03-01 until 2024-03-15 17:30',
    });
  });

  it('a window closing at midnight on the first of a month or year ends on the last day before it', () => {
    expect(describeWindow({ opensAt: beijingToInstant('2024-02-01'), closesAt: beijingToInstant('2024-03-01') }).zh).toBe('2024-02-01 至 2024-02-29');
    expect(describeWindow({ opensAt: beijingToInstant('2024-12-01'), closesAt: beijingToInstant('2025-01-01') }).zh).toBe('2024-12-01 至 2024-12-31');
  });
});
