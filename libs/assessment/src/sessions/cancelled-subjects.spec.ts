import { DomainError } from '@app/common/errors';
import '../errors';
import type { SessionSubjectConfig } from '../entities/assessment-session.entity';
import { SubjectCancellation } from '../rules/session-cancellation.rules';
import { Subject } from '../rules/subject';
import { refuseCancelledSubjects } from './cancelled-subjects';

const config = (subject: Subject): SessionSubjectConfig => ({
  subject,
  ticketMode: subject === 'THEORY' ? 'NATIONAL_SITE' : 'PLATFORM',
  ticketOpensAt: '2024-04-12T16:00:00.000Z',
  ticketClosesAt: '2024-04-19T16:00:00.000Z',
  examStartsAt: '2024-04-18T16:00:00.000Z',
  examEndsAt: '2024-04-21T16:00:00.000Z',
});
const off = (subject: Subject): SubjectCancellation => ({ subject, reason: '台风', cancelledAt: '2024-04-01T02:00:00.000Z', cancelledBy: 1, wholeSession: false });
const session = (cancellations: SubjectCancellation[] | null) => ({ subjects: [config('SKILLS'), config('THEORY')], cancellations });

function codeOf(run: () => void): { code: string; details: unknown } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, details: error.details };
    throw error;
  }
}

describe('refuseCancelledSubjects: what a called-off subject refuses', () => {
  it('FA-12 nothing is refused while nothing is cancelled', () => {
    expect(codeOf(() => refuseCancelledSubjects(session(null), ['THEORY', 'SKILLS']))).toBeNull();
    expect(codeOf(() => refuseCancelledSubjects(session([]), ['SKILLS']))).toBeNull();
  });

  it('FA-12 the called-off subject is refused with its own code; the other one is not', () => {
    expect(codeOf(() => refuseCancelledSubjects(session([off('SKILLS')]), ['SKILLS']))).toEqual({ code: 'SESSION_SUBJECT_IS_CANCELLED', details: { subjects: ['SKILLS'] } });
    expect(codeOf(() => refuseCancelledSubjects(session([off('SKILLS')]), ['THEORY']))).toBeNull();
  });

  it('FA-12 a session with every subject called off refuses everything as cancelled', () => {
    expect(codeOf(() => refuseCancelledSubjects(session([off('SKILLS'), off('THEORY')]), ['THEORY']))?.code).toBe('SESSION_IS_CANCELLED');
  });
});
