import { IdentityModule } from '@app/identity';
import { Module } from '@nestjs/common';
import { RosterImportService } from './roster/roster-import.service';
import { TraineeService } from './trainee.service';

@Module({
  imports: [IdentityModule],
  providers: [RosterImportService, TraineeService],
  exports: [RosterImportService, TraineeService],
})
export class TrainingModule {}
