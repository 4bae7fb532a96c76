import { AuditService } from '@app/common/audit';
import { beijingDateOf, Clock } from '@app/common/time';
import { RotationFactsChange, RotationFactsEvents } from '@app/training';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RotationDeadlineCancellation, rotationDeadlineCancellation } from './rotation-deadline-cancellation';
import { RotationDeadlineStore } from './rotation-deadline.store';
import { StandingService } from './standing.service';

/** Audit rows per INSERT: each carries its before/after JSON. */
const AUDIT_CHUNK = 500;

/**
 * SC-5 after the deadline run: when a base changes a trainee's rotation end or process-assessment result
 * (single edit or roster import), that trainee's standing results of every session whose run already
 * happened are judged again by the same rule, and cancelled if it says so.
 *
 * Synchronous, inside the edit's transaction: the edit, the voiding, its audit rows and the standing
 * commit together or not at all, with nothing queued that could be lost between them. Only results
 * still standing are looked at, so a second change cancels nothing twice. A cancellation is not undone
 * here when corrected facts would keep the results: reversing one is the centre's recorded decision.
 */
@Injectable()
export class RotationDeadlineRecheckService implements OnModuleInit {
  constructor(
    private readonly events: RotationFactsEvents,
    private readonly store: RotationDeadlineStore,
    private readonly audit: AuditService,
    private readonly standing: StandingService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(async (manager, change) => {
      await this.recheck(manager, change);
    });
  }

  /** The cancellations made, one per trainee and session. */
  async recheck(manager: EntityManager, change: RotationFactsChange): Promise<RotationDeadlineCancellation[]> {
    const now = this.clock.now();
    const today = beijingDateOf(now);
    const ids = [...new Set(change.traineeIds)].sort((a, b) => a - b);
    const recheck = { cause: change.cause.action, changedByUserId: change.cause.actor.userId, changedByRole: change.cause.actor.role };
    const due = (await this.store.resultsOfTraineesAfterRun(manager, ids)).filter((facts) => rotationDeadlineCancellation(facts, today).cancellation !== null);
    if (due.length === 0) return [];
    // Lock what is to be voided and drop what another writer voided meanwhile.
    const standing = await this.store.lockStanding(
      manager,
      due.flatMap((facts) => facts.results.map((result) => result.attemptId)),
    );
    const cancellations = due
      .map((facts) => rotationDeadlineCancellation({ ...facts, results: facts.results.filter((result) => standing.has(result.attemptId)) }, today, recheck).cancellation)
      .filter((cancellation) => cancellation !== null);
    if (cancellations.length === 0) return [];
    for (const cancellation of cancellations) await this.store.voidCancelled(manager, cancellation, now);
    const records = cancellations.map((cancellation) => cancellation.audit);
    for (let start = 0; start < records.length; start += AUDIT_CHUNK) await this.audit.recordMany(manager, records.slice(start, start + AUDIT_CHUNK));
    await this.standing.recompute(manager, cancellations.map((cancellation) => cancellation.traineeId));
    return cancellations;
  }
}
