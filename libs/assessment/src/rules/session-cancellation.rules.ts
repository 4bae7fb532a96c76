import type { Actor } from '@app/common/actor';
import { DomainError } from '@app/common/errors';
import { isActive, SignupStatus } from './signup-state.rules';
import { Bilingual, Subject, SUBJECTS } from './subject';

/** Longest reason a cancellation takes: it is stored as the sign-ups' last reason (VARCHAR(500)). */
export const CANCELLATION_REASON_MAX_LENGTH = 500;

/** FA-12: one subject of a session called off, as the session keeps it. */
export interface SubjectCancellation {
  subject: Subject;
  reason: string;
  /** an instant, ISO 8601 */
  cancelledAt: string;
  cancelledBy: number | null;
  /** the whole session was called off in the same act */
  wholeSession: boolean;
}

/** What the centre asked for: one subject, or the whole session (null). */
export interface CancellationRequest {
  subject: Subject | null;
  reason: string;
}

/** What the decision reads of the session: subjects offered, already cancelled, published, with results on record. */
export interface CancellationState {
  offered: readonly Subject[];
  cancelled: readonly Subject[];
  /** SC-4: subjects whose results candidates already see */
  published: readonly Subject[];
  /** subjects with a standing (not voided) result of this session: the exam took place */
  withResults: readonly Subject[];
}

export interface SignupBeforeCancellation {
  signupId: number;
  traineeId: number;
  baseId: number;
  status: SignupStatus;
  subjects: readonly Subject[];
}

/** What one sign-up loses: the cancelled subjects it held, and its status when none is left. */
export interface SignupCancellationChange {
  signupId: number;
  traineeId: number;
  baseId: number;
  statusBefore: SignupStatus;
  statusAfter: SignupStatus;
  subjectsBefore: Subject[];
  removed: Subject[];
  remaining: Subject[];
}

export interface CancellationPlan {
  /** the subjects this act cancels (whole session: those not cancelled before) */
  subjects: Subject[];
  wholeSession: boolean;
  reason: string;
  changes: SignupCancellationChange[];
}

const inOrder = (subjects: Iterable<Subject>): Subject[] => {
  const set = new Set(subjects);
  return SUBJECTS.filter((subject) => set.has(subject));
};

/** FA-12: the session is called off once every subject it offers is. */
export function isSessionCancelled(offered: readonly Subject[], cancelled: readonly Subject[]): boolean {
  return offered.length > 0 && offered.every((subject) => cancelled.includes(subject));
}

/**
 * FA-12: which subjects a request cancels, or why it is refused. Only the centre decides, with a reason.
 * A subject whose results are published, or merely on record, was examined: calling it off afterwards would
 * retract results that FA-3/FA-4/SC-3 already read (a single result is voided under SC-8 or FA-11 instead).
 * Asking again for what is already cancelled answers its own code, so a repeated click changes nothing.
 */
export function cancellationSubjects(role: Actor['role'], state: CancellationState, request: CancellationRequest): Subject[] {
  if (role !== 'CENTRE_ADMIN') throw new DomainError('FORBIDDEN_ROLE');
  if (!request.reason.trim()) throw new DomainError('REASON_REQUIRED');
  if (request.reason.trim().length > CANCELLATION_REASON_MAX_LENGTH) throw new DomainError('VALIDATION_FAILED', { problems: [`reason longer than ${CANCELLATION_REASON_MAX_LENGTH} characters`] });
  if (request.subject !== null && !state.offered.includes(request.subject)) throw new DomainError('SESSION_SUBJECT_NOT_OFFERED', { subject: request.subject });
  if (isSessionCancelled(state.offered, state.cancelled)) throw new DomainError('SESSION_ALREADY_CANCELLED');
  if (request.subject !== null && state.cancelled.includes(request.subject)) throw new DomainError('SESSION_SUBJECT_ALREADY_CANCELLED', { subject: request.subject });
  const subjects = inOrder(request.subject !== null ? [request.subject] : state.offered.filter((subject) => !state.cancelled.includes(subject)));
  for (const subject of subjects) {
    if (state.published.includes(subject)) throw new DomainError('SESSION_RESULTS_PUBLISHED', { subject });
    if (state.withResults.includes(subject)) throw new DomainError('SESSION_RESULTS_RECORDED', { subject });
  }
  return subjects;
}

/**
 * FA-12: what a cancellation does to each sign-up that still stands (submitted, returned, approved by the base
 * or by the centre) and holds a cancelled subject: the subject is taken off it, and a sign-up left with none
 * is CANCELLED. Drafts, rejected, void and already cancelled sign-ups are not sign-ups of the exam and stay.
 */
export function planCancellation(role: Actor['role'], state: CancellationState, request: CancellationRequest, signups: readonly SignupBeforeCancellation[]): CancellationPlan {
  const subjects = cancellationSubjects(role, state, request);
  const changes = signups.flatMap((signup): SignupCancellationChange[] => {
    if (!isActive(signup.status)) return [];
    const removed = inOrder(signup.subjects.filter((subject) => subjects.includes(subject)));
    if (removed.length === 0) return [];
    const remaining = inOrder(signup.subjects.filter((subject) => !subjects.includes(subject)));
    return [
      {
        signupId: signup.signupId,
        traineeId: signup.traineeId,
        baseId: signup.baseId,
        statusBefore: signup.status,
        statusAfter: remaining.length === 0 ? 'CANCELLED' : signup.status,
        subjectsBefore: inOrder(signup.subjects),
        removed,
        remaining,
      },
    ];
  });
  return { subjects, wholeSession: request.subject === null, reason: request.reason.trim(), changes };
}

/**
 * FA-12: why a sign-up for `requested` subjects is refused by the session's cancellations, or null. A called-off
 * session takes no sign-up; a called-off subject cannot be asked for.
 */
export function cancelledSubjectRefusal(
  offered: readonly Subject[],
  cancelled: readonly Subject[],
  requested: readonly Subject[],
): { code: 'SESSION_IS_CANCELLED' } | { code: 'SESSION_SUBJECT_IS_CANCELLED'; subjects: Subject[] } | null {
  if (isSessionCancelled(offered, cancelled)) return { code: 'SESSION_IS_CANCELLED' };
  const hit = inOrder(requested.filter((subject) => cancelled.includes(subject)));
  return hit.length > 0 ? { code: 'SESSION_SUBJECT_IS_CANCELLED', subjects: hit } : null;
}

/** A sign-up cancelled because its whole exam was called off, not for false information (FA-11). */
export const SIGNUP_CANCELLED_BY_SESSION_LABEL: Bilingual = { zh: '考试已取消（不可抗力），本次报名随之取消', en: 'Cancelled: the exam was called off (force majeure)' };

/**
 * The status shown for a sign-up: CANCELLED is shared by FA-11 and FA-12, told apart by what the sign-up lost.
 * A sign-up left with no subject by a session's cancellation was not cancelled for anything its candidate did.
 */
export function cancelledByTheSession(status: SignupStatus, subjectsLeft: readonly Subject[], cancelledSubjects: readonly Subject[]): boolean {
  return status === 'CANCELLED' && subjectsLeft.length === 0 && cancelledSubjects.length > 0;
}
