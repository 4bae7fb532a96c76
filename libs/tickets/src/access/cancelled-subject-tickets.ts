import { AssessmentEvents } from '@app/assessment/attempts/assessment-events';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { SeatingStore } from '../seating/seating.store';
import { TicketStore } from '../tickets/ticket.store';

/**
 * FA-12 / TK-6: a subject the centre called off loses its tickets in the same transaction (their QR codes then
 * verify as withdrawn, and no render job picks them up); a called-off SKILLS exam frees every seat.
 */
@Injectable()
export class CancelledSubjectTickets implements OnModuleInit {
  constructor(
    private readonly assessment: AssessmentEvents,
    private readonly tickets: TicketStore,
    private readonly seats: SeatingStore,
  ) {}

  onModuleInit(): void {
    this.assessment.onSubjectsCancelled(async (manager, { sessionId, subjects }) => {
      await this.tickets.withdrawOfSessionSubjects(manager, sessionId, subjects);
      if (subjects.includes('SKILLS')) await this.seats.releaseOfSession(manager, sessionId);
    });
  }
}
