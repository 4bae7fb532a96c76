import { Actor, Role } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { Clock } from '@app/common/time';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { accountScope, auditBaseOf } from './account-scope';
import { TraineePlacements } from './accounts/trainee-placements';
import { AccountChanges, AccountStore, DuplicateAccountError } from './accounts/account.store';
import { Organisation } from './entities/organisation.entity';
import { UserAccount } from './entities/user-account.entity';
import { OrganisationService } from './organisation.service';
import { PasswordHasher } from './password-hasher';
import { administrationRefusal, AdministeredRole, changeEndsTokens, isWithinOrganisation, STAFF_ROLES, temporaryPasswordFrom } from './rules/account-administration.rules';
import { isLocked, UNLOCKED } from './rules/login-lockout.rules';
import { normaliseUsername } from './rules/username.rules';
import { assertAccess } from './scope.policy';
import { LoginTokens } from './tokens/login-tokens.service';

export interface AccountLockView {
  id: number;
  username: string;
  locked: boolean;
  lockedUntil: Date | null;
  failedLoginCount: number;
}

export interface AccountView {
  id: number;
  username: string;
  role: Role;
  displayName: string;
  organisationId: number | null;
  organisationName: string | null;
  phone: string | null;
  active: boolean;
  mustChangePassword: boolean;
  locked: boolean;
  createdAt: Date;
}

/** Shown once, to the centre, and stored only hashed. */
export interface TemporaryPasswordView {
  account: AccountView;
  temporaryPassword: string;
}

export interface NewStaffAccount {
  username: string;
  role: AdministeredRole;
  organisationId: number;
  displayName: string;
  phone?: string | null;
  reason?: string;
}

export interface StaffAccountChanges {
  role?: AdministeredRole;
  organisationId?: number;
  displayName?: string;
  phone?: string | null;
  reason: string;
}

export interface AccountListQuery {
  role?: Role;
  organisationId?: number;
  active?: boolean;
  text?: string;
  page: number;
  pageSize: number;
}

/** Account administration by the centre: reviewer and checker accounts inside its organisation. */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountStore,
    private readonly tokens: LoginTokens,
    private readonly hasher: PasswordHasher,
    private readonly organisations: OrganisationService,
    private readonly placements: TraineePlacements,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * RC-9: an applicant's account becomes the trainee's once they reported, so the same login signs up for the final
   * assessment. Inside the caller's transaction; the next token (refresh or login) carries the trainee.
   */
  linkTrainee(manager: EntityManager, accountId: number, traineeId: number): Promise<boolean> {
    return this.accounts.linkTrainee(manager, accountId, traineeId);
  }

  /** A new account with a one-time temporary password, to be changed at first login. */
  async create(actor: Actor, input: NewStaffAccount): Promise<TemporaryPasswordView> {
    const organisation = await this.assertAdministrable(actor, input.role, input.organisationId);
    const temporaryPassword = temporaryPasswordFrom(randomBytes);
    const passwordHash = await this.hasher.hash(temporaryPassword);
    const account = await this.dataSource
      .transaction(async (manager) => {
        const created = await this.accounts.insert(manager, {
          username: normaliseUsername(input.username),
          passwordHash,
          role: input.role,
          displayName: input.displayName.trim(),
          organisationId: organisation.id,
          traineeId: null,
          phone: input.phone ?? null,
          mustChangePassword: true,
        });
        await this.audit.record(manager, actor, {
          action: 'ACCOUNT_CREATED',
          entityType: 'user_account',
          entityId: created.id,
          scopeBaseId: organisation.kind === 'BASE' ? organisation.id : null,
          reason: input.reason ?? null,
          after: { username: created.username, role: created.role, organisationId: organisation.id, displayName: created.displayName, phone: created.phone },
        });
        return created;
      })
      .catch((error: unknown) => {
        if (error instanceof DuplicateAccountError) throw new DomainError('ACCOUNT_EXISTS');
        throw error;
      });
    return { account: await this.view(account), temporaryPassword };
  }

  async list(actor: Actor, query: AccountListQuery): Promise<{ items: AccountView[]; total: number }> {
    const byId = await this.organisations.resolver();
    const home = actor.organisationId === null ? null : byId(actor.organisationId);
    if (!home) throw new DomainError('FORBIDDEN_SCOPE');
    let within = (await this.organisations.all()).filter((o) => isWithinOrganisation(home.id, o, byId));
    if (query.organisationId !== undefined) {
      const requested = byId(query.organisationId);
      if (!requested) throw new DomainError('ORGANISATION_NOT_FOUND');
      if (!isWithinOrganisation(home.id, requested, byId)) throw new DomainError('FORBIDDEN_SCOPE');
      within = within.filter((o) => o.id === requested.id);
    }
    const roles = query.role === undefined ? STAFF_ROLES : STAFF_ROLES.filter((r) => r === query.role);
    const { items, total } = await this.accounts.list({
      roles,
      organisationIds: within.map((o) => o.id),
      active: query.active,
      text: query.text?.trim() || undefined,
      page: query.page,
      pageSize: query.pageSize,
    });
    return { items: await Promise.all(items.map((a) => this.view(a))), total };
  }

  /**
   * Who did something, by name, for the lists that show it (exceptions granted, reviews): id → display name.
   * Names only, for callers that already checked the reader may see the records naming these accounts.
   */
  displayNames(ids: Iterable<number>): Promise<Map<number, string>> {
    return this.accounts.displayNames([...new Set(ids)]);
  }

  async get(actor: Actor, accountId: number): Promise<AccountView> {
    const account = await this.accounts.byId(accountId);
    if (!account) throw new DomainError('NOT_FOUND');
    await this.assertAdministrable(actor, account.role, account.organisationId);
    return this.view(account);
  }

  /** Name, phone, role, organisation. A new role or organisation ends the account's logins (their tokens claim the old ones). */
  async update(actor: Actor, accountId: number, changes: StaffAccountChanges): Promise<AccountView> {
    return this.change(actor, accountId, async (account) => {
      const role = changes.role ?? account.role;
      const organisationId = changes.organisationId ?? account.organisationId;
      if (changes.role !== undefined || changes.organisationId !== undefined) await this.assertAdministrable(actor, role, organisationId);
      const next: AccountChanges = {};
      if (changes.role !== undefined && changes.role !== account.role) next.role = changes.role;
      if (organisationId !== account.organisationId) next.organisationId = organisationId;
      if (changes.displayName !== undefined && changes.displayName.trim() !== account.displayName) next.displayName = changes.displayName.trim();
      if (changes.phone !== undefined && changes.phone !== account.phone) next.phone = changes.phone;
      return { action: 'ACCOUNT_UPDATED', changes: next, reason: changes.reason };
    });
  }

  async disable(actor: Actor, accountId: number, reason: string): Promise<AccountView> {
    return this.change(actor, accountId, (account) => {
      if (!account.active) throw new DomainError('ACCOUNT_ALREADY_DISABLED');
      return Promise.resolve({ action: 'ACCOUNT_DISABLED', changes: { active: false }, reason });
    });
  }

  async enable(actor: Actor, accountId: number, reason: string): Promise<AccountView> {
    return this.change(actor, accountId, (account) => {
      if (account.active) throw new DomainError('ACCOUNT_ALREADY_ACTIVE');
      return Promise.resolve({ action: 'ACCOUNT_ENABLED', changes: { active: true }, reason });
    });
  }

  /** A new temporary password (shown once), which works only to choose a new one; every login of the account ends. */
  async resetPassword(actor: Actor, accountId: number, reason: string): Promise<TemporaryPasswordView> {
    const temporaryPassword = temporaryPasswordFrom(randomBytes);
    const passwordHash = await this.hasher.hash(temporaryPassword);
    const account = await this.change(
      actor,
      accountId,
      () => Promise.resolve({ action: 'ACCOUNT_PASSWORD_RESET', changes: { passwordHash, mustChangePassword: true, failedLoginCount: UNLOCKED.failedCount, lockedUntil: UNLOCKED.lockedUntil }, reason, endsTokens: true }),
    );
    return { account, temporaryPassword };
  }

  /** Lifts a login lock before its time, with a reason; the wrong-password count starts again from zero. */
  async unlock(actor: Actor, accountId: number, reason: string): Promise<AccountLockView> {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.accounts.lockedById(manager, accountId);
      if (!account) throw new DomainError('NOT_FOUND');
      const scope = await accountScope(manager, this.organisations, this.placements, account);
      assertAccess(actor, scope);
      if (!isLocked({ failedCount: account.failedLoginCount, lockedUntil: account.lockedUntil }, this.clock.now())) throw new DomainError('ACCOUNT_NOT_LOCKED');
      const before = { lockedUntil: account.lockedUntil, failedLoginCount: account.failedLoginCount };
      await this.accounts.update(manager, account.id, { failedLoginCount: UNLOCKED.failedCount, lockedUntil: UNLOCKED.lockedUntil });
      await this.audit.record(manager, actor, {
        action: 'ACCOUNT_UNLOCKED',
        entityType: 'user_account',
        entityId: account.id,
        scopeBaseId: auditBaseOf(scope),
        reason,
        before,
        after: { lockedUntil: null, failedLoginCount: 0 },
      });
      return { id: account.id, username: account.username, locked: false, lockedUntil: null, failedLoginCount: 0 };
    });
  }

  /**
   * One audited change on the locked row of an administered account in the actor's scope. Ends the account's
   * logins when the change says so or when it touches what tokens claim; publishes that after the commit.
   */
  private async change(
    actor: Actor,
    accountId: number,
    decide: (account: UserAccount) => Promise<{ action: string; changes: AccountChanges; reason: string; endsTokens?: boolean }>,
  ): Promise<AccountView> {
    const { account, version } = await this.dataSource.transaction(async (manager: EntityManager) => {
      const before = await this.accounts.lockedById(manager, accountId);
      if (!before) throw new DomainError('NOT_FOUND');
      const organisation = await this.assertAdministrable(actor, before.role, before.organisationId);
      const decision = await decide(before);
      await this.accounts.update(manager, before.id, decision.changes);
      const after: UserAccount = Object.assign(Object.create(UserAccount.prototype) as UserAccount, before, decision.changes);
      const endsTokens = decision.endsTokens === true || changeEndsTokens(before, after);
      const version = endsTokens ? await this.tokens.endAll(manager, before.id) : null;
      await this.audit.record(manager, actor, {
        action: decision.action,
        entityType: 'user_account',
        entityId: before.id,
        scopeBaseId: organisation.kind === 'BASE' ? organisation.id : null,
        reason: decision.reason,
        before: auditable(before, decision.changes),
        after: { ...auditable(after, decision.changes), ...(endsTokens ? { loginsEnded: true } : {}) },
      });
      return { account: after, version };
    });
    if (version !== null) await this.tokens.publish(account.id, version);
    return this.view(account);
  }

  /** The account (or the account to be) has an administered role, at its level, inside the actor's organisation. */
  private async assertAdministrable(actor: Actor, role: Role, organisationId: number | null): Promise<Organisation> {
    const byId = await this.organisations.resolver();
    const organisation = organisationId === null ? null : byId(organisationId);
    if (!organisation) throw new DomainError(organisationId === null ? 'ACCOUNT_ROLE_NOT_ADMINISTERED' : 'ORGANISATION_NOT_FOUND');
    const refusal = administrationRefusal(actor.organisationId, { role, organisation }, byId);
    if (refusal) throw new DomainError(refusal);
    return organisation;
  }

  private async view(account: UserAccount): Promise<AccountView> {
    const organisation = account.organisationId === null ? null : await this.organisations.byId(account.organisationId);
    return {
      id: account.id,
      username: account.username,
      role: account.role,
      displayName: account.displayName,
      organisationId: account.organisationId,
      organisationName: organisation?.name ?? null,
      phone: account.phone,
      active: account.active,
      mustChangePassword: account.mustChangePassword,
      locked: isLocked({ failedCount: account.failedLoginCount, lockedUntil: account.lockedUntil }, this.clock.now()),
      createdAt: account.createdAt,
    };
  }
}

/** The changed fields of an account as the audit shows them: never a password hash. */
function auditable(account: UserAccount, changes: AccountChanges): Record<string, unknown> {
  const shown: Record<string, unknown> = {};
  for (const key of Object.keys(changes) as Array<keyof AccountChanges>) {
    if (key === 'passwordHash') continue;
    shown[key] = account[key];
  }
  return shown;
}
