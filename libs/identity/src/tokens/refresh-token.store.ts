import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface StoredRefreshToken {
  tokenId: number;
  familyId: number;
  accountId: number;
  expiresAt: Date;
  usedAt: Date | null;
  familyRevokedAt: Date | null;
}

export type FamilyRevocationReason = 'LOGOUT' | 'REUSE' | 'ACCOUNT_CHANGED';

/** Every SQL statement on refresh_token_family and refresh_token; all run inside the caller's transaction. */
@Injectable()
export class RefreshTokenStore {
  async createFamily(manager: EntityManager, accountId: number, now: Date): Promise<number> {
    const result: { insertId: number } = await manager.query('INSERT INTO refresh_token_family (account_id, created_at) VALUES (?, ?)', [accountId, now]);
    return Number(result.insertId);
  }

  /** Whether a login was ended, from MySQL: the answer when Redis cannot give it. */
  async familyRevoked(manager: EntityManager, familyId: number): Promise<boolean> {
    const [row]: Array<{ revokedAt: Date | null }> = await manager.query('SELECT revoked_at AS revokedAt FROM refresh_token_family WHERE id = ?', [familyId]);
    return !row || row.revokedAt !== null;
  }

  async insertToken(manager: EntityManager, familyId: number, tokenHash: Buffer, now: Date, expiresAt: Date): Promise<void> {
    await manager.query('INSERT INTO refresh_token (family_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)', [familyId, tokenHash, now, expiresAt]);
  }

  /** The token and its family, both rows locked: two uses of one token queue up, and the second sees the first. */
  async lockedByHash(manager: EntityManager, tokenHash: Buffer): Promise<StoredRefreshToken | null> {
    const [row]: Array<{ tokenId: string; familyId: string; accountId: number; expiresAt: Date; usedAt: Date | null; familyRevokedAt: Date | null }> = await manager.query(
      `SELECT t.id AS tokenId, t.family_id AS familyId, f.account_id AS accountId, t.expires_at AS expiresAt, t.used_at AS usedAt, f.revoked_at AS familyRevokedAt
         FROM refresh_token t JOIN refresh_token_family f ON f.id = t.family_id
        WHERE t.token_hash = ? FOR UPDATE`,
      [tokenHash],
    );
    return row ? { ...row, tokenId: Number(row.tokenId), familyId: Number(row.familyId), accountId: Number(row.accountId) } : null;
  }

  async markUsed(manager: EntityManager, tokenId: number, now: Date): Promise<void> {
    await manager.query('UPDATE refresh_token SET used_at = ? WHERE id = ?', [now, tokenId]);
  }

  /** Ends one family; false when it was already ended (or is not this account's). */
  async revokeFamily(manager: EntityManager, familyId: number, accountId: number, now: Date, reason: FamilyRevocationReason): Promise<boolean> {
    const result: { affectedRows: number } = await manager.query(
      'UPDATE refresh_token_family SET revoked_at = ?, revoked_reason = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL',
      [now, reason, familyId, accountId],
    );
    return result.affectedRows > 0;
  }

  /** Ends every family of the account; returns how many were still open. */
  async revokeAccount(manager: EntityManager, accountId: number, now: Date, reason: FamilyRevocationReason): Promise<number> {
    const result: { affectedRows: number } = await manager.query(
      'UPDATE refresh_token_family SET revoked_at = ?, revoked_reason = ? WHERE account_id = ? AND revoked_at IS NULL',
      [now, reason, accountId],
    );
    return result.affectedRows;
  }
}
