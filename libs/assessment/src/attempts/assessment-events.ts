import { Actor } from '@app/common/actor';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Subject } from '../rules/subject';

export interface SignupCancellation {
  signupId: number;
  sessionId: number;
  traineeId: number;
  actor: Actor;
}

/** FA-12: subjects of a session called off; the listener withdraws what hangs on them. */
export interface SubjectsCancellation {
  sessionId: number;
  subjects: readonly Subject[];
  actor: Actor;
}

export type SubjectsCancelledListener = (manager: EntityManager, cancellation: SubjectsCancellation) => Promise<void>;
export type SignupCancelledListener = (manager: EntityManager, cancellation: SignupCancellation) => Promise<void>;
export type AttemptsChangedListener = (manager: EntityManager, traineeIds: readonly number[]) => Promise<void>;

/**
 * What assessment tells the libraries above it, which it must not import: tickets withdraws a cancelled
 * sign-up's tickets (FA-11, TK-6) and a cancelled subject's tickets and seats (FA-12), scores recomputes the standing of trainees whose counting results
 * changed (SC-4). Listeners run inside the writer's transaction, so their writes commit or roll back
 * with the change that caused them.
 */
@Injectable()
export class AssessmentEvents {
  private readonly cancelledListeners: SignupCancelledListener[] = [];
  private readonly attemptsListeners: AttemptsChangedListener[] = [];
  private readonly subjectsCancelledListeners: SubjectsCancelledListener[] = [];

  onSignupCancelled(listener: SignupCancelledListener): void {
    this.cancelledListeners.push(listener);
  }

  onAttemptsChanged(listener: AttemptsChangedListener): void {
    this.attemptsListeners.push(listener);
  }

  onSubjectsCancelled(listener: SubjectsCancelledListener): void {
    this.subjectsCancelledListeners.push(listener);
  }

  async subjectsCancelled(manager: EntityManager, cancellation: SubjectsCancellation): Promise<void> {
    for (const listener of this.subjectsCancelledListeners) await listener(manager, cancellation);
  }

  async signupCancelled(manager: EntityManager, cancellation: SignupCancellation): Promise<void> {
    for (const listener of this.cancelledListeners) await listener(manager, cancellation);
  }

  async attemptsChanged(manager: EntityManager, traineeIds: readonly number[]): Promise<void> {
    if (traineeIds.length === 0) return;
    for (const listener of this.attemptsListeners) await listener(manager, traineeIds);
  }
}
