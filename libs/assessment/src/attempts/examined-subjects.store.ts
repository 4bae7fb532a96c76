import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Subject } from '../rules/subject';

/**
 * FA-12: which subjects of a session were already examined, read from the result tables (result_publication,
 * subject_attempt) inside the caller's transaction.
 */
@Injectable()
export class ExaminedSubjectsStore {
  /** Published (SC-4), or with a standing (not voided) result on record. */
  async ofSession(manager: EntityManager, sessionId: number): Promise<{ published: Subject[]; withResults: Subject[] }> {
    const rows: Array<{ kind: 'PUBLISHED' | 'RESULT'; subject: Subject }> = await manager.query(
      `SELECT 'PUBLISHED' AS kind, subject FROM result_publication WHERE session_id = ?
       UNION SELECT DISTINCT 'RESULT', subject FROM subject_attempt WHERE session_id = ? AND voided = 0`,
      [sessionId, sessionId],
    );
    return {
      published: rows.filter((row) => row.kind === 'PUBLISHED').map((row) => row.subject),
      withResults: rows.filter((row) => row.kind === 'RESULT').map((row) => row.subject),
    };
  }
}
