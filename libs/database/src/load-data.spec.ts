import { tsvLine } from './load-data';

describe('tsvLine (LOAD DATA text format)', () => {
  it('joins fields with tabs and writes NULL as \\N', () => {
    expect(tsvLine([1, 'PASSED', null, undefined, 70.5])).toBe('1\tPASSED\t\\N\t\\N\t70.5');
  });

  it('escapes backslash, tab, newline and carriage return so a value never splits a row or a field', () => {
    expect(tsvLine(['a\\b', 'c\td', 'e\nf', 'g\rh'])).toBe('a\\\\b\tc\\td\te\\nf\tg\\rh');
  });

  it('keeps a literal "\\N" text apart from NULL, and JSON and CJK text unchanged', () => {
    expect(tsvLine(['\\N', '["BASIC_PROCEDURES.aseptic"]', '考生𠮷'])).toBe('\\\\N\t["BASIC_PROCEDURES.aseptic"]\t考生𠮷');
  });
});
