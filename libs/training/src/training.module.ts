import { IdentityModule } from '@app/identity';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidateRegistrationService } from './registration/candidate-registration.service';
import { TraineePlacementProvider } from './registration/trainee-placement.provider';
import { RosterImportService } from './roster/roster-import.service';
import { RotationFactsEvents } from './rotation-facts.events';
import { TraineeSummaries } from './summary/trainee-summary';
import { TraineeRecords } from './trainee-records';
import { Trainee } from './trainee.entity';
import { TraineeService } from './trainee.service';
import { TraineeStore } from './trainee.store';

@Module({
  imports: [TypeOrmModule.forFeature([Trainee]), IdentityModule],
  providers: [RosterImportService, TraineeService, RotationFactsEvents, CandidateRegistrationService, TraineePlacementProvider, TraineeSummaries, TraineeStore, TraineeRecords],
  exports: [RosterImportService, TraineeService, RotationFactsEvents, CandidateRegistrationService, TraineeSummaries, TraineeRecords],
})
export class TrainingModule {}
