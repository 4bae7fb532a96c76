import { AssessmentEvents } from '@app/assessment/attempts/assessment-events';
import { SubjectAttempt } from '@app/assessment/rules';
import { beijingDateOf, Clock } from '@app/common/time';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { standingFacts } from '../rules/standing.rules';
import { StandingStore } from './standing.store';

/**
 * Keeps trainee_standing true: every write that changes which results count (an import, an entry, a
 * correction, publication, a voiding) calls `recompute` inside its own transaction for the trainees it
 * touched, so the read model and the results commit together.
 */
@Injectable()
export class StandingService implements OnModuleInit {
  constructor(
    private readonly store: StandingStore,
    private readonly clock: Clock,
    private readonly assessment: AssessmentEvents,
  ) {}

  /** Results that assessment changes (FA-11 voids a cancelled sign-up's) are recomputed in its transaction. */
  onModuleInit(): void {
    this.assessment.onAttemptsChanged(async (manager, traineeIds) => {
      await this.recompute(manager, traineeIds);
    });
  }

  async recompute(manager: EntityManager, traineeIds: Iterable<number>): Promise<number> {
    const ids = [...new Set(traineeIds)].sort((a, b) => a - b);
    await this.write(manager, await this.store.countingHistory(manager, ids));
    return ids.length;
  }

  /** Everyone with a result in the session: after publication, voiding by the rotation deadline and the like. */
  async recomputeSession(manager: EntityManager, sessionId: number): Promise<number> {
    const attempts = await this.store.countingHistoryOfSession(manager, sessionId);
    await this.write(manager, attempts);
    return attempts.size;
  }

  private async write(manager: EntityManager, attempts: Map<number, SubjectAttempt[]>): Promise<void> {
    const asOfYear = Number(beijingDateOf(this.clock.now()).slice(0, 4));
    const computedAt = this.clock.now();
    const rows = [...attempts].map(([traineeId, history]) => ({ traineeId, ...standingFacts(history, asOfYear) }));
    await this.store.write(manager, rows, computedAt);
  }
}
