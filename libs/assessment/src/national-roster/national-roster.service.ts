import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { PersonalDataCipher } from '@app/common/crypto';
import { DomainError } from '@app/common/errors';
import { checkIdNumber, IdDocumentType, maskIdNumber, parseIdDocumentType } from '@app/common/identity-document';
import { ColumnSpec, readTable } from '@app/common/tabular';
import { beijingDateOf, Clock } from '@app/common/time';
import { OrganisationService } from '@app/identity/organisation.service';
import { TraineeRecords, TraineeSummaries } from '@app/training';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SessionService } from '../sessions/session.service';
import { SignupStore } from '../signup/signup.store';

type NationalColumn = 'name' | 'idType' | 'idNumber';

/** The national site's theory sign-up list: its header names vary, so both languages and common variants. */
export const NATIONAL_ROSTER_COLUMNS: ColumnSpec<NationalColumn>[] = [
  { key: 'name', headers: ['姓名', '考生姓名', 'name'], required: true },
  { key: 'idType', headers: ['证件类型', 'id_type', 'idType'], required: false },
  { key: 'idNumber', headers: ['证件号码', '证件号', '身份证号', '身份证号码', 'id_number', 'idNumber'], required: true },
];

export interface NationalRosterBaseReport {
  baseId: number | null;
  baseName: string;
  /** Signed up for THEORY here, not found on the national list: cannot sit the exam (FA-10). */
  missingNationally: Array<{ signupId: number; name: string; idNumberMasked: string; status: string }>;
  /** On the national list, with no THEORY sign-up here. */
  missingLocally: Array<{ rowNumber: number; name: string; idNumberMasked: string }>;
  /** On both, but the names differ: the details must be identical (FA-10). */
  nameMismatches: Array<{ signupId: number; rowNumber: number; localName: string; nationalName: string; idNumberMasked: string }>;
}

export interface NationalRosterReport {
  sessionId: number;
  nationalRows: number;
  localTheorySignups: number;
  matched: number;
  invalidRows: Array<{ rowNumber: number; problem: string; message: { zh: string; en: string } }>;
  bases: NationalRosterBaseReport[];
}

interface LocalSignup {
  signupId: number;
  status: string;
  traineeId: number;
  name: string;
  idMasked: string;
  baseId: number;
  /** Its trainee's ID-number hash when that is on the national list. */
  nationalHash: string | null;
}

/**
 * FA-10: whoever signs up for THEORY here must also sign up on the national site with identical details.
 * The centre uploads the national list; the report says, per base, who is missing on either side.
 * A base reviewer may run it too and sees only their own base.
 */
@Injectable()
export class NationalRosterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly signups: SignupStore,
    private readonly trainees: TraineeRecords,
    private readonly summaries: TraineeSummaries,
    private readonly organisations: OrganisationService,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async reconcile(actor: Actor, sessionId: number, file: { buffer: Buffer; filename: string }): Promise<NationalRosterReport> {
    if (actor.role !== 'CENTRE_ADMIN' && actor.role !== 'BASE_REVIEWER') throw new DomainError('FORBIDDEN_ROLE');
    const session = await this.sessions.load(sessionId);
    const table = await readTable(file, NATIONAL_ROSTER_COLUMNS);
    if (table.rows.length === 0) throw new DomainError('FILE_EMPTY', { reason: 'no data rows' });

    const today = beijingDateOf(this.clock.now());
    const invalidRows: NationalRosterReport['invalidRows'] = [];
    const national = new Map<string, { rowNumber: number; name: string; idMasked: string }>();
    for (const row of table.rows) {
      const type: IdDocumentType | null = row.values.idType ? parseIdDocumentType(row.values.idType) : 'RESIDENT_ID';
      const checked = type ? checkIdNumber(type, row.values.idNumber, today) : null;
      if (!checked || !checked.ok) {
        invalidRows.push({
          rowNumber: row.rowNumber,
          problem: checked ? checked.problem : 'ID_TYPE_UNKNOWN',
          message: checked && !checked.ok ? checked.message : { zh: `无法识别的证件类型：${row.values.idType}`, en: `Unknown ID document type: ${row.values.idType}` },
        });
        continue;
      }
      national.set(this.cipher.lookupHash(checked.type, checked.normalised), {
        rowNumber: row.rowNumber,
        name: row.values.name.normalize('NFC'),
        idMasked: maskIdNumber(checked.type, checked.normalised),
      });
    }

    // Matched by ID number: training finds the trainees of the national rows, and shows each local one.
    const signups = await this.signups.theorySignupsOfSession(session.id);
    const knownTrainees = await this.trainees.byIdHash([...national.keys()]);
    const nationalHashOf = new Map([...knownTrainees].map(([hash, trainee]) => [trainee.id, hash]));
    const summaries = await this.summaries.byIds(signups.map((s) => s.traineeId));
    const local = signups.map((s): LocalSignup => {
      const trainee = summaries.get(s.traineeId)!;
      return { signupId: s.signupId, status: s.status, traineeId: s.traineeId, name: trainee.name, idMasked: trainee.idNumberMasked, baseId: s.baseId, nationalHash: nationalHashOf.get(s.traineeId) ?? null };
    });
    // National rows without a THEORY sign-up here are filed under the trainee's base when the trainee is known.
    const localTrainees = new Set(local.map((l) => l.traineeId));
    const unmatchedHashes = [...national.keys()].filter((hash) => !localTrainees.has(knownTrainees.get(hash)?.id ?? -1));

    const organisations = new Map((await this.organisations.all()).map((o) => [o.id, o]));
    const bases = new Map<number | null, NationalRosterBaseReport>();
    const bucket = (baseId: number | null) => {
      let report = bases.get(baseId);
      if (!report) {
        report = { baseId, baseName: baseId === null ? '未在本省登记 / not registered in the province' : (organisations.get(baseId)?.name ?? String(baseId)), missingNationally: [], missingLocally: [], nameMismatches: [] };
        bases.set(baseId, report);
      }
      return report;
    };
    let matched = 0;
    for (const signup of local) {
      const entry = signup.nationalHash === null ? undefined : national.get(signup.nationalHash);
      if (!entry) {
        bucket(signup.baseId).missingNationally.push({ signupId: signup.signupId, name: signup.name, idNumberMasked: signup.idMasked, status: signup.status });
        continue;
      }
      matched += 1;
      if (entry.name !== signup.name) {
        bucket(signup.baseId).nameMismatches.push({ signupId: signup.signupId, rowNumber: entry.rowNumber, localName: signup.name, nationalName: entry.name, idNumberMasked: signup.idMasked });
      }
    }
    for (const hash of unmatchedHashes) {
      const entry = national.get(hash)!;
      bucket(knownTrainees.get(hash)?.baseId ?? null).missingLocally.push({ rowNumber: entry.rowNumber, name: entry.name, idNumberMasked: entry.idMasked });
    }

    // A base sees its own part only.
    const visible = [...bases.values()]
      .filter((b) => actor.role === 'CENTRE_ADMIN' || b.baseId === actor.baseId)
      .sort((a, b) => (a.baseId ?? Number.MAX_SAFE_INTEGER) - (b.baseId ?? Number.MAX_SAFE_INTEGER));
    const report: NationalRosterReport = {
      sessionId: session.id,
      nationalRows: table.rows.length,
      localTheorySignups: actor.role === 'CENTRE_ADMIN' ? local.length : local.filter((l) => l.baseId === actor.baseId).length,
      matched: actor.role === 'CENTRE_ADMIN' ? matched : local.filter((l) => l.baseId === actor.baseId && l.nationalHash !== null).length,
      invalidRows: actor.role === 'CENTRE_ADMIN' ? invalidRows : [],
      bases: visible,
    };
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, actor, {
        action: 'NATIONAL_ROSTER_RECONCILED',
        entityType: 'assessment_session',
        entityId: session.id,
        scopeBaseId: actor.baseId,
        after: {
          filename: file.filename,
          nationalRows: report.nationalRows,
          matched: report.matched,
          missingNationally: visible.reduce((n, b) => n + b.missingNationally.length, 0),
          missingLocally: visible.reduce((n, b) => n + b.missingLocally.length, 0),
        },
      }),
    );
    return report;
  }
}
