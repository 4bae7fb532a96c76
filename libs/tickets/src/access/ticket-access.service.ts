import { refuseCancelledSubjects } from '@app/assessment/sessions/cancelled-subjects';
import { Subject } from '@app/assessment/rules/subject';
import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { FileStorage } from '@app/common/storage';
import { Clock } from '@app/common/time';
import { TicketJobsProducer } from '@app/queue/ticket-jobs.producer';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PDFDocument } from 'pdf-lib';
import { DataSource } from 'typeorm';
import { AssessmentReadStore } from '../assessment-reads/assessment-read.store';
import { TicketNumberService } from '../numbering/ticket-number.service';
import { renderFailureReason, RenderFailureReason } from '../rules/render-failure.rules';
import { ticketWindowRefusal } from '../rules/ticket-window.rules';
import { TicketStore } from '../tickets/ticket.store';
import { TicketTokens } from '../verification/ticket-tokens';

export interface TicketProgress {
  total: number;
  done: number;
  failed: number;
  pending: number;
}

/** TK-5: a ticket the worker could not render, with its candidate and why. */
export interface TicketRenderFailure {
  ticketId: number;
  ticketNumber: string;
  subject: Subject;
  revision: number;
  signupId: number;
  traineeId: number;
  candidateName: string;
  idNumberMasked: string;
  baseName: string;
  reason: RenderFailureReason;
  /** what the renderer recorded, for support */
  detail: string;
}

export interface TicketRenderFailurePage {
  items: TicketRenderFailure[];
  total: number;
  page: number;
  pageSize: number;
}

export interface TicketVerification {
  genuine: true;
  current: boolean;
  /** Why a genuine ticket is not current: withdrawn, or superseded by a newer print. */
  reason: 'CURRENT' | 'WITHDRAWN' | 'SUPERSEDED' | 'SIGNUP_NOT_APPROVED';
  ticketNumber: string;
  name: string;
  idNumberMasked: string;
  photoDataUrl: string | null;
}

/** TK-1, TK-5, TK-6 around the stored tickets: generate, follow progress, download inside the window, verify. */
@Injectable()
export class TicketAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tickets: TicketStore,
    private readonly assessment: AssessmentReadStore,
    private readonly numbers: TicketNumberService,
    private readonly producer: TicketJobsProducer,
    private readonly storage: FileStorage,
    private readonly tokens: TicketTokens,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** One centre action: numbers for everyone seated, then render jobs for every ticket whose PDF is missing or stale. */
  async generate(actor: Actor, sessionId: number): Promise<{ issued: number; jobs: number; progress: TicketProgress }> {
    const { issued } = await this.numbers.issueForSession(actor, sessionId);
    const stale = await this.tickets.staleOfSession(sessionId);
    const plain = (rows: typeof stale) => rows.map((t) => ({ id: t.id, revision: t.revision }));
    const jobs =
      (await this.producer.enqueueRender(plain(stale.filter((t) => !t.failedBefore)))) +
      (await this.producer.enqueueRender(plain(stale.filter((t) => t.failedBefore)), `retry${this.clock.now().getTime()}`));
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, actor, { action: 'TICKETS_GENERATION_REQUESTED', entityType: 'assessment_session', entityId: sessionId, after: { issued, toRender: stale.length, jobs } }),
    );
    return { issued, jobs, progress: await this.progress(sessionId) };
  }

  /**
   * MySQL is the record of what still needs a PDF: tickets pending a render that no unfinished job holds (Redis
   * lost them in a restart) are queued again. The jobs are read before MySQL, so a job finishing in between
   * is seen as rendered, not lost; the job ids follow the tickets and revisions, so two workers doing this at
   * once queue the same jobs, and the renderer skips a ticket another job rendered meanwhile. Tickets whose
   * render failed on their data wait for the centre's next generate, as before.
   */
  async requeueLostRenders(): Promise<{ tickets: number; jobs: number }> {
    const held = await this.producer.heldTicketIds();
    const lost = (await this.tickets.awaitingRender()).filter((t) => !held.has(t.id));
    return { tickets: lost.length, jobs: await this.producer.enqueueRender(lost) };
  }

  async progress(sessionId: number): Promise<TicketProgress> {
    const { total, done, failed } = await this.tickets.renderCounts(sessionId);
    return { total, done, failed, pending: total - done - failed };
  }

  /**
   * TK-5: the tickets whose render failed on their data, by ticket number. Generating again (POST …/generate)
   * retries them once the data is fixed.
   */
  async failures(sessionId: number, page: number, pageSize: number): Promise<TicketRenderFailurePage> {
    if (!(await this.assessment.sessionById(sessionId))) throw new DomainError('SESSION_NOT_FOUND');
    const { items, total } = await this.tickets.failuresOfSession(sessionId, page, pageSize);
    return {
      items: items.map((row) => ({
        ticketId: row.ticketId,
        ticketNumber: row.ticketNumber,
        subject: row.subject,
        revision: row.revision,
        signupId: row.signupId,
        traineeId: row.traineeId,
        candidateName: row.name,
        idNumberMasked: row.idMasked,
        baseName: row.baseName,
        reason: renderFailureReason(row.message),
        detail: row.message,
      })),
      total,
      page,
      pageSize,
    };
  }

  /** TK-1: the candidate's own ticket, only inside the subject's ticket window. */
  async download(actor: Actor, sessionId: number, subject: Subject): Promise<{ pdf: Buffer; filename: string }> {
    if (actor.role !== 'CANDIDATE' || actor.traineeId === null) throw new DomainError('FORBIDDEN_ROLE');
    const session = await this.assessment.sessionById(sessionId);
    if (!session) throw new DomainError('SESSION_NOT_FOUND');
    const config = session.subjects.find((s) => s.subject === subject);
    if (!config) throw new DomainError('TICKET_NOT_FOUND');
    // FA-12: a called-off exam has no ticket to print; say so rather than "not found".
    refuseCancelledSubjects(session, [subject]);
    if (config.ticketMode === 'NATIONAL_SITE') throw new DomainError('TICKET_AT_NATIONAL_SITE', { site: '中国卫生人才网', url: 'http://www.21wecan.com' });
    const window = { opensAt: new Date(config.ticketOpensAt), closesAt: new Date(config.ticketClosesAt) };
    const refusal = ticketWindowRefusal(window, this.clock.now());
    if (refusal) throw new DomainError(refusal.code, { opensAt: refusal.opensAt, closesAt: refusal.closesAt });
    const ticket = await this.tickets.candidateFile(sessionId, actor.traineeId, subject);
    if (!ticket) throw new DomainError('TICKET_NOT_FOUND');
    if (!ticket.pdfKey || !ticket.current) throw new DomainError('TICKET_NOT_READY');
    return { pdf: await this.storage.get(ticket.pdfKey), filename: `${ticket.ticketNumber}.pdf` };
  }

  /** TK-7: one PDF of all of a base's current tickets, in ticket-number order, for printing in one go. */
  async batch(actor: Actor, sessionId: number, requestedBaseId?: number): Promise<{ pdf: Buffer; filename: string; tickets: number }> {
    const baseId = actor.role === 'BASE_REVIEWER' ? actor.baseId : actor.role === 'CENTRE_ADMIN' ? (requestedBaseId ?? null) : null;
    if (actor.role !== 'BASE_REVIEWER' && actor.role !== 'CENTRE_ADMIN') throw new DomainError('FORBIDDEN_ROLE');
    if (actor.role === 'BASE_REVIEWER' && requestedBaseId !== undefined && requestedBaseId !== actor.baseId) throw new DomainError('FORBIDDEN_SCOPE');
    if (baseId === null) throw new DomainError('VALIDATION_FAILED', { problems: ['baseId is required'] });
    const rows = await this.tickets.baseFiles(sessionId, baseId);
    if (rows.length === 0) throw new DomainError('TICKET_NOT_FOUND');
    const pending = rows.filter((r) => !r.pdfKey || !r.current).length;
    if (pending > 0) throw new DomainError('TICKET_NOT_READY', { pending, total: rows.length });
    const merged = await PDFDocument.create();
    for (const row of rows) {
      const single = await PDFDocument.load(await this.storage.get(row.pdfKey!));
      for (const page of await merged.copyPages(single, single.getPageIndices())) merged.addPage(page);
    }
    return { pdf: Buffer.from(await merged.save()), filename: `tickets-${sessionId}-${baseId}.pdf`, tickets: rows.length };
  }

  /** TK-6: exam staff scan the QR code; a genuine token tells whether the ticket is current and shows who it is for. */
  async verify(token: string): Promise<TicketVerification> {
    return (await this.check(token)).answer;
  }

  /**
   * TK-6 by a signed-in exam-site checker: the public answer, and an audit record of who verified which ticket
   * when (with what the check said). A token that is not genuine is refused as publicly, and not recorded.
   */
  async verifyAsChecker(actor: Actor, token: string): Promise<TicketVerification> {
    const { answer, signupId, baseId, revision } = await this.check(token);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, actor, {
        action: 'TICKET_VERIFIED',
        entityType: 'admit_ticket',
        entityId: answer.ticketNumber,
        scopeBaseId: baseId,
        after: { signupId, revision, current: answer.current, reason: answer.reason },
      }),
    );
    return answer;
  }

  private async check(token: string): Promise<{ answer: TicketVerification; signupId: number; baseId: number; revision: number }> {
    const payload = this.tokens.verify(token);
    if (!payload) throw new DomainError('TICKET_TOKEN_INVALID');
    const row = await this.tickets.forVerification(payload.ticketNumber, payload.signupId);
    if (!row) throw new DomainError('TICKET_TOKEN_INVALID');
    const reason: TicketVerification['reason'] =
      row.status !== 'ISSUED' ? 'WITHDRAWN' : row.signupStatus !== 'APPROVED' ? 'SIGNUP_NOT_APPROVED' : row.revision !== payload.revision ? 'SUPERSEDED' : 'CURRENT';
    const photo = row.photoKey ? await this.storage.get(row.photoKey).catch(() => null) : null;
    const answer: TicketVerification = {
      genuine: true,
      current: reason === 'CURRENT',
      reason,
      ticketNumber: row.ticketNumber,
      name: row.name,
      idNumberMasked: row.idMasked,
      photoDataUrl: photo ? `data:image/jpeg;base64,${photo.toString('base64')}` : null,
    };
    return { answer, signupId: payload.signupId, baseId: row.baseId, revision: payload.revision };
  }
}
