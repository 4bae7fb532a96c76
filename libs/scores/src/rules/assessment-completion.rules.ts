import { Bilingual, SUBJECT_LABELS, Subject, SubjectAttempt, validThroughYear } from '@app/assessment/rules';
import { LocalDate, isValidLocalDate } from '@app/common/time';

/** SC-4: the valid-until date shown with a pass: 31 December of Y+2 (SC-3), a Beijing calendar date. */
export function validUntilDate(passYear: number): LocalDate {
  return `${validThroughYear(passYear)}-12-31`;
}

/** Year of a calendar date the caller must supply (today, a cutoff); a bad one is a programming error. */
export function yearOfRequiredDate(date: LocalDate, what: string): number {
  if (!isValidLocalDate(date)) throw new RangeError(`${what} is not a calendar date: ${date}`);
  return Number(date.slice(0, 4));
}

/**
 * Years of the non-voided passes of one subject, ascending, without repeats. Years after `asOfYear`
 * are left out: a result cannot come from the future, so such a row is bad data, not a pass.
 */
export function passYears(attempts: readonly SubjectAttempt[], subject: Subject, asOfYear: number): number[] {
  const years = attempts
    .filter((attempt) => attempt.subject === subject && attempt.outcome === 'PASSED' && !attempt.voided && attempt.year <= asOfYear)
    .map((attempt) => attempt.year);
  return [...new Set(years)].sort((a, b) => a - b);
}

/** Years of voided passes (SC-5 cancellation, SC-8 violation), to explain why a pass does not count. */
export function voidedPassYears(attempts: readonly SubjectAttempt[], subject: Subject): number[] {
  const years = attempts
    .filter((attempt) => attempt.subject === subject && attempt.outcome === 'PASSED' && attempt.voided)
    .map((attempt) => attempt.year);
  return [...new Set(years)].sort((a, b) => a - b);
}

/** Two passes whose validity periods (Y..Y+2 each) share at least one year. */
export interface PassesValidTogether {
  theoryYear: number;
  skillsYear: number;
  /** first and last year in which both passes are valid */
  overlapFromYear: number;
  overlapThroughYear: number;
}

/** SC-6: periods Y1..Y1+2 and Y2..Y2+2 overlap exactly when the pass years differ by at most 2. */
export function validityOverlap(theoryYear: number, skillsYear: number): PassesValidTogether | null {
  const overlapFromYear = Math.max(theoryYear, skillsYear);
  const overlapThroughYear = Math.min(validThroughYear(theoryYear), validThroughYear(skillsYear));
  if (overlapFromYear > overlapThroughYear) return null;
  return { theoryYear, skillsYear, overlapFromYear, overlapThroughYear };
}

/**
 * SC-6: the pair of non-voided passes (up to `asOfYear`) that completes the assessment, or null.
 * Of several pairs the one valid together latest wins, so the explanation shows the freshest results.
 * When one subject has two passes that each pair with the other subject's earlier pass through the same
 * last year (that pass's end), the later of the two counts (the larger overlapFromYear): the freshest
 * result again, and the one the standing shows as that subject's latest pass.
 * Once a pair existed the assessment stays completed even after both passes expire later.
 */
export function completingPasses(attempts: readonly SubjectAttempt[], asOfYear: number): PassesValidTogether | null {
  let best: PassesValidTogether | null = null;
  for (const theoryYear of passYears(attempts, 'THEORY', asOfYear)) {
    for (const skillsYear of passYears(attempts, 'SKILLS', asOfYear)) {
      const pair = validityOverlap(theoryYear, skillsYear);
      if (
        pair !== null &&
        (best === null ||
          pair.overlapThroughYear > best.overlapThroughYear ||
          (pair.overlapThroughYear === best.overlapThroughYear && pair.overlapFromYear > best.overlapFromYear))
      ) {
        best = pair;
      }
    }
  }
  return best;
}

/** "2024 年" or "2024–2025 年" */
export function yearSpanZh(from: number, through: number): string {
  return from === through ? `${from} 年` : `${from}–${through} 年`;
}

export function yearSpanEn(from: number, through: number): string {
  return from === through ? `${from}` : `${from}–${through}`;
}

/** "专业理论考试 2021 年通过（有效期 2021–2023 年，至 2023-12-31）" */
export function describePass(subject: Subject, year: number): Bilingual {
  const through = validThroughYear(year);
  return {
    zh: `${SUBJECT_LABELS[subject].zh} ${year} 年通过（有效期 ${year}–${through} 年，至 ${validUntilDate(year)}）`,
    en: `${subject} passed in ${year} (valid ${year}–${through}, through ${validUntilDate(year)})`,
  };
}
