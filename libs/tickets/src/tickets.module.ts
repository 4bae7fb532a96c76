import { QueueModule } from '@app/queue';
import { Module } from '@nestjs/common';
import { TicketAccessService } from './access/ticket-access.service';
import { TicketChangesService } from './access/ticket-changes.service';
import { TicketNumberService } from './numbering/ticket-number.service';
import { SeatingService } from './seating/seating.service';
import { SiteService } from './seating/site.service';
import { TicketTokens } from './verification/ticket-tokens';

const SERVICES = [SiteService, SeatingService, TicketNumberService, TicketTokens, TicketAccessService, TicketChangesService];

@Module({ imports: [QueueModule], providers: SERVICES, exports: SERVICES })
export class TicketsModule {}
