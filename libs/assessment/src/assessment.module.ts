import { IdentityModule } from '@app/identity';
// Results change inside assessment transactions too (FA-11 cancels them), so the standing read model's writer is provided here.
import { StandingService } from '@app/scores/standing/standing.service';
import { TrainingModule } from '@app/training';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentSession } from './entities/assessment-session.entity';
import { EligibilityException } from './entities/eligibility-exception.entity';
import { Signup } from './entities/signup.entity';
import { SubjectAttemptRecord } from './entities/subject-attempt.entity';
import { NationalRosterService } from './national-roster/national-roster.service';
import { EligibilityFactsService } from './signup/eligibility-facts.service';
import { SignupListService } from './signup/signup-list.service';
import { SignupReviewService } from './signup/signup-review.service';
import { SignupVoidingService } from './signup/signup-voiding.service';
import { SignupWriter } from './signup/signup-writer';
import { SignupService } from './signup/signup.service';
import { SessionService } from './sessions/session.service';

const SERVICES = [SessionService, EligibilityFactsService, SignupWriter, SignupService, SignupReviewService, SignupListService, SignupVoidingService, NationalRosterService, StandingService];

@Module({
  imports: [TypeOrmModule.forFeature([AssessmentSession, Signup, SubjectAttemptRecord, EligibilityException]), IdentityModule, TrainingModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class AssessmentModule {}
