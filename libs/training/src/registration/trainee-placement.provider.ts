import { TraineePlacements } from '@app/identity';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { Trainee } from '../trainee.entity';

/** Gives identity the base and city of a candidate account's trainee, for its scope checks and audit records. */
@Injectable()
export class TraineePlacementProvider implements OnModuleInit {
  constructor(private readonly placements: TraineePlacements) {}

  onModuleInit(): void {
    this.placements.provide(async (manager, traineeId) => {
      const trainee = await manager.findOneBy(Trainee, { id: traineeId });
      return trainee ? { baseId: trainee.baseId, cityId: trainee.cityId } : null;
    });
  }
}
