import { Actor, SYSTEM_ACTOR } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { AppConfig } from '@app/common/config';
import { PersonalDataCipher } from '@app/common/crypto';
import { DomainError } from '@app/common/errors';
import { checkIdNumber, IdDocumentType } from '@app/common/identity-document';
import { beijingDateOf, Clock } from '@app/common/time';
import { Trainee } from '@app/training/trainee.entity';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { AccessTokenVerifier, createAccessTokenVerifier } from './access-token';
import { accountScope, auditBaseOf } from './account-scope';
import { UserAccount } from './entities/user-account.entity';
import { OrganisationService } from './organisation.service';
import { PasswordHasher } from './password-hasher';
import { judgeLoginAttempt, LockoutPolicy, LockoutState, sameLockoutState } from './rules/login-lockout.rules';
import { normaliseUsername } from './rules/username.rules';
import { actorFromClaims, TokenClaims } from './token-claims';

export interface SessionToken {
  accessToken: string;
  expiresIn: number;
  user: { id: number; username: string; role: string; displayName: string; organisationId: number | null; traineeId: number | null };
}

/** Where a login came from, for the audit record of a lock. */
export interface LoginOrigin {
  address?: string;
}

export interface RegistrationRequest {
  username: string;
  password: string;
  name: string;
  idType: IdDocumentType;
  idNumber: string;
}

@Injectable()
export class AuthService {
  private readonly verifyToken: AccessTokenVerifier;
  private readonly lockout: LockoutPolicy;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly organisations: OrganisationService,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.verifyToken = createAccessTokenVerifier(config.auth.jwtSecret);
    this.lockout = { threshold: config.auth.lockoutThreshold, lockMinutes: config.auth.lockoutMinutes };
  }

  /**
   * Every refusal is the same INVALID_CREDENTIALS, a locked account's too (even with the right password), and
   * every attempt spends one password verification, so neither the answer nor its timing tells a guesser
   * that an account exists or is locked.
   */
  async login(username: string, password: string, origin: LoginOrigin = {}): Promise<SessionToken> {
    const user = await this.dataSource.getRepository(UserAccount).findOne({ where: { username: normaliseUsername(username) } });
    const ok = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !user.active) throw new DomainError('INVALID_CREDENTIALS');
    // The usual login (right password, nothing counted) writes nothing.
    const clean = user.failedLoginCount === 0 && user.lockedUntil === null;
    if (ok && clean) return this.issue(user);
    const granted = await this.recordAttempt(user.id, ok, origin);
    if (!granted) throw new DomainError('INVALID_CREDENTIALS');
    return this.issue(granted);
  }

  /** Counts the attempt on the locked account row, so concurrent guesses are all counted; locks and audits at the threshold. */
  private async recordAttempt(userId: number, passwordMatches: boolean, origin: LoginOrigin): Promise<UserAccount | null> {
    return this.dataSource.transaction(async (manager) => {
      const account = await manager.findOne(UserAccount, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!account) return null;
      const now = this.clock.now();
      const state: LockoutState = { failedCount: account.failedLoginCount, lockedUntil: account.lockedUntil };
      const verdict = judgeLoginAttempt(state, passwordMatches, now, this.lockout);
      if (!sameLockoutState(state, verdict.next)) {
        await manager.update(UserAccount, { id: account.id }, { failedLoginCount: verdict.next.failedCount, lockedUntil: verdict.next.lockedUntil });
      }
      if (verdict.outcome === 'REFUSED' && verdict.reason === 'WRONG_PASSWORD' && verdict.lockedNow) {
        const scope = await accountScope(manager, this.organisations, account);
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

  /** A trainee creates their own account by proving name + ID number match their base's roster. */
  async register(request: RegistrationRequest): Promise<SessionToken> {
    const checked = checkIdNumber(request.idType, request.idNumber, beijingDateOf(this.clock.now()));
    if (!checked.ok) throw new DomainError('ID_NUMBER_INVALID', { problem: checked.problem, message: checked.message });
    const idHash = this.cipher.lookupHash(checked.type, checked.normalised);
    // The same two look-ups whatever the outcome, and one answer for "not on a roster", "another name" and
    // "already has an account": a stranger learns nothing about who is on a roster, by the answer or its timing.
    const trainee = await this.dataSource.getRepository(Trainee).findOne({ where: { idHash } });
    const linked = await this.dataSource.getRepository(UserAccount).existsBy({ traineeId: trainee?.id ?? 0 });
    if (!trainee || trainee.name !== request.name.trim() || linked) throw new DomainError('TRAINEE_NOT_REGISTRABLE');
    const passwordHash = await this.hasher.hash(request.password);
    const user = await this.dataSource
      .transaction(async (manager) => {
        const account = manager.create(UserAccount, {
          username: normaliseUsername(request.username),
          passwordHash,
          role: 'CANDIDATE',
          displayName: trainee.name,
          organisationId: null,
          traineeId: trainee.id,
          active: true,
        });
        await manager.insert(UserAccount, account);
        const actor: Actor = { userId: account.id, role: 'CANDIDATE', organisationId: null, baseId: null, cityId: null, traineeId: trainee.id };
        await this.audit.record(manager, actor, {
          action: 'ACCOUNT_REGISTERED',
          entityType: 'user_account',
          entityId: account.id,
          scopeBaseId: trainee.baseId,
          after: { username: account.username, traineeId: trainee.id },
        });
        return account;
      })
      .catch((error: unknown) => {
        // Two registrations for one trainee at once: the loser gets the same answer as any other.
        if (error instanceof QueryFailedError && error.message.includes('uq_user_trainee')) throw new DomainError('TRAINEE_NOT_REGISTRABLE');
        if (error instanceof QueryFailedError && error.message.includes('Duplicate entry')) throw new DomainError('ACCOUNT_EXISTS');
        throw error;
      });
    return this.issue(user);
  }

  /** Every request: tokens are checked on the system clock, as they were issued on it. */
  verify(token: string): Actor {
    const claims = this.verifyToken(token);
    if (!claims) throw new DomainError('UNAUTHENTICATED');
    return actorFromClaims(claims as unknown as TokenClaims);
  }

  async issue(user: UserAccount): Promise<SessionToken> {
    const organisation = user.organisationId === null ? null : await this.organisations.byId(user.organisationId);
    const claims: TokenClaims = {
      sub: user.id,
      role: user.role,
      org: user.organisationId,
      base: organisation?.kind === 'BASE' ? organisation.id : null,
      city: organisation?.kind === 'CITY' ? organisation.id : organisation?.kind === 'BASE' ? organisation.cityId : null,
      trainee: user.traineeId,
    };
    const accessToken = await this.jwt.signAsync(claims);
    const decoded = this.jwt.decode<{ exp: number; iat: number }>(accessToken);
    return {
      accessToken,
      expiresIn: decoded.exp - decoded.iat,
      user: {
        id: user.id,
        username: user.username,
        role: user.role,
        displayName: user.displayName,
        organisationId: user.organisationId,
        traineeId: user.traineeId,
      },
    };
  }
}
