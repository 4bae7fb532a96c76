import { createHash } from 'node:crypto';
import { Applicant, RankingKey, SecondKey } from './admission.types';

/**
 * RC-6 tie-breaking, one documented order for every ranking of a run:
 * 1. score, higher first;
 * 2. the round's second key (earlier submission, or a named field in a stated direction); a missing value
 *    ranks after any value;
 * 3. the lottery ticket, lower first;
 * 4. the application id, lower first (only if two 64-bit tickets collide).
 *
 * The lottery is a counter-mode generator keyed by the run's seed: applicant `id`'s ticket is the first 16 hex
 * digits of SHA-256 over the UTF-8 text `<seed>:<id>`. Each applicant draws once per run, whatever the input
 * order or who else applied, and anyone holding the recorded seed can recompute every ticket (for instance
 * `printf '%s' 'seed:42' | sha256sum`). The service picks the seed at random when it starts a run.
 */

export interface RankingCandidate {
  applicantId: number;
  score: number;
  /** The second key oriented so that lower ranks first; null when the applicant has no value. */
  secondKey: number | null;
  lotteryTicket: string;
}

export function lotteryTicket(seed: string, applicantId: number): string {
  return createHash('sha256').update(`${seed}:${String(applicantId)}`, 'utf8').digest('hex').slice(0, 16);
}

/** The applicant's second-key value, oriented so that a lower value ranks first. */
export function secondKeyValue(applicant: Applicant, secondKey: SecondKey): number | null {
  switch (secondKey.kind) {
    case 'NONE':
      return null;
    case 'SUBMITTED_EARLIER':
      return applicant.submittedAt ? applicant.submittedAt.getTime() : null;
    case 'FIELD': {
      const value = applicant.fields?.[secondKey.field];
      if (value === undefined) return null;
      return secondKey.order === 'HIGHER_FIRST' ? -value : value;
    }
  }
}

function compareSecondKeys(a: number | null, b: number | null): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Negative when `a` ranks before `b`. A total order: two distinct applicants never compare equal. */
export function compareCandidates(a: RankingCandidate, b: RankingCandidate): number {
  if (a.score !== b.score) return a.score > b.score ? -1 : 1;
  const second = compareSecondKeys(a.secondKey, b.secondKey);
  if (second !== 0) return second;
  if (a.lotteryTicket !== b.lotteryTicket) return a.lotteryTicket < b.lotteryTicket ? -1 : 1;
  return a.applicantId - b.applicantId;
}

/** The first key on which `ahead` ranks before `behind` (a ticket collision counts as the lottery). */
export function decidingKey(ahead: RankingCandidate, behind: RankingCandidate): RankingKey {
  if (ahead.score !== behind.score) return 'SCORE';
  if (compareSecondKeys(ahead.secondKey, behind.secondKey) !== 0) return 'SECOND_KEY';
  return 'LOTTERY';
}
