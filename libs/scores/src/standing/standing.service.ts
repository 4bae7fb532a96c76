import { AttemptOutcome, Subject, SubjectAttempt } from '@app/assessment/rules';
import { beijingDateOf, Clock } from '@app/common/time';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { StandingFacts, standingFacts } from '../rules/standing.rules';
import { countingAttemptSql } from './counting-attempts';

/** Rows per statement: large enough to amortise round trips, small enough for max_allowed_packet. */
const CHUNK = 5_000;

interface AttemptRow {
  traineeId: number;
  subject: Subject;
  year: number;
  outcome: AttemptOutcome;
  voided: number;
}

/**
 * Keeps trainee_standing true: every write that changes which results count (an import, an entry, a
 * correction, publication, a voiding) calls `recompute` inside its own transaction for the trainees it
 * touched, so the read model and the results commit together.
 */
@Injectable()
export class StandingService {
  constructor(private readonly clock: Clock) {}

  async recompute(manager: EntityManager, traineeIds: Iterable<number>): Promise<number> {
    const ids = [...new Set(traineeIds)].sort((a, b) => a - b);
    const asOfYear = Number(beijingDateOf(this.clock.now()).slice(0, 4));
    const computedAt = this.clock.now();
    for (let start = 0; start < ids.length; start += CHUNK) {
      const chunk = ids.slice(start, start + CHUNK);
      const rows: AttemptRow[] = await manager.query(
        `SELECT a.trainee_id AS traineeId, a.subject, a.year, a.outcome, a.voided
           FROM subject_attempt a WHERE a.trainee_id IN (${chunk.map(() => '?').join(',')}) AND ${countingAttemptSql('a')}`,
        chunk,
      );
      const attempts = new Map<number, SubjectAttempt[]>(chunk.map((id) => [id, []]));
      for (const row of rows) {
        attempts.get(Number(row.traineeId))!.push({ subject: row.subject, year: Number(row.year), outcome: row.outcome, voided: Boolean(Number(row.voided)) });
      }
      const values: unknown[] = [];
      for (const id of chunk) {
        const facts: StandingFacts = standingFacts(attempts.get(id)!, asOfYear);
        values.push(id, facts.theoryPassYear, facts.skillsPassYear, facts.completedTheoryYear, facts.completedSkillsYear, facts.lastSatYear, facts.sittings, computedAt);
      }
      await manager.query(
        `INSERT INTO trainee_standing (trainee_id, theory_pass_year, skills_pass_year, completed_theory_year, completed_skills_year, last_sat_year, sittings, computed_at)
         VALUES ${chunk.map(() => '(?,?,?,?,?,?,?,?)').join(',')}
         ON DUPLICATE KEY UPDATE theory_pass_year = VALUES(theory_pass_year), skills_pass_year = VALUES(skills_pass_year),
           completed_theory_year = VALUES(completed_theory_year), completed_skills_year = VALUES(completed_skills_year),
           last_sat_year = VALUES(last_sat_year), sittings = VALUES(sittings), computed_at = VALUES(computed_at)`,
        values,
      );
    }
    return ids.length;
  }

  /** Everyone with a result in the session: after publication, voiding by the rotation deadline and the like. */
  async recomputeSession(manager: EntityManager, sessionId: number): Promise<number> {
    const rows: Array<{ traineeId: number }> = await manager.query('SELECT DISTINCT trainee_id AS traineeId FROM subject_attempt WHERE session_id = ?', [sessionId]);
    return this.recompute(manager, rows.map((row) => Number(row.traineeId)));
  }
}
