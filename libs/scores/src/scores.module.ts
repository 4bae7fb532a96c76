import { AssessmentModule } from '@app/assessment';
import { QueueModule } from '@app/queue';
import { TrainingModule } from '@app/training';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ResultPublication } from './entities/result-publication.entity';
import { ScoreImport } from './entities/score-import.entity';
import { TraineeStanding } from './entities/trainee-standing.entity';
import { IMPORT_PROVIDERS } from './imports';
import { RESULTS_PROVIDERS } from './results';
import { STANDING_PROVIDERS } from './standing';

const SERVICES = [...STANDING_PROVIDERS, ...IMPORT_PROVIDERS, ...RESULTS_PROVIDERS];

/** Part C: score imports and entry, publication, corrections and voiding, standing and its views. */
@Module({
  imports: [TypeOrmModule.forFeature([ScoreImport, ResultPublication, TraineeStanding]), AssessmentModule, QueueModule, TrainingModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class ScoresModule {}
