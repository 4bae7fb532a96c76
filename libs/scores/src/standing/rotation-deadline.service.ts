import { SYSTEM_ACTOR } from '@app/common/actor';
import { AuditEntry, AuditService } from '@app/common/audit';
import { beijingDateOf, Clock, LocalDate } from '@app/common/time';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { rotationDeadlineCancellation } from './rotation-deadline-cancellation';
import { RotationDeadlineStore } from './rotation-deadline.store';
import { StandingService } from './standing.service';

export { ROTATION_DEADLINE_CANCELLED } from './rotation-deadline-cancellation';
export const ROTATION_DEADLINE_APPLIED = 'ROTATION_DEADLINE_APPLIED';

/** Audit rows per INSERT: each carries its before/after JSON. */
const AUDIT_CHUNK = 500;

/**
 * SC-5 (seed 001, 五(六)): at a session's rotation cutoff, cancel this session's results of everyone who
 * sat it without having finished rotation before the cutoff and passed the base's assessments.
 *
 * Runs every 10 minutes and on the centre's request; safe with any number of workers at once: each
 * session is claimed by a conditional UPDATE inside the transaction that voids and audits, so exactly one
 * run applies it and a failed run leaves it unclaimed for the next. Facts changed after the run are
 * judged again by RotationDeadlineRecheckService.
 */
@Injectable()
export class RotationDeadlineService {
  private readonly logger = new Logger(RotationDeadlineService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: RotationDeadlineStore,
    private readonly audit: AuditService,
    private readonly standing: StandingService,
    private readonly clock: Clock,
  ) {}

  async applyDue(): Promise<{ sessions: number; cancelled: number }> {
    const now = this.clock.now();
    const today = beijingDateOf(now);
    const due = await this.store.dueSessions(today);
    let sessions = 0;
    let cancelled = 0;
    for (const id of due) {
      const applied = await this.dataSource.transaction((manager) => this.applyOne(manager, id, now, today));
      if (applied === null) continue;
      sessions += 1;
      cancelled += applied;
      this.logger.log(`session ${id}: rotation deadline applied, results of ${applied} candidates cancelled`);
    }
    return { sessions, cancelled };
  }

  /** Number of candidates whose results were cancelled, or null when another run got the session first. */
  private async applyOne(manager: EntityManager, sessionId: number, now: Date, today: LocalDate): Promise<number | null> {
    if (!(await this.store.claim(manager, sessionId, now, today))) return null;
    const session = await this.store.session(manager, sessionId);
    const candidates = await this.store.lockedResultsOfSession(manager, session);

    const records: Array<{ actor: typeof SYSTEM_ACTOR; entry: AuditEntry }> = [];
    const cancelledIds: number[] = [];
    for (const facts of candidates) {
      const { cancellation } = rotationDeadlineCancellation(facts, today);
      if (cancellation === null) continue;
      await this.store.voidCancelled(manager, cancellation, now);
      cancelledIds.push(facts.traineeId);
      records.push(cancellation.audit);
    }
    records.push({
      actor: SYSTEM_ACTOR,
      entry: {
        action: ROTATION_DEADLINE_APPLIED,
        entityType: 'assessment_session',
        entityId: sessionId,
        reason: '结束轮转截止日期已到，逾期未完成轮转或未通过培训基地考核者取消本次结业考核结果',
        before: { rotationDeadlineAppliedAt: null },
        after: { rotationCutoff: session.rotationCutoff, candidates: candidates.length, cancelled: cancelledIds.length },
      },
    });
    for (let start = 0; start < records.length; start += AUDIT_CHUNK) await this.audit.recordMany(manager, records.slice(start, start + AUDIT_CHUNK));
    await this.standing.recompute(manager, cancelledIds);
    return cancelledIds.length;
  }
}
