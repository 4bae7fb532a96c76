import { QueueModule } from '@app/queue';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TicketAccessService } from './access/ticket-access.service';
import { TicketChangesService } from './access/ticket-changes.service';
import { AdmitTicket } from './entities/admit-ticket.entity';
import { ExamSite } from './entities/exam-site.entity';
import { ExamSlot } from './entities/exam-slot.entity';
import { SeatAssignmentRecord } from './entities/seat-assignment.entity';
import { TicketNumberService } from './numbering/ticket-number.service';
import { SeatingService } from './seating/seating.service';
import { SiteService } from './seating/site.service';
import { TicketTokens } from './verification/ticket-tokens';

const SERVICES = [SiteService, SeatingService, TicketNumberService, TicketTokens, TicketAccessService, TicketChangesService];

@Module({
  imports: [TypeOrmModule.forFeature([ExamSite, ExamSlot, SeatAssignmentRecord, AdmitTicket]), QueueModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class TicketsModule {}
