import { formatBeijing } from '@app/common/time';
import { messageKey, NewCandidateMessage } from '@app/notifications';
import { SignupAction } from '../rules/signup-state.rules';
import { Subject } from '../rules/subject';

/** What a review decision knows when it tells the candidate. */
export interface ReviewNoticeFacts {
  signupId: number;
  traineeId: number;
  sessionId: number;
  sessionName: string;
  /** the sign-up's version after the decision: one message per decision */
  version: number;
  subjects: Subject[];
  /** the decision's reason, trimmed */
  reason: string | null;
  /** FA-8: a return is corrected before the review window closes */
  reviewClosesAt: Date;
}

/**
 * FA-8, FA-9, FA-11: the review decisions a candidate is told of, each in the decision's transaction. Every
 * outcome is: the base's approval (the centre reviews next), the centre's (final), a rejection by either,
 * a return with its reason and the deadline to correct it, and a cancellation for false information. The
 * candidate's own actions (edit, submit, withdraw) tell nobody; voiding is the sweep's own message.
 */
export function reviewNotice(action: SignupAction, facts: ReviewNoticeFacts): NewCandidateMessage | null {
  const signup = { sessionId: facts.sessionId, sessionName: facts.sessionName, signupId: facts.signupId };
  const addressed = { traineeId: facts.traineeId };
  const key = (kind: Parameters<typeof messageKey>[0]) => messageKey(kind, { signup: facts.signupId, version: facts.version });
  const reason = facts.reason ?? '';
  switch (action) {
    case 'BASE_APPROVE':
      return { ...addressed, kind: 'SIGNUP_BASE_APPROVED', dedupeKey: key('SIGNUP_BASE_APPROVED'), facts: signup };
    case 'CENTRE_APPROVE':
      return { ...addressed, kind: 'SIGNUP_APPROVED', dedupeKey: key('SIGNUP_APPROVED'), facts: { ...signup, subjects: facts.subjects } };
    case 'BASE_REJECT':
    case 'CENTRE_REJECT':
      return { ...addressed, kind: 'SIGNUP_REJECTED', dedupeKey: key('SIGNUP_REJECTED'), facts: { ...signup, by: action === 'BASE_REJECT' ? 'BASE' : 'CENTRE', reason } };
    case 'BASE_RETURN':
      return { ...addressed, kind: 'SIGNUP_RETURNED', dedupeKey: key('SIGNUP_RETURNED'), facts: { ...signup, reason, correctBefore: formatBeijing(facts.reviewClosesAt) } };
    case 'CANCEL_FALSE_INFORMATION':
      return { ...addressed, kind: 'SIGNUP_CANCELLED', dedupeKey: key('SIGNUP_CANCELLED'), facts: { ...signup, reason } };
    case 'EDIT':
    case 'SUBMIT':
    case 'WITHDRAW':
    case 'VOID_UNCORRECTED':
      return null;
  }
}
