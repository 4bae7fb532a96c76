import { AssessmentSession, refuseCancelledSubjects, SessionService } from '@app/assessment';
import { Subject } from '@app/assessment/rules';
import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { AppConfig } from '@app/common/config';
import { PersonalDataCipher } from '@app/common/crypto';
import { DomainError, errorMessages } from '@app/common/errors';
import { FileStorage } from '@app/common/storage';
import { DEFAULT_TABLE_LIMITS, ParsedTable, readTable } from '@app/common/tabular';
import { beijingDateOf, Clock } from '@app/common/time';
import { ScoreJobsProducer } from '@app/queue';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ScoreImport, ScoreImportStatus } from '../entities/score-import.entity';
import { PublicationStore } from '../results/publication.store';
import { ResultStore } from '../results/result.store';
import { isDuplicateKey } from '@app/common/sql';
import { ScoreColumn, columnsOf } from './score-file';
import { identifyRows, ImportSummary, KnownTrainee, planChecksum, PlannedWrite, planScoreImport, ReportRow, RowOutcome } from './score-import.plan';
import { PlanData, ScoreImportStore } from './score-import.store';

/** New results per LOAD DATA statement; progress is reported between statements. */
const LOAD_CHUNK = 20_000;
/** Rows of each kind kept on the import itself, so showing an import never reads its whole report. */
const SAMPLE_ROWS = 100;

export interface ScoreImportView {
  id: number;
  sessionId: number;
  subject: Subject;
  status: ScoreImportStatus;
  fileName: string;
  fileSha256: string;
  fileBytes: number;
  totalRows: number | null;
  processedRows: number;
  summary: (ImportSummary & { format: string; encoding: string | null }) | null;
  /** true when the preview is done and every row is valid: commit writes all rows or, otherwise, none */
  canCommit: boolean;
  /** the first rows in error and the first changed rows; page through all with GET …/rows */
  problems: ReportRow[];
  changes: ReportRow[];
  error: { code: string; message: { zh: string; en: string }; details?: unknown } | null;
  createdAt: string;
  committedAt: string | null;
}

interface StoredSummary extends ImportSummary {
  format: string;
  encoding: string | null;
  problems: ReportRow[];
  changes: ReportRow[];
}

/** What preview leaves for commit: the writes, and the changed rows (for their audit records). */
interface StoredPlan {
  writes: PlannedWrite[];
  changed: ReportRow[];
}

interface PlanBasis extends PlanData {
  rule: NonNullable<AssessmentSession['theoryPassRule']> | NonNullable<AssessmentSession['skillsPassRule']>;
  sha256: string;
}

class StalePlan extends Error {}

/**
 * SC-1 / SC-2 file imports: upload → preview (every row's outcome) → commit (all rows or none).
 * The file is kept with its checksum; commit re-checks it against the data as it is then and refuses
 * if that would write anything other than what the preview showed. Files above a size run in the worker.
 */
@Injectable()
export class ScoreImportService {
  private readonly logger = new Logger(ScoreImportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly imports: ScoreImportStore,
    private readonly results: ResultStore,
    private readonly publications: PublicationStore,
    private readonly sessions: SessionService,
    private readonly cipher: PersonalDataCipher,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly jobs: ScoreJobsProducer,
  ) {}

  async upload(actor: Actor, sessionId: number, subject: Subject, file: { buffer: Buffer; filename: string }): Promise<ScoreImportView> {
    assertCentre(actor);
    const session = await this.sessions.load(sessionId);
    if (!session.subjects.some((s) => s.subject === subject)) throw new DomainError('SUBJECTS_INVALID', { subject, reason: 'the session does not offer this subject' });
    // FA-12: a called-off exam has no results; none may be recorded, so none can count as an attempt.
    refuseCancelledSubjects(session, [subject]);
    passRuleOf(session, subject);
    if (file.buffer.length === 0) throw new DomainError('FILE_EMPTY');

    const inline = file.buffer.length <= this.config.scoreImports.inlineMaxBytes;
    // A small file is read before anything is stored, so a broken one leaves nothing behind.
    const table = inline ? await this.readScoreTable(file, subject) : null;
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const fileKey = `score-imports/${session.id}/${subject}/${sha256}-${this.clock.now().getTime()}`;
    await this.storage.put(fileKey, file.buffer);
    const record = await this.imports.insert({
      sessionId: session.id,
      subject,
      fileName: file.filename.slice(0, 200),
      fileKey,
      fileSha256: sha256,
      fileBytes: file.buffer.length,
      createdBy: actor.userId ?? 0,
    });
    if (table) {
      // A fault mid-preview must not leave the import looking as if it were still being checked.
      await this.preview(record, table).catch(async (error: unknown) => {
        await this.fail(record.id, 'PREVIEWING', error instanceof DomainError ? error : new DomainError('INTERNAL_ERROR'));
        throw error;
      });
    } else {
      await this.jobs.previewImport(record.id);
    }
    return this.view(record.id);
  }

  async get(actor: Actor, importId: number): Promise<ScoreImportView> {
    assertCentre(actor);
    return this.view(importId);
  }

  async list(actor: Actor, sessionId: number): Promise<ScoreImportView[]> {
    assertCentre(actor);
    const records = await this.imports.ofSession(sessionId);
    return records.map(toView);
  }

  /** Every row of the preview, filtered by outcome and paged. */
  async rows(actor: Actor, importId: number, query: { outcome?: RowOutcome; page: number; pageSize: number }): Promise<{ items: ReportRow[]; total: number }> {
    assertCentre(actor);
    const record = await this.load(importId);
    if (!record.reportKey) throw new DomainError('SCORE_IMPORT_NOT_READY', { status: record.status });
    const all = JSON.parse((await this.storage.get(record.reportKey)).toString('utf8')) as ReportRow[];
    const matching = query.outcome ? all.filter((row) => row.outcome === query.outcome) : all;
    const start = (query.page - 1) * query.pageSize;
    return { items: matching.slice(start, start + query.pageSize), total: matching.length };
  }

  /** All or nothing. A second commit of the same import, or a commit racing it, is refused. */
  async commit(actor: Actor, importId: number): Promise<ScoreImportView> {
    assertCentre(actor);
    const record = await this.load(importId);
    if (record.status === 'PREVIEWED' && !canCommit(record)) throw new DomainError('SCORE_IMPORT_INVALID', { errors: record.summary?.ERROR, errorsByCode: record.summary?.errorsByCode });
    const claimed = await this.imports.startCommit(importId, actor.userId);
    if (!claimed) {
      const now = await this.load(importId);
      throw new DomainError(now.status === 'PREVIEWING' ? 'SCORE_IMPORT_NOT_READY' : 'SCORE_IMPORT_CLOSED', { status: now.status });
    }
    if (record.fileBytes <= this.config.scoreImports.inlineMaxBytes) {
      await this.runCommit(importId, { rethrow: true });
    } else {
      await this.jobs.commitImport(importId);
    }
    return this.view(importId);
  }

  /**
   * MySQL is the record of the worker's imports: every large file still being previewed or committed gets its
   * job again. The job ids are per import, so a job Redis still holds is not doubled, and one Redis lost
   * comes back; a job that finds its import moved on does nothing.
   */
  async requeueWorkerImports(): Promise<number> {
    const open = await this.imports.openWorkerImports(this.config.scoreImports.inlineMaxBytes);
    for (const { id, status } of open) {
      if (status === 'PREVIEWING') await this.jobs.previewImport(id);
      else await this.jobs.commitImport(id);
    }
    return open.length;
  }

  /** The worker's half of a large upload. */
  async runPreview(importId: number): Promise<void> {
    const record = await this.load(importId);
    if (record.status !== 'PREVIEWING') return;
    let table: ParsedTable<ScoreColumn>;
    try {
      table = await this.readScoreTable({ buffer: await this.storage.get(record.fileKey), filename: record.fileName }, record.subject);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await this.fail(record.id, 'PREVIEWING', error);
      return;
    }
    await this.preview(record, table);
  }

  /**
   * The commit proper, in the request for small files and in the worker for large ones. The session row
   * is locked for the whole transaction, so imports into one session commit one after another. The plan
   * stored at preview is written only if the data it was made against is unchanged (same checksum).
   */
  async runCommit(importId: number, options: { rethrow?: boolean } = {}): Promise<void> {
    const record = await this.load(importId);
    if (record.status !== 'COMMITTING') return;
    const actor: Actor = { userId: record.committedBy, role: 'CENTRE_ADMIN', organisationId: null, baseId: null, cityId: null, traineeId: null };
    try {
      await this.dataSource.transaction(async (manager) => {
        const session = await this.publications.lockSession(manager, record.sessionId, 'EXCLUSIVE');
        // FA-12: the subject may have been called off since the preview (cancelling locks this row too).
        refuseCancelledSubjects(session, [record.subject]);
        const basis = await this.loadBasis(session, record.subject, manager);
        if (basis.sha256 !== record.basisSha256) throw new StalePlan();
        const stored = JSON.parse((await this.storage.get(planKeyOf(record))).toString('utf8')) as StoredPlan;
        if (planChecksum(stored.writes) !== record.planSha256) throw new StalePlan();
        await this.write(manager, session, record, stored.writes);
        await this.recordAudit(manager, actor, record, stored.changed);
        if (!(await this.imports.markCommitted(manager, record.id, this.clock.now()))) throw new StalePlan();
      });
    } catch (error) {
      if (error instanceof StalePlan || isDuplicateKey(error)) {
        await this.fail(record.id, 'COMMITTING', new DomainError('SCORE_IMPORT_STALE'), 'STALE');
        if (options.rethrow) throw new DomainError('SCORE_IMPORT_STALE');
        return;
      }
      if (error instanceof DomainError) {
        await this.fail(record.id, 'COMMITTING', error);
        if (options.rethrow) throw error;
        return;
      }
      // Anything else may be transient (a lost connection): the job is retried, the status stays COMMITTING.
      throw error;
    }
  }

  private async preview(record: ScoreImport, table: ParsedTable<ScoreColumn>): Promise<void> {
    await this.imports.setTotalRows(record.id, table.rows.length);
    const session = await this.sessions.load(record.sessionId);
    const identities = identifyRows(table.rows, beijingDateOf(this.clock.now()), (type, normalised) => this.cipher.lookupHash(type, normalised));
    const basis = await this.loadBasis(session, record.subject);

    const traineeByHash = new Map<string, KnownTrainee>();
    const approvedSignupByTrainee = new Map<number, number>();
    for (const row of basis.approved) {
      traineeByHash.set(row.idHash, { id: row.traineeId, name: row.name, idMasked: row.idMasked });
      approvedSignupByTrainee.set(row.traineeId, row.signupId);
    }
    // Rows naming someone without an approved sign-up: a trainee of the province (NOT_SIGNED_UP) or nobody (UNKNOWN_CANDIDATE)?
    const others = [...new Set(identities.flatMap((identity) => (identity.ok && !traineeByHash.has(identity.hash) ? [identity.hash] : [])))];
    for (const { idHash, ...trainee } of await this.imports.traineesByIdHash(others)) traineeByHash.set(idHash, trainee);
    const existingByTrainee = new Map(basis.existing.map((result) => [result.traineeId, result]));
    const plan = planScoreImport(table.rows, identities, { subject: record.subject, rule: basis.rule, published: basis.published, traineeByHash, approvedSignupByTrainee, existingByTrainee });

    const reportKey = `score-imports/${record.sessionId}/${record.subject}/report-${record.id}.json`;
    await this.storage.put(reportKey, Buffer.from(JSON.stringify(plan.rows)));
    const changed = plan.rows.filter((row) => row.outcome === 'CHANGED');
    const stored: StoredPlan = { writes: plan.writes, changed };
    await this.storage.put(planKeyOf(record), Buffer.from(JSON.stringify(stored)));
    const summary: StoredSummary = {
      ...plan.summary,
      format: table.format,
      encoding: table.encoding,
      problems: plan.rows.filter((row) => row.outcome === 'ERROR').slice(0, SAMPLE_ROWS),
      changes: changed.slice(0, SAMPLE_ROWS),
    };
    await this.imports.markPreviewed(record.id, { processedRows: table.rows.length, summary, reportKey, planSha256: plan.planSha256, basisSha256: basis.sha256 });
  }

  private async readScoreTable(file: { buffer: Buffer; filename: string }, subject: Subject): Promise<ParsedTable<ScoreColumn>> {
    const table = await readTable(file, columnsOf(subject), { ...DEFAULT_TABLE_LIMITS, maxBytes: this.config.http.uploadMaxBytes, maxRows: this.config.scoreImports.maxRows });
    if (table.rows.length === 0) throw new DomainError('FILE_EMPTY', { reason: 'no data rows' });
    return table;
  }

  /**
   * Everything a plan of valid rows depends on: the approved candidates of the subject (with the names
   * and hashes rows are matched against), their existing results, publication and the pass rule. Its
   * checksum tells commit whether the preview still says what commit would do.
   */
  private async loadBasis(session: AssessmentSession, subject: Subject, manager?: EntityManager): Promise<PlanBasis> {
    const { approved, existing, published } = await this.imports.planData(session.id, subject, manager);
    const rule = passRuleOf(session, subject);

    const lines = [
      JSON.stringify({ subject, rule, published }),
      ...approved.map((row) => `${row.signupId}|${row.traineeId}|${row.idHash}|${row.name}`),
      '--',
      ...existing.map((row) => JSON.stringify([row.id, row.traineeId, row.version, row.outcome, row.score, row.voided, row.stationScores, row.failedCriticalItems])),
    ];
    return { approved, existing, published, rule, sha256: createHash('sha256').update(lines.join('\n')).digest('hex') };
  }

  private async write(manager: EntityManager, session: AssessmentSession, record: ScoreImport, writes: PlannedWrite[]): Promise<void> {
    const inserts = writes.filter((write) => write.existingId === null);
    for (let start = 0; start < inserts.length; start += LOAD_CHUNK) {
      const chunk = inserts.slice(start, start + LOAD_CHUNK);
      const loaded = await this.results.loadImported(manager, { sessionId: session.id, year: session.year, subject: record.subject, importId: record.id }, chunk);
      // LOCAL loads turn duplicate keys and bad values into warnings. The session lock keeps other writers out and the
      // values were checked, so a short or noisy load is a fault: roll back, and let the job retry.
      if (loaded.affectedRows !== chunk.length || loaded.warningStatus !== 0) {
        throw new Error(`LOAD DATA wrote ${loaded.affectedRows} of ${chunk.length} results with ${loaded.warningStatus} warnings`);
      }
      // Beside the transaction, so the centre sees it move while the commit runs.
      await this.imports.progress(record.id, start + chunk.length);
    }
    for (const write of writes.filter((w) => w.existingId !== null)) {
      if (!(await this.results.updateImported(manager, record.id, write))) throw new StalePlan();
    }
  }

  /** FA-13: one record for the import (file checksum and counts), one per changed score with before and after. */
  private async recordAudit(manager: EntityManager, actor: Actor, record: ScoreImport, changed: ReportRow[]): Promise<void> {
    const summary = record.summary as unknown as StoredSummary;
    await this.audit.record(manager, actor, {
      action: 'SCORE_IMPORT_COMMITTED',
      entityType: 'score_import',
      entityId: record.id,
      after: {
        sessionId: record.sessionId,
        subject: record.subject,
        fileName: record.fileName,
        fileSha256: record.fileSha256,
        rows: summary.totalRows,
        new: summary.NEW,
        changed: summary.CHANGED,
        unchanged: summary.UNCHANGED,
      },
    });
    for (let start = 0; start < changed.length; start += 1_000) {
      await this.audit.recordMany(
        manager,
        changed.slice(start, start + 1_000).map((row) => ({
          actor,
          entry: {
            action: 'SCORE_CHANGED_BY_IMPORT',
            entityType: 'trainee',
            entityId: row.traineeId ?? 0,
            reason: `score import ${record.id}, row ${row.rowNumber}`,
            before: { sessionId: record.sessionId, subject: record.subject, ...row.before },
            after: { sessionId: record.sessionId, subject: record.subject, ...row.after },
          },
        })),
      );
    }
  }

  /**
   * The worker's last retry of an import job failed (a fault that did not heal, not bad data): the import
   * is marked failed rather than left looking busy; nothing was written, and the file can be uploaded again.
   */
  async giveUp(importId: number, reason: string): Promise<void> {
    for (const from of ['PREVIEWING', 'COMMITTING'] as const) {
      await this.fail(importId, from, new DomainError('INTERNAL_ERROR', { reason: reason.slice(0, 300) }));
    }
  }

  private async fail(importId: number, from: ScoreImportStatus, error: DomainError, to: ScoreImportStatus = 'FAILED'): Promise<void> {
    const { zh, en } = errorMessages(error.code);
    const body = { code: error.code, message: { zh, en }, details: error.details };
    await this.imports.fail(importId, from, to, body);
    this.logger.warn(`score import ${importId}: ${to} (${error.code})`);
  }

  private async load(importId: number): Promise<ScoreImport> {
    const record = await this.imports.byId(importId);
    if (!record) throw new DomainError('SCORE_IMPORT_NOT_FOUND');
    return record;
  }

  private async view(importId: number): Promise<ScoreImportView> {
    return toView(await this.load(importId));
  }
}

function assertCentre(actor: Actor): void {
  // National theory scores and provincial skills scores are the centre's to import (SC-1, SC-2).
  if (actor.role !== 'CENTRE_ADMIN') throw new DomainError('FORBIDDEN_ROLE');
}

export function passRuleOf(session: AssessmentSession, subject: Subject) {
  const rule = subject === 'THEORY' ? session.theoryPassRule : session.skillsPassRule;
  if (!rule) throw new DomainError('PASS_RULE_NOT_SET', { sessionId: session.id, subject });
  return rule;
}

function planKeyOf(record: ScoreImport): string {
  return `score-imports/${record.sessionId}/${record.subject}/plan-${record.id}.json`;
}

function canCommit(record: ScoreImport): boolean {
  const summary = record.summary as StoredSummary | null;
  return record.status === 'PREVIEWED' && summary !== null && summary.ERROR === 0;
}

function toView(record: ScoreImport): ScoreImportView {
  const stored = record.summary as StoredSummary | null;
  const { problems = [], changes = [], ...summary } = stored ?? ({} as Partial<StoredSummary>);
  const error = record.error as ScoreImportView['error'];
  return {
    id: record.id,
    sessionId: record.sessionId,
    subject: record.subject,
    status: record.status,
    fileName: record.fileName,
    fileSha256: record.fileSha256,
    fileBytes: record.fileBytes,
    totalRows: record.totalRows,
    processedRows: record.processedRows,
    summary: stored ? (summary as ScoreImportView['summary']) : null,
    canCommit: canCommit(record),
    problems,
    changes,
    error,
    createdAt: record.createdAt.toISOString(),
    committedAt: record.committedAt ? record.committedAt.toISOString() : null,
  };
}
