import { TraineePlacements } from '@app/identity';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { TraineeRecords } from '../trainee-records';

/** Gives identity the base and city of a candidate account's trainee, for its scope checks and audit records. */
@Injectable()
export class TraineePlacementProvider implements OnModuleInit {
  constructor(
    private readonly placements: TraineePlacements,
    private readonly trainees: TraineeRecords,
  ) {}

  onModuleInit(): void {
    this.placements.provide((manager, traineeId) => this.trainees.placement(manager, traineeId));
  }
}
