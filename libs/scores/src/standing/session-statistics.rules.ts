import { SUBJECTS, Subject } from '@app/assessment/rules';

/** A retake: the trainee has an earlier counting attempt in the same subject in an earlier year. */
export type AttemptKind = 'FIRST' | 'RETAKE';
export const ATTEMPT_KINDS: readonly AttemptKind[] = ['FIRST', 'RETAKE'];

/** One GROUP BY row: a base's published results in one subject, first attempts or retakes. */
export interface StatisticsCount {
  baseId: number;
  subject: Subject;
  kind: AttemptKind;
  /** result rows, voided included */
  candidates: number;
  passed: number;
  failed: number;
  absent: number;
  voided: number;
}

export interface StatisticsLine {
  baseId: number | null;
  subject: Subject;
  kind: AttemptKind | 'ALL';
  candidates: number;
  /** present and not voided: passed + failed */
  sat: number;
  passed: number;
  failed: number;
  absent: number;
  voided: number;
  /** passed / sat, 4 decimals; null when nobody sat */
  passRate: number | null;
}

export interface StatisticsTable {
  /** per base, subject and kind, plus an ALL line per base and subject */
  lines: StatisticsLine[];
  /** the same over every base shown */
  totals: StatisticsLine[];
}

type Counts = Pick<StatisticsCount, 'candidates' | 'passed' | 'failed' | 'absent' | 'voided'>;

const ZERO: Counts = { candidates: 0, passed: 0, failed: 0, absent: 0, voided: 0 };

function add(a: Counts, b: Counts): Counts {
  return {
    candidates: a.candidates + b.candidates,
    passed: a.passed + b.passed,
    failed: a.failed + b.failed,
    absent: a.absent + b.absent,
    voided: a.voided + b.voided,
  };
}

function line(baseId: number | null, subject: Subject, kind: AttemptKind | 'ALL', counts: Counts): StatisticsLine {
  const sat = counts.passed + counts.failed;
  return { baseId, subject, kind, ...counts, sat, passRate: sat === 0 ? null : Math.round((counts.passed / sat) * 10_000) / 10_000 };
}

/**
 * Pass rates by base and subject, first attempts and retakes apart. A voided result (SC-5, SC-8) is
 * counted as voided only, never as passed or failed, so a cancelled pass does not lift the rate.
 * Lines come in base id, subject (SUBJECTS order), then FIRST, RETAKE, ALL order; empty groups are left out.
 */
export function statisticsTable(counts: readonly StatisticsCount[]): StatisticsTable {
  const key = (baseId: number | null, subject: Subject, kind: AttemptKind): string => `${baseId ?? 'all'}|${subject}|${kind}`;
  const grouped = new Map<string, Counts>();
  const bases = new Set<number>();
  for (const count of counts) {
    bases.add(count.baseId);
    for (const baseId of [count.baseId, null]) {
      const k = key(baseId, count.subject, count.kind);
      grouped.set(k, add(grouped.get(k) ?? ZERO, count));
    }
  }
  const linesOf = (baseId: number | null): StatisticsLine[] =>
    SUBJECTS.flatMap((subject) => {
      const perKind = ATTEMPT_KINDS.map((kind) => [kind, grouped.get(key(baseId, subject, kind))] as const).filter(
        (entry): entry is readonly [AttemptKind, Counts] => entry[1] !== undefined,
      );
      if (perKind.length === 0) return [];
      const all = perKind.reduce<Counts>((sum, [, c]) => add(sum, c), ZERO);
      return [...perKind.map(([kind, c]) => line(baseId, subject, kind, c)), line(baseId, subject, 'ALL', all)];
    });
  return {
    lines: [...bases].sort((a, b) => a - b).flatMap((baseId) => linesOf(baseId)),
    totals: linesOf(null),
  };
}

/** "87.50%" for exports; an empty cell when nobody sat. */
export function formatRate(rate: number | null): string | null {
  return rate === null ? null : `${(rate * 100).toFixed(2)}%`;
}
