import { DomainError } from '@app/common/errors';
import '../errors';
import {
  CancellationState,
  cancellationSubjects,
  cancelledByTheSession,
  cancelledSubjectRefusal,
  isSessionCancelled,
  planCancellation,
  SignupBeforeCancellation,
} from './session-cancellation.rules';
import { SIGNUP_STATUSES, SignupStatus } from './signup-state.rules';

const OPEN: CancellationState = { offered: ['THEORY', 'SKILLS'], cancelled: [], published: [], withResults: [] };
const REASON = '受台风影响，考点无法正常组织考试';

function refusal(run: () => unknown): { code: string; details: unknown } {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error('expected a refusal');
}

const signup = (signupId: number, status: SignupStatus, subjects: SignupBeforeCancellation['subjects']): SignupBeforeCancellation => ({
  signupId,
  traineeId: 1000 + signupId,
  baseId: 7,
  status,
  subjects,
});

describe('cancellationSubjects: what a cancellation calls off, and when it is refused', () => {
  it('FA-12 one subject, or every subject of the session when none is named', () => {
    expect(cancellationSubjects('CENTRE_ADMIN', OPEN, { subject: 'SKILLS', reason: REASON })).toEqual(['SKILLS']);
    expect(cancellationSubjects('CENTRE_ADMIN', OPEN, { subject: null, reason: REASON })).toEqual(['THEORY', 'SKILLS']);
    expect(cancellationSubjects('CENTRE_ADMIN', { ...OPEN, offered: ['SKILLS', 'THEORY'] }, { subject: null, reason: REASON })).toEqual(['THEORY', 'SKILLS']);
  });

  it('FA-12 the whole session after one subject was cancelled calls off the rest only', () => {
    expect(cancellationSubjects('CENTRE_ADMIN', { ...OPEN, cancelled: ['THEORY'] }, { subject: null, reason: REASON })).toEqual(['SKILLS']);
  });

  it('FA-12 only the centre cancels', () => {
    for (const role of ['CANDIDATE', 'BASE_REVIEWER', 'CITY_REVIEWER', 'CHECKER'] as const) {
      expect(refusal(() => cancellationSubjects(role, OPEN, { subject: 'SKILLS', reason: REASON })).code).toBe('FORBIDDEN_ROLE');
    }
  });

  it('FA-12 a reason is required, blank is no reason, and it fits the sign-up’s reason column', () => {
    expect(refusal(() => cancellationSubjects('CENTRE_ADMIN', OPEN, { subject: 'SKILLS', reason: '' })).code).toBe('REASON_REQUIRED');
    expect(refusal(() => cancellationSubjects('CENTRE_ADMIN', OPEN, { subject: null, reason: ' \t\n ' })).code).toBe('REASON_REQUIRED');
    expect(refusal(() => cancellationSubjects('CENTRE_ADMIN', OPEN, { subject: null, reason: '因'.repeat(501) })).code).toBe('VALIDATION_FAILED');
    expect(cancellationSubjects('CENTRE_ADMIN', OPEN, { subject: null, reason: ` ${'因'.repeat(500)} ` })).toEqual(['THEORY', 'SKILLS']);
  });

  it('FA-12 a subject the session does not offer cannot be cancelled', () => {
    expect(refusal(() => cancellationSubjects('CENTRE_ADMIN', { ...OPEN, offered: ['SKILLS'] }, { subject: 'THEORY', reason: REASON }))).toEqual({
      code: 'SESSION_SUBJECT_NOT_OFFERED',
      details: { subject: 'THEORY' },
    });
  });

  it('FA-12 cancelling again answers its own code: the subject, or the whole session once every subject is off', () => {
    expect(refusal(() => cancellationSubjects('CENTRE_ADMIN', { ...OPEN, cancelled: ['SKILLS'] }, { subject: 'SKILLS', reason: REASON }))).toEqual({
      code: 'SESSION_SUBJECT_ALREADY_CANCELLED',
      details: { subject: 'SKILLS' },
    });
    const off: CancellationState = { ...OPEN, cancelled: ['THEORY', 'SKILLS'] };
    expect(refusal(() => cancellationSubjects('CENTRE_ADMIN', off, { subject: null, reason: REASON })).code).toBe('SESSION_ALREADY_CANCELLED');
    expect(refusal(() => cancellationSubjects('CENTRE_ADMIN', off, { subject: 'THEORY', reason: REASON })).code).toBe('SESSION_ALREADY_CANCELLED');
  });

  it('FA-12 / SC-4 a subject whose results are published is not cancelled, nor the whole session around it', () => {
    const published: CancellationState = { ...OPEN, published: ['THEORY'], withResults: ['THEORY'] };
    expect(refusal(() => cancellationSubjects('CENTRE_ADMIN', published, { subject: 'THEORY', reason: REASON }))).toEqual({ code: 'SESSION_RESULTS_PUBLISHED', details: { subject: 'THEORY' } });
    expect(refusal(() => cancellationSubjects('CENTRE_ADMIN', published, { subject: null, reason: REASON }))).toEqual({ code: 'SESSION_RESULTS_PUBLISHED', details: { subject: 'THEORY' } });
    // the other subject, not yet examined, can still be called off on its own
    expect(cancellationSubjects('CENTRE_ADMIN', published, { subject: 'SKILLS', reason: REASON })).toEqual(['SKILLS']);
  });

  it('FA-12 / SC-1 results on record, even unpublished, mean the exam took place: no cancellation', () => {
    const recorded: CancellationState = { ...OPEN, withResults: ['SKILLS'] };
    expect(refusal(() => cancellationSubjects('CENTRE_ADMIN', recorded, { subject: 'SKILLS', reason: REASON }))).toEqual({ code: 'SESSION_RESULTS_RECORDED', details: { subject: 'SKILLS' } });
    expect(refusal(() => cancellationSubjects('CENTRE_ADMIN', recorded, { subject: null, reason: REASON })).code).toBe('SESSION_RESULTS_RECORDED');
  });

  it('FA-12 a subject already cancelled is not re-checked for results when the rest of the session goes', () => {
    // results of a cancelled subject cannot exist (imports are refused); the whole-session act looks at what it cancels
    expect(cancellationSubjects('CENTRE_ADMIN', { ...OPEN, cancelled: ['THEORY'], published: ['THEORY'] }, { subject: null, reason: REASON })).toEqual(['SKILLS']);
  });
});

describe('planCancellation: what happens to each sign-up', () => {
  const signups = [
    signup(1, 'APPROVED', ['THEORY', 'SKILLS']),
    signup(2, 'APPROVED', ['SKILLS']),
    signup(3, 'SUBMITTED', ['SKILLS']),
    signup(4, 'RETURNED', ['THEORY', 'SKILLS']),
    signup(5, 'BASE_APPROVED', ['SKILLS']),
    signup(6, 'APPROVED', ['THEORY']),
    signup(7, 'DRAFT', ['SKILLS']),
    signup(8, 'REJECTED', ['SKILLS']),
    signup(9, 'VOIDED', ['SKILLS']),
    signup(10, 'CANCELLED', ['SKILLS']),
  ];

  it('FA-12 one subject: taken off every standing sign-up that holds it; a sign-up left with nothing is CANCELLED', () => {
    const plan = planCancellation('CENTRE_ADMIN', OPEN, { subject: 'SKILLS', reason: `  ${REASON} ` }, signups);
    expect(plan.subjects).toEqual(['SKILLS']);
    expect(plan.wholeSession).toBe(false);
    expect(plan.reason).toBe(REASON);
    expect(plan.changes.map((c) => [c.signupId, c.statusBefore, c.statusAfter, c.removed, c.remaining])).toEqual([
      [1, 'APPROVED', 'APPROVED', ['SKILLS'], ['THEORY']],
      [2, 'APPROVED', 'CANCELLED', ['SKILLS'], []],
      [3, 'SUBMITTED', 'CANCELLED', ['SKILLS'], []],
      [4, 'RETURNED', 'RETURNED', ['SKILLS'], ['THEORY']],
      [5, 'BASE_APPROVED', 'CANCELLED', ['SKILLS'], []],
    ]);
    expect(plan.changes[0]).toMatchObject({ traineeId: 1001, baseId: 7, subjectsBefore: ['THEORY', 'SKILLS'] });
  });

  it('FA-12 drafts, rejected, void and already cancelled sign-ups are not affected (nobody is told twice)', () => {
    const plan = planCancellation('CENTRE_ADMIN', OPEN, { subject: null, reason: REASON }, signups);
    expect(plan.changes.map((c) => c.signupId)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const status of SIGNUP_STATUSES) {
      const affected = planCancellation('CENTRE_ADMIN', OPEN, { subject: null, reason: REASON }, [signup(1, status, ['THEORY'])]).changes.length === 1;
      expect([status, affected]).toEqual([status, ['SUBMITTED', 'RETURNED', 'BASE_APPROVED', 'APPROVED'].includes(status)]);
    }
  });

  it('FA-12 the whole session cancels every standing sign-up', () => {
    const plan = planCancellation('CENTRE_ADMIN', OPEN, { subject: null, reason: REASON }, signups);
    expect(plan.wholeSession).toBe(true);
    expect(plan.changes.every((c) => c.statusAfter === 'CANCELLED' && c.remaining.length === 0)).toBe(true);
    expect(plan.changes.find((c) => c.signupId === 1)?.removed).toEqual(['THEORY', 'SKILLS']);
  });

  it('FA-12 a sign-up without the cancelled subject is untouched', () => {
    expect(planCancellation('CENTRE_ADMIN', OPEN, { subject: 'THEORY', reason: REASON }, [signup(2, 'APPROVED', ['SKILLS'])]).changes).toEqual([]);
  });

  it('FA-12 a refused request plans nothing', () => {
    expect(refusal(() => planCancellation('CENTRE_ADMIN', { ...OPEN, cancelled: ['SKILLS'] }, { subject: 'SKILLS', reason: REASON }, signups)).code).toBe('SESSION_SUBJECT_ALREADY_CANCELLED');
  });
});

describe('cancelledSubjectRefusal: sign-ups to a cancelled session or subject', () => {
  it('FA-12 a cancelled session refuses every sign-up', () => {
    expect(cancelledSubjectRefusal(['THEORY', 'SKILLS'], ['SKILLS', 'THEORY'], ['THEORY'])).toEqual({ code: 'SESSION_IS_CANCELLED' });
    expect(cancelledSubjectRefusal(['SKILLS'], ['SKILLS'], [])).toEqual({ code: 'SESSION_IS_CANCELLED' });
  });

  it('FA-12 a cancelled subject refuses a sign-up asking for it; the other subject stays open', () => {
    expect(cancelledSubjectRefusal(['THEORY', 'SKILLS'], ['SKILLS'], ['THEORY', 'SKILLS'])).toEqual({ code: 'SESSION_SUBJECT_IS_CANCELLED', subjects: ['SKILLS'] });
    expect(cancelledSubjectRefusal(['THEORY', 'SKILLS'], ['SKILLS'], ['THEORY'])).toBeNull();
    expect(cancelledSubjectRefusal(['THEORY', 'SKILLS'], [], ['THEORY', 'SKILLS'])).toBeNull();
  });

  it('FA-12 a session is cancelled once every subject it offers is', () => {
    expect(isSessionCancelled(['THEORY', 'SKILLS'], ['THEORY'])).toBe(false);
    expect(isSessionCancelled(['THEORY', 'SKILLS'], ['SKILLS', 'THEORY'])).toBe(true);
    expect(isSessionCancelled([], [])).toBe(false);
  });
});

describe('cancelledByTheSession: CANCELLED for FA-12 or FA-11', () => {
  it('FA-12 a sign-up left with no subject by cancelled subjects was cancelled by the session', () => {
    expect(cancelledByTheSession('CANCELLED', [], ['SKILLS'])).toBe(true);
  });

  it('FA-12 / FA-11 a sign-up cancelled for false information keeps its subjects and is not', () => {
    expect(cancelledByTheSession('CANCELLED', ['THEORY', 'SKILLS'], [])).toBe(false);
    expect(cancelledByTheSession('APPROVED', ['THEORY'], ['SKILLS'])).toBe(false);
  });
});
