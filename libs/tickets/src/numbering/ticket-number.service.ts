import { AssessmentSession } from '@app/assessment/entities/assessment-session.entity';
import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { Clock } from '@app/common/time';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { formatTicketNumber } from '../rules/ticket-number.rules';

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
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Numbers for every seated SKILLS candidate of the session who has none yet, in seat order. */
  async issueForSession(actor: Actor, sessionId: number): Promise<{ issued: number; alreadyIssued: number }> {
    const session = await this.dataSource.getRepository(AssessmentSession).findOneBy({ id: sessionId });
    if (!session) throw new DomainError('SESSION_NOT_FOUND');
    const seated: Array<{ signupId: number; siteCode: string; numbered: number }> = await this.dataSource.query(
      `SELECT a.signup_id AS signupId, site.code AS siteCode, t.id IS NOT NULL AS numbered
         FROM seat_assignment a JOIN exam_slot slot ON slot.id = a.slot_id JOIN exam_site site ON site.id = slot.site_id
         LEFT JOIN admit_ticket t ON t.signup_id = a.signup_id AND t.subject = 'SKILLS'
        WHERE a.session_id = ? ORDER BY slot.slot_date, slot.starts_at, site.code, a.room_id, a.seat`,
      [sessionId],
    );
    // Each site counts on its own, so seat order within a site is all that decides the numbers.
    const bySite = new Map<string, number[]>();
    for (const seat of seated) {
      if (Number(seat.numbered)) continue;
      const signups = bySite.get(seat.siteCode) ?? [];
      signups.push(Number(seat.signupId));
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
    await this.dataSource.query("INSERT INTO ticket_sequence (year, subject, site_code, last_sequence) VALUES (?, 'SKILLS', ?, 0) ON DUPLICATE KEY UPDATE last_sequence = last_sequence", [year, siteCode]);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.dataSource.transaction(async (manager) => {
          const [{ last }]: Array<{ last: number }> = await manager.query(
            "SELECT last_sequence AS last FROM ticket_sequence WHERE year = ? AND subject = 'SKILLS' AND site_code = ? FOR UPDATE",
            [year, siteCode],
          );
          // Read only once the counter is ours: any issuer before us has committed, so its tickets are seen here.
          const numbered: Array<{ signupId: number }> = await manager.query(
            `SELECT signup_id AS signupId FROM admit_ticket WHERE subject = 'SKILLS' AND signup_id IN (${signupIds.map(() => '?').join(', ')})`,
            signupIds,
          );
          const skip = new Set(numbered.map((row) => Number(row.signupId)));
          const issuedAt = this.clock.now();
          const tickets = signupIds
            .filter((signupId) => !skip.has(signupId))
            .map((signupId, index) => {
              const sequence = Number(last) + index + 1;
              return { signupId, sequence, ticketNumber: formatTicketNumber({ year, subject: 'SKILLS', siteCode, sequence }) };
            });
          if (tickets.length === 0) return 0;
          await manager.query(
            `INSERT INTO admit_ticket (signup_id, subject, ticket_number, site_code, sequence, revision, status, issued_at) VALUES ${tickets.map(() => "(?, 'SKILLS', ?, ?, ?, 1, 'ISSUED', ?)").join(', ')}`,
            tickets.flatMap((t) => [t.signupId, t.ticketNumber, siteCode, t.sequence, issuedAt]),
          );
          await manager.query("UPDATE ticket_sequence SET last_sequence = ? WHERE year = ? AND subject = 'SKILLS' AND site_code = ?", [Number(last) + tickets.length, year, siteCode]);
          await this.audit.recordMany(
            manager,
            tickets.map((t) => ({ actor, entry: { action: 'TICKET_NUMBER_ISSUED', entityType: 'signup', entityId: t.signupId, after: { ticketNumber: t.ticketNumber } } })),
          );
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
