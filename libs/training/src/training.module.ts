import { IdentityModule } from '@app/identity';
import { Module } from '@nestjs/common';
import { CandidateRegistrationService } from './registration/candidate-registration.service';
import { TraineePlacementProvider } from './registration/trainee-placement.provider';
import { RosterImportService } from './roster/roster-import.service';
import { RotationFactsEvents } from './rotation-facts.events';
import { TraineeService } from './trainee.service';

@Module({
  imports: [IdentityModule],
  providers: [RosterImportService, TraineeService, RotationFactsEvents, CandidateRegistrationService, TraineePlacementProvider],
  exports: [RosterImportService, TraineeService, RotationFactsEvents, CandidateRegistrationService],
})
export class TrainingModule {}
