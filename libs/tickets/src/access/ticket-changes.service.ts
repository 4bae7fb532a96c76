import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { isValidLocalDate } from '@app/common/time';
import { Notifications } from '@app/notifications';
import { TicketJobsProducer } from '@app/queue/ticket-jobs.producer';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SiteStore } from '../sites/site.store';
import { TicketStore } from '../tickets/ticket.store';
import { slotRescheduledMessage, slotSpan } from './ticket-notices';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/**
 * FA-12 / TK-5: when what a ticket shows changes, its revision goes up, so the old print verifies as
 * superseded and the worker renders it again. Ticket numbers never change.
 */
@Injectable()
export class TicketChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sites: SiteStore,
    private readonly tickets: TicketStore,
    private readonly producer: TicketJobsProducer,
    private readonly audit: AuditService,
    private readonly notifications: Notifications,
  ) {}

  /** Moves a slot to another day or time; every ticket seated in it is regenerated. */
  async reschedule(actor: Actor, sessionId: number, slotId: number, change: { date: string; startsAt: string; endsAt: string; reason: string }): Promise<{ ticketsRegenerated: number }> {
    if (!isValidLocalDate(change.date) || !TIME.test(change.startsAt) || !TIME.test(change.endsAt) || change.startsAt >= change.endsAt) {
      throw new DomainError('SESSION_CONFIG_INVALID', { problems: ['a slot runs on a date from HH:mm to a later HH:mm'] });
    }
    const affected = await this.dataSource.transaction(async (manager) => {
      const slot = await this.sites.lockedSlot(manager, slotId);
      if (!slot || !(await this.sites.siteIsInSession(manager, slot.siteId, sessionId))) throw new DomainError('NOT_FOUND');
      const before = { date: slot.date, startsAt: slot.startsAt, endsAt: slot.endsAt };
      await this.sites.moveSlot(manager, slotId, change);
      await this.tickets.raiseSkillsRevisionsInSlot(manager, slotId);
      const tickets = await this.tickets.issuedInSlot(manager, slotId);
      // FA-12: each candidate seated in the slot is told the old and the new time, and that the ticket is made again.
      const seated = await this.tickets.rescheduledInSlot(manager, slotId);
      await this.notifications.notifyMany(
        manager,
        seated.map((row) => slotRescheduledMessage(row, slotSpan(before), slotSpan(change), change.reason)),
      );
      await this.audit.record(manager, actor, {
        action: 'EXAM_SLOT_RESCHEDULED',
        entityType: 'exam_slot',
        entityId: slotId,
        reason: change.reason,
        before,
        after: { date: change.date, startsAt: change.startsAt, endsAt: change.endsAt, ticketsRegenerated: tickets.length },
      });
      return tickets;
    });
    await this.producer.enqueueRender(affected);
    return { ticketsRegenerated: affected.length };
  }
}
