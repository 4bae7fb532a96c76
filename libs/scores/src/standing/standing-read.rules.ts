import { SUBJECTS, Subject, SubjectAttempt, validThroughYear } from '@app/assessment/rules';
import { LocalDate, isValidLocalDate } from '@app/common/time';
import { passYears, validUntilDate, yearOfRequiredDate } from '../rules/assessment-completion.rules';
import { RetrainingState } from '../rules/retraining.rules';

/**
 * The roster holds one rotation end date per trainee (the base edits it, audited, when rotation is
 * extended). Rotation is complete once that day has come; until then the date is a plan.
 */
export function rotationCompletedBy(rotationEndDate: LocalDate | null, today: LocalDate): boolean {
  return rotationEndDate !== null && isValidLocalDate(rotationEndDate) && rotationEndDate <= today;
}

export interface SubjectValidity {
  subject: Subject;
  /** latest counting (published, non-voided) pass, or null */
  passYear: number | null;
  /** SC-3: 31 December of passYear + 2 */
  validUntil: LocalDate | null;
  validToday: boolean;
}

/** SC-3 / SC-4: per subject, the latest counting pass, its valid-until date and whether it is valid today. */
export function subjectValidity(attempts: readonly SubjectAttempt[], today: LocalDate): SubjectValidity[] {
  const todayYear = yearOfRequiredDate(today, 'today');
  return SUBJECTS.map((subject) => {
    const passYear = passYears(attempts, subject, todayYear).at(-1) ?? null;
    return {
      subject,
      passYear,
      validUntil: passYear === null ? null : validUntilDate(passYear),
      validToday: passYear !== null && validThroughYear(passYear) >= todayYear,
    };
  });
}

/**
 * What the trainee_standing read model and the trainee row hold, plus which subjects were sat this
 * year: enough to classify 200k trainees in SQL without loading their histories.
 */
export interface StoredStanding {
  rotationEndDate: LocalDate;
  theoryPassYear: number | null;
  skillsPassYear: number | null;
  /** a pair of passes valid together exists (completed_theory_year is set) */
  completed: boolean;
  /** subjects with a counting sitting (any outcome, voided included) in today's year */
  satThisYear: readonly Subject[];
}

/**
 * retrainingTimeline's state, from stored facts. The list queries filter with the same CASE in SQL
 * (retraining-list.service.ts); the unit test proves this equals the rule on generated histories.
 */
export function retrainingStateOfStanding(standing: StoredStanding, today: LocalDate): RetrainingState {
  if (standing.completed) return 'CERTIFICATE_READY';
  const todayYear = yearOfRequiredDate(today, 'today');
  const rotationEndYear = yearOfRequiredDate(standing.rotationEndDate, 'rotationEndDate');
  const needs = (passYear: number | null): boolean => passYear === null || passYear < todayYear - 2;
  const thisYearUsed =
    (!needs(standing.theoryPassYear) || standing.satThisYear.includes('THEORY')) &&
    (!needs(standing.skillsPassYear) || standing.satThisYear.includes('SKILLS'));
  if (rotationEndYear <= todayYear - 3) return 'RETRAINING_REQUIRED';
  if (rotationEndYear === todayYear - 2) return thisYearUsed ? 'RETRAINING_REQUIRED' : 'LAST_YEAR';
  if (rotationEndYear === todayYear - 1) return thisYearUsed ? 'LAST_YEAR' : 'IN_TIME';
  return 'IN_TIME';
}

export interface StoredCertificateFacts {
  completed: boolean;
  rotationEndDate: LocalDate;
  processAssessmentPassed: boolean;
  photoConsistent: boolean;
}

/** certificateEligibility's verdict from stored facts; the list's SQL filter mirrors it. */
export function certificateEligibleOfStanding(facts: StoredCertificateFacts, today: LocalDate): boolean {
  return facts.completed && rotationCompletedBy(facts.rotationEndDate, today) && facts.processAssessmentPassed && facts.photoConsistent;
}

/** Stored text columns (void_reason, audit reason) hold at most this many characters. */
export function clip(text: string, limit = 500): string {
  const characters = [...text];
  return characters.length <= limit ? text : `${characters.slice(0, limit - 1).join('')}…`;
}
