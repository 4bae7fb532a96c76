import { IdentityModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { TrainingModule } from '@app/training';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentEvents } from './attempts/assessment-events';
import { ExaminedSubjectsStore } from './attempts/examined-subjects.store';
import { SubjectAttemptStore } from './attempts/subject-attempt.store';
import { AssessmentSession } from './entities/assessment-session.entity';
import { EligibilityException } from './entities/eligibility-exception.entity';
import { ResultPublication } from './entities/result-publication.entity';
import { Signup } from './entities/signup.entity';
import { SubjectAttemptRecord } from './entities/subject-attempt.entity';
import { NationalRosterService } from './national-roster/national-roster.service';
import { AssessmentSessionStore } from './sessions/assessment-session.store';
import { EligibilityFactsService } from './signup/eligibility-facts.service';
import { EligibilityFactsStore } from './signup/eligibility-facts.store';
import { SignupListService } from './signup/signup-list.service';
import { SignupReviewService } from './signup/signup-review.service';
import { SignupVoidingService } from './signup/signup-voiding.service';
import { SignupWriter } from './signup/signup-writer';
import { SignupService } from './signup/signup.service';
import { SignupStore } from './signup/signup.store';
import { SessionService } from './sessions/session.service';
import { SessionCancellationService } from './sessions/session-cancellation.service';

const SERVICES = [SessionService, EligibilityFactsService, SignupWriter, SignupService, SignupReviewService, SignupListService, SignupVoidingService, NationalRosterService, AssessmentEvents, SessionCancellationService];

@Module({
  imports: [TypeOrmModule.forFeature([AssessmentSession, Signup, SubjectAttemptRecord, EligibilityException, ResultPublication]), IdentityModule, TrainingModule, NotificationsModule],
  providers: [...SERVICES, AssessmentSessionStore, SignupStore, SubjectAttemptStore, EligibilityFactsStore, ExaminedSubjectsStore],
  exports: SERVICES,
})
export class AssessmentModule {}
