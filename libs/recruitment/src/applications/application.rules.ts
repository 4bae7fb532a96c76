import type { TimeWindow } from '@app/common/time';
import { windowPhase } from '@app/common/time';
import type { ApplicantType } from '../admission';
import type { RecruitmentStanding } from '../access/recruitment-access';
import type { ApplicantFacts, TrainingRecord } from '../eligibility';
import type { ChoiceSubmission } from '../choices';
import type { RecruitmentRound } from '../rounds';
import { reviewLevels } from '../review';
import type { ReviewChain, ReviewLevel, ReviewProblemCode, ReviewState, ReviewStatus } from '../review';

/**
 * The application's own rules around RC-1, RC-4 and RC-5: which bases a round offers (by organisation id), which
 * city reviews an employed applicant, who acts at a level, and what a state-machine refusal is called at the API.
 */

/** A base of a round's plan, resolved to its organisation. */
export interface RoundBase {
  baseId: number;
  name: string;
  cityId: number | null;
}

/** RC-4: choices arrive as base ids; the rules read names. An id the round does not offer keeps a name no plan has. */
export function choiceSubmissionOf(bases: readonly RoundBase[], baseIds: readonly number[], acceptsAdjustment: boolean): ChoiceSubmission {
  const byId = new Map(bases.map((base) => [base.baseId, base.name]));
  return { choices: baseIds.map((id) => byId.get(id) ?? `#${id}`), acceptsAdjustment };
}

/** RC-5: a CITY level reviews EMPLOYED applicants before admission, so the applicant names the employer's city. */
export function needsEmployerCity(chain: ReviewChain, applicantType: ApplicantType): boolean {
  return reviewLevels(chain, applicantType, 'BEFORE_ADMISSION').includes('CITY');
}

/**
 * RC-2 "in training anywhere": what the applicant declared, plus a record of the platform's own rosters when the
 * ID number is on one (a trainee of the final assessment is in assistant GP training, whatever they declared).
 */
export function factsWithPlatformRecords(facts: ApplicantFacts, onPlatformRoster: boolean): ApplicantFacts {
  if (!onPlatformRoster) return facts;
  const found: TrainingRecord = { programme: 'ASSISTANT_GP', status: 'IN_TRAINING', withdrawnOn: null, where: '本平台助理全科医生培训对象名册' };
  if (facts.trainingRecords.some((record) => record.programme === found.programme && record.status === found.status)) return facts;
  return { ...facts, trainingRecords: [...facts.trainingRecords, found] };
}

/** The stored columns of RC-5's state. */
export interface StoredReviewColumns {
  applicantType: ApplicantType;
  status: ReviewStatus;
  stage: ReviewState['stage'];
  step: number;
  returnedLevel: ReviewLevel | null;
  returnReason: string | null;
  correctBy: Date | null;
  rejectedLevel: ReviewLevel | null;
  rejectReason: string | null;
}

export function reviewStateOf(row: StoredReviewColumns): ReviewState {
  return {
    applicantType: row.applicantType,
    status: row.status,
    stage: row.stage,
    step: row.step,
    returned: row.returnedLevel !== null && row.correctBy !== null ? { level: row.returnedLevel, reason: row.returnReason ?? '', correctBy: row.correctBy } : null,
    rejected: row.rejectedLevel !== null ? { level: row.rejectedLevel, reason: row.rejectReason ?? '' } : null,
  };
}

export function reviewColumnsOf(state: ReviewState): Omit<StoredReviewColumns, 'applicantType'> {
  return {
    status: state.status,
    stage: state.stage,
    step: state.step,
    returnedLevel: state.returned?.level ?? null,
    returnReason: state.returned?.reason ?? null,
    correctBy: state.returned?.correctBy ?? null,
    rejectedLevel: state.rejected?.level ?? null,
    rejectReason: state.rejected?.reason ?? null,
  };
}

/** What a reviewer's action needs to know of the application. */
export interface ActingTarget {
  employerCityId: number | null;
  choice1BaseId: number | null;
}

/**
 * RC-5: who acts for a level on this application. The authority acts as CENTRE; a city commission for the
 * applicants whose employer is in its city; a base for those who chose it first (its 资格初审 — a second-choice
 * base sees the application but the first choice reviews it).
 */
export function actsFor(standing: RecruitmentStanding, level: ReviewLevel, target: ActingTarget): boolean {
  switch (standing.kind) {
    case 'AUTHORITY':
      return level === 'CENTRE';
    case 'CITY':
      return level === 'CITY' && target.employerCityId === standing.cityId;
    case 'BASE':
      return level === 'BASE' && target.choice1BaseId === standing.baseId;
    case 'APPLICANT':
      return false;
  }
}

/** The API's code of each refusal of RC-5's state machine. */
export const REVIEW_PROBLEM_ERRORS = {
  ACTION_NOT_ALLOWED: 'RECRUITMENT_TRANSITION_INVALID',
  NOT_THIS_LEVELS_TURN: 'REVIEW_LEVEL_NOT_IN_TURN',
  REASON_REQUIRED: 'RECRUITMENT_REASON_REQUIRED',
  DEADLINE_NOT_IN_FUTURE: 'CORRECT_BY_REQUIRED',
  CORRECTION_DEADLINE_PASSED: 'CORRECTION_DEADLINE_PASSED',
  CORRECTION_DEADLINE_NOT_PASSED: 'RECRUITMENT_TRANSITION_INVALID',
  NO_RE_REVIEW_IN_CHAIN: 'RECRUITMENT_TRANSITION_INVALID',
  OUTSIDE_REVIEW_WINDOW: 'RECRUITMENT_REVIEW_WINDOW_CLOSED',
} as const satisfies Record<ReviewProblemCode, string>;

/** RC-1: a first submission happens inside the sign-up window; null when it is open. */
export function signupWindowProblem(window: TimeWindow, now: Date): 'RECRUITMENT_SIGNUP_NOT_OPEN' | 'RECRUITMENT_SIGNUP_CLOSED' | null {
  const phase = windowPhase(window, now);
  return phase === 'OPEN' ? null : phase === 'NOT_OPEN' ? 'RECRUITMENT_SIGNUP_NOT_OPEN' : 'RECRUITMENT_SIGNUP_CLOSED';
}

/** The plan's bases as organisations: bases the organisation tree lacks are left out (the seeder adds them all). */
export function roundBases(round: RecruitmentRound, byName: (name: string) => { id: number; cityId: number | null } | null): RoundBase[] {
  return (round.quotas?.bases ?? []).flatMap((each) => {
    const found = byName(each.base);
    return found ? [{ baseId: found.id, name: each.base, cityId: found.cityId }] : [];
  });
}
