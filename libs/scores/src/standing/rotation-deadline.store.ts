import { Subject } from '@app/assessment/rules';
import { LocalDate } from '@app/common/time';
import { traineeSql } from '@app/training';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { affectedRows, placeholders } from '@app/common/sql';
import { RotationDeadlineCancellation, SessionResultsOfTrainee } from './rotation-deadline-cancellation';
import { StandingScope } from './standing-scope';
import { scopeCondition } from './standing.store';

/** Trainees or attempts per statement: a roster import may change thousands. */
const CHUNK = 1_000;

interface ResultRow {
  id: number;
  traineeId: number;
  sessionId: number;
  subject: string;
  outcome: string;
  score: string | null;
  sessionYear: number;
  rotationCutoff: string;
  baseId: number;
  rotationEndDate: string;
  processAssessmentPassed: number | string;
}

/** A result of the session as the SC-5 report shows it. */
export interface DeadlineReportResult {
  traineeId: number;
  subject: Subject;
  /** voided by the rotation deadline */
  cancelled: boolean;
  voidReason: string | null;
}

/**
 * SC-5's statements: the sessions whose rotation cutoff has come and the claim of one (on assessment's
 * session row), the standing results of a session or of changed trainees read with the roster facts the
 * rule judges, their locking and voiding, and the results the report shows. The run reads the trainee
 * rows FOR UPDATE with the results: a roster change still in flight is waited for and then read, never
 * missed by both the run and its re-check. Methods taking a manager run inside the caller's transaction.
 */
@Injectable()
export class RotationDeadlineStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async dueSessions(today: LocalDate): Promise<number[]> {
    const rows: Array<{ id: number }> = await this.dataSource.query(
      'SELECT id FROM assessment_session WHERE rotation_deadline_applied_at IS NULL AND rotation_cutoff <= ? ORDER BY id',
      [today],
    );
    return rows.map((row) => Number(row.id));
  }

  /**
   * Marks the session's deadline applied; false when another run got it first. The row lock makes a
   * concurrent run wait here, then find the session claimed.
   */
  async claim(manager: EntityManager, sessionId: number, now: Date, today: LocalDate): Promise<boolean> {
    const claim = await manager.query(
      'UPDATE assessment_session SET rotation_deadline_applied_at = ? WHERE id = ? AND rotation_deadline_applied_at IS NULL AND rotation_cutoff <= ?',
      [now, sessionId, today],
    );
    return affectedRows(claim) === 1;
  }

  async session(manager: EntityManager, sessionId: number): Promise<{ id: number; year: number; rotationCutoff: LocalDate }> {
    const [row]: Array<{ year: number; rotationCutoff: string }> = await manager.query('SELECT year, rotation_cutoff AS rotationCutoff FROM assessment_session WHERE id = ?', [sessionId]);
    return { id: sessionId, year: Number(row.year), rotationCutoff: row.rotationCutoff };
  }

  /**
   * Everyone with a standing result in the session, published or not (the notice cancels "本次结业考核结果"),
   * grouped by trainee; results and trainee rows locked until the transaction ends.
   */
  async lockedResultsOfSession(manager: EntityManager, session: { id: number; year: number; rotationCutoff: LocalDate }): Promise<SessionResultsOfTrainee[]> {
    const t = traineeSql('t');
    const rows: Array<Omit<ResultRow, 'sessionId' | 'sessionYear' | 'rotationCutoff'>> = await manager.query(
      `SELECT a.id, a.trainee_id AS traineeId, a.subject, a.outcome, a.score, ${t.baseId} AS baseId, ${t.rotationEndDate} AS rotationEndDate,
              ${t.processAssessmentPassed} AS processAssessmentPassed
         FROM subject_attempt a JOIN ${t.table} ON ${t.id} = a.trainee_id
        WHERE a.session_id = ? AND a.voided = 0 ORDER BY a.trainee_id, a.subject FOR UPDATE`,
      [session.id],
    );
    return groupBySessionAndTrainee(rows.map((row) => ({ ...row, sessionId: session.id, sessionYear: session.year, rotationCutoff: session.rotationCutoff })));
  }

  /**
   * The standing results of these trainees in sessions whose deadline run already happened. A plain read:
   * a run still in flight is not seen here and reads the new facts itself once the caller commits.
   */
  async resultsOfTraineesAfterRun(manager: EntityManager, traineeIds: readonly number[]): Promise<SessionResultsOfTrainee[]> {
    const t = traineeSql('t');
    const groups: SessionResultsOfTrainee[] = [];
    for (let start = 0; start < traineeIds.length; start += CHUNK) {
      const chunk = traineeIds.slice(start, start + CHUNK);
      const rows: ResultRow[] = await manager.query(
        `SELECT a.id, a.trainee_id AS traineeId, a.session_id AS sessionId, a.subject, a.outcome, a.score,
                s.year AS sessionYear, s.rotation_cutoff AS rotationCutoff,
                ${t.baseId} AS baseId, ${t.rotationEndDate} AS rotationEndDate, ${t.processAssessmentPassed} AS processAssessmentPassed
           FROM subject_attempt a
           JOIN assessment_session s ON s.id = a.session_id
           JOIN ${t.table} ON ${t.id} = a.trainee_id
          WHERE a.trainee_id IN (${placeholders(chunk.length)}) AND a.voided = 0 AND s.rotation_deadline_applied_at IS NOT NULL
          ORDER BY a.trainee_id, a.session_id, a.subject`,
        chunk,
      );
      groups.push(...groupBySessionAndTrainee(rows));
    }
    return groups;
  }

  /** Locks these results by key (no range locks) and answers those still standing. */
  async lockStanding(manager: EntityManager, attemptIds: readonly number[]): Promise<Set<number>> {
    const standing = new Set<number>();
    for (let start = 0; start < attemptIds.length; start += CHUNK) {
      const chunk = attemptIds.slice(start, start + CHUNK);
      const locked: Array<{ id: number }> = await manager.query(`SELECT id FROM subject_attempt WHERE id IN (${placeholders(chunk.length)}) AND voided = 0 FOR UPDATE`, chunk);
      for (const row of locked) standing.add(Number(row.id));
    }
    return standing;
  }

  /** Voids the attempts as cancelled by the rotation deadline; attempts voided meanwhile stay as they are. */
  async voidCancelled(manager: EntityManager, cancellation: RotationDeadlineCancellation, now: Date): Promise<void> {
    const ids = cancellation.attemptIds;
    await manager.query(
      `UPDATE subject_attempt SET voided = 1, void_kind = 'ROTATION_DEADLINE', void_reason = ?, voided_at = ?, voided_by = NULL, version = version + 1
        WHERE id IN (${placeholders(ids.length)}) AND voided = 0`,
      [cancellation.reason, now, ...ids],
    );
  }

  /** The session's standing results and those the deadline cancelled, of trainees in scope, by trainee and subject. */
  async reportResults(sessionId: number, scope: StandingScope): Promise<DeadlineReportResult[]> {
    const t = traineeSql('t');
    const inScope = scopeCondition(scope, t);
    const rows: Array<{ traineeId: number; subject: Subject; cancelled: number | string; voidReason: string | null }> = await this.dataSource.query(
      `SELECT a.trainee_id AS traineeId, a.subject, (a.void_kind = 'ROTATION_DEADLINE') AS cancelled, a.void_reason AS voidReason
         FROM subject_attempt a JOIN ${t.table} ON ${t.id} = a.trainee_id
        WHERE a.session_id = ? AND (a.voided = 0 OR a.void_kind = 'ROTATION_DEADLINE') AND ${inScope.sql}
        ORDER BY a.trainee_id, a.subject`,
      [sessionId, ...inScope.params],
    );
    return rows.map((row) => ({ traineeId: Number(row.traineeId), subject: row.subject, cancelled: Number(row.cancelled) === 1, voidReason: row.voidReason }));
  }
}

function groupBySessionAndTrainee(rows: ResultRow[]): SessionResultsOfTrainee[] {
  const groups = new Map<string, SessionResultsOfTrainee>();
  for (const row of rows) {
    const key = `${row.traineeId}:${row.sessionId}`;
    const group = groups.get(key) ?? {
      sessionId: Number(row.sessionId),
      sessionYear: Number(row.sessionYear),
      rotationCutoff: row.rotationCutoff,
      traineeId: Number(row.traineeId),
      baseId: Number(row.baseId),
      rotationEndDate: row.rotationEndDate,
      processAssessmentPassed: Boolean(Number(row.processAssessmentPassed)),
      results: [],
    };
    group.results.push({ attemptId: Number(row.id), subject: row.subject, outcome: row.outcome, score: row.score });
    groups.set(key, group);
  }
  return [...groups.values()];
}
