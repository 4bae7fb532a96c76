import { IdentityModule } from '@app/identity';
import { Module } from '@nestjs/common';
import { RosterImportService } from './roster/roster-import.service';
import { RotationFactsEvents } from './rotation-facts.events';
import { TraineeService } from './trainee.service';

@Module({
  imports: [IdentityModule],
  providers: [RosterImportService, TraineeService, RotationFactsEvents],
  exports: [RosterImportService, TraineeService, RotationFactsEvents],
})
export class TrainingModule {}
