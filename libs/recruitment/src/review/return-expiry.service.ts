import { SYSTEM_ACTOR } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { Clock } from '@app/common/time';
import { Notifications } from '@app/notifications';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { reviewStateOf } from '../applications/application.rules';
import { ApplicationStore } from '../applications/application.store';
import { RoundCatalogue } from '../applications/round-catalogue.service';
import { reviewNotice } from './review-notices';
import { reviewTransition } from './review.rules';

const WITHDRAWAL_REASON = '退回修改后逾期未修改，视为自动放弃 / Returned for correction and not corrected in time';
/** Per run; a longer backlog is taken by the next run. */
const BATCH = 500;

/**
 * RC-5: a return not corrected by its deadline counts as withdrawal. Run by a scheduled job; any number of
 * workers may run it at once: the withdrawal is a conditional UPDATE (still RETURNED, deadline passed), and only
 * the run whose UPDATE changed the row writes the audit record and the applicant's message, in its transaction.
 */
@Injectable()
export class ReturnExpiryService {
  private readonly logger = new Logger(ReturnExpiryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: ApplicationStore,
    private readonly catalogue: RoundCatalogue,
    private readonly notifications: Notifications,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async expireReturns(): Promise<{ withdrawn: number[] }> {
    const now = this.clock.now();
    const withdrawn: number[] = [];
    for (const { id } of await this.store.returnsDue(now, BATCH)) {
      const changed = await this.dataSource.transaction(async (manager) => {
        const row = await this.store.byId(id, manager);
        if (!row) return false;
        const { round, stored } = await this.catalogue.load(row.roundId);
        const state = reviewStateOf(row);
        const outcome = reviewTransition(round.reviewChain, state, { kind: 'EXPIRE_RETURN' }, { now });
        if (!outcome.ok) return false;
        if (!(await this.store.withdrawIfStillReturned(manager, id, now))) return false;
        await this.audit.record(manager, SYSTEM_ACTOR, {
          action: 'RECRUITMENT_RETURN_EXPIRED',
          entityType: 'recruitment_application',
          entityId: id,
          scopeBaseId: row.choice1BaseId,
          reason: WITHDRAWAL_REASON,
          before: { status: state.status },
          after: { status: outcome.state.status },
        });
        const notice = reviewNotice({ kind: 'EXPIRE_RETURN' }, outcome.state, round.reviewChain, {
          accountId: row.accountId,
          roundId: stored.id,
          roundName: round.name,
          jurisdiction: round.jurisdiction,
          applicationId: id,
          version: row.version + 1,
        });
        if (notice) await this.notifications.notify(manager, notice);
        return true;
      });
      if (changed) withdrawn.push(id);
    }
    if (withdrawn.length > 0) this.logger.log(`withdrew ${withdrawn.length} uncorrected recruitment applications`);
    return { withdrawn };
  }
}
