import { FileStorage, StoredFile } from '@app/common/storage';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PdfPages } from '../render/pdf-pages';
import { PdfRenderer } from '../render/pdf-renderer';
import { qrCodeDataUrl } from '../render/qr-code';
import { TicketContent, ticketDocumentHtml } from '../render/ticket-template';
import { TicketTokens } from '../verification/ticket-tokens';

interface TicketRow {
  id: number;
  signupId: number;
  subject: 'THEORY' | 'SKILLS';
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
  rooms: unknown;
  roomId: string;
  seat: number;
}

const TICKET_ROWS_SQL = (count: number) => `
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
WHERE t.id IN (${Array.from({ length: count }, () => '?').join(', ')}) AND t.status = 'ISSUED'`;

const ticketKey = (row: TicketRow) => `tickets/${row.sessionId}/${row.ticketNumber}-r${row.revision}.pdf`;

/**
 * TK-5: renders a batch of tickets with the shared browser, stores one PDF per ticket with a checksum
 * and marks the revision it shows. Storing before marking, and marking only that revision, means a crash
 * at any point leaves either the old state or a complete new one; running a batch again is harmless.
 */
@Injectable()
export class TicketRenderService {
  private readonly logger = new Logger(TicketRenderService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly renderer: PdfRenderer,
    private readonly storage: FileStorage,
    private readonly tokens: TicketTokens,
  ) {}

  async renderBatch(ticketIds: number[]): Promise<{ rendered: number; failed: number }> {
    if (ticketIds.length === 0) return { rendered: 0, failed: 0 };
    // The tickets' rows stay locked until their PDFs are marked, so a second job for the same tickets (queued
    // again after Redis lost the first) waits here, then finds them rendered and skips them: each ticket is
    // rendered once however many copies of its job run. Locked in id order, so two batches cannot deadlock.
    return this.dataSource.transaction(async (manager) => {
      const placeholders = ticketIds.map(() => '?').join(', ');
      const due: Array<{ id: number }> = await manager.query(
        `SELECT id FROM admit_ticket WHERE id IN (${placeholders}) AND status = 'ISSUED' AND (rendered_revision IS NULL OR rendered_revision < revision) ORDER BY id FOR UPDATE`,
        ticketIds,
      );
      if (due.length === 0) return { rendered: 0, failed: 0 };
      return this.renderLocked(manager, due.map((row) => Number(row.id)));
    });
  }

  private async renderLocked(manager: EntityManager, ticketIds: number[]): Promise<{ rendered: number; failed: number }> {
    const rows: TicketRow[] = await manager.query(TICKET_ROWS_SQL(ticketIds.length), ticketIds);
    const contents = await Promise.all(rows.map((row) => this.content(row).catch((error: unknown) => error as Error)));
    const ready: Array<{ row: TicketRow; content: TicketContent }> = [];
    let failed = 0;
    for (const [index, row] of rows.entries()) {
      const content = contents[index];
      if (content instanceof Error) {
        // Bad data will not heal by retrying: record it for the progress report and go on.
        failed += 1;
        await manager.query('UPDATE admit_ticket SET render_error = ? WHERE id = ?', [content.message.slice(0, 300), row.id]);
      } else {
        ready.push({ row, content });
      }
    }
    if (ready.length === 0) return { rendered: 0, failed };
    // One page.pdf() for the whole batch, then one file per ticket: Chromium's cost is per render, not per page.
    // A browser failure propagates, and the queue retries the job with backoff.
    const batchPdf = await this.renderer.render(ticketDocumentHtml(ready.map((r) => r.content)));
    const stored = (await this.storeEachPage(batchPdf, ready)) ?? (await this.storeOneByOne(ready));
    // One commit for the batch: every file is already whole under its final name, so a crash before it only means rendering again.
    for (const [index, { row }] of ready.entries()) {
      await manager.query(
        'UPDATE admit_ticket SET pdf_key = ?, pdf_sha256 = ?, rendered_revision = revision, render_error = NULL WHERE id = ? AND revision = ?',
        [stored[index].key, stored[index].sha256, row.id, row.revision],
      );
    }
    if (failed > 0) this.logger.warn(`${failed} of ${rows.length} tickets could not be rendered`);
    return { rendered: ready.length, failed };
  }

  /**
   * Cuts the batch PDF into one file per ticket and stores each as soon as it is cut, so no page outlives its
   * write; null when the pages do not match the tickets (a ticket spilled over).
   */
  private async storeEachPage(pdf: Buffer, ready: Array<{ row: TicketRow }>): Promise<StoredFile[] | null> {
    const pages = await PdfPages.load(pdf);
    if (pages.count !== ready.length) {
      this.logger.warn(`batch PDF has ${pages.count} pages for ${ready.length} tickets; rendering them one by one`);
      return null;
    }
    const stored: StoredFile[] = [];
    for (const [index, { row }] of ready.entries()) stored.push(await this.storage.put(ticketKey(row), pages.page(index)));
    return stored;
  }

  private async storeOneByOne(ready: Array<{ row: TicketRow; content: TicketContent }>): Promise<StoredFile[]> {
    const stored: StoredFile[] = [];
    for (const { row, content } of ready) stored.push(await this.storage.put(ticketKey(row), await this.renderer.render(ticketDocumentHtml([content]))));
    return stored;
  }

  private async content(row: TicketRow): Promise<TicketContent> {
    if (!row.photoKey) throw new Error('the candidate has no photo');
    const photo = await this.storage.get(row.photoKey);
    const rooms = (typeof row.rooms === 'string' ? JSON.parse(row.rooms) : row.rooms) as Array<{ id: string; name: string }>;
    const token = this.tokens.sign({ ticketNumber: row.ticketNumber, signupId: row.signupId, revision: row.revision });
    const [year, month, day] = row.slotDate.split('-').map(Number);
    return {
      sessionName: row.sessionName,
      subject: row.subject,
      candidateName: row.name,
      idNumberMasked: row.idMasked,
      ticketNumber: row.ticketNumber,
      baseName: row.baseName,
      examDate: `${year}年${month}月${day}日`,
      examSlot: `${row.startsAt}–${row.endsAt}`,
      siteName: row.siteName,
      siteAddress: row.siteAddress,
      roomName: rooms.find((r) => r.id === row.roomId)?.name ?? row.roomId,
      seat: row.seat,
      photoDataUrl: `data:image/jpeg;base64,${photo.toString('base64')}`,
      qrDataUrl: await qrCodeDataUrl(token),
      issuer: '省全科医学培训中心',
      issuedOn: `${year}年`,
    };
  }
}
