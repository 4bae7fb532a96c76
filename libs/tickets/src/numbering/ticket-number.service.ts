import { AssessmentSession } from '@app/assessment/entities/assessment-session.entity';
import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { Clock } from '@app/common/time';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { AdmitTicket } from '../entities/admit-ticket.entity';
import { formatTicketNumber } from '../rules/ticket-number.rules';

const RETRYABLE = ['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT'];

/**
 * TK-3: skills ticket numbers — year, subject, site, sequence — unique, gap-free and never changed.
 * Each number is taken from its (year, subject, site) counter under that row's lock in the same
 * transaction that stores the ticket: a losing concurrent issuer rolls back and gives its number back.
 */
@Injectable()
export class TicketNumberService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Numbers for every seated SKILLS candidate of the session who has none yet, in seat order. */
  async issueForSession(actor: Actor, sessionId: number): Promise<{ issued: number; alreadyIssued: number }> {
    const session = await this.dataSource.getRepository(AssessmentSession).findOneBy({ id: sessionId });
    if (!session) throw new DomainError('SESSION_NOT_FOUND');
    const seated: Array<{ signupId: number; siteCode: string }> = await this.dataSource.query(
      `SELECT a.signup_id AS signupId, site.code AS siteCode
         FROM seat_assignment a JOIN exam_slot slot ON slot.id = a.slot_id JOIN exam_site site ON site.id = slot.site_id
        WHERE a.session_id = ? ORDER BY slot.slot_date, slot.starts_at, site.code, a.room_id, a.seat`,
      [sessionId],
    );
    let issued = 0;
    for (const seat of seated) {
      if (await this.issue(actor, session.year, Number(seat.signupId), seat.siteCode)) issued += 1;
    }
    return { issued, alreadyIssued: seated.length - issued };
  }

  /** True when this call issued the number; false when the sign-up already had one (it never changes). */
  async issue(actor: Actor, year: number, signupId: number, siteCode: string): Promise<boolean> {
    const existing = await this.dataSource.getRepository(AdmitTicket).existsBy({ signupId, subject: 'SKILLS' });
    if (existing) return false;
    // The counter row exists before any transaction locks it, so concurrent first issues do not deadlock on its creation.
    await this.dataSource.query("INSERT INTO ticket_sequence (year, subject, site_code, last_sequence) VALUES (?, 'SKILLS', ?, 0) ON DUPLICATE KEY UPDATE last_sequence = last_sequence", [year, siteCode]);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.dataSource.transaction(async (manager) => {
          await manager.query("UPDATE ticket_sequence SET last_sequence = LAST_INSERT_ID(last_sequence + 1) WHERE year = ? AND subject = 'SKILLS' AND site_code = ?", [year, siteCode]);
          const [{ sequence }]: Array<{ sequence: number }> = await manager.query('SELECT LAST_INSERT_ID() AS sequence');
          const ticketNumber = formatTicketNumber({ year, subject: 'SKILLS', siteCode, sequence: Number(sequence) });
          await manager.insert(AdmitTicket, { signupId, subject: 'SKILLS', ticketNumber, siteCode, sequence: Number(sequence), revision: 1, status: 'ISSUED', issuedAt: this.clock.now() });
          await this.audit.record(manager, actor, { action: 'TICKET_NUMBER_ISSUED', entityType: 'signup', entityId: signupId, after: { ticketNumber } });
          return true;
        });
      } catch (error) {
        // Someone else issued this sign-up's number meanwhile: our transaction (and its sequence) rolled back.
        if (error instanceof QueryFailedError && error.message.includes('uq_ticket_signup_subject')) return false;
        const code = (error as { driverError?: { code?: string } }).driverError?.code;
        if (error instanceof QueryFailedError && code && RETRYABLE.includes(code) && attempt < 5) continue;
        throw error;
      }
    }
  }
}
