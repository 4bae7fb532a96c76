import { Subject, SUBJECTS } from '@app/assessment/rules';
import {
  allocateSequences,
  formatTicketNumber,
  isValidSiteCode,
  MAX_TICKET_SEQUENCE,
  parseTicketNumber,
  SUBJECT_CODES,
  TICKET_NUMBER_LENGTH,
  TicketNumberParts,
} from './ticket-number.rules';

describe('SUBJECT_CODES', () => {
  it('TK-3 THEORY is 1 and SKILLS is 2, one distinct digit per subject', () => {
    expect(SUBJECT_CODES).toEqual({ THEORY: '1', SKILLS: '2' });
    const codes = SUBJECTS.map((subject) => SUBJECT_CODES[subject]);
    expect(new Set(codes).size).toBe(SUBJECTS.length);
    for (const code of codes) expect(code).toMatch(/^\d$/);
  });
});

describe('formatTicketNumber', () => {
  it('TK-3 2024 + SKILLS + FZ + 37 is 20242FZ00037', () => {
    expect(formatTicketNumber({ year: 2024, subject: 'SKILLS', siteCode: 'FZ', sequence: 37 })).toBe('20242FZ00037');
  });

  it.each<[TicketNumberParts, string]>([
    [{ year: 2024, subject: 'THEORY', siteCode: 'FZ', sequence: 1 }, '20241FZ00001'],
    [{ year: 2025, subject: 'SKILLS', siteCode: 'XM', sequence: 99999 }, '20252XM99999'],
    [{ year: 2024, subject: 'SKILLS', siteCode: '01', sequence: 10 }, '202420100010'],
    [{ year: 2024, subject: 'SKILLS', siteCode: 'A9', sequence: 12345 }, '20242A912345'],
  ])('TK-3 %j → %s', (parts, expected) => {
    expect(formatTicketNumber(parts)).toBe(expected);
  });

  it('TK-3 readable: 12 characters, year | subject | site | 5-digit sequence at fixed positions', () => {
    const value = formatTicketNumber({ year: 2024, subject: 'SKILLS', siteCode: 'NP', sequence: 456 });
    expect(value).toHaveLength(TICKET_NUMBER_LENGTH);
    expect(value.slice(0, 4)).toBe('2024');
    expect(value.slice(4, 5)).toBe(SUBJECT_CODES.SKILLS);
    expect(value.slice(5, 7)).toBe('NP');
    expect(value.slice(7)).toBe('00456');
    expect(value).toMatch(/^[0-9A-Z]+$/); // no separators, no lower case: reads aloud and types without ambiguity
  });

  it('TK-3 within one series the numbers sort as strings in sequence order (fixed width)', () => {
    const sequences = [1, 2, 9, 10, 99, 100, 999, 1000, 9999, 10000, 99999];
    const numbers = sequences.map((sequence) => formatTicketNumber({ year: 2024, subject: 'SKILLS', siteCode: 'FZ', sequence }));
    expect([...numbers].sort()).toEqual(numbers);
  });

  it.each<[string, TicketNumberParts]>([
    ['sequence 0', { year: 2024, subject: 'SKILLS', siteCode: 'FZ', sequence: 0 }],
    ['negative sequence', { year: 2024, subject: 'SKILLS', siteCode: 'FZ', sequence: -1 }],
    ['sequence 100000', { year: 2024, subject: 'SKILLS', siteCode: 'FZ', sequence: 100000 }],
    ['fractional sequence', { year: 2024, subject: 'SKILLS', siteCode: 'FZ', sequence: 1.5 }],
    ['NaN sequence', { year: 2024, subject: 'SKILLS', siteCode: 'FZ', sequence: Number.NaN }],
    ['infinite sequence', { year: 2024, subject: 'SKILLS', siteCode: 'FZ', sequence: Number.POSITIVE_INFINITY }],
    ['lower-case site code', { year: 2024, subject: 'SKILLS', siteCode: 'fz', sequence: 1 }],
    ['mixed-case site code', { year: 2024, subject: 'SKILLS', siteCode: 'Fz', sequence: 1 }],
    ['one-character site code', { year: 2024, subject: 'SKILLS', siteCode: 'F', sequence: 1 }],
    ['three-character site code', { year: 2024, subject: 'SKILLS', siteCode: 'FZX', sequence: 1 }],
    ['empty site code', { year: 2024, subject: 'SKILLS', siteCode: '', sequence: 1 }],
    ['site code with a dash', { year: 2024, subject: 'SKILLS', siteCode: 'F-', sequence: 1 }],
    ['site code with a space', { year: 2024, subject: 'SKILLS', siteCode: ' Z', sequence: 1 }],
    ['full-width site code', { year: 2024, subject: 'SKILLS', siteCode: 'ＦＺ', sequence: 1 }],
    ['Chinese site code', { year: 2024, subject: 'SKILLS', siteCode: '福州', sequence: 1 }],
    ['3-digit year', { year: 999, subject: 'SKILLS', siteCode: 'FZ', sequence: 1 }],
    ['5-digit year', { year: 10000, subject: 'SKILLS', siteCode: 'FZ', sequence: 1 }],
    ['fractional year', { year: 2024.5, subject: 'SKILLS', siteCode: 'FZ', sequence: 1 }],
    ['NaN year', { year: Number.NaN, subject: 'SKILLS', siteCode: 'FZ', sequence: 1 }],
    ['unknown subject', { year: 2024, subject: 'ORAL' as Subject, siteCode: 'FZ', sequence: 1 }],
    ['inherited property as subject', { year: 2024, subject: 'toString' as Subject, siteCode: 'FZ', sequence: 1 }],
  ])('TK-3 %s throws RangeError', (_label, parts) => {
    expect(() => formatTicketNumber(parts)).toThrow(RangeError);
  });

  it('TK-3 the RangeError says which part is wrong', () => {
    expect(() => formatTicketNumber({ year: 2024, subject: 'SKILLS', siteCode: 'fz', sequence: 1 })).toThrow(/Site code/);
    expect(() => formatTicketNumber({ year: 2024, subject: 'SKILLS', siteCode: 'FZ', sequence: 0 })).toThrow(/sequence/);
    expect(() => formatTicketNumber({ year: 24, subject: 'SKILLS', siteCode: 'FZ', sequence: 1 })).toThrow(/year/);
  });
});

describe('isValidSiteCode', () => {
  it.each(['FZ', 'XM', '01', 'A9', '9A', 'ZZ', '00'])('TK-3 %j is a site code', (code) => {
    expect(isValidSiteCode(code)).toBe(true);
  });

  it.each(['', 'F', 'FZX', 'fz', 'Fz', 'F-', 'F ', 'ＦＺ', '福州', 'F\n'])('TK-3 %j is not a site code', (code) => {
    expect(isValidSiteCode(code)).toBe(false);
  });
});

describe('parseTicketNumber', () => {
  it('TK-3 20242FZ00037 is 2024, SKILLS, FZ, 37', () => {
    expect(parseTicketNumber('20242FZ00037')).toEqual({ year: 2024, subject: 'SKILLS', siteCode: 'FZ', sequence: 37 });
  });

  it('TK-3 round trip: parse(format(parts)) = parts and format(parse(number)) = number, over every subject and many parts', () => {
    const siteCodes = ['FZ', 'XM', 'QZ', '01', 'A9', 'Z0'];
    const years = [1000, 2023, 2024, 2099, 9999];
    const sequences = [1, 2, 37, 99, 100, 4567, 12345, 99998, 99999];
    let checked = 0;
    for (const year of years) {
      for (const subject of SUBJECTS) {
        for (const siteCode of siteCodes) {
          for (const sequence of sequences) {
            const parts: TicketNumberParts = { year, subject, siteCode, sequence };
            const value = formatTicketNumber(parts);
            expect(parseTicketNumber(value)).toEqual(parts);
            expect(formatTicketNumber(parseTicketNumber(value) as TicketNumberParts)).toBe(value);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBe(years.length * SUBJECTS.length * siteCodes.length * sequences.length);
  });

  it.each([
    ['empty', ''],
    ['too short', '20242FZ0003'],
    ['too long', '20242FZ000370'],
    ['lower-case site', '20242fz00037'],
    ['unknown subject digit 3', '20243FZ00037'],
    ['subject digit 0', '20240FZ00037'],
    ['sequence 00000', '20242FZ00000'],
    ['year below 1000', '09992FZ00037'],
    ['leading space', ' 20242FZ00037'],
    ['trailing newline', '20242FZ00037\n'],
    ['separators', '2024-2-FZ-00037'],
    ['letters in the sequence', '20242FZ0003O'],
    ['letters in the year', '2O242FZ00037'],
    ['full-width digits', '２０２４２FZ00037'],
    ['site with punctuation', '20242F-00037'],
  ])('TK-3 %s (%j) is not a ticket number', (_label, value) => {
    expect(parseTicketNumber(value)).toBeNull();
  });

  it('TK-3 a non-string (from an untyped payload) is not a ticket number', () => {
    expect(parseTicketNumber(20242 as unknown as string)).toBeNull();
    expect(parseTicketNumber(null as unknown as string)).toBeNull();
  });
});

describe('ticket number uniqueness', () => {
  it('TK-3 different (year, subject, site, sequence) never give the same number, across sites and subjects', () => {
    const siteCodes = ['FZ', 'XM', 'QZ', 'ZZ', 'PT', 'NP', 'LY', 'SM', 'ND', '01', '10', '11'];
    const seen = new Map<string, string>();
    for (const year of [2023, 2024, 2025]) {
      for (const subject of SUBJECTS) {
        for (const siteCode of siteCodes) {
          for (let sequence = 1; sequence <= 120; sequence += 1) {
            const value = formatTicketNumber({ year, subject, siteCode, sequence });
            const parts = `${year}/${subject}/${siteCode}/${sequence}`;
            expect(seen.get(value) ?? parts).toBe(parts);
            seen.set(value, parts);
          }
        }
      }
    }
    expect(seen.size).toBe(3 * SUBJECTS.length * siteCodes.length * 120);
  });

  it('TK-3 site codes made of digits cannot be confused with the sequence or subject (fixed widths)', () => {
    const a = formatTicketNumber({ year: 2024, subject: 'THEORY', siteCode: '10', sequence: 1 });
    const b = formatTicketNumber({ year: 2024, subject: 'THEORY', siteCode: '01', sequence: 1 });
    const c = formatTicketNumber({ year: 2024, subject: 'SKILLS', siteCode: '11', sequence: 1 });
    expect(new Set([a, b, c]).size).toBe(3);
    expect(parseTicketNumber(a)?.siteCode).toBe('10');
    expect(parseTicketNumber(b)?.siteCode).toBe('01');
    expect(parseTicketNumber(c)).toEqual({ year: 2024, subject: 'SKILLS', siteCode: '11', sequence: 1 });
  });
});

describe('allocateSequences', () => {
  it('TK-3 a fresh series starts at 1', () => {
    expect(allocateSequences(0, 3)).toEqual([1, 2, 3]);
  });

  it('TK-3 continues right after the highest sequence issued', () => {
    expect(allocateSequences(37, 4)).toEqual([38, 39, 40, 41]);
  });

  it('TK-3 nothing needed, nothing allocated', () => {
    expect(allocateSequences(12, 0)).toEqual([]);
  });

  it('TK-3 gap-free and duplicate-free across successive allocations (late approvals)', () => {
    let last = 0;
    const issued: number[] = [];
    for (const batch of [5, 0, 1, 17, 3, 250, 1]) {
      const next = allocateSequences(last, batch);
      expect(next).toHaveLength(batch);
      issued.push(...next);
      if (next.length > 0) last = next[next.length - 1];
    }
    expect(issued).toEqual(Array.from({ length: issued.length }, (_unused, index) => index + 1));
    expect(new Set(issued).size).toBe(issued.length);
  });

  it('TK-3 can fill the series exactly up to 99999', () => {
    const tail = allocateSequences(MAX_TICKET_SEQUENCE - 2, 2);
    expect(tail).toEqual([99998, 99999]);
    expect(allocateSequences(MAX_TICKET_SEQUENCE, 0)).toEqual([]);
  });

  it.each<[string, number, number]>([
    ['series exhausted', MAX_TICKET_SEQUENCE, 1],
    ['would pass 99999', 99990, 10],
    ['negative lastIssued', -1, 1],
    ['fractional lastIssued', 1.5, 1],
    ['NaN lastIssued', Number.NaN, 1],
    ['lastIssued beyond the series', 100000, 0],
    ['negative count', 0, -1],
    ['fractional count', 0, 2.5],
    ['NaN count', 0, Number.NaN],
    ['infinite count', 0, Number.POSITIVE_INFINITY],
  ])('TK-3 %s (last %d, count %d) throws RangeError', (_label, lastIssued, count) => {
    expect(() => allocateSequences(lastIssued, count)).toThrow(RangeError);
  });

  it('TK-3 every allocated sequence formats into a valid ticket number', () => {
    for (const sequence of allocateSequences(99990, 9)) {
      expect(parseTicketNumber(formatTicketNumber({ year: 2024, subject: 'SKILLS', siteCode: 'FZ', sequence }))?.sequence).toBe(sequence);
    }
  });
});
