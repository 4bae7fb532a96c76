import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { Clock } from '@app/common/time';
import { Notifications } from '@app/notifications';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { ticketsReadyMessage } from '../access/ticket-notices';
import { AssessmentReadStore } from '../assessment-reads/assessment-read.store';
import { formatTicketNumber } from '../rules/ticket-number.rules';
import { SeatingStore } from '../seating/seating.store';
import { TicketStore } from '../tickets/ticket.store';

const RETRYABLE = ['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT'];

/** Tickets numbered per transaction: one counter update, one insert and one audit insert for all of them. */
const TICKETS_PER_TRANSACTION = 500;

/**
 * TK-3: skills ticket numbers — year, subject, site, sequence — unique, gap-free and never changed.
 * Numbers are taken from the (year, subject, site) counter under that row's lock in the same transaction
 * that stores the tickets: a losing concurrent issuer rolls back and gives its numbers back.
 */
@Injectable()
export class TicketNumberService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tickets: TicketStore,
    private readonly seats: SeatingStore,
    private readonly assessment: AssessmentReadStore,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly notifications: Notifications,
  ) {}

  /** Numbers for every seated SKILLS candidate of the session who has none yet, in seat order. */
  async issueForSession(actor: Actor, sessionId: number): Promise<{ issued: number; alreadyIssued: number }> {
    const session = await this.assessment.sessionById(sessionId);
    if (!session) throw new DomainError('SESSION_NOT_FOUND');
    const seated = await this.seats.inNumberingOrder(sessionId);
    // Each site counts on its own, so seat order within a site is all that decides the numbers.
    const bySite = new Map<string, number[]>();
    for (const seat of seated) {
      if (seat.numbered) continue;
      const signups = bySite.get(seat.siteCode) ?? [];
      signups.push(seat.signupId);
      bySite.set(seat.siteCode, signups);
    }
    let issued = 0;
    for (const [siteCode, signupIds] of bySite) {
      for (let i = 0; i < signupIds.length; i += TICKETS_PER_TRANSACTION) {
        issued += await this.issue(actor, session.year, siteCode, signupIds.slice(i, i + TICKETS_PER_TRANSACTION));
      }
    }
    return { issued, alreadyIssued: seated.length - issued };
  }

  /** Numbers, in the given order, for those of these sign-ups (all seated at one site) that have none; how many it issued. */
  async issue(actor: Actor, year: number, siteCode: string, signupIds: number[]): Promise<number> {
    if (signupIds.length === 0) return 0;
    // The counter row exists before any transaction locks it, so concurrent first issues do not deadlock on its creation.
    await this.tickets.ensureSkillsSequence(year, siteCode);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.dataSource.transaction(async (manager) => {
          const last = await this.tickets.lockedLastSkillsSequence(manager, year, siteCode);
          // Read only once the counter is ours: any issuer before us has committed, so its tickets are seen here.
          const skip = await this.tickets.skillsNumbered(manager, signupIds);
          const issuedAt = this.clock.now();
          const tickets = signupIds
            .filter((signupId) => !skip.has(signupId))
            .map((signupId, index) => {
              const sequence = last + index + 1;
              return { signupId, sequence, ticketNumber: formatTicketNumber({ year, subject: 'SKILLS', siteCode, sequence }) };
            });
          if (tickets.length === 0) return 0;
          await this.tickets.insertSkillsTickets(manager, siteCode, issuedAt, tickets);
          await this.tickets.setLastSkillsSequence(manager, year, siteCode, last + tickets.length);
          await this.audit.recordMany(
            manager,
            tickets.map((t) => ({ actor, entry: { action: 'TICKET_NUMBER_ISSUED', entityType: 'signup', entityId: t.signupId, after: { ticketNumber: t.ticketNumber } } })),
          );
          // TK-1: each candidate numbered now is told their ticket, slot and print window, with the numbers or not at all.
          const ready = await this.tickets.readyTickets(manager, tickets.map((t) => t.signupId));
          await this.notifications.notifyMany(manager, ready.map(ticketsReadyMessage));
          return tickets.length;
        });
      } catch (error) {
        // A sign-up numbered meanwhile under another site's counter (its seat moved): all rolled back, numbers given back; read again.
        const duplicate = error instanceof QueryFailedError && error.message.includes('uq_ticket_signup_subject');
        const code = (error as { driverError?: { code?: string } }).driverError?.code;
        if ((duplicate || (error instanceof QueryFailedError && code && RETRYABLE.includes(code))) && attempt < 5) continue;
        throw error;
      }
    }
  }
}
