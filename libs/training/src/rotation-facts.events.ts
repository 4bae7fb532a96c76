import { Actor } from '@app/common/actor';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Trainee } from './trainee.entity';

/** The roster facts that decide SC-5 (rotation finished before the cutoff, the base's assessments passed). */
export const ROTATION_FACT_FIELDS = ['rotationEndDate', 'processAssessmentPassed'] as const satisfies ReadonlyArray<keyof Trainee>;

type RotationFacts = Pick<Trainee, (typeof ROTATION_FACT_FIELDS)[number]>;

export function changesRotationFacts(before: RotationFacts, after: Partial<RotationFacts>): boolean {
  return ROTATION_FACT_FIELDS.some((field) => after[field] !== undefined && after[field] !== before[field]);
}

export interface RotationFactsChange {
  traineeIds: readonly number[];
  /** the write that changed them, for the consequences' audit rows */
  cause: { action: string; actor: Actor };
}

export type RotationFactsListener = (manager: EntityManager, change: RotationFactsChange) => Promise<void>;

/**
 * "Rotation facts changed", for the libraries above training (scores re-applies the rotation deadline),
 * which training must not import. Listeners run inside the writer's transaction, so what they change
 * commits or rolls back with the edit.
 *
 * Writers call `changed` right after writing the trainees' rows (which locks them) and before any plain
 * read in the transaction: REPEATABLE READ fixes the snapshot at the first plain read, and a deadline run
 * that committed while the writer waited for those locks must be in it (a run not yet committed then
 * still waits for the locks, and reads the new facts).
 */
@Injectable()
export class RotationFactsEvents {
  private readonly listeners: RotationFactsListener[] = [];

  subscribe(listener: RotationFactsListener): void {
    this.listeners.push(listener);
  }

  async changed(manager: EntityManager, change: RotationFactsChange): Promise<void> {
    if (change.traineeIds.length === 0) return;
    for (const listener of this.listeners) await listener(manager, change);
  }
}
