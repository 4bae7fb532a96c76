import { TicketRenderingModule } from '@app/tickets';
import { Module } from '@nestjs/common';
import { RecruitmentModule } from '../recruitment.module';
import { AdmissionNoticeRenderService } from './admission-notice-render.service';

/** The worker's admission-notice rendering: the ticket renderer's browser, shared with the tickets. */
@Module({
  imports: [RecruitmentModule, TicketRenderingModule],
  providers: [AdmissionNoticeRenderService],
  exports: [AdmissionNoticeRenderService],
})
export class AdmissionNoticeRenderingModule {}
