import { AssessmentModule } from '@app/assessment';
import { QueueModule } from '@app/queue';
import { Module } from '@nestjs/common';
import { CancelledSignupTickets } from './access/cancelled-signup-tickets';
import { TicketAccessService } from './access/ticket-access.service';
import { TicketChangesService } from './access/ticket-changes.service';
import { TicketNumberService } from './numbering/ticket-number.service';
import { SeatingService } from './seating/seating.service';
import { SiteService } from './seating/site.service';
import { TicketTokens } from './verification/ticket-tokens';

const SERVICES = [SiteService, SeatingService, TicketNumberService, TicketTokens, TicketAccessService, TicketChangesService];

@Module({ imports: [AssessmentModule, QueueModule], providers: [...SERVICES, CancelledSignupTickets], exports: SERVICES })
export class TicketsModule {}
