import { AssessmentEvents } from '@app/assessment/attempts/assessment-events';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { TicketStore } from '../tickets/ticket.store';

/**
 * FA-11 / TK-6: a sign-up cancelled for false information loses its tickets in the same transaction;
 * their QR codes then verify as withdrawn.
 */
@Injectable()
export class CancelledSignupTickets implements OnModuleInit {
  constructor(
    private readonly assessment: AssessmentEvents,
    private readonly tickets: TicketStore,
  ) {}

  onModuleInit(): void {
    this.assessment.onSignupCancelled(async (manager, { signupId }) => {
      await this.tickets.withdrawOfSignup(manager, signupId);
    });
  }
}
