import { AssessmentSession } from '@app/assessment/entities/assessment-session.entity';
import { ResultPublication } from '@app/assessment/entities/result-publication.entity';
import { Subject } from '@app/assessment/rules';
import { DomainError } from '@app/common/errors';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';

const SUBJECT_FLAG: Record<Subject, string> = { THEORY: 'subject_theory', SKILLS: 'subject_skills' };

/**
 * result_publication (assessment's table) as scores writes and reads it, with the session rows it is
 * about: the session lock that orders publication against entries and imports, the sessions a candidate's
 * results belong to, and the approved candidates a publication would leave without a result. Methods
 * taking a manager run inside the caller's transaction.
 */
@Injectable()
export class PublicationStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Publication and score entry serialise on the session row: entries hold it shared, publication and
   * import commits exclusively, so no result can land in the moment between "not yet published" and the
   * publication's commit. Raw SQL because MariaDB understands LOCK IN SHARE MODE, not the FOR SHARE
   * TypeORM would emit for it.
   */
  async lockSession(manager: EntityManager, sessionId: number, mode: 'SHARED' | 'EXCLUSIVE'): Promise<AssessmentSession> {
    const rows: unknown[] = await manager.query(`SELECT id FROM assessment_session WHERE id = ? ${mode === 'SHARED' ? 'LOCK IN SHARE MODE' : 'FOR UPDATE'}`, [sessionId]);
    if (rows.length === 0) throw new DomainError('SESSION_NOT_FOUND');
    return manager.findOneByOrFail(AssessmentSession, { id: sessionId });
  }

  /** The session of a result that exists, so the session does too. */
  sessionOf(manager: EntityManager, sessionId: number): Promise<AssessmentSession> {
    return manager.findOneByOrFail(AssessmentSession, { id: sessionId });
  }

  sessions(ids: readonly number[]): Promise<AssessmentSession[]> {
    return this.dataSource.getRepository(AssessmentSession).findBy({ id: In([...ids]) });
  }

  find(manager: EntityManager, sessionId: number, subject: Subject): Promise<ResultPublication | null> {
    return manager.findOneBy(ResultPublication, { sessionId, subject });
  }

  /** A second publication of the subject fails on the primary key. */
  async insert(manager: EntityManager, publication: ResultPublication): Promise<void> {
    await manager.insert(ResultPublication, publication);
  }

  ofSession(sessionId: number): Promise<ResultPublication[]> {
    return this.dataSource.manager.findBy(ResultPublication, { sessionId });
  }

  ofSessions(sessionIds: readonly number[]): Promise<ResultPublication[]> {
    return this.dataSource.getRepository(ResultPublication).findBy({ sessionId: In([...sessionIds]) });
  }

  /** Centre-approved candidates of the subject with no result recorded, by trainee id. */
  async approvedWithoutResult(sessionId: number, subject: Subject, manager: EntityManager = this.dataSource.manager): Promise<number[]> {
    const rows: Array<{ traineeId: number }> = await manager.query(
      `SELECT s.trainee_id AS traineeId FROM signup s
        WHERE s.session_id = ? AND s.status = 'APPROVED' AND s.${SUBJECT_FLAG[subject]} = 1
          AND NOT EXISTS (SELECT 1 FROM subject_attempt a WHERE a.session_id = s.session_id AND a.trainee_id = s.trainee_id AND a.subject = ?)
        ORDER BY s.trainee_id`,
      [sessionId, subject],
    );
    return rows.map((row) => Number(row.traineeId));
  }
}
