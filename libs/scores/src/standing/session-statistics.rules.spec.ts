import { formatRate, StatisticsCount, statisticsTable } from './session-statistics.rules';

const count = (baseId: number, subject: StatisticsCount['subject'], kind: StatisticsCount['kind'], passed: number, failed: number, absent = 0, voided = 0): StatisticsCount => ({
  baseId,
  subject,
  kind,
  candidates: passed + failed + absent + voided,
  passed,
  failed,
  absent,
  voided,
});

describe('statisticsTable', () => {
  it('pass rate is passed / sat, first attempts and retakes apart, with an ALL line per base and subject', () => {
    const table = statisticsTable([count(7, 'THEORY', 'FIRST', 3, 1, 1), count(7, 'THEORY', 'RETAKE', 1, 1, 0, 1)]);
    expect(table.lines).toEqual([
      { baseId: 7, subject: 'THEORY', kind: 'FIRST', candidates: 5, sat: 4, passed: 3, failed: 1, absent: 1, voided: 0, passRate: 0.75 },
      { baseId: 7, subject: 'THEORY', kind: 'RETAKE', candidates: 3, sat: 2, passed: 1, failed: 1, absent: 0, voided: 1, passRate: 0.5 },
      { baseId: 7, subject: 'THEORY', kind: 'ALL', candidates: 8, sat: 6, passed: 4, failed: 2, absent: 1, voided: 1, passRate: 0.6667 },
    ]);
  });

  it('totals add up every base; bases in id order, subjects in THEORY, SKILLS order', () => {
    const table = statisticsTable([count(9, 'SKILLS', 'FIRST', 1, 0), count(2, 'SKILLS', 'FIRST', 0, 1), count(2, 'THEORY', 'FIRST', 2, 0)]);
    expect(table.lines.map((l) => `${l.baseId}/${l.subject}/${l.kind}`)).toEqual(['2/THEORY/FIRST', '2/THEORY/ALL', '2/SKILLS/FIRST', '2/SKILLS/ALL', '9/SKILLS/FIRST', '9/SKILLS/ALL']);
    expect(table.totals).toEqual([
      { baseId: null, subject: 'THEORY', kind: 'FIRST', candidates: 2, sat: 2, passed: 2, failed: 0, absent: 0, voided: 0, passRate: 1 },
      { baseId: null, subject: 'THEORY', kind: 'ALL', candidates: 2, sat: 2, passed: 2, failed: 0, absent: 0, voided: 0, passRate: 1 },
      { baseId: null, subject: 'SKILLS', kind: 'FIRST', candidates: 2, sat: 2, passed: 1, failed: 1, absent: 0, voided: 0, passRate: 0.5 },
      { baseId: null, subject: 'SKILLS', kind: 'ALL', candidates: 2, sat: 2, passed: 1, failed: 1, absent: 0, voided: 0, passRate: 0.5 },
    ]);
  });

  it('nobody present: the rate is null, not 0 or NaN; no results: no lines', () => {
    expect(statisticsTable([count(1, 'SKILLS', 'FIRST', 0, 0, 2, 1)]).lines[0].passRate).toBeNull();
    expect(statisticsTable([])).toEqual({ lines: [], totals: [] });
  });
});

describe('formatRate', () => {
  it('shows a percentage with two decimals, or nothing', () => {
    expect(formatRate(0.6667)).toBe('66.67%');
    expect(formatRate(1)).toBe('100.00%');
    expect(formatRate(null)).toBeNull();
  });
});
