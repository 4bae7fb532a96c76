import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { GroupBatcher } from '@app/common/batching';
import { DomainError } from '@app/common/errors';
import { Clock } from '@app/common/time';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DuplicateSignupError, NewSignupRow, SignupStore } from './signup.store';

export interface NewSignup extends NewSignupRow {
  actor: Actor;
  action: string;
}

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
    private readonly signups: SignupStore,
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
        if (!(error instanceof DuplicateSignupError)) throw error;
        ids = new Map();
        for (const row of unique) ids.set(row, await this.insertOne(row).catch((e: unknown) => toError(e)));
      }
    }
    return rows.map((row) => ids.get(row) ?? new DomainError('SIGNUP_EXISTS'));
  }

  /** One row: the sign-up and its audit record in one round trip. */
  private insertOne(row: NewSignup): Promise<number> {
    return this.signups.createWithAudit(row, { occurredAt: this.clock.now(), actor: row.actor, action: row.action, after: auditAfter(row) });
  }

  private async insertMany(rows: NewSignup[]): Promise<Map<NewSignup, number>> {
    return this.dataSource.transaction(async (manager) => {
      const inserted = await this.signups.insertMany(manager, rows);
      const ids = new Map(rows.map((r, index) => [r, inserted[index]]));
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

function auditAfter(row: NewSignup): Record<string, unknown> {
  return { status: row.status, subjects: row.subjects, sessionId: row.sessionId };
}

function toError(error: unknown): Error {
  if (error instanceof DuplicateSignupError) return new DomainError('SIGNUP_EXISTS');
  return error instanceof Error ? error : new Error(String(error));
}
