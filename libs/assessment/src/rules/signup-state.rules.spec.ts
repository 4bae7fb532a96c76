import { DomainError, isDomainError } from '@app/common/errors';
import { beijingToInstant, noticeWindow } from '@app/common/time';
import {
  SIGNUP_ACTIONS,
  SIGNUP_STATUSES,
  SIGNUP_STATUS_LABELS,
  SignupAction,
  SignupStatus,
  actionRequiresReason,
  isActive,
  isEditable,
  nextSignupStatus,
  reviewTimingProblem,
} from './signup-state.rules';

/** The allowed transitions, written out independently of the implementation's table. */
const ALLOWED: ReadonlyArray<[SignupStatus, SignupAction, SignupStatus]> = [
  ['DRAFT', 'EDIT', 'DRAFT'],
  ['DRAFT', 'SUBMIT', 'SUBMITTED'],
  ['SUBMITTED', 'WITHDRAW', 'DRAFT'],
  ['SUBMITTED', 'BASE_APPROVE', 'BASE_APPROVED'],
  ['SUBMITTED', 'BASE_REJECT', 'REJECTED'],
  ['SUBMITTED', 'BASE_RETURN', 'RETURNED'],
  ['RETURNED', 'EDIT', 'RETURNED'],
  ['RETURNED', 'SUBMIT', 'SUBMITTED'],
  ['RETURNED', 'VOID_UNCORRECTED', 'VOIDED'],
  ['BASE_APPROVED', 'CENTRE_APPROVE', 'APPROVED'],
  ['BASE_APPROVED', 'CENTRE_REJECT', 'REJECTED'],
  ['SUBMITTED', 'CANCEL_FALSE_INFORMATION', 'CANCELLED'],
  ['RETURNED', 'CANCEL_FALSE_INFORMATION', 'CANCELLED'],
  ['BASE_APPROVED', 'CANCEL_FALSE_INFORMATION', 'CANCELLED'],
  ['APPROVED', 'CANCEL_FALSE_INFORMATION', 'CANCELLED'],
];

const allowedKey = new Set(ALLOWED.map(([from, action]) => `${from}/${action}`));
const FORBIDDEN: Array<[SignupStatus, SignupAction]> = SIGNUP_STATUSES.flatMap((from) =>
  SIGNUP_ACTIONS.filter((action) => !allowedKey.has(`${from}/${action}`)).map(
    (action): [SignupStatus, SignupAction] => [from, action],
  ),
);

describe('signup state machine', () => {
  it('FA-7 lists every status and action once', () => {
    expect(SIGNUP_STATUSES).toEqual(['DRAFT', 'SUBMITTED', 'RETURNED', 'BASE_APPROVED', 'APPROVED', 'REJECTED', 'VOIDED', 'CANCELLED']);
    expect(new Set(SIGNUP_ACTIONS).size).toBe(10);
    // 8 statuses × 10 actions: 15 allowed, 65 refused.
    expect(ALLOWED).toHaveLength(15);
    expect(FORBIDDEN).toHaveLength(65);
  });

  it.each(ALLOWED)('FA-8 %s + %s → %s', (from, action, to) => {
    expect(nextSignupStatus(from, action)).toBe(to);
  });

  it.each(FORBIDDEN)('FA-8 %s + %s is refused with SIGNUP_TRANSITION_INVALID', (from, action) => {
    let thrown: unknown;
    try {
      nextSignupStatus(from, action);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(isDomainError(thrown, 'SIGNUP_TRANSITION_INVALID')).toBe(true);
    expect((thrown as DomainError).details).toEqual({ from, action });
  });

  it('FA-9 only centre approval leads to APPROVED, and only from BASE_APPROVED', () => {
    const intoApproved = ALLOWED.filter(([, , to]) => to === 'APPROVED');
    expect(intoApproved).toEqual([['BASE_APPROVED', 'CENTRE_APPROVE', 'APPROVED']]);
  });

  it.each<SignupStatus>(['REJECTED', 'VOIDED', 'CANCELLED'])('FA-8 %s is final: every action is refused', (status) => {
    for (const action of SIGNUP_ACTIONS) {
      expect(() => nextSignupStatus(status, action)).toThrow(DomainError);
    }
  });
});

describe('actionRequiresReason', () => {
  it.each<[SignupAction, boolean]>([
    ['EDIT', false],
    ['SUBMIT', false],
    ['WITHDRAW', false],
    ['BASE_APPROVE', false],
    ['BASE_REJECT', true],
    ['BASE_RETURN', true],
    ['CENTRE_APPROVE', false],
    ['CENTRE_REJECT', true],
    ['VOID_UNCORRECTED', false],
    ['CANCEL_FALSE_INFORMATION', true],
  ])('FA-8 %s requires a reason: %s', (action, required) => {
    expect(actionRequiresReason(action)).toBe(required);
  });
});

describe('isEditable / isActive', () => {
  it.each<[SignupStatus, boolean, boolean]>([
    ['DRAFT', true, false],
    ['SUBMITTED', false, true],
    ['RETURNED', true, true],
    ['BASE_APPROVED', false, true],
    ['APPROVED', false, true],
    ['REJECTED', false, false],
    ['VOIDED', false, false],
    ['CANCELLED', false, false],
  ])('FA-5 %s: editable %s, counts as a sign-up %s', (status, editable, active) => {
    expect(isEditable(status)).toBe(editable);
    expect(isActive(status)).toBe(active);
  });
});

describe('SIGNUP_STATUS_LABELS', () => {
  it('FA-7 the submitted state reads exactly as the notice says', () => {
    expect(SIGNUP_STATUS_LABELS.SUBMITTED.zh).toBe('报名信息已提交，等待审核');
  });

  it('FA-7 every status has a label in both languages', () => {
    for (const status of SIGNUP_STATUSES) {
      expect(SIGNUP_STATUS_LABELS[status].zh.length).toBeGreaterThan(0);
      expect(SIGNUP_STATUS_LABELS[status].en.length).toBeGreaterThan(0);
    }
  });
});

describe('reviewTimingProblem', () => {
  // Fujian 2024 review: 3月4－13日, i.e. [03-04 00:00, 03-14 00:00) Beijing time.
  const review = noticeWindow('2024-03-04', '2024-03-13');
  const reviewActions: SignupAction[] = ['BASE_APPROVE', 'BASE_REJECT', 'BASE_RETURN', 'CENTRE_APPROVE', 'CENTRE_REJECT'];

  it.each(reviewActions)('FA-8 %s is allowed from the first second to the last second of the review window', (action) => {
    expect(reviewTimingProblem(action, review, beijingToInstant('2024-03-03 23:59:59'))).toBe('REVIEW_WINDOW_CLOSED');
    expect(reviewTimingProblem(action, review, beijingToInstant('2024-03-04 00:00:00'))).toBeNull();
    expect(reviewTimingProblem(action, review, beijingToInstant('2024-03-13 23:59:59'))).toBeNull();
    expect(reviewTimingProblem(action, review, beijingToInstant('2024-03-14 00:00:00'))).toBe('REVIEW_WINDOW_CLOSED');
  });

  it('FA-8 VOID_UNCORRECTED only once the review window has closed', () => {
    expect(reviewTimingProblem('VOID_UNCORRECTED', review, beijingToInstant('2024-03-05 10:00'))).toBe('REVIEW_WINDOW_CLOSED');
    expect(reviewTimingProblem('VOID_UNCORRECTED', review, beijingToInstant('2024-03-13 23:59:59'))).toBe('REVIEW_WINDOW_CLOSED');
    expect(reviewTimingProblem('VOID_UNCORRECTED', review, beijingToInstant('2024-03-14 00:00:00'))).toBeNull();
    expect(reviewTimingProblem('VOID_UNCORRECTED', review, beijingToInstant('2024-04-01 00:00:00'))).toBeNull();
  });

  it.each<SignupAction>(['EDIT', 'SUBMIT', 'WITHDRAW', 'CANCEL_FALSE_INFORMATION'])(
    'FA-1 %s is timed by FA-1 (and FA-11 cancellation at any time), not by the review window',
    (action) => {
      for (const at of ['2024-02-01 00:00', '2024-03-05 10:00', '2024-12-31 23:59']) {
        expect(reviewTimingProblem(action, review, beijingToInstant(at))).toBeNull();
      }
    },
  );
});
