import { AssessmentSession, SessionService } from '@app/assessment';
import { Subject } from '@app/assessment/rules';
import { Actor } from '@app/common/actor';
import { AuditEntry, AuditService } from '@app/common/audit';
import { AppConfig, validateEnvironment } from '@app/common/config';
import { PersonalDataCipher } from '@app/common/crypto';
import { DomainError } from '@app/common/errors';
import { gb11643CheckChar, maskIdNumber } from '@app/common/identity-document';
import { FileStorage, StoredFile } from '@app/common/storage';
import { FixedClock } from '@app/common/time';
import { ScoreJobsProducer } from '@app/queue';
import { Logger } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { ScoreImport, ScoreImportStatus } from '../entities/score-import.entity';
import { PublicationStore } from '../results/publication.store';
import { ImportedResult, ResultStore } from '../results/result.store';
import { SkillsPassRule } from '../rules/skills-score.rules';
import { ExistingResult, KnownTrainee } from './score-import.plan';
import { ScoreImportService, ScoreImportView } from './score-import.service';
import { ApprovedCandidate, PlanData, PreviewResult, ScoreImportStore } from './score-import.store';

// ScoreImportService on fakes: every store, the queue and the audit log are in memory, the clock is fixed.
// The fake transaction rolls back what was written through its manager when the work throws, as MySQL would.

const CENTRE: Actor = { userId: 1, role: 'CENTRE_ADMIN', organisationId: 1, baseId: null, cityId: null, traineeId: null };
const BASE_REVIEWER: Actor = { userId: 2, role: 'BASE_REVIEWER', organisationId: 30, baseId: 30, cityId: 3, traineeId: null };

const THEORY_RULE = { passLine: 60, maxScore: 100, maxDecimalPlaces: 1 };
const SKILLS_RULE: SkillsPassRule = {
  totalPassLine: 240,
  stationMinimums: { CASE_ANALYSIS: 50 },
  stationMaximums: { CASE_ANALYSIS: 100, MEDICAL_RECORD: 100, AUX_EXAM_READING: 100, BASIC_PROCEDURES: 100 },
  criticalItems: ['BASIC_PROCEDURES.aseptic'],
};

const cipher = new PersonalDataCipher(Buffer.alloc(32, 7), Buffer.alloc(32, 9));

function idNumber(serial: string): string {
  const first17 = `35010219990312${serial}`;
  return first17 + gb11643CheckChar(first17);
}

interface Person {
  traineeId: number;
  signupId: number;
  name: string;
  idNumber: string;
}

// 林晓华 and 陈明 are approved candidates of both subjects; 张伟 is a trainee of the province without a sign-up.
const LIN: Person = { traineeId: 1, signupId: 11, name: '林晓华', idNumber: idNumber('101') };
const CHEN: Person = { traineeId: 2, signupId: 12, name: '陈明', idNumber: idNumber('102') };
const ZHANG = { traineeId: 4, name: '张伟', idNumber: idNumber('104') };
const NOBODY = { name: '无名', idNumber: idNumber('109') };

const hashOf = (number: string) => cipher.lookupHash('RESIDENT_ID', number);
const maskedOf = (number: string) => maskIdNumber('RESIDENT_ID', number);

function theoryFile(rows: Array<[string, string, string]>, header = '姓名,证件号码,标准分'): { buffer: Buffer; filename: string } {
  return { buffer: Buffer.from([header, ...rows.map((row) => row.join(','))].join('\r\n') + '\r\n', 'utf8'), filename: 'theory.csv' };
}

function testSession(change: Partial<AssessmentSession> = {}): AssessmentSession {
  const window = { ticketMode: 'PLATFORM' as const, ticketOpensAt: '2024-08-01T00:00:00Z', ticketClosesAt: '2024-08-20T00:00:00Z', examStartsAt: '2024-08-21T00:00:00Z', examEndsAt: '2024-08-22T00:00:00Z' };
  return Object.assign(new AssessmentSession(), {
    id: 7,
    code: 'FJ-2024',
    name: '2024 年结业考核',
    year: 2024,
    subjects: [
      { subject: 'THEORY', ...window },
      { subject: 'SKILLS', ...window },
    ],
    theoryPassRule: THEORY_RULE,
    skillsPassRule: SKILLS_RULE,
    ...change,
  });
}

interface StoredAttempt extends ExistingResult {
  sessionId: number;
  subject: Subject;
  signupId: number;
  source: 'IMPORT' | 'ENTRY';
  importId: number | null;
}

class MemoryStorage extends FileStorage {
  readonly files = new Map<string, Buffer>();

  async put(key: string, content: Buffer): Promise<StoredFile> {
    this.files.set(key, Buffer.from(content));
    return { key, bytes: content.length, sha256: '' };
  }

  async get(key: string): Promise<Buffer> {
    const content = this.files.get(key);
    if (!content) throw new Error(`no file ${key}`);
    return content;
  }

  async exists(key: string): Promise<boolean> {
    return this.files.has(key);
  }
}

/** A fake that has only the methods the service calls; the one place a type is widened. */
function fake<T>(implementation: Partial<T>): T {
  return implementation as T;
}

/** The data behind the fakes, and what the service did to it. */
class World {
  readonly clock = new FixedClock('2024-09-01T02:00:00.000Z');
  readonly storage = new MemoryStorage();
  session: AssessmentSession | null = testSession();
  approved: Person[] = [LIN, CHEN];
  published = false;
  imports = new Map<number, ScoreImport>();
  attempts: StoredAttempt[] = [];
  audit: AuditEntry[] = [];
  jobs: Array<['preview' | 'commit', number]> = [];
  /** processed-row counts written beside the transaction */
  progress: number[] = [];
  locks: string[] = [];
  hashLookups: string[][] = [];
  faults: { planData?: Error; shortLoad?: boolean; loadError?: Error; updateConflict?: boolean } = {};
  inlineMaxBytes = 64 * 1024;
  private nextImportId = 1;
  private nextAttemptId = 100;
  private readonly transactionManager = { name: 'the commit transaction' } as unknown as EntityManager;
  private transactionOpen = false;

  service(): ScoreImportService {
    const config = new AppConfig(
      validateEnvironment({
        JWT_SECRET: 'a-secret-of-at-least-thirty-two-characters',
        ID_ENCRYPTION_KEY: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
        ID_HASH_KEY: 'ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=',
        TICKET_SIGNING_KEY: 'dGlja2V0LXNpZ25pbmcta2V5LWZvci10ZXN0cy0wMDA=',
        SCORE_IMPORT_INLINE_MAX_BYTES: String(this.inlineMaxBytes),
      }),
    );
    return new ScoreImportService(
      fake<DataSource>({ transaction: ((work: (manager: EntityManager) => Promise<unknown>) => this.transaction(work)) as DataSource['transaction'] }),
      this.importStore(),
      this.resultStore(),
      this.publicationStore(),
      fake<SessionService>({ load: async () => this.currentSession() }),
      cipher,
      this.storage,
      fake<AuditService>({
        record: async (manager, _actor, entry) => {
          this.inTransaction(manager);
          this.audit.push(entry);
        },
        recordMany: async (manager, records) => {
          this.inTransaction(manager);
          this.audit.push(...records.map((record) => record.entry));
        },
      }),
      this.clock,
      config,
      fake<ScoreJobsProducer>({
        previewImport: async (id) => void this.jobs.push(['preview', id]),
        commitImport: async (id) => void this.jobs.push(['commit', id]),
      }),
    );
  }

  record(id: number): ScoreImport {
    const record = this.imports.get(id);
    if (!record) throw new Error(`no import ${id}`);
    return record;
  }

  attemptOf(traineeId: number, subject: Subject = 'THEORY'): StoredAttempt | undefined {
    return this.attempts.find((attempt) => attempt.traineeId === traineeId && attempt.subject === subject);
  }

  existing(person: Person, result: Partial<StoredAttempt> = {}): StoredAttempt {
    const attempt: StoredAttempt = {
      id: this.nextAttemptId++,
      traineeId: person.traineeId,
      sessionId: 7,
      subject: 'THEORY',
      signupId: person.signupId,
      version: 1,
      outcome: 'FAILED',
      score: 55,
      stationScores: null,
      failedCriticalItems: null,
      voided: false,
      source: 'ENTRY',
      importId: null,
      ...result,
    };
    this.attempts.push(attempt);
    return attempt;
  }

  private currentSession(): AssessmentSession {
    if (!this.session) throw new DomainError('SESSION_NOT_FOUND');
    return this.session;
  }

  private async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const before = structuredClone({ imports: this.imports, attempts: this.attempts, audit: this.audit });
    this.transactionOpen = true;
    try {
      return await work(this.transactionManager);
    } catch (error) {
      Object.assign(this, before);
      throw error;
    } finally {
      this.transactionOpen = false;
    }
  }

  private inTransaction(manager: EntityManager | undefined): void {
    if (manager !== this.transactionManager || !this.transactionOpen) throw new Error('a write outside the commit transaction');
  }

  private importStore(): ScoreImportStore {
    const move = (id: number, from: ScoreImportStatus, change: Partial<ScoreImport>): boolean => {
      const record = this.imports.get(id);
      if (!record || record.status !== from) return false;
      Object.assign(record, change, { version: record.version + 1 });
      return true;
    };
    const copy = (record: ScoreImport) => Object.assign(new ScoreImport(), structuredClone(record));
    return fake<ScoreImportStore>({
      insert: async (row) => {
        const record = Object.assign(new ScoreImport(), {
          ...row,
          id: this.nextImportId++,
          status: 'PREVIEWING' as const,
          totalRows: null,
          processedRows: 0,
          summary: null,
          reportKey: null,
          planSha256: null,
          basisSha256: null,
          error: null,
          committedBy: null,
          committedAt: null,
          version: 1,
          createdAt: this.clock.now(),
          updatedAt: this.clock.now(),
        });
        this.imports.set(record.id, record);
        return copy(record);
      },
      byId: async (id) => {
        const record = this.imports.get(id);
        return record ? copy(record) : null;
      },
      ofSession: async (sessionId) => [...this.imports.values()].filter((record) => record.sessionId === sessionId).sort((a, b) => b.id - a.id).map(copy),
      openWorkerImports: async (limit) =>
        [...this.imports.values()].filter((record) => (record.status === 'PREVIEWING' || record.status === 'COMMITTING') && record.fileBytes > limit).map(({ id, status }) => ({ id, status })),
      setTotalRows: async (id, totalRows) => void Object.assign(this.record(id), { totalRows }),
      markPreviewed: async (id, result: PreviewResult) =>
        void move(id, 'PREVIEWING', {
          status: 'PREVIEWED',
          processedRows: result.processedRows,
          summary: JSON.parse(JSON.stringify(result.summary)) as Record<string, unknown>,
          reportKey: result.reportKey,
          planSha256: result.planSha256,
          basisSha256: result.basisSha256,
        }),
      startCommit: async (id, committedBy) => move(id, 'PREVIEWED', { status: 'COMMITTING', ...(committedBy === null ? {} : { committedBy }), processedRows: 0 }),
      progress: async (id, processedRows) => {
        this.progress.push(processedRows);
        this.record(id).processedRows = processedRows;
      },
      markCommitted: async (manager, id, committedAt) => {
        this.inTransaction(manager);
        return move(id, 'COMMITTING', { status: 'COMMITTED', committedAt, processedRows: this.record(id).totalRows ?? 0 });
      },
      fail: async (id, from, to, error) => void move(id, from, { status: to, error: JSON.parse(JSON.stringify(error)) as Record<string, unknown> }),
      planData: async (sessionId, subject, manager): Promise<PlanData> => {
        if (manager !== undefined) this.inTransaction(manager);
        if (this.faults.planData) throw this.faults.planData;
        const approved: ApprovedCandidate[] = this.approved.map((person) => ({
          signupId: person.signupId,
          traineeId: person.traineeId,
          name: person.name,
          idHash: hashOf(person.idNumber),
          idMasked: maskedOf(person.idNumber),
        }));
        const existing = this.attempts
          .filter((attempt) => attempt.sessionId === sessionId && attempt.subject === subject)
          .sort((a, b) => a.id - b.id)
          .map(({ id, traineeId, version, outcome, score, stationScores, failedCriticalItems, voided }) => ({ id, traineeId, version, outcome, score, stationScores, failedCriticalItems, voided }));
        return { approved, existing, published: this.published };
      },
      traineesByIdHash: async (hashes) => {
        this.hashLookups.push([...hashes]);
        const province: Array<KnownTrainee & { idHash: string }> = [{ id: ZHANG.traineeId, name: ZHANG.name, idMasked: maskedOf(ZHANG.idNumber), idHash: hashOf(ZHANG.idNumber) }];
        return province.filter((trainee) => hashes.includes(trainee.idHash));
      },
    });
  }

  private resultStore(): ResultStore {
    return fake<ResultStore>({
      loadImported: async (manager, target, results: readonly ImportedResult[]) => {
        this.inTransaction(manager);
        if (this.faults.loadError) throw this.faults.loadError;
        const written = this.faults.shortLoad ? results.slice(1) : results;
        for (const result of written) {
          this.attempts.push({
            id: this.nextAttemptId++,
            traineeId: result.traineeId,
            sessionId: target.sessionId,
            subject: target.subject,
            signupId: result.signupId,
            version: 1,
            outcome: result.value.outcome,
            score: result.value.score,
            stationScores: result.value.stationScores,
            failedCriticalItems: result.value.failedCriticalItems,
            voided: false,
            source: 'IMPORT',
            importId: target.importId,
          });
        }
        return { affectedRows: written.length, warningStatus: 0 };
      },
      updateImported: async (manager, importId, result) => {
        this.inTransaction(manager);
        const attempt = this.attempts.find((candidate) => candidate.id === result.existingId);
        if (this.faults.updateConflict || !attempt || attempt.version !== result.existingVersion || attempt.voided) return false;
        Object.assign(attempt, { ...result.value, source: 'IMPORT', importId, signupId: result.signupId, version: attempt.version + 1 });
        return true;
      },
    });
  }

  private publicationStore(): PublicationStore {
    return fake<PublicationStore>({
      lockSession: async (manager, sessionId, mode) => {
        this.inTransaction(manager);
        this.locks.push(`${sessionId}:${mode}`);
        return this.currentSession();
      },
    });
  }
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

let world: World;
let service: ScoreImportService;
let warnings: jest.SpyInstance;

beforeEach(() => {
  world = new World();
  service = world.service();
  warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  warnings.mockRestore();
});

async function previewed(rows: Array<[string, string, string]>): Promise<ScoreImportView> {
  return service.upload(CENTRE, 7, 'THEORY', theoryFile(rows));
}

describe('ScoreImportService: upload and preview (SC-1, SC-2)', () => {
  it('SC-1 only the centre imports scores: a base reviewer is refused everywhere and nothing is stored', async () => {
    expect((await refusal(service.upload(BASE_REVIEWER, 7, 'THEORY', theoryFile([[LIN.name, LIN.idNumber, '72.5']])))).code).toBe('FORBIDDEN_ROLE');
    const view = await previewed([[LIN.name, LIN.idNumber, '72.5']]);
    const filesBefore = world.storage.files.size;
    expect((await refusal(service.commit(BASE_REVIEWER, view.id))).code).toBe('FORBIDDEN_ROLE');
    expect((await refusal(service.get(BASE_REVIEWER, view.id))).code).toBe('FORBIDDEN_ROLE');
    expect((await refusal(service.list(BASE_REVIEWER, 7))).code).toBe('FORBIDDEN_ROLE');
    expect((await refusal(service.rows(BASE_REVIEWER, view.id, { page: 1, pageSize: 10 }))).code).toBe('FORBIDDEN_ROLE');
    expect(world.imports.size).toBe(1);
    expect(world.storage.files.size).toBe(filesBefore);
    expect(world.record(view.id).status).toBe('PREVIEWED');
  });

  it('SC-1 a subject the session does not offer, a session without its pass line, an empty file or one without data rows are refused before anything is stored', async () => {
    world.session = testSession({ subjects: testSession().subjects.filter((subject) => subject.subject === 'THEORY') });
    expect((await refusal(service.upload(CENTRE, 7, 'SKILLS', theoryFile([[LIN.name, LIN.idNumber, '72.5']])))).code).toBe('SUBJECTS_INVALID');
    world.session = testSession({ theoryPassRule: null });
    const noRule = await refusal(service.upload(CENTRE, 7, 'THEORY', theoryFile([[LIN.name, LIN.idNumber, '72.5']])));
    expect([noRule.code, noRule.details]).toEqual(['PASS_RULE_NOT_SET', { sessionId: 7, subject: 'THEORY' }]);
    world.session = testSession();
    expect((await refusal(service.upload(CENTRE, 7, 'THEORY', { buffer: Buffer.alloc(0), filename: 'empty.csv' }))).code).toBe('FILE_EMPTY');
    const headerOnly = await refusal(service.upload(CENTRE, 7, 'THEORY', theoryFile([])));
    expect([headerOnly.code, headerOnly.details]).toEqual(['FILE_EMPTY', { reason: 'no data rows' }]);
    world.session = null;
    expect((await refusal(service.upload(CENTRE, 7, 'THEORY', theoryFile([[LIN.name, LIN.idNumber, '72.5']])))).code).toBe('SESSION_NOT_FOUND');
    expect(world.imports.size).toBe(0);
    expect(world.storage.files.size).toBe(0);
  });

  it('SC-1 a small file is previewed in the request: every row has an outcome, report and plan are stored, commit is offered only without errors', async () => {
    const view = await previewed([
      [LIN.name, LIN.idNumber, '72.5'],
      [CHEN.name, CHEN.idNumber, '59.9'],
      [NOBODY.name, NOBODY.idNumber, '80'],
    ]);
    expect(view).toMatchObject({ sessionId: 7, subject: 'THEORY', status: 'PREVIEWED', totalRows: 3, processedRows: 3, canCommit: false, error: null, committedAt: null });
    expect(view.summary).toEqual({ totalRows: 3, NEW: 2, CHANGED: 0, UNCHANGED: 0, ERROR: 1, errorsByCode: { UNKNOWN_CANDIDATE: 1 }, missingFromFile: 0, format: 'csv', encoding: 'utf-8' });
    expect(view.problems.map((row) => [row.rowNumber, row.error?.code, row.idNumberMasked])).toEqual([[4, 'UNKNOWN_CANDIDATE', maskedOf(NOBODY.idNumber)]]);
    expect(view.changes).toEqual([]);
    expect(view.createdAt).toBe('2024-09-01T02:00:00.000Z');
    const record = world.record(view.id);
    expect(world.storage.files.has(record.reportKey!)).toBe(true);
    expect(world.storage.files.has(`score-imports/7/THEORY/plan-${view.id}.json`)).toBe(true);
    expect(record.basisSha256).toMatch(/^[0-9a-f]{64}$/);

    const newRows = await service.rows(CENTRE, view.id, { outcome: 'NEW', page: 2, pageSize: 1 });
    expect([newRows.total, newRows.items.map((row) => [row.rowNumber, row.name, row.after?.outcome])]).toEqual([2, [[3, CHEN.name, 'FAILED']]]);

    const clean = await previewed([[LIN.name, LIN.idNumber, '72.5']]);
    expect([clean.status, clean.canCommit]).toEqual(['PREVIEWED', true]);
    expect((await service.list(CENTRE, 7)).map((listed) => listed.id)).toEqual([clean.id, view.id]);
  });

  it('SC-1 a row naming a trainee of the province without an approved sign-up is NOT_SIGNED_UP, one naming nobody UNKNOWN_CANDIDATE; only those are looked up by hash', async () => {
    const view = await previewed([
      [LIN.name, LIN.idNumber, '72.5'],
      [ZHANG.name, ZHANG.idNumber, '70'],
      [NOBODY.name, NOBODY.idNumber, '80'],
    ]);
    expect(view.summary?.errorsByCode).toEqual({ NOT_SIGNED_UP: 1, UNKNOWN_CANDIDATE: 1 });
    expect(view.problems.map((row) => [row.name, row.traineeId, row.error?.code])).toEqual([
      [ZHANG.name, ZHANG.traineeId, 'NOT_SIGNED_UP'],
      [NOBODY.name, null, 'UNKNOWN_CANDIDATE'],
    ]);
    expect(world.hashLookups).toEqual([[hashOf(ZHANG.idNumber), hashOf(NOBODY.idNumber)]]);
  });

  it('SC-1 a fault while previewing leaves the import FAILED, not looking busy, and the fault goes on to the caller', async () => {
    world.faults.planData = new Error('connection lost');
    await expect(previewed([[LIN.name, LIN.idNumber, '72.5']])).rejects.toThrow('connection lost');
    const [record] = world.imports.values();
    expect(record.status).toBe('FAILED');
    expect(record.error).toMatchObject({ code: 'INTERNAL_ERROR' });
    expect(warnings).toHaveBeenCalledWith(`score import ${record.id}: FAILED (INTERNAL_ERROR)`);
  });

  it('SC-1 a file above the inline limit is stored and queued unread; the worker previews it once', async () => {
    world.inlineMaxBytes = 10;
    service = world.service();
    const queued = await previewed([[LIN.name, LIN.idNumber, '72.5']]);
    expect([queued.status, queued.totalRows, queued.summary]).toEqual(['PREVIEWING', null, null]);
    expect(world.jobs).toEqual([['preview', queued.id]]);
    expect((await refusal(service.rows(CENTRE, queued.id, { page: 1, pageSize: 10 }))).code).toBe('SCORE_IMPORT_NOT_READY');
    expect((await refusal(service.commit(CENTRE, queued.id))).code).toBe('SCORE_IMPORT_NOT_READY');

    await service.runPreview(queued.id);
    const done = await service.get(CENTRE, queued.id);
    expect([done.status, done.summary?.NEW, done.canCommit]).toEqual(['PREVIEWED', 1, true]);
    const version = world.record(queued.id).version;
    await service.runPreview(queued.id);
    expect(world.record(queued.id).version).toBe(version);
  });

  it('SC-1 a commit handed to the worker starts its progress at 0 rows, not at the preview\'s count, and ends at every row', async () => {
    world.inlineMaxBytes = 10;
    service = world.service();
    const queued = await previewed([
      [LIN.name, LIN.idNumber, '72.5'],
      [CHEN.name, CHEN.idNumber, '61'],
    ]);
    await service.runPreview(queued.id);
    expect((await service.get(CENTRE, queued.id)).processedRows).toBe(2);

    const committing = await service.commit(CENTRE, queued.id);
    expect([committing.status, committing.processedRows, committing.totalRows]).toEqual(['COMMITTING', 0, 2]);
    expect(world.jobs).toEqual([
      ['preview', queued.id],
      ['commit', queued.id],
    ]);
    await service.runCommit(queued.id);
    expect(world.progress).toEqual([2]);
    expect(await service.get(CENTRE, queued.id)).toMatchObject({ status: 'COMMITTED', processedRows: 2 });
  });

  it('SC-1 the worker marks a large file it cannot read FAILED with the reason, and does not retry it', async () => {
    world.inlineMaxBytes = 10;
    service = world.service();
    const queued = await service.upload(CENTRE, 7, 'THEORY', theoryFile([]));
    await expect(service.runPreview(queued.id)).resolves.toBeUndefined();
    expect(await service.get(CENTRE, queued.id)).toMatchObject({ status: 'FAILED', canCommit: false, error: { code: 'FILE_EMPTY', details: { reason: 'no data rows' } } });
  });

  it('SC-2 a skills sheet is judged station by station with the session rule', async () => {
    const header = '姓名,证件号码,病例分析,病历书写,辅助检查判读,基本技能操作';
    const view = await service.upload(CENTRE, 7, 'SKILLS', {
      buffer: Buffer.from(`${header}\r\n${LIN.name},${LIN.idNumber},80,70,60,70\r\n${CHEN.name},${CHEN.idNumber},40,90,90,90\r\n`, 'utf8'),
      filename: 'skills.csv',
    });
    expect(view.summary).toMatchObject({ NEW: 2, ERROR: 0 });
    await service.commit(CENTRE, view.id);
    expect(world.attemptOf(LIN.traineeId, 'SKILLS')).toMatchObject({ outcome: 'PASSED', score: 280, stationScores: { CASE_ANALYSIS: 80, MEDICAL_RECORD: 70, AUX_EXAM_READING: 60, BASIC_PROCEDURES: 70 } });
    // 310 in total, but below the case-analysis minimum of 50.
    expect(world.attemptOf(CHEN.traineeId, 'SKILLS')).toMatchObject({ outcome: 'FAILED', score: 310 });
  });
});

describe('ScoreImportService: commit, all rows or none (SC-1, SC-4)', () => {
  it('SC-1 commit writes every planned result under the exclusive session lock, audits the import and marks it COMMITTED', async () => {
    const view = await previewed([
      [LIN.name, LIN.idNumber, '72.5'],
      [CHEN.name, CHEN.idNumber, '缺考'],
    ]);
    const committed = await service.commit(CENTRE, view.id);
    expect(committed).toMatchObject({ status: 'COMMITTED', processedRows: 2, committedAt: '2024-09-01T02:00:00.000Z' });
    expect(world.record(view.id).committedBy).toBe(CENTRE.userId);
    expect(world.locks).toEqual(['7:EXCLUSIVE']);
    expect(world.attempts.map((a) => [a.traineeId, a.signupId, a.outcome, a.score, a.source, a.importId])).toEqual([
      [LIN.traineeId, LIN.signupId, 'PASSED', 72.5, 'IMPORT', view.id],
      [CHEN.traineeId, CHEN.signupId, 'ABSENT', null, 'IMPORT', view.id],
    ]);
    expect(world.progress).toEqual([2]);
    expect(world.audit).toEqual([
      {
        action: 'SCORE_IMPORT_COMMITTED',
        entityType: 'score_import',
        entityId: view.id,
        after: { sessionId: 7, subject: 'THEORY', fileName: 'theory.csv', fileSha256: view.fileSha256, rows: 2, new: 2, changed: 0, unchanged: 0 },
      },
    ]);
  });

  it('SC-1 a file with any row in error commits nothing (SCORE_IMPORT_INVALID) and stays previewed', async () => {
    const view = await previewed([
      [LIN.name, LIN.idNumber, '72.5'],
      [CHEN.name, CHEN.idNumber, '101'],
    ]);
    const refused = await refusal(service.commit(CENTRE, view.id));
    expect([refused.code, refused.details]).toEqual(['SCORE_IMPORT_INVALID', { errors: 1, errorsByCode: { SCORE_OUT_OF_RANGE: 1 } }]);
    expect(world.record(view.id).status).toBe('PREVIEWED');
    expect([world.attempts, world.audit]).toEqual([[], []]);
  });

  it('SC-1 a second commit of the same import is SCORE_IMPORT_CLOSED and writes nothing more; an unknown import is SCORE_IMPORT_NOT_FOUND', async () => {
    const view = await previewed([[LIN.name, LIN.idNumber, '72.5']]);
    await service.commit(CENTRE, view.id);
    const again = await refusal(service.commit(CENTRE, view.id));
    expect([again.code, again.details]).toEqual(['SCORE_IMPORT_CLOSED', { status: 'COMMITTED' }]);
    expect(world.attempts).toHaveLength(1);
    expect(world.audit).toHaveLength(1);
    expect((await refusal(service.commit(CENTRE, 999))).code).toBe('SCORE_IMPORT_NOT_FOUND');
  });

  it('SC-1 the same file imported twice changes nothing: every row UNCHANGED, and its commit writes no result', async () => {
    const rows: Array<[string, string, string]> = [
      [LIN.name, LIN.idNumber, '72.5'],
      [CHEN.name, CHEN.idNumber, '61'],
    ];
    await service.commit(CENTRE, (await previewed(rows)).id);
    const written = structuredClone(world.attempts);
    const second = await previewed(rows);
    expect(second.summary).toMatchObject({ NEW: 0, CHANGED: 0, UNCHANGED: 2, ERROR: 0 });
    expect((await service.commit(CENTRE, second.id)).status).toBe('COMMITTED');
    expect(world.attempts).toEqual(written);
    expect(world.progress).toEqual([2]);
  });

  it('SC-1 a changed score is updated from the version the preview saw, with one audit record per changed row (FA-13)', async () => {
    const existing = world.existing(LIN, { outcome: 'FAILED', score: 55, version: 3 });
    const view = await previewed([[LIN.name, LIN.idNumber, '72.5']]);
    expect(view.changes.map((row) => [row.outcome, row.before, row.after])).toEqual([['CHANGED', { outcome: 'FAILED', score: 55 }, { outcome: 'PASSED', score: 72.5 }]]);
    await service.commit(CENTRE, view.id);
    expect(world.attemptOf(LIN.traineeId)).toMatchObject({ id: existing.id, outcome: 'PASSED', score: 72.5, version: 4, source: 'IMPORT', importId: view.id });
    expect(world.audit.map((entry) => [entry.action, entry.entityType, entry.entityId, entry.reason ?? null])).toEqual([
      ['SCORE_IMPORT_COMMITTED', 'score_import', view.id, null],
      ['SCORE_CHANGED_BY_IMPORT', 'trainee', LIN.traineeId, `score import ${view.id}, row 2`],
    ]);
    expect(world.audit[1].before).toEqual({ sessionId: 7, subject: 'THEORY', outcome: 'FAILED', score: 55 });
    expect(world.audit[1].after).toEqual({ sessionId: 7, subject: 'THEORY', outcome: 'PASSED', score: 72.5 });
  });

  it('SC-1 data changed between preview and commit: the commit is refused (SCORE_IMPORT_STALE), writes nothing, and the import is STALE', async () => {
    const view = await previewed([[LIN.name, LIN.idNumber, '72.5']]);
    world.approved = [LIN, CHEN, { traineeId: 3, signupId: 13, name: '王芳', idNumber: idNumber('103') }];
    expect((await refusal(service.commit(CENTRE, view.id))).code).toBe('SCORE_IMPORT_STALE');
    expect(await service.get(CENTRE, view.id)).toMatchObject({ status: 'STALE', error: { code: 'SCORE_IMPORT_STALE' } });
    expect([world.attempts, world.audit]).toEqual([[], []]);
    expect((await refusal(service.commit(CENTRE, view.id))).code).toBe('SCORE_IMPORT_CLOSED');
  });

  it('SC-1 all or nothing: a result changed under the plan mid-commit rolls back the results already loaded, and the import is STALE', async () => {
    world.existing(CHEN, { score: 50 });
    const view = await previewed([
      [LIN.name, LIN.idNumber, '72.5'],
      [CHEN.name, CHEN.idNumber, '65'],
    ]);
    expect(view.summary).toMatchObject({ NEW: 1, CHANGED: 1 });
    const before = structuredClone(world.attempts);
    world.faults.updateConflict = true;
    expect((await refusal(service.commit(CENTRE, view.id))).code).toBe('SCORE_IMPORT_STALE');
    expect(world.attempts).toEqual(before);
    expect(world.audit).toEqual([]);
    expect(world.record(view.id).status).toBe('STALE');
  });

  it('SC-1 a duplicate key while writing (a result that appeared meanwhile) is stale data too', async () => {
    const view = await previewed([[LIN.name, LIN.idNumber, '72.5']]);
    world.faults.loadError = new QueryFailedError('LOAD DATA', [], Object.assign(new Error('Duplicate entry'), { code: 'ER_DUP_ENTRY' }));
    expect((await refusal(service.commit(CENTRE, view.id))).code).toBe('SCORE_IMPORT_STALE');
    expect(world.record(view.id).status).toBe('STALE');
  });

  it('SC-1 a plan file that no longer matches its checksum is not written', async () => {
    const view = await previewed([[LIN.name, LIN.idNumber, '72.5']]);
    const planKey = `score-imports/7/THEORY/plan-${view.id}.json`;
    const plan = JSON.parse(world.storage.files.get(planKey)!.toString('utf8')) as { writes: Array<{ value: { score: number } }> };
    plan.writes[0].value.score = 99;
    world.storage.files.set(planKey, Buffer.from(JSON.stringify(plan)));
    expect((await refusal(service.commit(CENTRE, view.id))).code).toBe('SCORE_IMPORT_STALE');
    expect(world.attempts).toEqual([]);
  });

  it('SC-1 a short LOAD DATA is a fault, not stale data: it rolls back, the import stays COMMITTING, and the retry commits it once', async () => {
    world.inlineMaxBytes = 10;
    service = world.service();
    const view = await previewed([
      [LIN.name, LIN.idNumber, '72.5'],
      [CHEN.name, CHEN.idNumber, '61'],
    ]);
    await service.runPreview(view.id);
    expect((await service.commit(CENTRE, view.id)).status).toBe('COMMITTING');
    expect(world.jobs).toEqual([
      ['preview', view.id],
      ['commit', view.id],
    ]);
    world.faults.shortLoad = true;
    await expect(service.runCommit(view.id)).rejects.toThrow('LOAD DATA wrote 1 of 2 results with 0 warnings');
    expect([world.record(view.id).status, world.attempts, world.audit]).toEqual(['COMMITTING', [], []]);

    world.faults.shortLoad = false;
    await service.runCommit(view.id);
    expect(world.record(view.id).status).toBe('COMMITTED');
    expect(world.attempts.map((attempt) => attempt.traineeId)).toEqual([LIN.traineeId, CHEN.traineeId]);
    // A job that finds its import moved on does nothing.
    await service.runCommit(view.id);
    expect(world.attempts).toHaveLength(2);
    expect(world.audit).toHaveLength(1);
  });

  it('SC-1 in the worker, data changed since the preview marks the import STALE without failing the job', async () => {
    world.inlineMaxBytes = 10;
    service = world.service();
    const view = await previewed([[LIN.name, LIN.idNumber, '72.5']]);
    await service.runPreview(view.id);
    await service.commit(CENTRE, view.id);
    world.existing(LIN);
    await expect(service.runCommit(view.id)).resolves.toBeUndefined();
    expect(world.record(view.id).status).toBe('STALE');
    expect(world.attempts).toHaveLength(1);
  });

  it('SC-1 a session gone at commit fails the import with that reason', async () => {
    const view = await previewed([[LIN.name, LIN.idNumber, '72.5']]);
    world.session = null;
    expect((await refusal(service.commit(CENTRE, view.id))).code).toBe('SESSION_NOT_FOUND');
    expect(world.record(view.id)).toMatchObject({ status: 'FAILED', error: { code: 'SESSION_NOT_FOUND' } });
  });

  it('SC-4 once the subject is published an import may not add or change scores: its rows are errors and commit is refused', async () => {
    world.published = true;
    const view = await previewed([[LIN.name, LIN.idNumber, '72.5']]);
    expect([view.canCommit, view.summary?.errorsByCode]).toEqual([false, { RESULTS_PUBLISHED: 1 }]);
    expect((await refusal(service.commit(CENTRE, view.id))).code).toBe('SCORE_IMPORT_INVALID');
    expect(world.attempts).toEqual([]);
  });

  it('SC-4 a publication between preview and commit makes the commit stale', async () => {
    const view = await previewed([[LIN.name, LIN.idNumber, '72.5']]);
    world.published = true;
    expect((await refusal(service.commit(CENTRE, view.id))).code).toBe('SCORE_IMPORT_STALE');
    expect(world.attempts).toEqual([]);
  });
});

describe('ScoreImportService: the worker owes what MySQL says (SC-1)', () => {
  it('SC-1 every large import still being previewed or committed is queued again; small and finished ones are not', async () => {
    const small = await previewed([[LIN.name, LIN.idNumber, '72.5']]);
    world.inlineMaxBytes = 10;
    service = world.service();
    const previewing = await previewed([[LIN.name, LIN.idNumber, '72.5']]);
    const committing = await previewed([[CHEN.name, CHEN.idNumber, '61']]);
    await service.runPreview(committing.id);
    await service.commit(CENTRE, committing.id);
    world.jobs = [];
    expect(await service.requeueWorkerImports()).toBe(2);
    expect(world.jobs).toEqual([
      ['preview', previewing.id],
      ['commit', committing.id],
    ]);
    expect(world.record(small.id).status).toBe('PREVIEWED');
  });

  it('SC-1 when the last retry of a job fails, a busy import ends FAILED with the fault and a finished one is left alone', async () => {
    const finished = await previewed([[LIN.name, LIN.idNumber, '72.5']]);
    world.inlineMaxBytes = 10;
    service = world.service();
    const busy = await previewed([[LIN.name, LIN.idNumber, '72.5']]);
    await service.giveUp(busy.id, 'x'.repeat(400));
    await service.giveUp(finished.id, 'worker gave up');
    expect(world.record(busy.id)).toMatchObject({ status: 'FAILED', error: { code: 'INTERNAL_ERROR', details: { reason: 'x'.repeat(300) } } });
    expect(world.record(finished.id)).toMatchObject({ status: 'PREVIEWED', error: null });
  });
});
