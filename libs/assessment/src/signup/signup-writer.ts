import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { Clock } from '@app/common/time';
import { Parameter, PreparedStatements } from '@app/database/prepared-statements';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { SignupStatus } from '../rules/signup-state.rules';
import { Subject } from '../rules/subject';
import { GroupBatcher } from '@app/common/batching';

export interface NewSignup {
  actor: Actor;
  action: string;
  sessionId: number;
  traineeId: number;
  baseId: number;
  cityId: number;
  status: SignupStatus;
  subjects: Subject[];
  verdictJson: string | null;
  submittedAt: Date | null;
}

const isDuplicate = (error: unknown) => error instanceof QueryFailedError && error.message.includes('uq_signup_session_trainee');

/**
 * Writes new sign-ups with their audit records. Sign-ups arriving together are written together, in one
 * transaction and one commit (group commit); when that batch meets a duplicate, each row is retried on
 * its own so only the duplicate is refused. The unique key (session, trainee) is the final judge.
 */
@Injectable()
export class SignupWriter {
  private readonly batcher = new GroupBatcher<NewSignup, number>((rows) => this.writeBatch(rows), 1);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly statements: PreparedStatements,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The new sign-up's id, or DomainError SIGNUP_EXISTS. */
  create(row: NewSignup): Promise<number> {
    return this.batcher.submit(row);
  }

  private async writeBatch(rows: NewSignup[]): Promise<Array<number | Error>> {
    // The same trainee twice in one batch (a double click): the first goes on, the others are duplicates.
    const firstIndex = new Map<string, number>();
    rows.forEach((row, index) => {
      const key = `${row.sessionId}:${row.traineeId}`;
      if (!firstIndex.has(key)) firstIndex.set(key, index);
    });
    const unique = [...firstIndex.values()].map((index) => rows[index]);
    let ids: Map<NewSignup, number | Error>;
    if (unique.length === 1) {
      ids = new Map([[unique[0], await this.insertOne(unique[0]).catch((error: unknown) => toError(error))]]);
    } else {
      try {
        ids = await this.insertMany(unique);
      } catch (error) {
        if (!isDuplicate(error)) throw error;
        ids = new Map();
        for (const row of unique) ids.set(row, await this.insertOne(row).catch((e: unknown) => toError(e)));
      }
    }
    return rows.map((row) => ids.get(row) ?? new DomainError('SIGNUP_EXISTS'));
  }

  /** One row: the signup_create procedure writes sign-up and audit record in one round trip. */
  private async insertOne(row: NewSignup): Promise<number> {
    const result = await this.statements.execute<Array<Array<{ id: number }>>>('CALL signup_create(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
      ...signupValues(row),
      this.clock.now(),
      row.actor.userId,
      row.actor.role,
      row.action,
      JSON.stringify(auditAfter(row)),
    ]);
    return Number(result[0][0].id);
  }

  private async insertMany(rows: NewSignup[]): Promise<Map<NewSignup, number>> {
    return this.dataSource.transaction(async (manager) => {
      // Prepared: each verdict (a few KB) is sent as it is, not escaped into one long statement.
      await this.statements.executeIn(
        manager,
        `INSERT INTO signup (session_id, trainee_id, base_id, city_id, status, subject_theory, subject_skills, verdict, submitted_at, version) VALUES ${rows
          .map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, 1)')
          .join(', ')}`,
        rows.flatMap(signupValues),
      );
      const inserted: Array<{ id: number; sessionId: number; traineeId: number }> = await manager.query(
        `SELECT id, session_id AS sessionId, trainee_id AS traineeId FROM signup WHERE (session_id, trainee_id) IN (${rows.map(() => '(?, ?)').join(', ')})`,
        rows.flatMap((r) => [r.sessionId, r.traineeId]),
      );
      const idOf = new Map(inserted.map((i) => [`${i.sessionId}:${i.traineeId}`, Number(i.id)]));
      const ids = new Map(rows.map((r) => [r, idOf.get(`${r.sessionId}:${r.traineeId}`)!]));
      await this.audit.recordMany(
        manager,
        rows.map((r) => ({
          actor: r.actor,
          entry: { action: r.action, entityType: 'signup', entityId: ids.get(r)!, scopeBaseId: r.baseId, after: auditAfter(r) },
        })),
      );
      return ids;
    });
  }
}

/** The sign-up's own columns, in the order both the procedure and the batch insert take them. */
function signupValues(row: NewSignup): Parameter[] {
  const { sessionId, traineeId, baseId, cityId, status, subjects, verdictJson, submittedAt } = row;
  return [sessionId, traineeId, baseId, cityId, status, subjects.includes('THEORY') ? 1 : 0, subjects.includes('SKILLS') ? 1 : 0, verdictJson, submittedAt];
}

function auditAfter(row: NewSignup): Record<string, unknown> {
  return { status: row.status, subjects: row.subjects, sessionId: row.sessionId };
}

function toError(error: unknown): Error {
  if (isDuplicate(error)) return new DomainError('SIGNUP_EXISTS');
  return error instanceof Error ? error : new Error(String(error));
}
