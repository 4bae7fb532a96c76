import { AssessmentSession } from '@app/assessment/entities/assessment-session.entity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SeatingCandidate } from '../rules/seating.rules';

/**
 * What tickets reads on its own of other libraries' tables: assessment's sessions and sign-ups, training's
 * trainees. Kept together here until those libraries export these reads.
 */
@Injectable()
export class AssessmentReadStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  sessionById(sessionId: number): Promise<AssessmentSession | null> {
    return this.dataSource.getRepository(AssessmentSession).findOneBy({ id: sessionId });
  }

  sessionExists(manager: EntityManager, sessionId: number): Promise<boolean> {
    return manager.existsBy(AssessmentSession, { id: sessionId });
  }

  /** The session, its row locked until the transaction ends: runs over one session queue up behind it. */
  lockedSession(manager: EntityManager, sessionId: number): Promise<AssessmentSession | null> {
    return manager.findOne(AssessmentSession, { where: { id: sessionId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The session's centre-approved sign-ups for SKILLS, with the candidate's name. */
  async approvedSkillsCandidates(manager: EntityManager, sessionId: number): Promise<Array<SeatingCandidate & { name: string }>> {
    const rows: Array<SeatingCandidate & { name: string }> = await manager.query(
      `SELECT s.id AS signupId, s.trainee_id AS traineeId, s.base_id AS baseId, s.city_id AS cityId, t.name
         FROM signup s JOIN trainee t ON t.id = s.trainee_id
        WHERE s.session_id = ? AND s.status = 'APPROVED' AND s.subject_skills = 1`,
      [sessionId],
    );
    return rows.map((c) => ({ ...c, signupId: Number(c.signupId) }));
  }
}
