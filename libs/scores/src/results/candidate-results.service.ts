import { Subject, SUBJECTS } from '@app/assessment/rules';
import { Actor } from '@app/common/actor';
import { DomainError } from '@app/common/errors';
import { formatBeijing } from '@app/common/time';
import { Injectable } from '@nestjs/common';
import { PublicationStore } from './publication.store';
import { ResultStore } from './result.store';
import { CandidateSubjectResult, candidateSubjectResult, recheckRefusal } from './results.rules';

export interface CandidateSessionResults {
  sessionId: number;
  sessionCode: string;
  sessionName: string;
  year: number;
  results: Array<CandidateSubjectResult & { publishedAt: string }>;
}

/** SC-4: a candidate's own published results. An unpublished one is not shown, not even as "pending". */
@Injectable()
export class CandidateResultsService {
  constructor(
    private readonly results: ResultStore,
    private readonly publications: PublicationStore,
  ) {}

  async mine(actor: Actor): Promise<CandidateSessionResults[]> {
    const traineeId = ownTrainee(actor);
    const attempts = await this.results.ofTrainee(traineeId);
    const sessionIds = [...new Set(attempts.map((attempt) => attempt.sessionId!))];
    if (sessionIds.length === 0) return [];
    const publications = await this.publications.ofSessions(sessionIds);
    const publishedAt = new Map(publications.map((p) => [`${p.sessionId}:${p.subject}`, p.publishedAt]));
    const visible = attempts.filter((attempt) => publishedAt.has(`${attempt.sessionId}:${attempt.subject}`));
    if (visible.length === 0) return [];
    const sessions = await this.publications.sessions([...new Set(visible.map((a) => a.sessionId!))]);

    return sessions
      .sort((a, b) => b.year - a.year || b.id - a.id)
      .map((session) => ({
        sessionId: session.id,
        sessionCode: session.code,
        sessionName: session.name,
        year: session.year,
        results: visible
          .filter((attempt) => attempt.sessionId === session.id)
          .sort((a, b) => SUBJECTS.indexOf(a.subject) - SUBJECTS.indexOf(b.subject))
          .map((attempt) => ({
            ...candidateSubjectResult({ ...attempt, voided: Boolean(attempt.voided) }),
            publishedAt: formatBeijing(publishedAt.get(`${session.id}:${attempt.subject}`)!),
          })),
      }));
  }

  /**
   * Always refused, and the same whatever the candidate's results are: the answer must not reveal
   * whether an unpublished result exists.
   */
  async requestRecheck(actor: Actor, _sessionId: number, subject: Subject): Promise<never> {
    ownTrainee(actor);
    throw new DomainError(recheckRefusal(subject));
  }
}

function ownTrainee(actor: Actor): number {
  if (actor.role !== 'CANDIDATE') throw new DomainError('FORBIDDEN_ROLE');
  if (actor.traineeId === null) throw new DomainError('FORBIDDEN_SCOPE');
  return actor.traineeId;
}
