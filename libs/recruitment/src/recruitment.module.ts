import { IdentityModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { TrainingModule } from '@app/training';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RecruitmentAccess } from './access/recruitment-access.service';
import { ApplicantRegistrationService } from './applications/applicant-registration.service';
import { ApplicationDocuments } from './applications/application-documents.service';
import { ApplicationViews } from './applications/application-views.service';
import { ApplicationService } from './applications/application.service';
import { ApplicationStore } from './applications/application.store';
import { RoundCatalogue } from './applications/round-catalogue.service';
import { RecruitmentApplicant } from './entities/recruitment-applicant.entity';
import { ApplicationReviewService } from './review/application-review.service';
import { ReturnExpiryService } from './review/return-expiry.service';
import { AdmissionOutcome } from './entities/admission-outcome.entity';
import { AdmissionRun } from './entities/admission-run.entity';
import { RecruitmentAssessmentScore } from './entities/assessment-score.entity';
import { RecruitmentApplication } from './entities/recruitment-application.entity';
import { RecruitmentBan } from './entities/recruitment-ban.entity';
import { RecruitmentDocument } from './entities/recruitment-document.entity';
import { RecruitmentPlacement } from './entities/recruitment-placement.entity';
import { RecruitmentRoundRow } from './entities/recruitment-round.entity';
import { RoundSeeder } from './rounds/round-seeder.service';
import { RoundStore } from './rounds/round.store';

/** RC-1 … RC-5, RC-8 at sign-up: rounds as read, applicants, applications, documents, review and its sweep. */
const APPLICATION_SERVICES = [RoundCatalogue, ApplicantRegistrationService, ApplicationService, ApplicationDocuments, ApplicationReviewService, ReturnExpiryService];

/** SPEC Part D: recruitment rounds, applications, review chains, admission, reporting and bans. */
@Module({
  imports: [
    TypeOrmModule.forFeature([RecruitmentRoundRow, RecruitmentApplication, RecruitmentDocument, RecruitmentAssessmentScore, AdmissionRun, AdmissionOutcome, RecruitmentPlacement, RecruitmentBan]),
    TypeOrmModule.forFeature([RecruitmentApplicant]),
    IdentityModule,
    TrainingModule,
    NotificationsModule,
  ],
  providers: [RoundStore, RoundSeeder, RecruitmentAccess, ...APPLICATION_SERVICES, ApplicationStore, ApplicationViews],
  exports: [RoundStore, RoundSeeder, RecruitmentAccess, ...APPLICATION_SERVICES],
})
export class RecruitmentModule {}
