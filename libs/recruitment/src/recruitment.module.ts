import { IdentityModule } from '@app/identity';
import { QueueModule } from '@app/queue';
import { TrainingModule } from '@app/training';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RecruitmentAccess } from './access/recruitment-access.service';
import { AdmissionRunService } from './admission-runs/admission-run.service';
import { AdmissionRunStore } from './admission-runs/admission-run.store';
import { RoundBases } from './admission-runs/round-bases.service';
import { BanRegistry } from './bans/ban-registry.service';
import { BanStore } from './bans/ban.store';
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

/** SPEC Part D: recruitment rounds, applications, review chains, ranking, admission, placements, reporting and bans. */
@Module({
  imports: [
    TypeOrmModule.forFeature([RecruitmentRoundRow, RecruitmentApplication, RecruitmentDocument, RecruitmentAssessmentScore, AdmissionRun, AdmissionOutcome, RecruitmentPlacement, RecruitmentBan]),
    IdentityModule,
    TrainingModule,
    QueueModule,
  ],
  providers: [
    RoundStore,
    RoundSeeder,
    RecruitmentAccess,
    RoundBases,
    RankingStore,
    RankingService,
    AdmissionRunStore,
    AdmissionRunService,
    PlacementStore,
    ReportingService,
    AdmissionNotices,
    ApplicantMessages,
    BanStore,
    BanRegistry,
  ],
  exports: [RoundStore, RoundSeeder, RecruitmentAccess, RoundBases, RankingService, AdmissionRunService, PlacementStore, ReportingService, AdmissionNotices, BanRegistry],
})
export class RecruitmentModule {}
