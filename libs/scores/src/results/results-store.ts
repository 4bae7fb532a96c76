import { AssessmentSession } from '@app/assessment/entities/assessment-session.entity';
import { Subject } from '@app/assessment/rules';
import { DomainError } from '@app/common/errors';
import { EntityManager, QueryFailedError } from 'typeorm';
import { ResultPublication } from '@app/assessment/entities/result-publication.entity';

/**
 * Publication and score entry serialise on the session row: entries hold it shared, publication holds it
 * exclusively, so no entry can land in the moment between "not yet published" and the publication's commit.
 * Raw SQL because MariaDB understands LOCK IN SHARE MODE, not the FOR SHARE TypeORM would emit for it.
 */
export async function lockSession(manager: EntityManager, sessionId: number, mode: 'SHARED' | 'EXCLUSIVE'): Promise<AssessmentSession> {
  const rows: unknown[] = await manager.query(`SELECT id FROM assessment_session WHERE id = ? ${mode === 'SHARED' ? 'LOCK IN SHARE MODE' : 'FOR UPDATE'}`, [sessionId]);
  if (rows.length === 0) throw new DomainError('SESSION_NOT_FOUND');
  return manager.findOneByOrFail(AssessmentSession, { id: sessionId });
}

export async function findPublication(manager: EntityManager, sessionId: number, subject: Subject): Promise<ResultPublication | null> {
  return manager.findOneBy(ResultPublication, { sessionId, subject });
}

function driverCode(error: unknown): string | undefined {
  return error instanceof QueryFailedError ? (error.driverError as { code?: string } | undefined)?.code : undefined;
}

export function isDuplicateKey(error: unknown): boolean {
  return driverCode(error) === 'ER_DUP_ENTRY';
}

/** Two first writes of one row both lock the gap where it will go; InnoDB lets one win and rolls the other back. */
export function isDeadlock(error: unknown): boolean {
  return driverCode(error) === 'ER_LOCK_DEADLOCK';
}

/** MariaDB's JSON is LONGTEXT: raw queries return it as text, the entity layer as a value. */
export function jsonValue<T>(value: unknown): T | null {
  if (value === null || value === undefined) return null;
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
