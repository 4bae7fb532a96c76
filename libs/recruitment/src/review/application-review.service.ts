import type { Bilingual } from '@app/assessment/rules';
import type { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { toCsv, toXlsx } from '@app/common/tabular';
import { Clock, formatBeijing } from '@app/common/time';
import { Notifications } from '@app/notifications';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { canSeeApplication } from '../access/recruitment-access';
import { RecruitmentAccess } from '../access/recruitment-access.service';
import { APPLICANT_TYPE_LABELS } from '../admission';
import { ApplicationListRow, ApplicationView } from '../applications/application-view';
import { ApplicationViews } from '../applications/application-views.service';
import { actsFor, REVIEW_PROBLEM_ERRORS, reviewColumnsOf, reviewStateOf } from '../applications/application.rules';
import { ApplicationListFilter, ApplicationListScope, ApplicationStore } from '../applications/application.store';
import { RoundCatalogue } from '../applications/round-catalogue.service';
import { ApplicationReviewStep, applicationReviewHistory, REVIEW_HISTORY_ACTIONS } from './review-history';
import { reviewNotice } from './review-notices';
import { reviewTransition } from './review.rules';
import { REVIEW_STATUS_LABELS } from './review.rules';
import { ReviewAction, ReviewStatus } from './review.types';

/** RC-5: an application's review steps as they happened, for its applicant and for the reviewers who see it. */
export interface ApplicationReviewHistory {
  applicationId: number;
  roundId: number;
  status: ReviewStatus;
  statusLabel: Bilingual;
  /** oldest first */
  steps: ApplicationReviewStep[];
}

/** More steps than any application takes (each return adds two). */
const HISTORY_LIMIT = 200;

export type ReviewDecision = { decision: 'APPROVE' } | { decision: 'REJECT'; reason: string } | { decision: 'RETURN'; reason: string; correctBy: Date };

export interface ApplicationPage {
  items: ApplicationListRow[];
  total: number;
  page: number;
  pageSize: number;
}

const EXPORT_HEADERS = ['报名编号', '批次', '姓名', '证件号码', '联系电话', '报名类型', '审核状态', '待审核级别', '工作单位所在市', '第一志愿', '第二志愿', '服从调剂', '提交时间'];
/** An export is the list's rows, all pages; past this it asks for a narrower filter. */
const EXPORT_MAX_ROWS = 20_000;

/**
 * RC-5, the reviewers' side: lists within scope (a base: applications that chose it; a city commission: its
 * employers' applicants and those choosing its bases; the authority: its jurisdiction; never a draft, never
 * another jurisdiction), one application in full, and the decisions of the level whose turn it is, inside its
 * window: each one transaction with its compare-and-set, audit record and the applicant's message.
 */
@Injectable()
export class ApplicationReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: ApplicationStore,
    private readonly catalogue: RoundCatalogue,
    private readonly views: ApplicationViews,
    private readonly access: RecruitmentAccess,
    private readonly notifications: Notifications,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, filter: ApplicationListFilter, page: number, pageSize: number): Promise<ApplicationPage> {
    const { rows, total } = await this.store.list(await this.scopeOf(actor), filter, { limit: pageSize, offset: (page - 1) * pageSize });
    return { items: await this.views.listRows(rows), total, page, pageSize };
  }

  async export(actor: Actor, filter: ApplicationListFilter, format: 'csv' | 'xlsx'): Promise<{ content: Buffer; filename: string; contentType: string }> {
    const { rows, total } = await this.store.list(await this.scopeOf(actor), filter, { limit: EXPORT_MAX_ROWS + 1, offset: 0 });
    if (total > EXPORT_MAX_ROWS) throw new DomainError('SPREADSHEET_TOO_LARGE', { rows: total, maxRows: EXPORT_MAX_ROWS });
    const cells = (await this.views.listRows(rows)).map((row) => [
      row.id,
      row.roundCode,
      row.name,
      row.idMasked,
      row.phone ?? '',
      APPLICANT_TYPE_LABELS[row.applicantType],
      row.statusLabel.zh,
      row.nextReviewer ?? '',
      row.employerCityName ?? '',
      row.choices[0]?.baseName ?? '',
      row.choices[1]?.baseName ?? '',
      row.acceptsAdjustment ? '是' : '否',
      row.submittedAt ?? '',
    ]);
    const stamp = formatBeijing(this.clock.now()).slice(0, 10);
    return format === 'csv'
      ? { content: toCsv(EXPORT_HEADERS, cells), filename: `recruitment-applications-${stamp}.csv`, contentType: 'text/csv; charset=utf-8' }
      : { content: await toXlsx('招录报名', EXPORT_HEADERS, cells), filename: `recruitment-applications-${stamp}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  }

  async get(actor: Actor, id: number): Promise<ApplicationView> {
    const row = await this.store.byId(id);
    if (!row) throw new DomainError('APPLICATION_NOT_FOUND');
    const { round } = await this.catalogue.load(row.roundId);
    const standing = await this.access.standing(actor);
    if (standing === null || standing.kind === 'APPLICANT') throw new DomainError('FORBIDDEN_ROLE');
    if (row.status === 'DRAFT' || !canSeeApplication(standing, await this.catalogue.scoped(row, round.jurisdiction))) throw new DomainError('FORBIDDEN_SCOPE');
    return this.views.view(row);
  }

  /**
   * RC-5: the review steps of one application from their audit records (the audit library's query): to its
   * applicant, and to the staff who may see it (never a draft); reviewers named by organisation only.
   */
  async history(actor: Actor, id: number): Promise<ApplicationReviewHistory> {
    const row = await this.store.byId(id);
    if (!row) throw new DomainError('APPLICATION_NOT_FOUND');
    const { round, stored } = await this.catalogue.load(row.roundId);
    const standing = await this.access.standing(actor);
    // A draft is its applicant's alone (staff never see one); otherwise the same scope as the application itself.
    const draftHidden = row.status === 'DRAFT' && standing?.kind !== 'APPLICANT';
    if (draftHidden || !canSeeApplication(standing, await this.catalogue.scoped(row, round.jurisdiction))) throw new DomainError('FORBIDDEN_SCOPE');
    const { items } = await this.audit.query({ entityType: 'recruitment_application', entityId: String(row.id), actions: REVIEW_HISTORY_ACTIONS, page: 1, pageSize: HISTORY_LIMIT });
    const names = await this.catalogue.organisationNames();
    // The catalogue writes "#id" for an organisation that is gone: the step then names the level instead.
    const organisationName = (organisationId: number): string | null => (names(organisationId) === `#${organisationId}` ? null : names(organisationId));
    const facts = items.reverse().map((record) => ({ action: record.action, reason: record.reason, before: record.before, after: record.after, at: formatBeijing(new Date(record.occurredAt)) }));
    return {
      applicationId: row.id,
      roundId: stored.id,
      status: row.status,
      statusLabel: REVIEW_STATUS_LABELS[row.status],
      steps: applicationReviewHistory(facts, { jurisdiction: round.jurisdiction, organisationName }),
    };
  }

  async decide(actor: Actor, id: number, decision: ReviewDecision, expectedVersion?: number): Promise<ApplicationView> {
    const now = this.clock.now();
    const standing = await this.access.standing(actor);
    if (standing === null || standing.kind === 'APPLICANT') throw new DomainError('FORBIDDEN_ROLE');
    await this.dataSource.transaction(async (manager) => {
      const row = await this.store.lockedById(manager, id);
      if (!row) throw new DomainError('APPLICATION_NOT_FOUND');
      const { round, stored } = await this.catalogue.load(row.roundId);
      if (row.status === 'DRAFT' || !canSeeApplication(standing, await this.catalogue.scoped(row, round.jurisdiction))) throw new DomainError('FORBIDDEN_SCOPE');
      const level = await this.access.reviewLevel(actor, round.jurisdiction);
      if (expectedVersion !== undefined && expectedVersion !== row.version) throw new DomainError('APPLICATION_CHANGED', { currentVersion: row.version });
      const action: ReviewAction =
        decision.decision === 'APPROVE'
          ? { kind: 'APPROVE', level }
          : decision.decision === 'REJECT'
            ? { kind: 'REJECT', level, reason: decision.reason }
            : { kind: 'RETURN', level, reason: decision.reason, correctBy: decision.correctBy };
      const before = reviewStateOf(row);
      const outcome = reviewTransition(round.reviewChain, before, action, { now, windows: round.reviewWindows });
      if (!outcome.ok) throw new DomainError(REVIEW_PROBLEM_ERRORS[outcome.problem.code], { message: outcome.problem.message });
      // It is this level's turn; is it this office's application? (a city for its employers, a base when chosen first)
      if (!actsFor(standing, level, row)) throw new DomainError('FORBIDDEN_SCOPE', { reason: 'another office of this level reviews this application' });
      if (!(await this.store.updateIfVersion(manager, row.id, row.version, reviewColumnsOf(outcome.state)))) throw new DomainError('APPLICATION_CHANGED');
      const reason = action.kind === 'APPROVE' ? null : action.reason.trim();
      await this.audit.record(manager, actor, {
        action: `RECRUITMENT_REVIEW_${decision.decision}`,
        entityType: 'recruitment_application',
        entityId: row.id,
        scopeBaseId: row.choice1BaseId,
        reason,
        before: { status: before.status, stage: before.stage, step: before.step },
        after: {
          level,
          // Which office decided, for the application's history (its people are never named to the applicant).
          organisationId: actor.organisationId,
          status: outcome.state.status,
          stage: outcome.state.stage,
          step: outcome.state.step,
          ...(action.kind === 'RETURN' ? { correctBy: formatBeijing(action.correctBy) } : {}),
        },
      });
      const notice = reviewNotice(action, outcome.state, round.reviewChain, {
        accountId: row.accountId,
        roundId: stored.id,
        roundName: round.name,
        jurisdiction: round.jurisdiction,
        applicationId: row.id,
        version: row.version + 1,
      });
      if (notice) await this.notifications.notify(manager, notice);
    });
    return this.get(actor, id);
  }

  private async scopeOf(actor: Actor): Promise<ApplicationListScope> {
    const standing = await this.access.standing(actor);
    if (standing === null || standing.kind === 'APPLICANT') throw new DomainError('FORBIDDEN_ROLE');
    switch (standing.kind) {
      case 'AUTHORITY':
        return { kind: 'AUTHORITY', jurisdiction: standing.jurisdiction };
      case 'CITY':
        return { kind: 'CITY', jurisdiction: standing.jurisdiction, cityId: standing.cityId, cityBaseIds: await this.catalogue.basesOfCity(standing.cityId) };
      case 'BASE':
        return { kind: 'BASE', jurisdiction: standing.jurisdiction, baseId: standing.baseId };
    }
  }
}
