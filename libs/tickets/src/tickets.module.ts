import { AssessmentModule } from '@app/assessment';
import { NotificationsModule } from '@app/notifications';
import { QueueModule } from '@app/queue';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CancelledSignupTickets } from './access/cancelled-signup-tickets';
import { CancelledSubjectTickets } from './access/cancelled-subject-tickets';
import { TicketAccessService } from './access/ticket-access.service';
import { TicketChangesService } from './access/ticket-changes.service';
import { AssessmentReadStore } from './assessment-reads/assessment-read.store';
import { AdmitTicket } from './entities/admit-ticket.entity';
import { ExamSite } from './entities/exam-site.entity';
import { ExamSlot } from './entities/exam-slot.entity';
import { SeatAssignmentRecord } from './entities/seat-assignment.entity';
import { TicketNumberService } from './numbering/ticket-number.service';
import { SeatingService } from './seating/seating.service';
import { SeatingStore } from './seating/seating.store';
import { SiteService } from './sites/site.service';
import { SiteStore } from './sites/site.store';
import { TicketStore } from './tickets/ticket.store';
import { TicketTokens } from './verification/ticket-tokens';

const SERVICES = [SiteService, SeatingService, TicketNumberService, TicketTokens, TicketAccessService, TicketChangesService];
const STORES = [AssessmentReadStore, SeatingStore, SiteStore, TicketStore];

@Module({
  imports: [TypeOrmModule.forFeature([ExamSite, ExamSlot, SeatAssignmentRecord, AdmitTicket]), AssessmentModule, QueueModule, NotificationsModule],
  providers: [...SERVICES, ...STORES, CancelledSignupTickets, CancelledSubjectTickets],
  exports: SERVICES,
})
export class TicketsModule {}
