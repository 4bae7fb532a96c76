import { DomainError } from '@app/common/errors';
import type { AssessmentSession } from '../entities/assessment-session.entity';
import { cancelledSubjectRefusal } from '../rules/session-cancellation.rules';
import { Subject } from '../rules/subject';

/**
 * FA-12: refuses anything done for a called-off subject (a sign-up, a ticket download, a score import, an entry,
 * a publication): SESSION_IS_CANCELLED when the whole session is off, else SESSION_SUBJECT_IS_CANCELLED.
 */
export function refuseCancelledSubjects(session: Pick<AssessmentSession, 'subjects' | 'cancellations'>, subjects: readonly Subject[]): void {
  if (!session.cancellations?.length) return;
  const refusal = cancelledSubjectRefusal(
    session.subjects.map((config) => config.subject),
    session.cancellations.map((cancellation) => cancellation.subject),
    subjects,
  );
  if (refusal?.code === 'SESSION_IS_CANCELLED') throw new DomainError('SESSION_IS_CANCELLED');
  if (refusal) throw new DomainError('SESSION_SUBJECT_IS_CANCELLED', { subjects: refusal.subjects });
}
