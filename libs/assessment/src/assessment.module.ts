import { IdentityModule } from '@app/identity';
import { TrainingModule } from '@app/training';
import { Module } from '@nestjs/common';
import { AssessmentEvents } from './attempts/assessment-events';
import { NationalRosterService } from './national-roster/national-roster.service';
import { EligibilityFactsService } from './signup/eligibility-facts.service';
import { SignupListService } from './signup/signup-list.service';
import { SignupReviewService } from './signup/signup-review.service';
import { SignupVoidingService } from './signup/signup-voiding.service';
import { SignupWriter } from './signup/signup-writer';
import { SignupService } from './signup/signup.service';
import { SessionService } from './sessions/session.service';

const SERVICES = [SessionService, EligibilityFactsService, SignupWriter, SignupService, SignupReviewService, SignupListService, SignupVoidingService, NationalRosterService, AssessmentEvents];

@Module({
  imports: [IdentityModule, TrainingModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class AssessmentModule {}
