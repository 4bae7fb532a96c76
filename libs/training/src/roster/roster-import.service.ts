import { isDuplicateKey } from '@app/common/sql';
import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { PersonalDataCipher } from '@app/common/crypto';
import { DomainError } from '@app/common/errors';
import { checkIdNumber, IdDocumentType, maskIdNumber, parseIdDocumentType } from '@app/common/identity-document';
import { readTable, TableRow } from '@app/common/tabular';
import { beijingDateOf, Clock } from '@app/common/time';
import { Organisation } from '@app/identity/entities/organisation.entity';
import { OrganisationService } from '@app/identity/organisation.service';
import { assertAccess } from '@app/identity/scope.policy';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { changesRotationFacts, RotationFactsEvents } from '../rotation-facts.events';
import { Trainee } from '../trainee.entity';
import { NewTrainee, TraineeStore } from '../trainee.store';
import { parseCohort, parseFlag, parseRosterDate, ROSTER_COLUMNS, RosterColumn } from './roster-columns';
import { RosterImportReport, RosterRowError, RosterRowReport } from './roster-report';

/** A checked row: `fields` is null when the row could not be read into a trainee (its outcome is then ERROR). */
interface ValidRow {
  report: RosterRowReport;
  fields: NewTrainee | null;
  existing?: Trainee;
}

const ROSTER_FIELDS = ['name', 'cohort', 'rotationEndDate', 'phaseTheoryPassed', 'processAssessmentPassed'] as const;
const MAX_NAME_LENGTH = 50;

/**
 * A base (or the centre) uploads its roster. Every row is checked and reported; a commit writes all
 * rows or none. Existing trainees (same ID number) of the same base are updated.
 */
@Injectable()
export class RosterImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly trainees: TraineeStore,
    private readonly organisations: OrganisationService,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly rotationFacts: RotationFactsEvents,
  ) {}

  async import(
    actor: Actor,
    file: { buffer: Buffer; filename: string },
    options: { commit: boolean; defaultBaseId?: number },
  ): Promise<RosterImportReport> {
    const defaultBase = await this.defaultBase(actor, options.defaultBaseId);
    const table = await readTable(file, ROSTER_COLUMNS);
    if (table.rows.length === 0) throw new DomainError('FILE_EMPTY', { reason: 'no data rows' });

    const today = beijingDateOf(this.clock.now());
    const bases = (await this.organisations.all()).filter((o) => o.kind === 'BASE');
    const rows = table.rows.map((row) => this.validateRow(row, actor, defaultBase, bases, today));
    this.markDuplicates(rows);
    await this.compareWithExisting(rows);

    const reports = rows.map((row) => row.report);
    const report: RosterImportReport = {
      committed: false,
      format: table.format,
      encoding: table.encoding,
      totalRows: reports.length,
      created: reports.filter((r) => r.outcome === 'CREATE').length,
      updated: reports.filter((r) => r.outcome === 'UPDATE').length,
      unchanged: reports.filter((r) => r.outcome === 'UNCHANGED').length,
      errorRows: reports.filter((r) => r.outcome === 'ERROR').length,
      rows: reports,
    };
    if (!options.commit) return report;
    if (report.errorRows > 0) throw new DomainError('ROSTER_INVALID', report);

    await this.dataSource
      .transaction(async (manager) => {
        // Updates and their consequences first: inserting reads generated columns back, which would fix the snapshot (see RotationFactsEvents).
        const updates = rows.filter((row) => row.report.outcome === 'UPDATE');
        for (const row of updates) {
          const existing = row.existing!;
          const updated = await this.trainees.updateIfVersion(manager, existing.id, existing.version, pick(row.fields!, ROSTER_FIELDS));
          if (!updated) throw new DomainError('CONFLICT', { traineeId: existing.id });
        }
        const rotationChanged = updates.filter((row) => changesRotationFacts(row.existing!, row.fields!)).map((row) => row.existing!.id);
        await this.rotationFacts.changed(manager, { traineeIds: rotationChanged, cause: { action: 'ROSTER_IMPORTED', actor } });
        await this.trainees.insertMany(
          manager,
          rows.filter((row) => row.report.outcome === 'CREATE').map((row) => row.fields!),
        );
        await this.audit.record(manager, actor, {
          action: 'ROSTER_IMPORTED',
          entityType: 'roster',
          entityId: defaultBase?.id ?? 'province',
          scopeBaseId: defaultBase?.id ?? null,
          after: {
            filename: file.filename,
            created: report.created,
            updated: report.updated,
            unchanged: report.unchanged,
            updatedTrainees: updates.map((row) => ({
              id: row.existing!.id,
              before: pick(row.existing!, ROSTER_FIELDS),
              after: pick(row.fields!, ROSTER_FIELDS),
            })),
          },
        });
      })
      .catch((error: unknown) => {
        // Another import created the same trainee meanwhile: nothing of this one was written.
        if (isDuplicateKey(error)) throw new DomainError('CONFLICT');
        throw error;
      });
    return { ...report, committed: true };
  }

  private async defaultBase(actor: Actor, requestedBaseId: number | undefined): Promise<Organisation | null> {
    if (actor.role === 'BASE_REVIEWER') {
      if (requestedBaseId !== undefined && requestedBaseId !== actor.baseId) throw new DomainError('FORBIDDEN_SCOPE');
      return this.organisations.byId(actor.baseId!);
    }
    if (actor.role !== 'CENTRE_ADMIN') throw new DomainError('FORBIDDEN_ROLE');
    if (requestedBaseId === undefined) return null;
    const base = await this.organisations.byId(requestedBaseId);
    if (!base || base.kind !== 'BASE') throw new DomainError('ORGANISATION_NOT_FOUND');
    return base;
  }

  private validateRow(row: TableRow<RosterColumn>, actor: Actor, defaultBase: Organisation | null, bases: Organisation[], today: string): ValidRow {
    const v = row.values;
    const errors: RosterRowError[] = [];
    const fail = (field: string, code: string, zh: string, en: string) => errors.push({ field, code, message: { zh, en } });

    const name = v.name.normalize('NFC');
    if (!name) fail('name', 'NAME_REQUIRED', '姓名不能为空', 'Name is required');
    else if ([...name].length > MAX_NAME_LENGTH) fail('name', 'NAME_TOO_LONG', '姓名过长', 'Name is too long');

    const idType: IdDocumentType | null = v.idType ? parseIdDocumentType(v.idType) : 'RESIDENT_ID';
    if (!idType) fail('idType', 'ID_TYPE_UNKNOWN', `无法识别的证件类型：${v.idType}`, `Unknown ID document type: ${v.idType}`);
    const checked = idType ? checkIdNumber(idType, v.idNumber, today) : null;
    if (checked && !checked.ok) fail('idNumber', `ID_${checked.problem}`, checked.message.zh, checked.message.en);

    let base = defaultBase;
    if (v.base) {
      const named = bases.find((b) => b.name === v.base.trim()) ?? null;
      if (!named) fail('base', 'BASE_UNKNOWN', `培训基地不存在：${v.base}`, `Unknown base: ${v.base}`);
      else if (defaultBase && named.id !== defaultBase.id) fail('base', 'BASE_OUT_OF_SCOPE', '只能导入本基地的培训对象', 'Only trainees of your own base can be imported');
      else base = named;
    } else if (!base) {
      fail('base', 'BASE_REQUIRED', '请填写培训基地', 'The base is required');
    }
    if (base && actor.role === 'BASE_REVIEWER') assertAccess(actor, { baseId: base.id, cityId: base.cityId ?? -1 });

    const cohort = parseCohort(v.cohort);
    if (!cohort) fail('cohort', 'COHORT_INVALID', '年级应为四位年份，如 2022', 'Cohort must be a year such as 2022');
    const rotationEndDate = parseRosterDate(v.rotationEndDate);
    if (!rotationEndDate) fail('rotationEndDate', 'DATE_INVALID', '结束轮转时间应为日期，如 2024-06-30', 'Rotation end must be a date such as 2024-06-30');
    const phaseTheoryPassed = parseFlag(v.phaseTheoryPassed);
    if (phaseTheoryPassed === null) fail('phaseTheoryPassed', 'FLAG_INVALID', '阶段考试结果应为“合格”或“不合格”', 'Phase theory exam must be pass or fail');
    const processAssessmentPassed = parseFlag(v.processAssessmentPassed);
    if (processAssessmentPassed === null) fail('processAssessmentPassed', 'FLAG_INVALID', '过程考核结果应为“合格”或“不合格”', 'Process assessment must be pass or fail');

    const ok = checked?.ok ? checked : null;
    const report: RosterRowReport = {
      rowNumber: row.rowNumber,
      outcome: errors.length > 0 ? 'ERROR' : 'CREATE',
      name,
      idMasked: ok ? maskIdNumber(ok.type, ok.normalised) : null,
      baseName: base?.name ?? null,
      errors,
    };
    if (errors.length > 0 || !ok || !base) return { report, fields: null };
    return {
      report,
      fields: {
        name,
        idType: ok.type,
        idHash: this.cipher.lookupHash(ok.type, ok.normalised),
        idCipher: this.cipher.encrypt(ok.normalised),
        idMasked: report.idMasked!,
        baseId: base.id,
        cityId: base.cityId!,
        cohort: cohort!,
        rotationEndDate: rotationEndDate!,
        phaseTheoryPassed: phaseTheoryPassed!,
        processAssessmentPassed: processAssessmentPassed!,
        sex: ok.sex,
        birthDate: ok.birthDate,
      },
    };
  }

  private markDuplicates(rows: ValidRow[]): void {
    const firstRowOf = new Map<string, number>();
    for (const row of rows) {
      if (!row.fields) continue;
      const first = firstRowOf.get(row.fields.idHash);
      if (first === undefined) {
        firstRowOf.set(row.fields.idHash, row.report.rowNumber);
        continue;
      }
      row.report.outcome = 'ERROR';
      row.fields = null;
      row.report.errors.push({
        field: 'idNumber',
        code: 'DUPLICATE_IN_FILE',
        message: { zh: `与第 ${first} 行证件号码重复`, en: `Same ID number as row ${first}` },
      });
    }
  }

  private async compareWithExisting(rows: ValidRow[]): Promise<void> {
    const candidates = rows.filter((row): row is ValidRow & { fields: NewTrainee } => row.fields !== null);
    const existing = new Map<string, Trainee>();
    for (const trainee of await this.trainees.byIdHashes(candidates.map((row) => row.fields.idHash))) existing.set(trainee.idHash, trainee);
    for (const row of candidates) {
      const current = existing.get(row.fields.idHash);
      if (!current) continue;
      if (current.baseId !== row.fields.baseId) {
        row.report.outcome = 'ERROR';
        row.report.errors.push({
          field: 'base',
          code: 'TRAINEE_IN_OTHER_BASE',
          message: { zh: '该培训对象已登记在其他基地，请联系省全科中心', en: 'This trainee is registered at another base; contact the centre' },
        });
        continue;
      }
      row.existing = current;
      const changed = ROSTER_FIELDS.some((field) => current[field] !== row.fields[field]);
      row.report.outcome = changed ? 'UPDATE' : 'UNCHANGED';
    }
  }
}

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, source[key]])) as Pick<T, K>;
}
