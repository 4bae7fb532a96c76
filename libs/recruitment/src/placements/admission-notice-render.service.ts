import { AppConfig } from '@app/common/config';
import { FileStorage, StoredFile } from '@app/common/storage';
import { beijingDateOf } from '@app/common/time';
import { Clock } from '@app/common/time';
import { PdfPages, PdfRenderer, qrCodeDataUrl } from '@app/tickets';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APPLICANT_TYPE_LABELS } from '../admission';
import { RoundBases } from '../admission-runs/round-bases.service';
import { JURISDICTION_INFO } from '../jurisdiction';
import { RoundStore } from '../rounds/round.store';
import { ApplicantMessages, noticeReadyMessage } from './applicant-messages';
import { AdmissionNoticeContent, admissionNoticeHtml, noticeVerificationUrl } from './notice-template';
import { PlacementRow, PlacementStore } from './placement.store';

const noticeKey = (row: PlacementRow) => `admission-notices/${row.roundId}/${row.applicationId}.pdf`;

function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/**
 * The worker's side of admission notices: renders a batch with the ticket renderer (one Chromium page.pdf() for
 * the batch, cut into one file per notice), stores each, marks it READY. The placements stay locked until marked,
 * so a second copy of a job waits and then finds nothing to do: each notice is rendered once.
 */
@Injectable()
export class AdmissionNoticeRenderService {
  private readonly logger = new Logger(AdmissionNoticeRenderService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly placements: PlacementStore,
    private readonly rounds: RoundStore,
    private readonly bases: RoundBases,
    private readonly renderer: PdfRenderer,
    private readonly storage: FileStorage,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly messages: ApplicantMessages,
  ) {}

  async renderBatch(applicationIds: number[]): Promise<{ rendered: number; failed: number }> {
    return this.dataSource.transaction(async (manager) => {
      const due = await this.placements.lockedDueNotices(manager, applicationIds);
      if (due.length === 0) return { rendered: 0, failed: 0 };
      return this.renderLocked(manager, due);
    });
  }

  private async renderLocked(manager: EntityManager, rows: PlacementRow[]): Promise<{ rendered: number; failed: number }> {
    const ready: Array<{ row: PlacementRow; content: AdmissionNoticeContent; resultsVisibleAt: Date | null }> = [];
    let failed = 0;
    for (const row of rows) {
      try {
        ready.push({ row, ...(await this.content(row)) });
      } catch (error) {
        failed += 1;
        await this.placements.markNoticeFailed(manager, row.applicationId, (error as Error).message);
      }
    }
    if (ready.length === 0) return { rendered: 0, failed };
    const pdf = await this.renderer.render(admissionNoticeHtml(ready.map((each) => each.content)));
    const pages = await PdfPages.load(pdf);
    const stored: StoredFile[] = [];
    if (pages.count === ready.length) {
      for (const [index, { row }] of ready.entries()) stored.push(await this.storage.put(noticeKey(row), pages.page(index)));
    } else {
      this.logger.warn(`notice batch PDF has ${pages.count} pages for ${ready.length} notices; rendering them one by one`);
      for (const { row, content } of ready) stored.push(await this.storage.put(noticeKey(row), await this.renderer.render(admissionNoticeHtml([content]))));
    }
    for (const [index, { row }] of ready.entries()) await this.placements.markNoticeReady(manager, row.applicationId, stored[index].key);
    // Told with the mark, in its transaction: a notice marked READY has its message, a rolled-back one none.
    await this.messages.send(
      manager,
      ready.map(({ row, content, resultsVisibleAt }) =>
        noticeReadyMessage({ accountId: row.accountId, roundId: row.roundId, roundName: content.roundName, applicationId: row.applicationId }, content.baseName, resultsVisibleAt),
      ),
    );
    return { rendered: ready.length, failed };
  }

  private async content(row: PlacementRow): Promise<{ content: AdmissionNoticeContent; resultsVisibleAt: Date | null }> {
    const stored = await this.rounds.byId(row.roundId);
    if (!stored) throw new Error(`round ${row.roundId} not found`);
    const names = await this.bases.of(stored.round.jurisdiction);
    const deadline = stored.round.reportingDeadline;
    const content = {
      roundName: stored.round.name,
      applicantName: row.name,
      idNumberMasked: row.idMasked,
      baseName: names.nameOf(row.baseId),
      applicantType: APPLICANT_TYPE_LABELS[row.applicantType],
      // The deadline is an exclusive instant (24:00 of the notice's day): the day before it is the last day to report.
      reportBy: deadline ? chineseDate(beijingDateOf(new Date(deadline.getTime() - 1))) : null,
      issuer: JURISDICTION_INFO[stored.round.jurisdiction].authorityOrganisation,
      issuedOn: chineseDate(beijingDateOf(this.clock.now())),
      qrDataUrl: await qrCodeDataUrl(noticeVerificationUrl(this.config.http.publicOrigin, row.noticeToken)),
    };
    return { content, resultsVisibleAt: stored.round.admission.resultsVisibleAt };
  }
}
