import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { Clock } from '@app/common/time';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { accountScope, auditBaseOf } from './account-scope';
import { UserAccount } from './entities/user-account.entity';
import { OrganisationService } from './organisation.service';
import { isLocked, UNLOCKED } from './rules/login-lockout.rules';
import { assertAccess } from './scope.policy';

export interface AccountLockView {
  id: number;
  username: string;
  locked: boolean;
  lockedUntil: Date | null;
  failedLoginCount: number;
}

/** Account administration by the centre. */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Lifts a login lock before its time, with a reason; the wrong-password count starts again from zero. */
  async unlock(actor: Actor, accountId: number, reason: string): Promise<AccountLockView> {
    return this.dataSource.transaction(async (manager) => {
      const account = await manager.findOne(UserAccount, { where: { id: accountId }, lock: { mode: 'pessimistic_write' } });
      if (!account) throw new DomainError('NOT_FOUND');
      const scope = await accountScope(manager, this.organisations, account);
      assertAccess(actor, scope);
      if (!isLocked({ failedCount: account.failedLoginCount, lockedUntil: account.lockedUntil }, this.clock.now())) throw new DomainError('ACCOUNT_NOT_LOCKED');
      const before = { lockedUntil: account.lockedUntil, failedLoginCount: account.failedLoginCount };
      await manager.update(UserAccount, { id: account.id }, { failedLoginCount: UNLOCKED.failedCount, lockedUntil: UNLOCKED.lockedUntil });
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
}
