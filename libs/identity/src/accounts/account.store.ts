import { isDuplicateKey, placeholders } from '@app/common/sql';
import { Role } from '@app/common/actor';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { UserAccount } from '../entities/user-account.entity';

export interface AccountListFilter {
  roles: readonly Role[];
  /** Only accounts of these organisations (the caller's subtree, narrowed by any requested organisation). */
  organisationIds: readonly number[];
  active?: boolean;
  /** Part of the username or display name. */
  text?: string;
  page: number;
  pageSize: number;
}

export type AccountChanges = Partial<Pick<UserAccount, 'role' | 'displayName' | 'organisationId' | 'phone' | 'active' | 'passwordHash' | 'mustChangePassword' | 'failedLoginCount' | 'lockedUntil'>>;

export type NewAccount = Pick<UserAccount, 'username' | 'passwordHash' | 'role' | 'displayName' | 'organisationId' | 'traineeId' | 'phone' | 'mustChangePassword'>;

/** Thrown by `insert` when the username (or the trainee) already has an account. */
export class DuplicateAccountError extends Error {
  constructor(readonly key: 'username' | 'trainee') {
    super(`duplicate account ${key}`);
  }
}

/** Every SQL statement on user_account. Methods taking a manager run inside the caller's transaction. */
@Injectable()
export class AccountStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  byUsername(username: string): Promise<UserAccount | null> {
    return this.dataSource.getRepository(UserAccount).findOne({ where: { username } });
  }

  existsForTrainee(traineeId: number): Promise<boolean> {
    return this.dataSource.getRepository(UserAccount).existsBy({ traineeId });
  }

  byId(id: number, manager: EntityManager = this.dataSource.manager): Promise<UserAccount | null> {
    return manager.findOne(UserAccount, { where: { id } });
  }

  /** The row locked until the transaction ends, so concurrent changes to one account queue up. */
  lockedById(manager: EntityManager, id: number): Promise<UserAccount | null> {
    return manager.findOne(UserAccount, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(manager: EntityManager, account: NewAccount): Promise<UserAccount> {
    const row = manager.create(UserAccount, { ...account, active: true, tokenVersion: 0, failedLoginCount: 0, lockedUntil: null });
    try {
      await manager.insert(UserAccount, row);
    } catch (error) {
      if (error instanceof QueryFailedError && error.message.includes('uq_user_trainee')) throw new DuplicateAccountError('trainee');
      if (isDuplicateKey(error)) throw new DuplicateAccountError('username');
      throw error;
    }
    return row;
  }

  async update(manager: EntityManager, id: number, changes: AccountChanges): Promise<void> {
    if (Object.keys(changes).length > 0) await manager.update(UserAccount, { id }, changes);
  }

  /** Links a candidate account without a trainee to one; false when it had one (or is not a candidate's). */
  async linkTrainee(manager: EntityManager, id: number, traineeId: number): Promise<boolean> {
    const result: { affectedRows?: number } = await manager.query(`UPDATE user_account SET trainee_id = ? WHERE id = ? AND trainee_id IS NULL AND role = 'CANDIDATE'`, [traineeId, id]);
    return result.affectedRows === 1;
  }

  /** Raises the account's token version (ending every access token issued before) and returns the new one. */
  async raiseTokenVersion(manager: EntityManager, id: number): Promise<number> {
    await manager.query('UPDATE user_account SET token_version = token_version + 1 WHERE id = ?', [id]);
    const [row]: Array<{ version: number }> = await manager.query('SELECT token_version AS version FROM user_account WHERE id = ?', [id]);
    return Number(row.version);
  }

  /** The token version as stored; null for an account that no longer exists. */
  async tokenVersion(id: number): Promise<number | null> {
    const [row]: Array<{ version: number }> = await this.dataSource.query('SELECT token_version AS version FROM user_account WHERE id = ?', [id]);
    return row ? Number(row.version) : null;
  }

  /** id → display name of the accounts that exist among `ids`. */
  async displayNames(ids: readonly number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: number; displayName: string }> = await this.dataSource.query(
      `SELECT id, display_name AS displayName FROM user_account WHERE id IN (${placeholders(ids.length)})`,
      [...ids],
    );
    return new Map(rows.map((row) => [Number(row.id), row.displayName]));
  }

  async list(filter: AccountListFilter): Promise<{ items: UserAccount[]; total: number }> {
    if (filter.roles.length === 0 || filter.organisationIds.length === 0) return { items: [], total: 0 };
    const query = this.dataSource
      .getRepository(UserAccount)
      .createQueryBuilder('a')
      .where('a.role IN (:...roles)', { roles: filter.roles })
      .andWhere('a.organisationId IN (:...organisationIds)', { organisationIds: filter.organisationIds });
    if (filter.active !== undefined) query.andWhere('a.active = :active', { active: filter.active });
    if (filter.text) {
      const pattern = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(a.username LIKE :pattern OR a.displayName LIKE :pattern)', { pattern });
    }
    const [items, total] = await query
      .orderBy('a.id', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return { items, total };
  }
}
