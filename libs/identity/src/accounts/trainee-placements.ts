import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Where a candidate's trainee sits: their base and its city. */
export interface TraineePlacement {
  baseId: number;
  cityId: number;
}

export type TraineePlacementReader = (manager: EntityManager, traineeId: number) => Promise<TraineePlacement | null>;

/**
 * A candidate account is scoped by its trainee's base, but trainees belong to training, which sits above
 * identity: training provides the reader when it starts, and identity asks through this port.
 */
@Injectable()
export class TraineePlacements {
  private reader: TraineePlacementReader | null = null;

  provide(reader: TraineePlacementReader): void {
    this.reader = reader;
  }

  of(manager: EntityManager, traineeId: number): Promise<TraineePlacement | null> {
    // Without training loaded a candidate's scope cannot be known; guessing one would misfile audit records.
    if (!this.reader) throw new Error('No trainee placement reader: the training module provides it');
    return this.reader(manager, traineeId);
  }
}
