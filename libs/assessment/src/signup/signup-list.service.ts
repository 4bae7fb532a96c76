import { Actor } from '@app/common/actor';
import { DomainError } from '@app/common/errors';
import { toCsv, toXlsx } from '@app/common/tabular';
import { formatBeijing } from '@app/common/time';
import { OrganisationService } from '@app/identity/organisation.service';
import { resolveBaseFilter } from '@app/identity/scope.policy';
import { TraineeRecords, TraineeSummaries } from '@app/training';
import { Injectable } from '@nestjs/common';
import { Signup } from '../entities/signup.entity';
import { SignupStatus } from '../rules/signup-state.rules';
import { Subject, SUBJECT_LABELS } from '../rules/subject';
import { statusLabelOf, subjectsOf } from './signup-view';
import { SignupListQuery, SignupStore } from './signup.store';

export interface SignupListFilter {
  sessionId?: number;
  status?: SignupStatus;
  baseId?: number;
  cityId?: number;
  subject?: Subject;
  name?: string;
}

export interface SignupListRow {
  id: number;
  sessionId: number;
  traineeId: number;
  name: string;
  idNumberMasked: string;
  baseId: number;
  baseName: string;
  cityName: string;
  cohort: string;
  rotationEndDate: string;
  subjects: Subject[];
  status: SignupStatus;
  statusLabel: string;
  eligible: boolean | null;
  submittedAt: string | null;
  lastReason: string | null;
}

/** The export may be large, but not unbounded. */
const EXPORT_LIMIT = 100_000;

/** Reviewer lists and their exports share one query, so an export row is exactly an on-screen row. */
@Injectable()
export class SignupListService {
  constructor(
    private readonly signups: SignupStore,
    private readonly trainees: TraineeRecords,
    private readonly summaries: TraineeSummaries,
    private readonly organisations: OrganisationService,
  ) {}

  async list(actor: Actor, filter: SignupListFilter, page: number, pageSize: number): Promise<{ items: SignupListRow[]; total: number; page: number; pageSize: number }> {
    const { items, total } = await this.signups.listPage(await this.query(actor, filter), page, pageSize);
    return { items: await this.rows(items), total, page, pageSize };
  }

  async export(actor: Actor, filter: SignupListFilter, format: 'csv' | 'xlsx'): Promise<{ content: Buffer; filename: string; contentType: string }> {
    const query = await this.query(actor, filter);
    const total = await this.signups.listCount(query);
    if (total > EXPORT_LIMIT) throw new DomainError('SPREADSHEET_TOO_LARGE', { rows: total, limit: EXPORT_LIMIT });
    const rows = await this.rows(await this.signups.listAll(query));
    const headers = ['报名编号', '姓名', '证件号码', '设区市', '培训基地', '年级', '结束轮转时间', '报考科目', '报名状态', '提交时间', '审核意见'];
    const cells = rows.map((r) => [
      r.id,
      r.name,
      r.idNumberMasked,
      r.cityName,
      r.baseName,
      r.cohort,
      r.rotationEndDate,
      r.subjects.map((s) => SUBJECT_LABELS[s].zh).join('、'),
      r.statusLabel,
      r.submittedAt,
      r.lastReason,
    ]);
    const stamp = `signups-${filter.sessionId ?? 'all'}`;
    return format === 'csv'
      ? { content: toCsv(headers, cells), filename: `${stamp}.csv`, contentType: 'text/csv; charset=utf-8' }
      : {
          content: await toXlsx('报名名单', headers, cells),
          filename: `${stamp}.xlsx`,
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        };
  }

  /** The store's filter: the caller's scope, and the trainees whose name matches (training answers that). */
  private async query(actor: Actor, filter: SignupListFilter): Promise<SignupListQuery> {
    if (actor.role === 'CANDIDATE') throw new DomainError('FORBIDDEN_ROLE');
    const scope = resolveBaseFilter(actor, filter, await this.organisations.cityOfBaseResolver());
    return {
      baseId: scope.kind === 'BASE' ? scope.baseId : undefined,
      cityId: scope.kind === 'CITY' ? scope.cityId : undefined,
      sessionId: filter.sessionId,
      status: filter.status,
      subject: filter.subject,
      traineeIds: filter.name ? await this.trainees.idsWithNameContaining(filter.name) : undefined,
    };
  }

  private async rows(signups: Signup[]): Promise<SignupListRow[]> {
    if (signups.length === 0) return [];
    const trainees = await this.summaries.byIds(signups.map((s) => s.traineeId));
    const organisations = new Map((await this.organisations.all()).map((o) => [o.id, o]));
    return signups.map((s) => {
      const trainee = trainees.get(s.traineeId)!;
      return {
        id: s.id,
        sessionId: s.sessionId,
        traineeId: s.traineeId,
        name: trainee.name,
        idNumberMasked: trainee.idNumberMasked,
        baseId: s.baseId,
        baseName: organisations.get(s.baseId)?.name ?? '',
        cityName: organisations.get(s.cityId)?.name ?? '',
        cohort: trainee.cohort,
        rotationEndDate: trainee.rotationEndDate,
        subjects: subjectsOf(s),
        status: s.status,
        statusLabel: statusLabelOf(s).zh,
        eligible: s.verdict?.eligible ?? null,
        submittedAt: s.submittedAt ? formatBeijing(new Date(s.submittedAt)) : null,
        lastReason: s.lastReason,
      };
    });
  }
}
