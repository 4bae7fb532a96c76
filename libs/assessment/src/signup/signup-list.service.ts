import { Actor } from '@app/common/actor';
import { DomainError } from '@app/common/errors';
import { toCsv, toXlsx } from '@app/common/tabular';
import { formatBeijing } from '@app/common/time';
import { OrganisationService } from '@app/identity/organisation.service';
import { resolveBaseFilter } from '@app/identity/scope.policy';
import { Trainee } from '@app/training/trainee.entity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Signup } from '../entities/signup.entity';
import { SIGNUP_STATUS_LABELS, SignupStatus } from '../rules/signup-state.rules';
import { Subject, SUBJECT_LABELS } from '../rules/subject';
import { subjectsOf } from './signup-view';

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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationService,
  ) {}

  async list(actor: Actor, filter: SignupListFilter, page: number, pageSize: number): Promise<{ items: SignupListRow[]; total: number; page: number; pageSize: number }> {
    const qb = await this.query(actor, filter);
    const [signups, total] = await qb.skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
    return { items: await this.rows(signups), total, page, pageSize };
  }

  async export(actor: Actor, filter: SignupListFilter, format: 'csv' | 'xlsx'): Promise<{ content: Buffer; filename: string; contentType: string }> {
    const qb = await this.query(actor, filter);
    const total = await qb.getCount();
    if (total > EXPORT_LIMIT) throw new DomainError('SPREADSHEET_TOO_LARGE', { rows: total, limit: EXPORT_LIMIT });
    const rows = await this.rows(await qb.getMany());
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

  private async query(actor: Actor, filter: SignupListFilter): Promise<SelectQueryBuilder<Signup>> {
    if (actor.role === 'CANDIDATE') throw new DomainError('FORBIDDEN_ROLE');
    const scope = resolveBaseFilter(actor, filter, await this.organisations.cityOfBaseResolver());
    const qb = this.dataSource.getRepository(Signup).createQueryBuilder('s');
    // Drafts are not sign-ups (FA-7): reviewers never see them.
    qb.where("s.status <> 'DRAFT'");
    if (scope.kind === 'BASE') qb.andWhere('s.baseId = :baseId', { baseId: scope.baseId });
    if (scope.kind === 'CITY') qb.andWhere('s.cityId = :cityId', { cityId: scope.cityId });
    if (filter.sessionId !== undefined) qb.andWhere('s.sessionId = :sessionId', { sessionId: filter.sessionId });
    if (filter.status) qb.andWhere('s.status = :status', { status: filter.status });
    if (filter.subject === 'THEORY') qb.andWhere('s.subjectTheory = 1');
    if (filter.subject === 'SKILLS') qb.andWhere('s.subjectSkills = 1');
    if (filter.name) {
      qb.innerJoin(Trainee, 't', 't.id = s.traineeId').andWhere('t.name LIKE :name', { name: `%${filter.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    }
    return qb.orderBy('s.id', 'ASC');
  }

  private async rows(signups: Signup[]): Promise<SignupListRow[]> {
    if (signups.length === 0) return [];
    const trainees = new Map<number, Trainee>();
    const ids = signups.map((s) => s.traineeId);
    for (let i = 0; i < ids.length; i += 1000) {
      const chunk = await this.dataSource.getRepository(Trainee).createQueryBuilder('t').whereInIds(ids.slice(i, i + 1000)).getMany();
      for (const t of chunk) trainees.set(t.id, t);
    }
    const organisations = new Map((await this.organisations.all()).map((o) => [o.id, o]));
    return signups.map((s) => {
      const trainee = trainees.get(s.traineeId)!;
      return {
        id: s.id,
        sessionId: s.sessionId,
        traineeId: s.traineeId,
        name: trainee.name,
        idNumberMasked: trainee.idMasked,
        baseId: s.baseId,
        baseName: organisations.get(s.baseId)?.name ?? '',
        cityName: organisations.get(s.cityId)?.name ?? '',
        cohort: trainee.cohort,
        rotationEndDate: trainee.rotationEndDate,
        subjects: subjectsOf(s),
        status: s.status,
        statusLabel: SIGNUP_STATUS_LABELS[s.status].zh,
        eligible: s.verdict?.eligible ?? null,
        submittedAt: s.submittedAt ? formatBeijing(new Date(s.submittedAt)) : null,
        lastReason: s.lastReason,
      };
    });
  }
}
