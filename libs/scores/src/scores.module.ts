import { AssessmentModule } from '@app/assessment';
import { IdentityModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { QueueModule } from '@app/queue';
import { TrainingModule } from '@app/training';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScoreImport } from './entities/score-import.entity';
import { TraineeStanding } from './entities/trainee-standing.entity';
import { IMPORT_PROVIDERS, IMPORT_STORES } from './imports';
import { RESULTS_PROVIDERS, RESULTS_STORES } from './results';
import { STANDING_PROVIDERS, STANDING_STORES } from './standing';

const SERVICES = [...STANDING_PROVIDERS, ...IMPORT_PROVIDERS, ...RESULTS_PROVIDERS];
const STORES = [...STANDING_STORES, ...IMPORT_STORES, ...RESULTS_STORES];

/** Part C: score imports and entry, publication, corrections and voiding, standing and its views. */
@Module({
  imports: [TypeOrmModule.forFeature([ScoreImport, TraineeStanding]), AssessmentModule, IdentityModule, QueueModule, TrainingModule, NotificationsModule],
  providers: [...SERVICES, ...STORES],
  exports: SERVICES,
})
export class ScoresModule {}
