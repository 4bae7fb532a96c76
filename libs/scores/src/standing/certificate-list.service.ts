import { Bilingual } from '@app/assessment/rules';
import { Actor } from '@app/common/actor';
import { DomainError } from '@app/common/errors';
import { toCsv, toXlsx } from '@app/common/tabular';
import { beijingDateOf, Clock, LocalDate } from '@app/common/time';
import { OrganisationService } from '@app/identity';
import { TraineeSummaries } from '@app/training';
import { Injectable } from '@nestjs/common';
import { CertificateRuleId } from '../rules/certificate.rules';
import { CSV_CONTENT_TYPE, EXPORT_LIMIT, StandingScope, standingScope, XLSX_CONTENT_TYPE } from './standing-scope';
import { StandingReader } from './standing-reader';
import { StandingStore } from './standing.store';
import { explainStanding } from './trainee-standing-view.service';

export interface CertificateListFilter {
  baseId?: number;
  eligible?: boolean;
}

export interface CertificateListRow {
  traineeId: number;
  name: string;
  idNumberMasked: string;
  baseId: number;
  baseName: string;
  cityName: string;
  cohort: string;
  rotationEndDate: LocalDate;
  eligible: boolean;
  failedRules: CertificateRuleId[];
  /** the failed checks' explanations, in rule order: "why not" */
  reasons: Bilingual[];
}

export interface CertificateListPage {
  today: LocalDate;
  items: CertificateListRow[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * SC-6: everyone in scope, who may apply for the certificate and why not for everyone else. The filter
 * runs on the standing read model (certificateEligibleOfStanding in SQL), so 200k trainees are never
 * judged one by one; the rows shown are explained by the pure rule.
 */
@Injectable()
export class CertificateListService {
  constructor(
    private readonly store: StandingStore,
    private readonly reader: StandingReader,
    private readonly trainees: TraineeSummaries,
    private readonly organisations: OrganisationService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, filter: CertificateListFilter, page: number, pageSize: number): Promise<CertificateListPage> {
    const today = beijingDateOf(this.clock.now());
    const scope = await this.scope(actor, filter);
    const total = await this.store.certificateCount(scope, filter.eligible, today);
    const ids = await this.store.certificateIds(scope, filter.eligible, today, pageSize, (page - 1) * pageSize);
    return { today, items: await this.rows(ids, today), total, page, pageSize };
  }

  async export(actor: Actor, filter: CertificateListFilter, format: 'csv' | 'xlsx'): Promise<{ content: Buffer; filename: string; contentType: string }> {
    const today = beijingDateOf(this.clock.now());
    const ids = await this.store.certificateIds(await this.scope(actor, filter), filter.eligible, today, EXPORT_LIMIT + 1, 0);
    if (ids.length > EXPORT_LIMIT) throw new DomainError('SPREADSHEET_TOO_LARGE', { limit: EXPORT_LIMIT });
    const rows = await this.rows(ids, today);
    const headers = ['姓名', '证件号码', '设区市', '培训基地', '年级', '结束轮转时间', '可申请合格证书', '不符合的条件', '原因'];
    const cells = rows.map((r) => [
      r.name,
      r.idNumberMasked,
      r.cityName,
      r.baseName,
      r.cohort,
      r.rotationEndDate,
      r.eligible ? '是' : '否',
      r.failedRules.join('、'),
      r.reasons.map((reason) => reason.zh).join('；'),
    ]);
    const filename = `certificate-eligibility-${today}.${format}`;
    return format === 'csv'
      ? { content: toCsv(headers, cells), filename, contentType: CSV_CONTENT_TYPE }
      : { content: await toXlsx('合格证书申请资格', headers, cells), filename, contentType: XLSX_CONTENT_TYPE };
  }

  private async scope(actor: Actor, filter: CertificateListFilter): Promise<StandingScope> {
    return standingScope(actor, filter.baseId, await this.organisations.cityOfBaseResolver());
  }

  private async rows(ids: number[], today: LocalDate): Promise<CertificateListRow[]> {
    const [trainees, attempts] = await Promise.all([this.trainees.byIds(ids), this.reader.countingAttempts(ids)]);
    return ids.flatMap((id) => trainees.get(id) ?? []).map((trainee) => {
      const { certificate } = explainStanding(trainee, attempts.get(trainee.id) ?? [], today);
      const failed = certificate.checks.filter((check) => !check.passed);
      return {
        traineeId: trainee.id,
        name: trainee.name,
        idNumberMasked: trainee.idNumberMasked,
        baseId: trainee.baseId,
        baseName: trainee.baseName,
        cityName: trainee.cityName,
        cohort: trainee.cohort,
        rotationEndDate: trainee.rotationEndDate,
        eligible: certificate.eligible,
        failedRules: certificate.failedRules,
        reasons: failed.map((check) => check.explanation),
      };
    });
  }
}
