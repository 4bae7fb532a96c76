import { SUBJECTS, Subject, SubjectAttempt } from './subject';

/** SC-3: a subject passed in year Y is valid through the end of year Y+2. */
export function validThroughYear(passYear: number): number {
  return passYear + 2;
}

export interface ValidPass {
  subject: Subject;
  year: number;
  validThroughYear: number;
}

export interface SubjectStanding {
  firstTime: boolean;
  validPasses: ValidPass[];
  needed: Subject[];
}

/**
 * first time = no non-voided attempt in any year before sessionYear. needed = subjects without a
 * non-voided pass valid in sessionYear, in SUBJECTS order.
 *
 * validPasses holds at most one pass per subject (the most recent one valid in sessionYear, which lasts
 * longest), in SUBJECTS order. Passes from years after sessionYear are ignored: they cannot have been
 * known when that session ran.
 */
export function subjectStanding(history: SubjectAttempt[], sessionYear: number): SubjectStanding {
  const counted = history.filter((attempt) => !attempt.voided);
  const firstTime = !counted.some((attempt) => attempt.year < sessionYear);

  const validPasses: ValidPass[] = [];
  const needed: Subject[] = [];
  for (const subject of SUBJECTS) {
    const latestPassYear = counted
      .filter(
        (attempt) =>
          attempt.subject === subject &&
          attempt.outcome === 'PASSED' &&
          attempt.year <= sessionYear &&
          validThroughYear(attempt.year) >= sessionYear,
      )
      .reduce<number | null>((latest, attempt) => (latest === null || attempt.year > latest ? attempt.year : latest), null);
    if (latestPassYear === null) {
      needed.push(subject);
    } else {
      validPasses.push({ subject, year: latestPassYear, validThroughYear: validThroughYear(latestPassYear) });
    }
  }
  return { firstTime, validPasses, needed };
}

/** Why a set of requested subjects is refused (FA-4); empty when the request is acceptable. */
export type SubjectRequestProblem =
  | { kind: 'NONE_REQUESTED' }
  | { kind: 'DUPLICATE'; subject: Subject }
  | { kind: 'NOT_OFFERED'; subject: Subject }
  | { kind: 'FIRST_TIME_NEEDS_BOTH'; missing: Subject[] }
  | { kind: 'STILL_VALID'; subject: Subject; passYear: number; validThroughYear: number };

/**
 * FA-4. A first-time candidate signs up for both subjects; anyone (first-timer or retaker) may only
 * request subjects in `standing.needed`, so a subject still validly passed is always refused.
 */
export function subjectRequestProblems(
  requested: readonly Subject[],
  offered: readonly Subject[],
  standing: SubjectStanding,
): SubjectRequestProblem[] {
  const problems: SubjectRequestProblem[] = [];
  if (requested.length === 0) problems.push({ kind: 'NONE_REQUESTED' });

  const seen = new Set<Subject>();
  for (const subject of requested) {
    if (seen.has(subject)) {
      problems.push({ kind: 'DUPLICATE', subject });
      continue;
    }
    seen.add(subject);
    if (!offered.includes(subject)) problems.push({ kind: 'NOT_OFFERED', subject });
    const pass = standing.validPasses.find((valid) => valid.subject === subject);
    if (pass) {
      problems.push({ kind: 'STILL_VALID', subject, passYear: pass.year, validThroughYear: pass.validThroughYear });
    }
  }

  if (standing.firstTime && requested.length > 0) {
    const missing = SUBJECTS.filter((subject) => !seen.has(subject));
    if (missing.length > 0) problems.push({ kind: 'FIRST_TIME_NEEDS_BOTH', missing });
  }
  return problems;
}

/** FA-5: requested subjects already taken by an active sign-up in another session of the same year. */
export function sameYearOverlap(
  requested: readonly Subject[],
  others: ReadonlyArray<{ sessionId: number; subjects: readonly Subject[] }>,
): { subjects: Subject[]; sessionIds: number[] } {
  const clashing = others.filter((other) => other.subjects.some((subject) => requested.includes(subject)));
  const subjects = SUBJECTS.filter(
    (subject) => requested.includes(subject) && clashing.some((other) => other.subjects.includes(subject)),
  );
  const sessionIds = [...new Set(clashing.map((other) => other.sessionId))].sort((a, b) => a - b);
  return { subjects, sessionIds };
}
