import { jsonValue, placeholders } from '@app/common/sql';
import type { SessionSubjectConfig } from '@app/assessment/entities/assessment-session.entity';
import { Subject } from '@app/assessment/rules/subject';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ReadyTicketRow, RescheduledTicketRow } from '../access/ticket-notices';

/** A ticket and its revision: what a render job names. */
export interface TicketRevision {
  id: number;
  revision: number;
}

/** A stored ticket's file: its PDF key, and whether that PDF shows the current revision. */
export interface TicketFile {
  ticketNumber: string;
  pdfKey: string | null;
  current: boolean;
}

/** Everything a printed ticket shows, one row per ticket. */
export interface TicketContentRow {
  id: number;
  signupId: number;
  subject: Subject;
  ticketNumber: string;
  revision: number;
  sessionId: number;
  sessionName: string;
  name: string;
  idMasked: string;
  photoKey: string | null;
  baseName: string;
  slotDate: string;
  startsAt: string;
  endsAt: string;
  siteName: string;
  siteAddress: string;
  /** The slot's rooms as stored (JSON text or parsed): read by the renderer, so bad data fails one ticket, not the batch. */
  rooms: unknown;
  roomId: string;
  seat: number;
}

/** What a QR code's ticket is now, and whose it is. */
export interface TicketForVerification {
  ticketNumber: string;
  revision: number;
  status: string;
  signupStatus: string;
  baseId: number;
  name: string;
  idMasked: string;
  photoKey: string | null;
}

export interface NewSkillsTicket {
  signupId: number;
  ticketNumber: string;
  sequence: number;
}


const CONTENT_ROWS_SQL = (count: number) => `
SELECT t.id, t.signup_id AS signupId, t.subject, t.ticket_number AS ticketNumber, t.revision,
  a.id AS sessionId, a.name AS sessionName, tr.name, tr.id_masked AS idMasked, tr.photo_key AS photoKey, o.name AS baseName,
  sl.slot_date AS slotDate, sl.starts_at AS startsAt, sl.ends_at AS endsAt, si.name AS siteName, si.address AS siteAddress,
  sl.rooms, sa.room_id AS roomId, sa.seat
FROM admit_ticket t
JOIN signup s ON s.id = t.signup_id
JOIN assessment_session a ON a.id = s.session_id
JOIN trainee tr ON tr.id = s.trainee_id
JOIN organisation o ON o.id = s.base_id
JOIN seat_assignment sa ON sa.signup_id = s.id
JOIN exam_slot sl ON sl.id = sa.slot_id
JOIN exam_site si ON si.id = sl.site_id
WHERE t.id IN (${placeholders(count)}) AND t.status = 'ISSUED'`;

/** A ticket whose last render failed, with its candidate. */
export interface RenderFailureRow {
  ticketId: number;
  ticketNumber: string;
  subject: Subject;
  revision: number;
  message: string;
  signupId: number;
  traineeId: number;
  name: string;
  idMasked: string;
  baseName: string;
}

/**
 * Every SQL statement on admit_ticket and ticket_sequence. Methods taking a manager run inside the caller's
 * transaction. Several join signup (and trainee, assessment_session, organisation) for the session, the
 * candidate or the base a ticket belongs to.
 */
@Injectable()
export class TicketStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // --- numbering (TK-3)

  /** Creates the (year, SKILLS, site) counter if missing, outside any transaction, so concurrent first issues do not deadlock on its creation. */
  async ensureSkillsSequence(year: number, siteCode: string): Promise<void> {
    await this.dataSource.query("INSERT INTO ticket_sequence (year, subject, site_code, last_sequence) VALUES (?, 'SKILLS', ?, 0) ON DUPLICATE KEY UPDATE last_sequence = last_sequence", [year, siteCode]);
  }

  /** The counter's last sequence, its row locked until the transaction ends. */
  async lockedLastSkillsSequence(manager: EntityManager, year: number, siteCode: string): Promise<number> {
    const [{ last }]: Array<{ last: number }> = await manager.query(
      "SELECT last_sequence AS last FROM ticket_sequence WHERE year = ? AND subject = 'SKILLS' AND site_code = ? FOR UPDATE",
      [year, siteCode],
    );
    return Number(last);
  }

  async setLastSkillsSequence(manager: EntityManager, year: number, siteCode: string, last: number): Promise<void> {
    await manager.query("UPDATE ticket_sequence SET last_sequence = ? WHERE year = ? AND subject = 'SKILLS' AND site_code = ?", [last, year, siteCode]);
  }

  /** Those of these sign-ups that already have a SKILLS ticket. */
  async skillsNumbered(manager: EntityManager, signupIds: number[]): Promise<Set<number>> {
    const rows: Array<{ signupId: number }> = await manager.query(`SELECT signup_id AS signupId FROM admit_ticket WHERE subject = 'SKILLS' AND signup_id IN (${placeholders(signupIds.length)})`, signupIds);
    return new Set(rows.map((row) => Number(row.signupId)));
  }

  /** All the tickets in one INSERT. */
  async insertSkillsTickets(manager: EntityManager, siteCode: string, issuedAt: Date, tickets: NewSkillsTicket[]): Promise<void> {
    await manager.query(
      `INSERT INTO admit_ticket (signup_id, subject, ticket_number, site_code, sequence, revision, status, issued_at) VALUES ${tickets.map(() => "(?, 'SKILLS', ?, ?, ?, 1, 'ISSUED', ?)").join(', ')}`,
      tickets.flatMap((t) => [t.signupId, t.ticketNumber, siteCode, t.sequence, issuedAt]),
    );
  }

  /** What the candidates of these sign-ups' issued skills tickets are told: number, slot, site, the session's print window. */
  async readyTickets(manager: EntityManager, signupIds: number[]): Promise<ReadyTicketRow[]> {
    if (signupIds.length === 0) return [];
    const rows: Array<Omit<ReadyTicketRow, 'subjects'> & { subjects: unknown }> = await manager.query(
      `SELECT t.signup_id AS signupId, s.trainee_id AS traineeId, t.ticket_number AS ticketNumber, a.id AS sessionId, a.name AS sessionName, a.subjects,
              sl.slot_date AS slotDate, sl.starts_at AS startsAt, sl.ends_at AS endsAt, si.name AS siteName, si.address AS siteAddress
         FROM admit_ticket t
         JOIN signup s ON s.id = t.signup_id
         JOIN assessment_session a ON a.id = s.session_id
         JOIN seat_assignment sa ON sa.signup_id = s.id
         JOIN exam_slot sl ON sl.id = sa.slot_id
         JOIN exam_site si ON si.id = sl.site_id
        WHERE t.subject = 'SKILLS' AND t.status = 'ISSUED' AND t.signup_id IN (${placeholders(signupIds.length)})
        ORDER BY t.signup_id`,
      signupIds,
    );
    return rows.map((row) => ({
      ...row,
      signupId: Number(row.signupId),
      traineeId: Number(row.traineeId),
      sessionId: Number(row.sessionId),
      subjects: jsonValue<SessionSubjectConfig[]>(row.subjects) ?? [],
    }));
  }

  // --- rendering (TK-5)

  /** The session's issued tickets whose PDF is missing or behind their revision; `failedBefore` when their last render failed. */
  async staleOfSession(sessionId: number): Promise<Array<TicketRevision & { failedBefore: boolean }>> {
    const rows: Array<{ id: number; revision: number; failedBefore: number }> = await this.dataSource.query(
      `SELECT t.id, t.revision, t.render_error IS NOT NULL AS failedBefore FROM admit_ticket t JOIN signup s ON s.id = t.signup_id
        WHERE s.session_id = ? AND t.status = 'ISSUED' AND (t.rendered_revision IS NULL OR t.rendered_revision < t.revision) ORDER BY t.id`,
      [sessionId],
    );
    return rows.map((t) => ({ id: Number(t.id), revision: Number(t.revision), failedBefore: Boolean(Number(t.failedBefore)) }));
  }

  /** Issued tickets of every session still waiting for a PDF, leaving out those whose render failed on their data. */
  async awaitingRender(): Promise<TicketRevision[]> {
    const rows: Array<{ id: number; revision: number }> = await this.dataSource.query(
      `SELECT t.id, t.revision FROM admit_ticket t
        WHERE t.status = 'ISSUED' AND t.render_error IS NULL AND (t.rendered_revision IS NULL OR t.rendered_revision < t.revision) ORDER BY t.id`,
    );
    return rows.map((t) => ({ id: Number(t.id), revision: Number(t.revision) }));
  }

  /** Counts of the session's issued tickets: all, rendered at their revision, and failed and not rendered since. */
  async renderCounts(sessionId: number): Promise<{ total: number; done: number; failed: number }> {
    const [row]: Array<{ total: string; done: string; failed: string }> = await this.dataSource.query(
      `SELECT COUNT(*) AS total,
              COALESCE(SUM(t.rendered_revision = t.revision), 0) AS done,
              COALESCE(SUM(t.render_error IS NOT NULL AND (t.rendered_revision IS NULL OR t.rendered_revision < t.revision)), 0) AS failed
         FROM admit_ticket t JOIN signup s ON s.id = t.signup_id WHERE s.session_id = ? AND t.status = 'ISSUED'`,
      [sessionId],
    );
    return { total: Number(row.total), done: Number(row.done), failed: Number(row.failed) };
  }

  /** TK-5: the session's tickets whose last render failed and that have not been rendered since, by ticket number, one page. */
  async failuresOfSession(sessionId: number, page: number, pageSize: number): Promise<{ items: RenderFailureRow[]; total: number }> {
    const failing = `t.status = 'ISSUED' AND t.render_error IS NOT NULL AND (t.rendered_revision IS NULL OR t.rendered_revision < t.revision)`;
    const [{ total }]: Array<{ total: string }> = await this.dataSource.query(
      `SELECT COUNT(*) AS total FROM admit_ticket t JOIN signup s ON s.id = t.signup_id WHERE s.session_id = ? AND ${failing}`,
      [sessionId],
    );
    const rows: RenderFailureRow[] = await this.dataSource.query(
      `SELECT t.id AS ticketId, t.ticket_number AS ticketNumber, t.subject, t.revision, t.render_error AS message,
              s.id AS signupId, tr.id AS traineeId, tr.name, tr.id_masked AS idMasked, o.name AS baseName
         FROM admit_ticket t
         JOIN signup s ON s.id = t.signup_id
         JOIN trainee tr ON tr.id = s.trainee_id
         JOIN organisation o ON o.id = s.base_id
        WHERE s.session_id = ? AND ${failing}
        ORDER BY t.ticket_number, t.id LIMIT ? OFFSET ?`,
      [sessionId, pageSize, (page - 1) * pageSize],
    );
    return {
      items: rows.map((row) => ({ ...row, ticketId: Number(row.ticketId), revision: Number(row.revision), signupId: Number(row.signupId), traineeId: Number(row.traineeId) })),
      total: Number(total),
    };
  }

  /**
   * Those of these tickets still due a render, in id order, their rows locked until the transaction ends: a
   * second job for the same tickets waits, then finds them rendered. Locking in id order keeps two batches from deadlocking.
   */
  async lockedDueForRender(manager: EntityManager, ticketIds: number[]): Promise<number[]> {
    const rows: Array<{ id: number }> = await manager.query(
      `SELECT id FROM admit_ticket WHERE id IN (${placeholders(ticketIds.length)}) AND status = 'ISSUED' AND (rendered_revision IS NULL OR rendered_revision < revision) ORDER BY id FOR UPDATE`,
      ticketIds,
    );
    return rows.map((row) => Number(row.id));
  }

  contentRows(manager: EntityManager, ticketIds: number[]): Promise<TicketContentRow[]> {
    return manager.query(CONTENT_ROWS_SQL(ticketIds.length), ticketIds);
  }

  /** Records why the ticket could not be rendered, cut to the column's width. */
  async recordRenderError(manager: EntityManager, ticketId: number, message: string): Promise<void> {
    await manager.query('UPDATE admit_ticket SET render_error = ? WHERE id = ?', [message.slice(0, 300), ticketId]);
  }

  /** Marks the PDF as showing this revision; a ticket whose revision moved on meanwhile is left due. */
  async markRendered(manager: EntityManager, ticketId: number, revision: number, file: { key: string; sha256: string }): Promise<void> {
    await manager.query('UPDATE admit_ticket SET pdf_key = ?, pdf_sha256 = ?, rendered_revision = revision, render_error = NULL WHERE id = ? AND revision = ?', [file.key, file.sha256, ticketId, revision]);
  }

  // --- changes (FA-12)

  /** Raises the revision of every issued SKILLS ticket seated in the slot. */
  async raiseSkillsRevisionsInSlot(manager: EntityManager, slotId: number): Promise<void> {
    await manager.query(
      `UPDATE admit_ticket t JOIN seat_assignment a ON a.signup_id = t.signup_id SET t.revision = t.revision + 1
        WHERE a.slot_id = ? AND t.subject = 'SKILLS' AND t.status = 'ISSUED'`,
      [slotId],
    );
  }

  /** The issued tickets seated in the slot, with whose they are and where: what a moved slot tells its candidates. */
  async rescheduledInSlot(manager: EntityManager, slotId: number): Promise<RescheduledTicketRow[]> {
    const rows: RescheduledTicketRow[] = await manager.query(
      `SELECT t.id AS ticketId, t.revision, s.trainee_id AS traineeId, a.id AS sessionId, a.name AS sessionName, si.name AS siteName
         FROM admit_ticket t
         JOIN seat_assignment sa ON sa.signup_id = t.signup_id
         JOIN signup s ON s.id = t.signup_id
         JOIN assessment_session a ON a.id = s.session_id
         JOIN exam_slot sl ON sl.id = sa.slot_id
         JOIN exam_site si ON si.id = sl.site_id
        WHERE sa.slot_id = ? AND t.subject = 'SKILLS' AND t.status = 'ISSUED'
        ORDER BY t.id`,
      [slotId],
    );
    return rows.map((row) => ({ ...row, ticketId: Number(row.ticketId), revision: Number(row.revision), traineeId: Number(row.traineeId), sessionId: Number(row.sessionId) }));
  }

  async issuedInSlot(manager: EntityManager, slotId: number): Promise<TicketRevision[]> {
    const rows: Array<{ id: number; revision: number }> = await manager.query(
      `SELECT t.id, t.revision FROM admit_ticket t JOIN seat_assignment a ON a.signup_id = t.signup_id WHERE a.slot_id = ? AND t.status = 'ISSUED'`,
      [slotId],
    );
    return rows.map((t) => ({ id: Number(t.id), revision: Number(t.revision) }));
  }

  // --- downloads and verification (TK-1, TK-6, TK-7)

  /** The candidate's issued ticket of the subject, while the sign-up stands approved. */
  /** FA-11 / TK-6: every ticket of a cancelled sign-up; their QR codes then verify as withdrawn. */
  async withdrawOfSignup(manager: EntityManager, signupId: number): Promise<void> {
    await manager.query("UPDATE admit_ticket SET status = 'WITHDRAWN' WHERE signup_id = ?", [signupId]);
  }

  /** FA-12 / TK-6: every ticket of the session's called-off subjects; their QR codes then verify as withdrawn. */
  async withdrawOfSessionSubjects(manager: EntityManager, sessionId: number, subjects: readonly Subject[]): Promise<void> {
    if (subjects.length === 0) return;
    await manager.query(
      `UPDATE admit_ticket t JOIN signup s ON s.id = t.signup_id SET t.status = 'WITHDRAWN'
        WHERE s.session_id = ? AND t.subject IN (${placeholders(subjects.length)}) AND t.status = 'ISSUED'`,
      [sessionId, ...subjects],
    );
  }

  async candidateFile(sessionId: number, traineeId: number, subject: Subject): Promise<TicketFile | null> {
    const [row]: Array<{ ticketNumber: string; pdfKey: string | null; current: number }> = await this.dataSource.query(
      `SELECT t.ticket_number AS ticketNumber, t.pdf_key AS pdfKey, t.rendered_revision = t.revision AS current
         FROM admit_ticket t JOIN signup s ON s.id = t.signup_id
        WHERE s.session_id = ? AND s.trainee_id = ? AND t.subject = ? AND t.status = 'ISSUED' AND s.status = 'APPROVED'`,
      [sessionId, traineeId, subject],
    );
    return row ? { ticketNumber: row.ticketNumber, pdfKey: row.pdfKey, current: Boolean(Number(row.current)) } : null;
  }

  /** The issued tickets of a base's approved sign-ups, in ticket-number order. */
  async baseFiles(sessionId: number, baseId: number): Promise<TicketFile[]> {
    const rows: Array<{ ticketNumber: string; pdfKey: string | null; current: number }> = await this.dataSource.query(
      `SELECT t.ticket_number AS ticketNumber, t.pdf_key AS pdfKey, t.rendered_revision = t.revision AS current
         FROM admit_ticket t JOIN signup s ON s.id = t.signup_id
        WHERE s.session_id = ? AND s.base_id = ? AND t.status = 'ISSUED' AND s.status = 'APPROVED' ORDER BY t.ticket_number`,
      [sessionId, baseId],
    );
    return rows.map((row) => ({ ticketNumber: row.ticketNumber, pdfKey: row.pdfKey, current: Boolean(Number(row.current)) }));
  }

  async forVerification(ticketNumber: string, signupId: number): Promise<TicketForVerification | null> {
    const [row]: TicketForVerification[] = await this.dataSource.query(
      `SELECT t.ticket_number AS ticketNumber, t.revision, t.status, s.status AS signupStatus, s.base_id AS baseId, tr.name, tr.id_masked AS idMasked, tr.photo_key AS photoKey
         FROM admit_ticket t JOIN signup s ON s.id = t.signup_id JOIN trainee tr ON tr.id = s.trainee_id
        WHERE t.ticket_number = ? AND t.signup_id = ?`,
      [ticketNumber, signupId],
    );
    return row ? { ...row, revision: Number(row.revision), baseId: Number(row.baseId) } : null;
  }
}
