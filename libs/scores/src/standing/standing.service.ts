import { AttemptOutcome, Subject, SubjectAttempt } from '@app/assessment/rules';
import { beijingDateOf, Clock } from '@app/common/time';
import { loadData, tsvLine } from '@app/database/load-data';
import { AssessmentEvents } from '@app/assessment/attempts/assessment-events';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { standingFacts } from '../rules/standing.rules';
import { countingAttemptSql } from '@app/assessment/attempts/counting-attempts';

/** Rows per statement: large enough to amortise round trips, small enough for max_allowed_packet. */
const CHUNK = 5_000;
/** From this many trainees on, standing rows are streamed with LOAD DATA rather than sent as INSERT statements. */
const LOAD_FROM = 2_000;
const STANDING_COLUMNS = ['trainee_id', 'theory_pass_year', 'skills_pass_year', 'completed_theory_year', 'completed_skills_year', 'last_sat_year', 'sittings', 'computed_at'];

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
export class StandingService implements OnModuleInit {
  constructor(
    private readonly clock: Clock,
    private readonly assessment: AssessmentEvents,
  ) {}

  /** Results that assessment changes (FA-11 voids a cancelled sign-up's) are recomputed in its transaction. */
  onModuleInit(): void {
    this.assessment.onAttemptsChanged(async (manager, traineeIds) => {
      await this.recompute(manager, traineeIds);
    });
  }

  async recompute(manager: EntityManager, traineeIds: Iterable<number>): Promise<number> {
    const ids = [...new Set(traineeIds)].sort((a, b) => a - b);
    const attempts = new Map<number, SubjectAttempt[]>(ids.map((id) => [id, []]));
    for (let start = 0; start < ids.length; start += CHUNK) {
      const chunk = ids.slice(start, start + CHUNK);
      const rows: AttemptRow[] = await manager.query(
        `SELECT a.trainee_id AS traineeId, a.subject, a.year, a.outcome, a.voided
           FROM subject_attempt a WHERE a.trainee_id IN (${chunk.map(() => '?').join(',')}) AND ${countingAttemptSql('a')}`,
        chunk,
      );
      collect(rows, attempts);
    }
    await this.write(manager, attempts);
    return ids.length;
  }

  /** Everyone with a result in the session: after publication, voiding by the rotation deadline and the like. One scan, not id lists. */
  async recomputeSession(manager: EntityManager, sessionId: number): Promise<number> {
    const people: Array<{ traineeId: number }> = await manager.query('SELECT DISTINCT trainee_id AS traineeId FROM subject_attempt WHERE session_id = ?', [sessionId]);
    const attempts = new Map<number, SubjectAttempt[]>(people.map((row) => [Number(row.traineeId), []]));
    const rows: AttemptRow[] = await manager.query(
      `SELECT a.trainee_id AS traineeId, a.subject, a.year, a.outcome, a.voided
         FROM subject_attempt a JOIN (SELECT DISTINCT trainee_id FROM subject_attempt WHERE session_id = ?) x ON x.trainee_id = a.trainee_id
        WHERE ${countingAttemptSql('a')}`,
      [sessionId],
    );
    collect(rows, attempts);
    await this.write(manager, attempts);
    return attempts.size;
  }

  private async write(manager: EntityManager, attempts: Map<number, SubjectAttempt[]>): Promise<void> {
    const asOfYear = Number(beijingDateOf(this.clock.now()).slice(0, 4));
    const computedAt = this.clock.now();
    const rows = [...attempts].map(([traineeId, history]) => {
      const facts = standingFacts(history, asOfYear);
      return [traineeId, facts.theoryPassYear, facts.skillsPassYear, facts.completedTheoryYear, facts.completedSkillsYear, facts.lastSatYear, facts.sittings] as const;
    });
    if (rows.length >= LOAD_FROM && manager.queryRunner?.isTransactionActive) {
      // REPLACE: a trainee's row is the facts, whole; nothing references trainee_standing.
      const stamp = computedAt.toISOString().slice(0, 23).replace('T', ' ');
      const loaded = await loadData(manager, 'trainee_standing', STANDING_COLUMNS, rows.map((row) => tsvLine([...row, stamp])), 'REPLACE');
      if (loaded.warningStatus !== 0) throw new Error(`LOAD DATA of standing rows gave ${loaded.warningStatus} warnings`);
      return;
    }
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      await manager.query(
        `INSERT INTO trainee_standing (${STANDING_COLUMNS.join(', ')})
         VALUES ${chunk.map(() => '(?,?,?,?,?,?,?,?)').join(',')}
         ON DUPLICATE KEY UPDATE theory_pass_year = VALUES(theory_pass_year), skills_pass_year = VALUES(skills_pass_year),
           completed_theory_year = VALUES(completed_theory_year), completed_skills_year = VALUES(completed_skills_year),
           last_sat_year = VALUES(last_sat_year), sittings = VALUES(sittings), computed_at = VALUES(computed_at)`,
        chunk.flatMap((row) => [...row, computedAt]),
      );
    }
  }
}

function collect(rows: AttemptRow[], attempts: Map<number, SubjectAttempt[]>): void {
  for (const row of rows) {
    attempts.get(Number(row.traineeId))?.push({ subject: row.subject, year: Number(row.year), outcome: row.outcome, voided: Boolean(Number(row.voided)) });
  }
}
