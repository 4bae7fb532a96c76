import type { Bilingual } from '@app/assessment/rules';
import { formatBeijing, isWithinWindow } from '@app/common/time';
import type { ApplicantType } from '../admission';
import {
  REVIEW_LEVEL_LABELS,
  ReviewAction,
  ReviewChain,
  ReviewContext,
  ReviewLevel,
  ReviewOutcome,
  ReviewProblemCode,
  ReviewStage,
  ReviewState,
  ReviewStatus,
} from './review.types';

/**
 * RC-5: the review of one application as a pure state machine over the round's chain. Approving at the last level
 * of a stage finishes it (APPROVED before admission, CONFIRMED after); a rejection is final; a return sends the
 * application back to the applicant with a deadline, and a correction restarts the stage from its first level,
 * since the corrected facts are new to every level. A return not corrected by its deadline becomes WITHDRAWN.
 */

export const REVIEW_STATUS_LABELS: Readonly<Record<ReviewStatus, Bilingual>> = {
  DRAFT: { zh: '草稿（尚未提交）', en: 'Draft (not submitted)' },
  IN_REVIEW: { zh: '已提交，等待审核', en: 'Submitted, awaiting review' },
  RETURNED: { zh: '已退回修改，请在规定时间内修改并重新提交', en: 'Returned for correction; correct and resubmit before the deadline' },
  APPROVED: { zh: '资格审核通过', en: 'Approved' },
  CONFIRMED: { zh: '拟录取人员资格复审通过', en: 'Confirmed by the re-review' },
  REJECTED: { zh: '资格审核不通过', en: 'Rejected' },
  WITHDRAWN: { zh: '退回后逾期未修改，视为自动放弃', en: 'Withdrawn: not corrected in time' },
};

/** The levels of one stage for one applicant type, in order. */
export function reviewLevels(chain: ReviewChain, applicantType: ApplicantType, stage: ReviewStage): readonly ReviewLevel[] {
  return stage === 'BEFORE_ADMISSION' ? chain.beforeAdmission[applicantType] : chain.afterAdmission;
}

export function initialReviewState(applicantType: ApplicantType): ReviewState {
  return { applicantType, status: 'DRAFT', stage: 'BEFORE_ADMISSION', step: 0, returned: null, rejected: null };
}

/** The level that acts next, or null when nobody reviews now (draft, returned, finished). */
export function nextReviewer(chain: ReviewChain, state: ReviewState): ReviewLevel | null {
  if (state.status !== 'IN_REVIEW') return null;
  return reviewLevels(chain, state.applicantType, state.stage)[state.step] ?? null;
}

/** Only a draft or a returned application can be edited by the applicant. */
export function isApplicationEditable(state: ReviewState): boolean {
  return state.status === 'DRAFT' || state.status === 'RETURNED';
}

const PROBLEM_WORDS: Readonly<Record<ReviewProblemCode, Bilingual>> = {
  ACTION_NOT_ALLOWED: { zh: '当前状态下不能进行此操作', en: 'this action is not allowed in the current state' },
  NOT_THIS_LEVELS_TURN: { zh: '尚未轮到该级审核', en: 'it is not this level’s turn to review' },
  REASON_REQUIRED: { zh: '不通过或退回须填写原因', en: 'a rejection or return needs a reason' },
  DEADLINE_NOT_IN_FUTURE: { zh: '修改截止时间须晚于当前时间', en: 'the correction deadline must be in the future' },
  CORRECTION_DEADLINE_PASSED: { zh: '已过修改截止时间', en: 'the correction deadline has passed' },
  CORRECTION_DEADLINE_NOT_PASSED: { zh: '修改截止时间未到', en: 'the correction deadline has not passed yet' },
  NO_RE_REVIEW_IN_CHAIN: { zh: '本批次不设拟录取人员资格复审', en: 'this round has no re-review of those to be admitted' },
  OUTSIDE_REVIEW_WINDOW: { zh: '不在该级审核时间内', en: 'outside this level’s review window' },
};

function refuse(code: ReviewProblemCode, detail?: Bilingual): ReviewOutcome {
  const words = PROBLEM_WORDS[code];
  return { ok: false, problem: { code, message: detail ? { zh: `${words.zh}：${detail.zh}`, en: `${words.en}: ${detail.en}` } : words } };
}

function accept(state: ReviewState): ReviewOutcome {
  return { ok: true, state };
}

/** A stage whose chain has no level passes at once (e.g. a type no level reviews). */
function enterStage(state: ReviewState, chain: ReviewChain, stage: ReviewStage): ReviewState {
  const levels = reviewLevels(chain, state.applicantType, stage);
  if (levels.length > 0) return { ...state, status: 'IN_REVIEW', stage, step: 0, returned: null };
  return { ...state, status: stage === 'BEFORE_ADMISSION' ? 'APPROVED' : 'CONFIRMED', stage, step: 0, returned: null };
}

function levelActs(chain: ReviewChain, state: ReviewState, level: ReviewLevel, context: ReviewContext): ReviewOutcome | null {
  if (state.status !== 'IN_REVIEW') return refuse('ACTION_NOT_ALLOWED');
  const expected = nextReviewer(chain, state);
  if (expected !== level) {
    return refuse('NOT_THIS_LEVELS_TURN', {
      zh: `当前应由${expected ? REVIEW_LEVEL_LABELS[expected].zh : '—'}审核`,
      en: `waiting for the ${expected ? REVIEW_LEVEL_LABELS[expected].en : '—'}`,
    });
  }
  const window = context.windows?.[level] ?? null;
  if (window !== null && !isWithinWindow(window, context.now)) {
    return refuse('OUTSIDE_REVIEW_WINDOW', {
      zh: `${REVIEW_LEVEL_LABELS[level].zh}审核时间为 ${formatBeijing(window.opensAt)} 至 ${formatBeijing(window.closesAt)}`,
      en: `the ${REVIEW_LEVEL_LABELS[level].en} reviews from ${formatBeijing(window.opensAt)} to ${formatBeijing(window.closesAt)}`,
    });
  }
  return null;
}

export function reviewTransition(chain: ReviewChain, state: ReviewState, action: ReviewAction, context: ReviewContext): ReviewOutcome {
  const now = context.now;
  switch (action.kind) {
    case 'SUBMIT':
      if (state.status !== 'DRAFT') return refuse('ACTION_NOT_ALLOWED');
      return accept(enterStage({ ...state, rejected: null }, chain, 'BEFORE_ADMISSION'));
    case 'APPROVE': {
      const problem = levelActs(chain, state, action.level, context);
      if (problem) return problem;
      const levels = reviewLevels(chain, state.applicantType, state.stage);
      if (state.step + 1 < levels.length) return accept({ ...state, step: state.step + 1 });
      return accept({ ...state, status: state.stage === 'BEFORE_ADMISSION' ? 'APPROVED' : 'CONFIRMED' });
    }
    case 'REJECT': {
      const problem = levelActs(chain, state, action.level, context);
      if (problem) return problem;
      if (action.reason.trim() === '') return refuse('REASON_REQUIRED');
      return accept({ ...state, status: 'REJECTED', rejected: { level: action.level, reason: action.reason.trim() } });
    }
    case 'RETURN': {
      const problem = levelActs(chain, state, action.level, context);
      if (problem) return problem;
      if (action.reason.trim() === '') return refuse('REASON_REQUIRED');
      if (action.correctBy.getTime() <= now.getTime()) return refuse('DEADLINE_NOT_IN_FUTURE');
      return accept({ ...state, status: 'RETURNED', returned: { level: action.level, reason: action.reason.trim(), correctBy: action.correctBy } });
    }
    case 'RESUBMIT':
      if (state.status !== 'RETURNED' || state.returned === null) return refuse('ACTION_NOT_ALLOWED');
      if (now.getTime() >= state.returned.correctBy.getTime()) {
        return refuse('CORRECTION_DEADLINE_PASSED', { zh: formatBeijing(state.returned.correctBy), en: formatBeijing(state.returned.correctBy) });
      }
      return accept(enterStage(state, chain, state.stage));
    case 'START_RE_REVIEW':
      if (state.status !== 'APPROVED') return refuse('ACTION_NOT_ALLOWED');
      if (chain.afterAdmission.length === 0) return refuse('NO_RE_REVIEW_IN_CHAIN');
      return accept(enterStage(state, chain, 'AFTER_ADMISSION'));
    case 'EXPIRE_RETURN':
      if (state.status !== 'RETURNED' || state.returned === null) return refuse('ACTION_NOT_ALLOWED');
      if (now.getTime() < state.returned.correctBy.getTime()) return refuse('CORRECTION_DEADLINE_NOT_PASSED');
      return accept({ ...state, status: 'WITHDRAWN' });
  }
}

/** The sweep's question: is this a return whose deadline has passed uncorrected? */
export function isReturnExpired(state: ReviewState, now: Date): boolean {
  return state.status === 'RETURNED' && state.returned !== null && now.getTime() >= state.returned.correctBy.getTime();
}
