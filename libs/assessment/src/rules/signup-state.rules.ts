import { DomainError } from '@app/common/errors';
import { TimeWindow, isWithinWindow } from '@app/common/time';
import { Bilingual } from './subject';

export type SignupStatus =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'RETURNED'
  | 'BASE_APPROVED'
  | 'APPROVED'
  | 'REJECTED'
  | 'VOIDED'
  | 'CANCELLED';

export const SIGNUP_STATUSES: readonly SignupStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'BASE_APPROVED',
  'APPROVED',
  'REJECTED',
  'VOIDED',
  'CANCELLED',
];

export type SignupAction =
  | 'EDIT'
  | 'SUBMIT'
  | 'WITHDRAW'
  | 'BASE_APPROVE'
  | 'BASE_REJECT'
  | 'BASE_RETURN'
  | 'CENTRE_APPROVE'
  | 'CENTRE_REJECT'
  | 'VOID_UNCORRECTED'
  | 'CANCEL_FALSE_INFORMATION';

export const SIGNUP_ACTIONS: readonly SignupAction[] = [
  'EDIT',
  'SUBMIT',
  'WITHDRAW',
  'BASE_APPROVE',
  'BASE_REJECT',
  'BASE_RETURN',
  'CENTRE_APPROVE',
  'CENTRE_REJECT',
  'VOID_UNCORRECTED',
  'CANCEL_FALSE_INFORMATION',
];

/** The whole machine; a pair missing here is not allowed. Base reviews first (FA-8), then the centre (FA-9). */
export const SIGNUP_TRANSITIONS: Readonly<Record<SignupStatus, Readonly<Partial<Record<SignupAction, SignupStatus>>>>> = {
  DRAFT: { EDIT: 'DRAFT', SUBMIT: 'SUBMITTED' },
  SUBMITTED: {
    WITHDRAW: 'DRAFT',
    BASE_APPROVE: 'BASE_APPROVED',
    BASE_REJECT: 'REJECTED',
    BASE_RETURN: 'RETURNED',
    CANCEL_FALSE_INFORMATION: 'CANCELLED',
  },
  RETURNED: {
    EDIT: 'RETURNED',
    SUBMIT: 'SUBMITTED',
    VOID_UNCORRECTED: 'VOIDED',
    CANCEL_FALSE_INFORMATION: 'CANCELLED',
  },
  BASE_APPROVED: {
    CENTRE_APPROVE: 'APPROVED',
    CENTRE_REJECT: 'REJECTED',
    CANCEL_FALSE_INFORMATION: 'CANCELLED',
  },
  // FA-11: false information found even after approval cancels the sign-up.
  APPROVED: { CANCEL_FALSE_INFORMATION: 'CANCELLED' },
  REJECTED: {},
  VOIDED: {},
  CANCELLED: {},
};

export function nextSignupStatus(current: SignupStatus, action: SignupAction): SignupStatus {
  const next = SIGNUP_TRANSITIONS[current][action];
  if (next === undefined) {
    throw new DomainError('SIGNUP_TRANSITION_INVALID', { from: current, action });
  }
  return next;
}

/** Rejections, returns (FA-8, FA-9) and cancellations (FA-11) must say why. */
export function actionRequiresReason(action: SignupAction): boolean {
  switch (action) {
    case 'BASE_REJECT':
    case 'BASE_RETURN':
    case 'CENTRE_REJECT':
    case 'CANCEL_FALSE_INFORMATION':
      return true;
    case 'EDIT':
    case 'SUBMIT':
    case 'WITHDRAW':
    case 'BASE_APPROVE':
    case 'CENTRE_APPROVE':
    case 'VOID_UNCORRECTED':
      return false;
  }
}

export function isEditable(status: SignupStatus): boolean {
  return status === 'DRAFT' || status === 'RETURNED';
}

/** FA-7: drafts are not sign-ups; FA-5: these statuses occupy the subjects for the year. */
export function isActive(status: SignupStatus): boolean {
  switch (status) {
    case 'SUBMITTED':
    case 'RETURNED':
    case 'BASE_APPROVED':
    case 'APPROVED':
      return true;
    case 'DRAFT':
    case 'REJECTED':
    case 'VOIDED':
    case 'CANCELLED':
      return false;
  }
}

export const SIGNUP_STATUS_LABELS: Record<SignupStatus, Bilingual> = {
  DRAFT: { zh: '草稿（尚未提交，不算报名）', en: 'Draft (not submitted, not a sign-up yet)' },
  // FA-7: the exact wording of the notice, which candidates are told to look for.
  SUBMITTED: { zh: '报名信息已提交，等待审核', en: 'Submitted, awaiting review' },
  RETURNED: { zh: '已退回修改，请在资格审核结束前修改并重新提交', en: 'Returned for correction; correct and resubmit before the review window ends' },
  BASE_APPROVED: { zh: '培训基地审核通过，等待全科中心复审', en: 'Approved by the base, awaiting the centre’s review' },
  APPROVED: { zh: '资格审核通过', en: 'Approved' },
  REJECTED: { zh: '资格审核不通过', en: 'Rejected' },
  VOIDED: { zh: '退回后未在审核期内修改，报名作废', en: 'Void: not corrected before the review window ended' },
  CANCELLED: { zh: '提供虚假信息，已取消考试资格', en: 'Cancelled: false information was provided' },
};

/**
 * review actions are allowed only inside the session's review window (FA-8/FA-9); VOID_UNCORRECTED only
 * at or after reviewWindow.closesAt; SUBMIT/EDIT/WITHDRAW timing is checked by FA-1 elsewhere. Returns
 * null when allowed, else the DomainError code to throw.
 */
export function reviewTimingProblem(
  action: SignupAction,
  reviewWindow: TimeWindow,
  now: Date,
): 'REVIEW_WINDOW_CLOSED' | null {
  switch (action) {
    case 'BASE_APPROVE':
    case 'BASE_REJECT':
    case 'BASE_RETURN':
    case 'CENTRE_APPROVE':
    case 'CENTRE_REJECT':
      return isWithinWindow(reviewWindow, now) ? null : 'REVIEW_WINDOW_CLOSED';
    case 'VOID_UNCORRECTED':
      // A returned sign-up may still be corrected until the window closes (FA-8); voiding earlier would cut that short.
      return now.getTime() >= reviewWindow.closesAt.getTime() ? null : 'REVIEW_WINDOW_CLOSED';
    case 'EDIT':
    case 'SUBMIT':
    case 'WITHDRAW':
    case 'CANCEL_FALSE_INFORMATION':
      // FA-11: false information may be discovered at any time.
      return null;
  }
}
