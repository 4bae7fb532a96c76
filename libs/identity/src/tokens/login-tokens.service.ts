import { Actor, SYSTEM_ACTOR } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { AppConfig } from '@app/common/config';
import { DomainError } from '@app/common/errors';
import { Clock } from '@app/common/time';
import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AccessTokenVerifier, createAccessTokenVerifier } from '../access-token';
import { AccountStore } from '../accounts/account.store';
import { UserAccount } from '../entities/user-account.entity';
import { OrganisationService } from '../organisation.service';
import { actorFromClaims, parseClaims, TokenClaims } from '../token-claims';
import { RefreshTokenStore } from './refresh-token.store';
import { TokenState, TokenStateStore } from './token-state.store';

/** How long a request waits for Redis's revocation answer before asking MySQL. */
const REDIS_ANSWER_MS = 300;

export interface SessionToken {
  accessToken: string;
  /** Seconds the access token lives. */
  expiresIn: number;
  /** One use only: POST /auth/refresh answers a new pair; a second use ends the whole login. */
  refreshToken: string;
  refreshExpiresIn: number;
  /** After a reset: only change-password and logout answer until the password is changed. */
  passwordChangeRequired: boolean;
  user: { id: number; username: string; role: string; displayName: string; organisationId: number | null; traineeId: number | null };
}

/** A verified, unrevoked access token. */
export interface Authenticated {
  actor: Actor;
  familyId: number;
  passwordChangeRequired: boolean;
}

function hashOf(refreshToken: string): Buffer {
  return createHash('sha256').update(refreshToken, 'utf8').digest();
}

/**
 * Access tokens (short-lived, checked on every request against the revocation state in Redis) and refresh tokens
 * (stored hashed in MySQL, rotated on every use, one family per login; the reuse of a rotated one ends its family).
 */
@Injectable()
export class LoginTokens {
  private readonly logger = new Logger(LoginTokens.name);
  private lastFallbackWarning = 0;
  private readonly verifyToken: AccessTokenVerifier;
  private readonly accessTtlSeconds: number;
  private readonly refreshTtlSeconds: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly accounts: AccountStore,
    private readonly refreshTokens: RefreshTokenStore,
    private readonly state: TokenStateStore,
    private readonly organisations: OrganisationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.verifyToken = createAccessTokenVerifier(config.auth.jwtSecret);
    this.accessTtlSeconds = config.auth.jwtTtlSeconds;
    this.refreshTtlSeconds = config.auth.refreshTtlSeconds;
  }

  /**
   * Every request. The signature and expiry on the system clock (tokens are issued on it), then the account's token
   * version and the family's revocation from Redis (cached at most 1 s in this process). MySQL is asked only when
   * Redis has lost an account's version.
   */
  async authenticate(token: string): Promise<Authenticated> {
    const raw = this.verifyToken(token);
    const claims = raw ? parseClaims(raw) : null;
    if (!claims) throw new DomainError('UNAUTHENTICATED');
    const state = await this.revocationState(claims.sub, claims.fam);
    const version = state.version ?? (await this.reloadVersion(claims.sub));
    if (state.familyRevoked || version !== claims.ver) throw new DomainError('UNAUTHENTICATED');
    return { actor: actorFromClaims(claims), familyId: claims.fam, passwordChangeRequired: claims.pwc === true };
  }

  /**
   * Redis answers within REDIS_ANSWER_MS or MySQL, the source of truth, answers instead: while Redis is down or
   * slow, requests that need nothing else from it (a sign-up, a review) still go through, one query slower.
   */
  private async revocationState(accountId: number, familyId: number): Promise<TokenState> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('Redis did not answer in time')), REDIS_ANSWER_MS)));
    try {
      return await Promise.race([this.state.read(accountId, familyId), timeout]);
    } catch (error) {
      if (Date.now() - this.lastFallbackWarning > 60_000) {
        this.lastFallbackWarning = Date.now();
        this.logger.warn(`revocation state read from MySQL (at most one such line a minute): ${error instanceof Error ? error.message : String(error)}`);
      }
      const [version, familyRevoked] = await Promise.all([
        this.accounts.tokenVersion(accountId),
        this.refreshTokens.familyRevoked(this.dataSource.manager, familyId),
      ]);
      // An account that no longer exists has no version: refused below like a changed one.
      return { version: version ?? -1, familyRevoked };
    } finally {
      clearTimeout(timer);
    }
  }

  private async reloadVersion(accountId: number): Promise<number | null> {
    const version = await this.accounts.tokenVersion(accountId);
    if (version !== null) await this.state.raiseVersion(accountId, version);
    return version;
  }

  /** A new login: a new family, its first refresh token and an access token. */
  async issue(account: UserAccount, manager?: EntityManager): Promise<SessionToken> {
    const now = this.clock.now();
    const create = async (m: EntityManager) => {
      const familyId = await this.refreshTokens.createFamily(m, account.id, now);
      const refreshToken = await this.newRefreshToken(m, familyId, now);
      return { familyId, refreshToken };
    };
    const { familyId, refreshToken } = manager ? await create(manager) : await this.dataSource.transaction(create);
    // The first login after Redis lost the key (or ever) publishes the version the token carries.
    await this.state.raiseVersion(account.id, account.tokenVersion);
    return this.pair(account, familyId, refreshToken);
  }

  /** Rotates a refresh token. A token used before ends its family (someone holds a copy) and is refused. */
  async refresh(refreshToken: string): Promise<SessionToken> {
    const now = this.clock.now();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const stored = await this.refreshTokens.lockedByHash(manager, hashOf(refreshToken));
      if (!stored || stored.familyRevokedAt !== null || stored.expiresAt.getTime() <= now.getTime()) return { kind: 'INVALID' as const };
      if (stored.usedAt !== null) {
        await this.refreshTokens.revokeFamily(manager, stored.familyId, stored.accountId, now, 'REUSE');
        // The system detected it; the account is the one whose login was ended.
        await this.audit.record(manager, SYSTEM_ACTOR, {
          action: 'REFRESH_TOKEN_REUSED',
          entityType: 'user_account',
          entityId: stored.accountId,
          reason: 'a rotated refresh token was presented again; the login is ended',
          after: { family: stored.familyId, firstUsedAt: stored.usedAt },
        });
        return { kind: 'REUSED' as const, accountId: stored.accountId, familyId: stored.familyId };
      }
      const account = await this.accounts.byId(stored.accountId, manager);
      if (!account || !account.active) return { kind: 'INVALID' as const };
      await this.refreshTokens.markUsed(manager, stored.tokenId, now);
      const next = await this.newRefreshToken(manager, stored.familyId, now);
      return { kind: 'ROTATED' as const, account, familyId: stored.familyId, refreshToken: next };
    });
    switch (outcome.kind) {
      case 'INVALID':
        throw new DomainError('REFRESH_TOKEN_INVALID');
      case 'REUSED':
        await this.state.revokeFamily(outcome.accountId, outcome.familyId, this.familyMarkerSeconds());
        throw new DomainError('REFRESH_TOKEN_REUSED');
      case 'ROTATED':
        return this.pair(outcome.account, outcome.familyId, outcome.refreshToken);
    }
  }

  /** Ends one login: its refresh tokens now, its access tokens on their next request. Audited. */
  async logout(actor: Actor, familyId: number): Promise<void> {
    const accountId = actor.userId!;
    await this.dataSource.transaction(async (manager) => {
      const ended = await this.refreshTokens.revokeFamily(manager, familyId, accountId, this.clock.now(), 'LOGOUT');
      if (ended) await this.audit.record(manager, actor, { action: 'ACCOUNT_LOGGED_OUT', entityType: 'user_account', entityId: accountId, after: { family: familyId } });
    });
    await this.state.revokeFamily(accountId, familyId, this.familyMarkerSeconds());
  }

  /**
   * Inside the caller's transaction (the account row locked): raises the token version and ends every family.
   * Call `publish` with the answer after the commit; until then the change is not visible to the guard.
   */
  async endAll(manager: EntityManager, accountId: number): Promise<number> {
    await this.refreshTokens.revokeAccount(manager, accountId, this.clock.now(), 'ACCOUNT_CHANGED');
    return this.accounts.raiseTokenVersion(manager, accountId);
  }

  async publish(accountId: number, version: number): Promise<void> {
    try {
      await this.state.raiseVersion(accountId, version);
    } catch (error) {
      // The change is committed and refresh tokens are ended in MySQL; access tokens then end at their expiry.
      this.logger.error(`account ${accountId}: token version ${version} not published to Redis: ${(error as Error).message}`);
      throw error;
    }
  }

  private async newRefreshToken(manager: EntityManager, familyId: number, now: Date): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.refreshTokens.insertToken(manager, familyId, hashOf(token), now, new Date(now.getTime() + this.refreshTtlSeconds * 1000));
    return token;
  }

  /** The revoked-family marker outlives every access token of the family. */
  private familyMarkerSeconds(): number {
    return this.accessTtlSeconds + 60;
  }

  private async pair(account: UserAccount, familyId: number, refreshToken: string): Promise<SessionToken> {
    const organisation = account.organisationId === null ? null : await this.organisations.byId(account.organisationId);
    const claims: TokenClaims = {
      sub: account.id,
      role: account.role,
      org: account.organisationId,
      base: organisation?.kind === 'BASE' ? organisation.id : null,
      city: organisation?.kind === 'CITY' ? organisation.id : organisation?.kind === 'BASE' ? organisation.cityId : null,
      trainee: account.traineeId,
      ver: account.tokenVersion,
      fam: familyId,
      ...(account.mustChangePassword ? { pwc: true as const } : {}),
    };
    const accessToken = await this.jwt.signAsync(claims);
    return {
      accessToken,
      expiresIn: this.accessTtlSeconds,
      refreshToken,
      refreshExpiresIn: this.refreshTtlSeconds,
      passwordChangeRequired: account.mustChangePassword,
      user: {
        id: account.id,
        username: account.username,
        role: account.role,
        displayName: account.displayName,
        organisationId: account.organisationId,
        traineeId: account.traineeId,
      },
    };
  }
}
