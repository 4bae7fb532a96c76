import { SYSTEM_ACTOR } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { Clock } from '@app/common/time';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Signup } from '../entities/signup.entity';
import { nextSignupStatus, reviewTimingProblem } from '../rules/signup-state.rules';

const VOID_REASON = '退回修改后未在资格审核期内重新提交，报名作废 / Not corrected before the review window ended';

/**
 * FA-8: a sign-up returned for correction and not corrected by the end of the review window is void.
 * Run by a scheduled job; safe to run twice at once: each sign-up changes state exactly once, because the
 * update only applies while it is still RETURNED, and only the run that changed it writes the audit record.
 */
@Injectable()
export class SignupVoidingService {
  private readonly logger = new Logger(SignupVoidingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async voidUncorrectedReturns(): Promise<{ voided: number[] }> {
    const now = this.clock.now();
    const due: Array<{ id: number; baseId: number; reviewOpensAt: Date; reviewClosesAt: Date }> = await this.dataSource
      .createQueryBuilder(Signup, 's')
      .innerJoin('assessment_session', 'a', 'a.id = s.session_id')
      .select(['s.id AS id', 's.base_id AS baseId', 'a.review_opens_at AS reviewOpensAt', 'a.review_closes_at AS reviewClosesAt'])
      .where("s.status = 'RETURNED' AND a.review_closes_at <= :now", { now })
      .orderBy('s.id')
      .getRawMany();
    const voided: number[] = [];
    for (const row of due) {
      if (reviewTimingProblem('VOID_UNCORRECTED', { opensAt: new Date(row.reviewOpensAt), closesAt: new Date(row.reviewClosesAt) }, now)) continue;
      const status = nextSignupStatus('RETURNED', 'VOID_UNCORRECTED');
      const changed = await this.dataSource.transaction(async (manager) => {
        const result = await manager
          .createQueryBuilder()
          .update(Signup)
          .set({ status, lastReason: VOID_REASON, version: () => 'version + 1' })
          .where("id = :id AND status = 'RETURNED'", { id: row.id })
          .execute();
        if (result.affected !== 1) return false;
        await this.audit.record(manager, SYSTEM_ACTOR, {
          action: 'SIGNUP_VOID_UNCORRECTED',
          entityType: 'signup',
          entityId: row.id,
          scopeBaseId: Number(row.baseId),
          reason: VOID_REASON,
          before: { status: 'RETURNED' },
          after: { status },
        });
        return true;
      });
      if (changed) voided.push(Number(row.id));
    }
    if (voided.length > 0) this.logger.log(`voided ${voided.length} uncorrected sign-ups`);
    return { voided };
  }
}
