import { affectedRows, jsonValue, placeholders } from '@app/common/sql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { MessageKind } from '../rules/candidate-notice';

/**
 * Whose messages: a trainee's record and the account's own (an applicant's messages stay with the login that
 * applied, also once the admission made it a trainee). At least one of the two is set.
 */
export interface MessageOwner {
  traineeId: number | null;
  accountId: number | null;
}

/** The owner's rows shown by `now`: a message shown from a later instant (a results time) is not there yet. */
function ownedBy(owner: MessageOwner, now: Date): { where: string; params: Array<number | Date> } {
  const parts: string[] = [];
  const params: Array<number | Date> = [];
  if (owner.traineeId !== null) {
    parts.push('trainee_id = ?');
    params.push(owner.traineeId);
  }
  if (owner.accountId !== null) {
    parts.push('account_id = ?');
    params.push(owner.accountId);
  }
  if (parts.length === 0) throw new Error('a message owner has a trainee record or an account');
  return { where: `(${parts.join(' OR ')}) AND (visible_from IS NULL OR visible_from <= ?)`, params: [...params, now] };
}

/** A message as the candidate reads it. */
export interface StoredMessage {
  id: number;
  traineeId: number | null;
  kind: MessageKind;
  title: string;
  body: string;
  facts: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
}

export interface MessageRowToWrite {
  traineeId: number | null;
  /** set (and traineeId null) for an account without a trainee record; such a message has no e-mail channel */
  accountId?: number | null;
  kind: MessageKind;
  title: string;
  body: string;
  facts: object;
  dedupeKey: string;
  createdAt: Date;
  /** null: shown at once. */
  visibleFrom: Date | null;
}

/** A message a worker claimed for its e-mail: what the mail says, and the try it is on. */
export interface ClaimedMessage {
  id: number;
  traineeId: number;
  title: string;
  body: string;
  /** tries made, this one included */
  attempts: number;
}

interface MessageSqlRow {
  id: string | number;
  traineeId: number | null;
  kind: MessageKind;
  title: string;
  body: string;
  facts: unknown;
  createdAt: Date;
  readAt: Date | null;
}

// A message shown later reads as dated when it is shown.
const COLUMNS = 'id, trainee_id AS traineeId, kind, title, body, facts, COALESCE(visible_from, created_at) AS createdAt, read_at AS readAt';
/** Rows per INSERT: a publication writes one message per candidate of the subject. */
const INSERT_CHUNK = 500;

function toStored(row: MessageSqlRow): StoredMessage {
  return {
    id: Number(row.id),
    traineeId: row.traineeId === null ? null : Number(row.traineeId),
    kind: row.kind,
    title: row.title,
    body: row.body,
    facts: jsonValue<Record<string, unknown>>(row.facts) ?? {},
    createdAt: new Date(row.createdAt),
    readAt: row.readAt === null ? null : new Date(row.readAt),
  };
}

/**
 * Every SQL statement on candidate_message: the writes (inside the caller's transaction), the message centre's
 * reads and read marks (always of one trainee's messages), and the e-mail outbox's claims and outcomes.
 */
@Injectable()
export class MessageStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes the rows; a row whose dedupe key is already there is left as it is (written once, however often asked). */
  async insertMany(manager: EntityManager, rows: readonly MessageRowToWrite[]): Promise<void> {
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      const chunk = rows.slice(start, start + INSERT_CHUNK);
      await manager.query(
        `INSERT INTO candidate_message (trainee_id, account_id, kind, title, body, facts, dedupe_key, created_at, visible_from, email_status, email_attempts, email_next_attempt_at, email_last_error)
         VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)').join(', ')}
         ON DUPLICATE KEY UPDATE id = id`,
        // An applicant's account has no e-mail address on record: its messages are read in the portal only.
        chunk.flatMap((row) => {
          const mailed = row.traineeId !== null;
          return [
            row.traineeId,
            row.accountId ?? null,
            row.kind,
            row.title,
            row.body,
            JSON.stringify(row.facts),
            row.dedupeKey,
            row.createdAt,
            row.visibleFrom,
            mailed ? 'PENDING' : 'SKIPPED',
            mailed ? (row.visibleFrom ?? row.createdAt) : null,
            mailed ? null : 'no e-mail address for an account without a trainee record',
          ];
        }),
      );
    }
  }

  // --- the message centre: one owner's messages, newest first

  async page(owner: MessageOwner, now: Date, unreadOnly: boolean, limit: number, offset: number): Promise<StoredMessage[]> {
    const { where, params } = ownedBy(owner, now);
    const rows: MessageSqlRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM candidate_message WHERE ${where} ${unreadOnly ? 'AND read_at IS NULL' : ''} ORDER BY id DESC LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    return rows.map(toStored);
  }

  async count(owner: MessageOwner, now: Date, unreadOnly: boolean): Promise<number> {
    const { where, params } = ownedBy(owner, now);
    const [row]: Array<{ total: string | number }> = await this.dataSource.query(
      `SELECT COUNT(*) AS total FROM candidate_message WHERE ${where} ${unreadOnly ? 'AND read_at IS NULL' : ''}`,
      params,
    );
    return Number(row.total);
  }

  /** The owner's message of this id (shown by now); anyone else's is not found. */
  async ofOwner(owner: MessageOwner, now: Date, id: number): Promise<StoredMessage | null> {
    const { where, params } = ownedBy(owner, now);
    const [row]: MessageSqlRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM candidate_message WHERE id = ? AND ${where}`, [id, ...params]);
    return row ? toStored(row) : null;
  }

  /** Marks one message read, once: the first read time stays. */
  async markRead(owner: MessageOwner, id: number, at: Date): Promise<void> {
    const { where, params } = ownedBy(owner, at);
    await this.dataSource.query(`UPDATE candidate_message SET read_at = ? WHERE id = ? AND ${where} AND read_at IS NULL`, [at, id, ...params]);
  }

  /** How many it marked (of those shown by `at`). */
  async markAllRead(owner: MessageOwner, at: Date): Promise<number> {
    const { where, params } = ownedBy(owner, at);
    return affectedRows(await this.dataSource.query(`UPDATE candidate_message SET read_at = ? WHERE ${where} AND read_at IS NULL`, [at, ...params]));
  }

  // --- the e-mail outbox

  /**
   * Claims up to `limit` messages due for e-mail, oldest due first: each try is counted and the message is moved
   * a lease ahead, so other workers (SKIP LOCKED: they take other rows meanwhile) leave it alone while this one
   * sends, and take it again only if this one died before recording the outcome.
   */
  async claimDue(manager: EntityManager, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedMessage[]> {
    const due: Array<{ id: string | number }> = await manager.query(
      `SELECT id FROM candidate_message WHERE email_status = 'PENDING' AND email_next_attempt_at <= ?
        ORDER BY email_next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED`,
      [now, limit],
    );
    if (due.length === 0) return [];
    const ids = due.map((row) => Number(row.id));
    await manager.query(`UPDATE candidate_message SET email_attempts = email_attempts + 1, email_next_attempt_at = ? WHERE id IN (${placeholders(ids.length)})`, [leaseUntil, ...ids]);
    const rows: Array<{ id: string | number; traineeId: number; title: string; body: string; attempts: number }> = await manager.query(
      `SELECT id, trainee_id AS traineeId, title, body, email_attempts AS attempts FROM candidate_message WHERE id IN (${placeholders(ids.length)}) ORDER BY id`,
      ids,
    );
    return rows.map((row) => ({ id: Number(row.id), traineeId: Number(row.traineeId), title: row.title, body: row.body, attempts: Number(row.attempts) }));
  }

  /** The outcome of a try; recorded only by the try that claimed it (same attempt count, still pending). */
  async markSent(id: number, attempts: number, at: Date): Promise<void> {
    await this.dataSource.query(
      "UPDATE candidate_message SET email_status = 'SENT', email_sent_at = ?, email_next_attempt_at = NULL, email_last_error = NULL WHERE id = ? AND email_status = 'PENDING' AND email_attempts = ?",
      [at, id, attempts],
    );
  }

  async markRetry(id: number, attempts: number, nextAttemptAt: Date, error: string): Promise<void> {
    await this.dataSource.query(
      "UPDATE candidate_message SET email_next_attempt_at = ?, email_last_error = ? WHERE id = ? AND email_status = 'PENDING' AND email_attempts = ?",
      [nextAttemptAt, error.slice(0, 500), id, attempts],
    );
  }

  async markFailed(id: number, attempts: number, error: string): Promise<void> {
    await this.dataSource.query(
      "UPDATE candidate_message SET email_status = 'FAILED', email_next_attempt_at = NULL, email_last_error = ? WHERE id = ? AND email_status = 'PENDING' AND email_attempts = ?",
      [error.slice(0, 500), id, attempts],
    );
  }

  async markSkipped(id: number, attempts: number, reason: string): Promise<void> {
    await this.dataSource.query(
      "UPDATE candidate_message SET email_status = 'SKIPPED', email_next_attempt_at = NULL, email_last_error = ? WHERE id = ? AND email_status = 'PENDING' AND email_attempts = ?",
      [reason, id, attempts],
    );
  }

  /** Without an e-mail channel: every pending message is skipped, so none is mailed months late once one is set up. */
  async skipAllPending(reason: string): Promise<number> {
    return affectedRows(
      await this.dataSource.query("UPDATE candidate_message SET email_status = 'SKIPPED', email_next_attempt_at = NULL, email_last_error = ? WHERE email_status = 'PENDING'", [reason]),
    );
  }
}
