import { countingAttemptSql } from '@app/assessment/attempts/counting-attempts';
import { AttemptOutcome, Subject, SubjectAttempt } from '@app/assessment/rules';
import { LocalDate } from '@app/common/time';
import { loadData, tsvLine } from '@app/database/load-data';
import { traineeSql, TraineeSql } from '@app/training';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RetrainingState } from '../rules/retraining.rules';
import { StandingFacts } from '../rules/standing.rules';
import { placeholders } from '@app/common/sql';
import { StandingScope } from './standing-scope';

/** Rows per statement: large enough to amortise round trips, small enough for max_allowed_packet. */
const CHUNK = 5_000;
/** From this many trainees on, standing rows are streamed with LOAD DATA rather than sent as INSERT statements. */
const LOAD_FROM = 2_000;
const STANDING_COLUMNS = ['trainee_id', 'theory_pass_year', 'skills_pass_year', 'completed_theory_year', 'completed_skills_year', 'last_sat_year', 'sittings', 'computed_at'];

export interface StandingRow extends StandingFacts {
  traineeId: number;
}

/** A SQL condition and its parameters. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/** A standing list's scope as a condition on the trainee joined as `t`. */
export function scopeCondition(scope: StandingScope, t: TraineeSql): SqlCondition {
  switch (scope.kind) {
    case 'ALL':
      return { sql: '1 = 1', params: [] };
    case 'CITY':
      return { sql: `${t.cityId} = ?`, params: [scope.cityId] };
    case 'BASE':
      return { sql: `${t.baseId} = ?`, params: [scope.baseId] };
  }
}

interface AttemptRow {
  traineeId: number;
  subject: Subject;
  year: number;
  outcome: AttemptOutcome;
  voided: number;
}

/**
 * retrainingStateOfStanding as SQL over trainee `t` and trainee_standing `s`; kept line by line in step
 * with that function, whose unit test ties it to retrainingTimeline. Only integers we computed are inlined.
 */
export function retrainingStateSql(todayYear: number): string {
  if (!Number.isInteger(todayYear)) throw new RangeError(`not a year: ${todayYear}`);
  const t = traineeSql('t');
  const sat = (subject: Subject): string =>
    `EXISTS (SELECT 1 FROM subject_attempt y WHERE y.trainee_id = ${t.id} AND y.subject = '${subject}' AND y.year = ${todayYear} AND ${countingAttemptSql('y')})`;
  const thisYearUsed = `((COALESCE(s.theory_pass_year, 0) >= ${todayYear - 2} OR ${sat('THEORY')}) AND (COALESCE(s.skills_pass_year, 0) >= ${todayYear - 2} OR ${sat('SKILLS')}))`;
  const rotationEndYear = `YEAR(${t.rotationEndDate})`;
  return `(CASE
    WHEN s.completed_theory_year IS NOT NULL THEN 'CERTIFICATE_READY'
    WHEN ${rotationEndYear} <= ${todayYear - 3} THEN 'RETRAINING_REQUIRED'
    WHEN ${rotationEndYear} = ${todayYear - 2} THEN IF(${thisYearUsed}, 'RETRAINING_REQUIRED', 'LAST_YEAR')
    WHEN ${rotationEndYear} = ${todayYear - 1} THEN IF(${thisYearUsed}, 'LAST_YEAR', 'IN_TIME')
    ELSE 'IN_TIME' END)`;
}

/**
 * trainee_standing, the standing read model: the counting results a recompute reads and the rows it
 * writes (inside the caller's transaction), and the certificate and retraining lists that filter and page
 * trainees by it.
 */
@Injectable()
export class StandingStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The counting history of each trainee (an empty one for a trainee without results). */
  async countingHistory(manager: EntityManager, traineeIds: readonly number[]): Promise<Map<number, SubjectAttempt[]>> {
    const attempts = new Map<number, SubjectAttempt[]>(traineeIds.map((id) => [id, []]));
    for (let start = 0; start < traineeIds.length; start += CHUNK) {
      const chunk = traineeIds.slice(start, start + CHUNK);
      const rows: AttemptRow[] = await manager.query(
        `SELECT a.trainee_id AS traineeId, a.subject, a.year, a.outcome, a.voided
           FROM subject_attempt a WHERE a.trainee_id IN (${placeholders(chunk.length)}) AND ${countingAttemptSql('a')}`,
        chunk,
      );
      collect(rows, attempts);
    }
    return attempts;
  }

  /** The counting history of everyone with a result in the session: one scan, not id lists. */
  async countingHistoryOfSession(manager: EntityManager, sessionId: number): Promise<Map<number, SubjectAttempt[]>> {
    const people: Array<{ traineeId: number }> = await manager.query('SELECT DISTINCT trainee_id AS traineeId FROM subject_attempt WHERE session_id = ?', [sessionId]);
    const attempts = new Map<number, SubjectAttempt[]>(people.map((row) => [Number(row.traineeId), []]));
    const rows: AttemptRow[] = await manager.query(
      `SELECT a.trainee_id AS traineeId, a.subject, a.year, a.outcome, a.voided
         FROM subject_attempt a JOIN (SELECT DISTINCT trainee_id FROM subject_attempt WHERE session_id = ?) x ON x.trainee_id = a.trainee_id
        WHERE ${countingAttemptSql('a')}`,
      [sessionId],
    );
    collect(rows, attempts);
    return attempts;
  }

  /** Each trainee's row replaced whole. */
  async write(manager: EntityManager, rows: readonly StandingRow[], computedAt: Date): Promise<void> {
    const values = rows.map((row) => [row.traineeId, row.theoryPassYear, row.skillsPassYear, row.completedTheoryYear, row.completedSkillsYear, row.lastSatYear, row.sittings] as const);
    if (values.length >= LOAD_FROM && manager.queryRunner?.isTransactionActive) {
      // REPLACE: a trainee's row is the facts, whole; nothing references trainee_standing.
      const stamp = computedAt.toISOString().slice(0, 23).replace('T', ' ');
      const loaded = await loadData(manager, 'trainee_standing', STANDING_COLUMNS, values.map((row) => tsvLine([...row, stamp])), 'REPLACE');
      if (loaded.warningStatus !== 0) throw new Error(`LOAD DATA of standing rows gave ${loaded.warningStatus} warnings`);
      return;
    }
    for (let start = 0; start < values.length; start += CHUNK) {
      const chunk = values.slice(start, start + CHUNK);
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

  /** SC-6: trainees in scope, optionally only those who may (or may not) apply for the certificate today. */
  async certificateCount(scope: StandingScope, eligible: boolean | undefined, today: LocalDate): Promise<number> {
    const where = certificateCondition(scope, eligible, today);
    const [{ total }]: Array<{ total: number | string }> = await this.dataSource.query(`SELECT COUNT(*) AS total ${fromTraineeStanding(where)}`, where.params);
    return Number(total);
  }

  /** By trainee id. */
  async certificateIds(scope: StandingScope, eligible: boolean | undefined, today: LocalDate, limit: number, offset: number): Promise<number[]> {
    const where = certificateCondition(scope, eligible, today);
    const t = traineeSql('t');
    const rows: Array<{ id: number }> = await this.dataSource.query(`SELECT ${t.id} AS id ${fromTraineeStanding(where)} ORDER BY ${t.id} LIMIT ? OFFSET ?`, [...where.params, limit, offset]);
    return rows.map((row) => Number(row.id));
  }

  /** SC-7: trainees in scope in a retraining state; without one, everyone still to pass a subject. */
  async retrainingCount(scope: StandingScope, state: RetrainingState | undefined, todayYear: number): Promise<number> {
    const where = retrainingCondition(scope, state, todayYear);
    const [{ total }]: Array<{ total: number | string }> = await this.dataSource.query(`SELECT COUNT(*) AS total ${fromTraineeStanding(where)}`, where.params);
    return Number(total);
  }

  /** SC-7: trainees whose rotation ended in these years, by id after `afterId` (a page of a province-wide scan). */
  async rotationEndingIn(years: { from: number; to: number }, afterId: number, limit: number): Promise<Array<{ id: number; rotationEndDate: LocalDate }>> {
    const t = traineeSql('t');
    const rows: Array<{ id: number; rotationEndDate: LocalDate }> = await this.dataSource.query(
      `SELECT ${t.id} AS id, ${t.rotationEndDate} AS rotationEndDate FROM ${t.table}
        WHERE ${t.rotationEndDate} >= ? AND ${t.rotationEndDate} <= ? AND ${t.id} > ? ORDER BY ${t.id} LIMIT ?`,
      [`${years.from}-01-01`, `${years.to}-12-31`, afterId, limit],
    );
    return rows.map((row) => ({ id: Number(row.id), rotationEndDate: row.rotationEndDate }));
  }

  /** The most urgent (earliest rotation end) first. */
  async retrainingIds(scope: StandingScope, state: RetrainingState | undefined, todayYear: number, limit: number, offset: number): Promise<number[]> {
    const where = retrainingCondition(scope, state, todayYear);
    const t = traineeSql('t');
    const rows: Array<{ id: number }> = await this.dataSource.query(`SELECT ${t.id} AS id ${fromTraineeStanding(where)} ORDER BY ${t.rotationEndDate}, ${t.id} LIMIT ? OFFSET ?`, [
      ...where.params,
      limit,
      offset,
    ]);
    return rows.map((row) => Number(row.id));
  }
}

function fromTraineeStanding(where: SqlCondition): string {
  const t = traineeSql('t');
  return `FROM ${t.table} LEFT JOIN trainee_standing s ON s.trainee_id = ${t.id} WHERE ${where.sql}`;
}

function certificateCondition(scope: StandingScope, eligible: boolean | undefined, today: LocalDate): SqlCondition {
  const t = traineeSql('t');
  const inScope = scopeCondition(scope, t);
  if (eligible === undefined) return inScope;
  // Mirrors certificateEligibleOfStanding; never NULL, so NOT (...) is its exact complement.
  const condition = `(s.completed_theory_year IS NOT NULL AND ${t.rotationEndDate} <= ? AND ${t.processAssessmentPassed} = 1 AND ${t.photoLocked} = 1 AND ${t.hasPhoto})`;
  return { sql: `${inScope.sql} AND ${eligible ? '' : 'NOT '}${condition}`, params: [...inScope.params, today] };
}

function retrainingCondition(scope: StandingScope, state: RetrainingState | undefined, todayYear: number): SqlCondition {
  const inScope = scopeCondition(scope, traineeSql('t'));
  const stateSql = retrainingStateSql(todayYear);
  return state === undefined
    ? { sql: `${inScope.sql} AND ${stateSql} <> 'CERTIFICATE_READY'`, params: inScope.params }
    : { sql: `${inScope.sql} AND ${stateSql} = ?`, params: [...inScope.params, state] };
}

function collect(rows: AttemptRow[], attempts: Map<number, SubjectAttempt[]>): void {
  for (const row of rows) {
    attempts.get(Number(row.traineeId))?.push({ subject: row.subject, year: Number(row.year), outcome: row.outcome, voided: Boolean(Number(row.voided)) });
  }
}
