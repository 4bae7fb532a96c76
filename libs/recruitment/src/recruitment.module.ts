import { IdentityModule } from '@app/identity';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RecruitmentAccess } from './access/recruitment-access.service';
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

/** SPEC Part D: recruitment rounds, applications, review chains, admission, reporting and bans. */
@Module({
  imports: [
    TypeOrmModule.forFeature([RecruitmentRoundRow, RecruitmentApplication, RecruitmentDocument, RecruitmentAssessmentScore, AdmissionRun, AdmissionOutcome, RecruitmentPlacement, RecruitmentBan]),
    IdentityModule,
  ],
  providers: [RoundStore, RoundSeeder, RecruitmentAccess],
  exports: [RoundStore, RoundSeeder, RecruitmentAccess],
})
export class RecruitmentModule {}
