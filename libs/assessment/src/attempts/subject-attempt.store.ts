import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * The SQL statements of assessment's own services on subject_attempt (results, which count once their
 * subject is published in result_publication: see countingAttemptSql). All run inside the caller's transaction.
 */
@Injectable()
export class SubjectAttemptStore {
  /** The trainee's results of the session that still stand, locked until the transaction ends. */
  async lockStanding(manager: EntityManager, sessionId: number, traineeId: number): Promise<number[]> {
    const rows: Array<{ id: number }> = await manager.query('SELECT id FROM subject_attempt WHERE session_id = ? AND trainee_id = ? AND voided = 0 FOR UPDATE', [sessionId, traineeId]);
    return rows.map((row) => Number(row.id));
  }

  /** FA-11: voids (keeping them on record) the trainee's standing results of the session. */
  async voidForFalseInformation(manager: EntityManager, change: { sessionId: number; traineeId: number; reason: string | null; at: Date; by: number | null }): Promise<void> {
    await manager.query(
      "UPDATE subject_attempt SET voided = 1, void_kind = 'FALSE_INFORMATION', void_reason = ?, voided_at = ?, voided_by = ?, version = version + 1 WHERE session_id = ? AND trainee_id = ? AND voided = 0",
      [change.reason, change.at, change.by, change.sessionId, change.traineeId],
    );
  }
}
