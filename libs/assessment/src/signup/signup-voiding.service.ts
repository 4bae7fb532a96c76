import { SYSTEM_ACTOR } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { Clock, formatBeijing } from '@app/common/time';
import { messageKey, Notifications } from '@app/notifications';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { nextSignupStatus, reviewTimingProblem } from '../rules/signup-state.rules';
import { SignupStore } from './signup.store';

const VOID_REASON = '退回修改后未在资格审核期内重新提交，报名作废 / Not corrected before the review window ended';

/**
 * FA-8: a sign-up returned for correction and not corrected by the end of the review window is void.
 * Run by a scheduled job; safe to run twice at once: each sign-up changes state exactly once, because the
 * update only applies while it is still RETURNED, and only the run that changed it writes the audit record
 * and the candidate's message.
 */
@Injectable()
export class SignupVoidingService {
  private readonly logger = new Logger(SignupVoidingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly signups: SignupStore,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly notifications: Notifications,
  ) {}

  async voidUncorrectedReturns(): Promise<{ voided: number[] }> {
    const now = this.clock.now();
    const due = await this.signups.returnedPastReview(now);
    const voided: number[] = [];
    for (const row of due) {
      if (reviewTimingProblem('VOID_UNCORRECTED', { opensAt: row.reviewOpensAt, closesAt: row.reviewClosesAt }, now)) continue;
      const status = nextSignupStatus('RETURNED', 'VOID_UNCORRECTED');
      const changed = await this.dataSource.transaction(async (manager) => {
        if (!(await this.signups.voidIfReturned(manager, row.id, status, VOID_REASON))) return false;
        await this.audit.record(manager, SYSTEM_ACTOR, {
          action: 'SIGNUP_VOID_UNCORRECTED',
          entityType: 'signup',
          entityId: row.id,
          scopeBaseId: row.baseId,
          reason: VOID_REASON,
          before: { status: 'RETURNED' },
          after: { status },
        });
        // A sign-up is voided once, so its key needs no version.
        await this.notifications.notify(manager, {
          traineeId: row.traineeId,
          kind: 'SIGNUP_VOIDED',
          dedupeKey: messageKey('SIGNUP_VOIDED', { signup: row.id }),
          facts: { sessionId: row.sessionId, sessionName: row.sessionName, signupId: row.id, correctBefore: formatBeijing(row.reviewClosesAt) },
        });
        return true;
      });
      if (changed) voided.push(row.id);
    }
    if (voided.length > 0) this.logger.log(`voided ${voided.length} uncorrected sign-ups`);
    return { voided };
  }
}
