import { Module } from '@nestjs/common';
import { TicketNumberService } from './numbering/ticket-number.service';
import { SeatingService } from './seating/seating.service';
import { SiteService } from './seating/site.service';

const SERVICES = [SiteService, SeatingService, TicketNumberService];

@Module({ providers: SERVICES, exports: SERVICES })
export class TicketsModule {}
