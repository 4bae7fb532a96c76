import { FileStorage, StoredFile } from '@app/common/storage';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PdfPages } from '../render/pdf-pages';
import { PdfRenderer } from '../render/pdf-renderer';
import { qrCodeDataUrl } from '../render/qr-code';
import { TicketContent, ticketDocumentHtml } from '../render/ticket-template';
import { TicketContentRow, TicketStore } from '../tickets/ticket.store';
import { TicketTokens } from '../verification/ticket-tokens';

const ticketKey = (row: TicketContentRow) => `tickets/${row.sessionId}/${row.ticketNumber}-r${row.revision}.pdf`;

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
    private readonly tickets: TicketStore,
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
      const due = await this.tickets.lockedDueForRender(manager, ticketIds);
      if (due.length === 0) return { rendered: 0, failed: 0 };
      return this.renderLocked(manager, due);
    });
  }

  private async renderLocked(manager: EntityManager, ticketIds: number[]): Promise<{ rendered: number; failed: number }> {
    const rows = await this.tickets.contentRows(manager, ticketIds);
    const contents = await Promise.all(rows.map((row) => this.content(row).catch((error: unknown) => error as Error)));
    const ready: Array<{ row: TicketContentRow; content: TicketContent }> = [];
    let failed = 0;
    for (const [index, row] of rows.entries()) {
      const content = contents[index];
      if (content instanceof Error) {
        // Bad data will not heal by retrying: record it for the progress report and go on.
        failed += 1;
        await this.tickets.recordRenderError(manager, row.id, content.message);
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
      await this.tickets.markRendered(manager, row.id, row.revision, stored[index]);
    }
    if (failed > 0) this.logger.warn(`${failed} of ${rows.length} tickets could not be rendered`);
    return { rendered: ready.length, failed };
  }

  /**
   * Cuts the batch PDF into one file per ticket and stores each as soon as it is cut, so no page outlives its
   * write; null when the pages do not match the tickets (a ticket spilled over).
   */
  private async storeEachPage(pdf: Buffer, ready: Array<{ row: TicketContentRow }>): Promise<StoredFile[] | null> {
    const pages = await PdfPages.load(pdf);
    if (pages.count !== ready.length) {
      this.logger.warn(`batch PDF has ${pages.count} pages for ${ready.length} tickets; rendering them one by one`);
      return null;
    }
    const stored: StoredFile[] = [];
    for (const [index, { row }] of ready.entries()) stored.push(await this.storage.put(ticketKey(row), pages.page(index)));
    return stored;
  }

  private async storeOneByOne(ready: Array<{ row: TicketContentRow; content: TicketContent }>): Promise<StoredFile[]> {
    const stored: StoredFile[] = [];
    for (const { row, content } of ready) stored.push(await this.storage.put(ticketKey(row), await this.renderer.render(ticketDocumentHtml([content]))));
    return stored;
  }

  private async content(row: TicketContentRow): Promise<TicketContent> {
    if (!row.photoKey) throw new Error('the candidate has no photo');
    const photo = await this.storage.get(row.photoKey);
    const rooms = (typeof row.rooms === 'string' ? JSON.parse(row.rooms) : row.rooms) as Array<{ id: string; name: string }>;
    // TK-6: the QR code opens the portal's verification page for this ticket at this revision.
    const verificationUrl = this.tokens.verificationUrl({ ticketNumber: row.ticketNumber, signupId: row.signupId, revision: row.revision });
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
      qrDataUrl: await qrCodeDataUrl(verificationUrl),
      issuer: '省全科医学培训中心',
      issuedOn: `${year}年`,
    };
  }
}
