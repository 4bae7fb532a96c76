import { IdentityModule } from '@app/identity';
import { QueueModule } from '@app/queue';
import { NotificationsModule } from '@app/notifications';
import { TrainingModule } from '@app/training';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RecruitmentAccess } from './access/recruitment-access.service';
import { AdmissionRunService } from './admission-runs/admission-run.service';
import { AdmissionRunStore } from './admission-runs/admission-run.store';
import { RoundBases } from './admission-runs/round-bases.service';
import { BanRegistry } from './bans/ban-registry.service';
import { BanStore } from './bans/ban.store';
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
import { AdmissionNotices } from './placements/admission-notices.service';
import { ApplicantMessages } from './placements/applicant-messages';
import { PlacementStore } from './placements/placement.store';
import { ReportingService } from './placements/reporting.service';
import { RankingService } from './ranking/ranking.service';
import { RankingStore } from './ranking/ranking.store';
import { RoundSeeder } from './rounds/round-seeder.service';
import { RoundStore } from './rounds/round.store';

/** RC-1 … RC-5, RC-8 at sign-up: rounds as read, applicants, applications, documents, review and its sweep. */
const APPLICATION_SERVICES = [RoundCatalogue, ApplicantRegistrationService, ApplicationService, ApplicationDocuments, ApplicationReviewService, ReturnExpiryService];

/** RC-6 … RC-9: ranking scores, admission runs, places with their notices and reporting, bans. */
const ADMISSION_SERVICES = [RoundBases, RankingService, AdmissionRunService, ReportingService, AdmissionNotices, BanRegistry];

/** SPEC Part D: recruitment rounds, applications, review chains, ranking, admission, placements, reporting and bans. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      RecruitmentRoundRow,
      RecruitmentApplicant,
      RecruitmentApplication,
      RecruitmentDocument,
      RecruitmentAssessmentScore,
      AdmissionRun,
      AdmissionOutcome,
      RecruitmentPlacement,
      RecruitmentBan,
    ]),
    IdentityModule,
    TrainingModule,
    QueueModule,
    NotificationsModule,
  ],
  providers: [
    RoundStore,
    RoundSeeder,
    RecruitmentAccess,
    ...APPLICATION_SERVICES,
    ApplicationStore,
    ApplicationViews,
    ...ADMISSION_SERVICES,
    RankingStore,
    AdmissionRunStore,
    PlacementStore,
    ApplicantMessages,
    BanStore,
  ],
  exports: [RoundStore, RoundSeeder, RecruitmentAccess, ...APPLICATION_SERVICES, ...ADMISSION_SERVICES, PlacementStore, ApplicantMessages],
})
export class RecruitmentModule {}
