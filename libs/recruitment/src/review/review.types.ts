import type { Bilingual } from '@app/assessment/rules';
import type { TimeWindow } from '@app/common/time';
import type { ApplicantType } from '../admission';

/** Who reviews: a training base, a city health commission (设区市卫健委), or the round's authority (the centre). */
export type ReviewLevel = 'BASE' | 'CITY' | 'CENTRE';
export const REVIEW_LEVELS: readonly ReviewLevel[] = ['BASE', 'CITY', 'CENTRE'];
export const REVIEW_LEVEL_LABELS: Readonly<Record<ReviewLevel, Bilingual>> = {
  BASE: { zh: '培训基地', en: 'training base' },
  CITY: { zh: '设区市卫健委', en: 'city health commission' },
  CENTRE: { zh: '招录管理机构', en: 'recruitment authority' },
};

/**
 * RC-5: the review chain of a round, as data.
 * - beforeAdmission: the levels that review every application, in order, per applicant type;
 * - afterAdmission: the levels that re-review only those about to be admitted (Chongqing's 拟录取人员资格复审).
 */
export interface ReviewChain {
  beforeAdmission: Readonly<Record<ApplicantType, readonly ReviewLevel[]>>;
  afterAdmission: readonly ReviewLevel[];
}

export type ReviewStage = 'BEFORE_ADMISSION' | 'AFTER_ADMISSION';

/**
 * - DRAFT: not submitted, editable;
 * - IN_REVIEW: waiting for the level at `step` of `stage`;
 * - RETURNED: sent back for correction by the level at `step`, editable until `returned.correctBy`;
 * - APPROVED: passed every level before admission (final for chains without a re-review);
 * - CONFIRMED: passed the re-review after admission;
 * - REJECTED: refused by a level, with the reason;
 * - WITHDRAWN: a return not corrected in time (逾期未修改的视为自动放弃).
 */
export type ReviewStatus = 'DRAFT' | 'IN_REVIEW' | 'RETURNED' | 'APPROVED' | 'CONFIRMED' | 'REJECTED' | 'WITHDRAWN';
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['DRAFT', 'IN_REVIEW', 'RETURNED', 'APPROVED', 'CONFIRMED', 'REJECTED', 'WITHDRAWN'];

export interface ReviewState {
  applicantType: ApplicantType;
  status: ReviewStatus;
  stage: ReviewStage;
  /** Index into the stage's levels: the level waited for (IN_REVIEW) or the one that returned (RETURNED). */
  step: number;
  returned: { level: ReviewLevel; reason: string; correctBy: Date } | null;
  rejected: { level: ReviewLevel; reason: string } | null;
}

export type ReviewAction =
  | { kind: 'SUBMIT' }
  | { kind: 'APPROVE'; level: ReviewLevel }
  | { kind: 'REJECT'; level: ReviewLevel; reason: string }
  | { kind: 'RETURN'; level: ReviewLevel; reason: string; correctBy: Date }
  | { kind: 'RESUBMIT' }
  /** Admission has ranked the applicant for a place: the re-review of the chain begins. */
  | { kind: 'START_RE_REVIEW' }
  /** The sweep: a return whose deadline has passed uncorrected. */
  | { kind: 'EXPIRE_RETURN' };

export type ReviewActionKind = ReviewAction['kind'];

export type ReviewProblemCode =
  | 'ACTION_NOT_ALLOWED'
  | 'NOT_THIS_LEVELS_TURN'
  | 'REASON_REQUIRED'
  | 'DEADLINE_NOT_IN_FUTURE'
  | 'CORRECTION_DEADLINE_PASSED'
  | 'CORRECTION_DEADLINE_NOT_PASSED'
  | 'NO_RE_REVIEW_IN_CHAIN'
  | 'OUTSIDE_REVIEW_WINDOW';

export interface ReviewProblem {
  code: ReviewProblemCode;
  message: Bilingual;
}

export type ReviewOutcome = { ok: true; state: ReviewState } | { ok: false; problem: ReviewProblem };

export interface ReviewContext {
  now: Date;
  /** A level acts only inside its window, where the round gives one; null or absent: no window set. */
  windows?: Partial<Record<ReviewLevel, TimeWindow | null>>;
}
