import { Actor, SYSTEM_ACTOR } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { AppConfig } from '@app/common/config';
import { DomainError } from '@app/common/errors';
import { Clock } from '@app/common/time';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { accountScope, auditBaseOf } from './account-scope';
import { AccountStore, DuplicateAccountError } from './accounts/account.store';
import { TraineePlacements } from './accounts/trainee-placements';
import { UserAccount } from './entities/user-account.entity';
import { OrganisationService } from './organisation.service';
import { PasswordHasher } from './password-hasher';
import { judgeLoginAttempt, LockoutPolicy, LockoutState, sameLockoutState } from './rules/login-lockout.rules';
import { passwordProblem } from './rules/password-policy.rules';
import { normaliseUsername } from './rules/username.rules';
import { Authenticated, LoginTokens, SessionToken } from './tokens/login-tokens.service';

export type { Authenticated, SessionToken } from './tokens/login-tokens.service';

/** Where a login came from, for the audit record of a lock. */
export interface LoginOrigin {
  address?: string;
}

/** A candidate's account for a trainee that training has matched to the person registering. */
export interface CandidateAccountRequest {
  username: string;
  password: string;
  displayName: string;
  /** null: an account without a trainee record (a recruitment applicant, RC-1) */
  traineeId: number | null;
  /** the trainee's base, for the audit record; null for an applicant */
  baseId: number | null;
  phone?: string | null;
  /** What the caller writes with the account, in its transaction (an applicant's identity): both or neither. */
  alongside?: (manager: EntityManager, accountId: number) => Promise<void>;
}

/** Refuses a new password that breaks the policy, with the policy's own code. */
export function assertPasswordAllowed(password: string, username: string): void {
  const problem = passwordProblem(password, { username });
  if (problem) throw new DomainError(problem);
}

/** The username as it will be stored, once the password chosen with it passes the policy. */
export function acceptedNewCredentials(username: string, password: string): string {
  const normalised = normaliseUsername(username);
  assertPasswordAllowed(password, normalised);
  return normalised;
}

@Injectable()
export class AuthService {
  private readonly lockout: LockoutPolicy;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly accounts: AccountStore,
    private readonly tokens: LoginTokens,
    private readonly organisations: OrganisationService,
    private readonly placements: TraineePlacements,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.lockout = { threshold: config.auth.lockoutThreshold, lockMinutes: config.auth.lockoutMinutes };
  }

  /**
   * Every refusal is the same INVALID_CREDENTIALS, a locked account's too (even with the right password), and
   * every attempt spends one password verification, so neither the answer nor its timing tells a guesser
   * that an account exists or is locked.
   */
  async login(username: string, password: string, origin: LoginOrigin = {}): Promise<SessionToken> {
    const user = await this.accounts.byUsername(normaliseUsername(username));
    const ok = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !user.active) throw new DomainError('INVALID_CREDENTIALS');
    // The usual login (right password, nothing counted) writes only its new refresh token.
    const clean = user.failedLoginCount === 0 && user.lockedUntil === null;
    if (ok && clean) return this.tokens.issue(user);
    const granted = await this.recordAttempt(user.id, ok, origin);
    if (!granted) throw new DomainError('INVALID_CREDENTIALS');
    return this.tokens.issue(granted);
  }

  /** Counts the attempt on the locked account row, so concurrent guesses are all counted; locks and audits at the threshold. */
  private async recordAttempt(userId: number, passwordMatches: boolean, origin: LoginOrigin): Promise<UserAccount | null> {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.accounts.lockedById(manager, userId);
      if (!account) return null;
      const now = this.clock.now();
      const state: LockoutState = { failedCount: account.failedLoginCount, lockedUntil: account.lockedUntil };
      const verdict = judgeLoginAttempt(state, passwordMatches, now, this.lockout);
      if (!sameLockoutState(state, verdict.next)) {
        await this.accounts.update(manager, account.id, { failedLoginCount: verdict.next.failedCount, lockedUntil: verdict.next.lockedUntil });
      }
      if (verdict.outcome === 'REFUSED' && verdict.reason === 'WRONG_PASSWORD' && verdict.lockedNow) {
        const scope = await accountScope(manager, this.organisations, this.placements, account);
        await this.audit.record(manager, SYSTEM_ACTOR, {
          action: 'ACCOUNT_LOCKED',
          entityType: 'user_account',
          entityId: account.id,
          scopeBaseId: auditBaseOf(scope),
          before: { failedLoginCount: state.failedCount },
          after: { failedLoginCount: this.lockout.threshold, lockedUntil: verdict.next.lockedUntil, address: origin.address ?? null },
        });
      }
      return verdict.outcome === 'GRANTED' ? account : null;
    });
  }

  /** Whether a trainee already has an account: registration answers the same either way (training decides). */
  isTraineeLinked(traineeId: number): Promise<boolean> {
    return this.accounts.existsForTrainee(traineeId);
  }

  /**
   * Opens a candidate's account once training has matched the person to a trainee (candidate
   * self-registration lives in training). `request.username` is already normalised and its password accepted.
   * A trainee that already has an account fails with DuplicateAccountError('trainee'), for training to answer.
   */
  async openCandidateAccount(request: CandidateAccountRequest): Promise<SessionToken> {
    const passwordHash = await this.hasher.hash(request.password);
    return this.dataSource
      .transaction(async (manager) => {
        const account = await this.accounts.insert(manager, {
          username: request.username,
          passwordHash,
          role: 'CANDIDATE',
          displayName: request.displayName,
          organisationId: null,
          traineeId: request.traineeId,
          phone: request.phone ?? null,
          mustChangePassword: false,
        });
        if (request.alongside) await request.alongside(manager, account.id);
        const actor: Actor = { userId: account.id, role: 'CANDIDATE', organisationId: null, baseId: null, cityId: null, traineeId: request.traineeId };
        await this.audit.record(manager, actor, {
          action: 'ACCOUNT_REGISTERED',
          entityType: 'user_account',
          entityId: account.id,
          scopeBaseId: request.baseId,
          after: { username: account.username, traineeId: request.traineeId },
        });
        return this.tokens.issue(account, manager);
      })
      .catch((error: unknown) => {
        // A taken trainee (two registrations at once) goes back to training as DuplicateAccountError: the answer is its to give.
        if (error instanceof DuplicateAccountError && error.key === 'username') throw new DomainError('ACCOUNT_EXISTS');
        throw error;
      });
  }

  /** Every request: a valid, unexpired access token whose account and login were not ended since. */
  authenticate(token: string): Promise<Authenticated> {
    return this.tokens.authenticate(token);
  }

  refresh(refreshToken: string): Promise<SessionToken> {
    return this.tokens.refresh(refreshToken);
  }

  logout(actor: Actor, familyId: number): Promise<void> {
    return this.tokens.logout(actor, familyId);
  }

  /**
   * The account holder changes their password, proving the current one. Every login of the account ends (this
   * one too); the answer is a fresh login with the new password, so the caller carries on.
   */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<SessionToken> {
    const accountId = actor.userId;
    const account = accountId === null ? null : await this.accounts.byId(accountId);
    if (!account || !account.active) throw new DomainError('UNAUTHENTICATED');
    if (!(await this.hasher.verify(account.passwordHash, currentPassword))) throw new DomainError('CURRENT_PASSWORD_INVALID');
    if (newPassword === currentPassword) throw new DomainError('PASSWORD_UNCHANGED');
    assertPasswordAllowed(newPassword, account.username);
    const passwordHash = await this.hasher.hash(newPassword);
    const { changed, version } = await this.dataSource.transaction(async (manager) => {
      const locked = await this.accounts.lockedById(manager, account.id);
      // Another change got in between the check and the lock: the current password proved is no longer current.
      if (!locked || locked.passwordHash !== account.passwordHash) throw new DomainError('CONFLICT');
      await this.accounts.update(manager, account.id, { passwordHash, mustChangePassword: false });
      const version = await this.tokens.endAll(manager, account.id);
      const scope = await accountScope(manager, this.organisations, this.placements, locked);
      await this.audit.record(manager, actor, {
        action: 'ACCOUNT_PASSWORD_CHANGED',
        entityType: 'user_account',
        entityId: account.id,
        scopeBaseId: auditBaseOf(scope),
        reason: locked.mustChangePassword ? 'first login after a reset' : 'changed by the account holder',
        before: { mustChangePassword: locked.mustChangePassword },
        after: { mustChangePassword: false },
      });
      return { changed: { ...locked, passwordHash, mustChangePassword: false, tokenVersion: version }, version };
    });
    await this.tokens.publish(account.id, version);
    return this.tokens.issue(changed);
  }
}
