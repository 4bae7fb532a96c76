import { Signup } from '@app/assessment/entities/signup.entity';
import { AttemptSource, AttemptVoidKind, SubjectAttemptRecord } from '@app/assessment/entities/subject-attempt.entity';
import { AttemptOutcome, Subject } from '@app/assessment/rules';
import { loadData, tsvLine } from '@app/database/load-data';
import { traineeSql } from '@app/training';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { affectedRows, jsonOrNull, jsonValue } from '@app/common/sql';

/** A result as a score file or the centre gives it. */
export interface ResultValue {
  outcome: AttemptOutcome;
  score: number | null;
  stationScores: Record<string, number | null> | null;
  failedCriticalItems: string[] | null;
}

/** One write of a committed import: a new result (existingId null) or an update from the version the preview saw. */
export interface ImportedResult {
  traineeId: number;
  signupId: number;
  existingId: number | null;
  existingVersion: number | null;
  value: ResultValue;
}

export type ResultChanges = Partial<
  Pick<SubjectAttemptRecord, 'outcome' | 'score' | 'stationScores' | 'failedCriticalItems' | 'source' | 'importId' | 'year' | 'signupId' | 'voided' | 'voidKind' | 'voidReason' | 'voidedAt' | 'voidedBy' | 'version'>
>;

export type NewResult = Pick<SubjectAttemptRecord, 'sessionId' | 'traineeId' | 'subject' | 'year' | 'signupId' | 'outcome' | 'score' | 'stationScores' | 'failedCriticalItems' | 'source' | 'importId'>;

/** Which results of a session the staff list shows; the scope is already narrowed to the caller's. */
export interface ResultListQuery {
  sessionId: number;
  scope: { kind: 'ALL' } | { kind: 'BASE'; baseId: number } | { kind: 'CITY'; cityId: number };
  /** bases see published results only */
  publishedOnly: boolean;
  subject?: Subject;
  outcome?: AttemptOutcome;
  page: number;
  pageSize: number;
}

/** A row of the staff list: the result; who it belongs to is the caller's to show. */
export interface ListedResult {
  attemptId: number;
  version: number;
  traineeId: number;
  subject: Subject;
  outcome: AttemptOutcome;
  score: number | null;
  stationScores: Record<string, number | null> | null;
  failedCriticalItems: string[] | null;
  source: AttemptSource;
  published: boolean;
  voided: boolean;
  voidKind: AttemptVoidKind | null;
  voidReason: string | null;
}

const ATTEMPT_COLUMNS = ['trainee_id', 'session_id', 'signup_id', 'subject', 'year', 'outcome', 'score', 'station_scores', 'failed_critical_items', 'source', 'import_id', 'version'];

/**
 * subject_attempt (assessment's table) as scores writes it: imports, entries, corrections and voiding by
 * hand, and the reads around them (a result locked for change, a subject's count, a candidate's own, the
 * staff list). SC-5's voiding lives with its locking reads in RotationDeadlineStore. Methods taking a
 * manager run inside the caller's transaction.
 */
@Injectable()
export class ResultStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * New results of an import, streamed in one LOAD DATA. LOCAL loads turn duplicate keys and bad values into
   * warnings, so the caller checks both counts.
   */
  loadImported(
    manager: EntityManager,
    target: { sessionId: number; year: number; subject: Subject; importId: number },
    results: readonly ImportedResult[],
  ): Promise<{ affectedRows: number; warningStatus: number }> {
    const lines = results.map((result) =>
      tsvLine([
        result.traineeId,
        target.sessionId,
        result.signupId,
        target.subject,
        target.year,
        result.value.outcome,
        result.value.score,
        jsonOrNull(result.value.stationScores),
        jsonOrNull(result.value.failedCriticalItems),
        'IMPORT',
        target.importId,
        1,
      ]),
    );
    return loadData(manager, 'subject_attempt', ATTEMPT_COLUMNS, lines);
  }

  /** False when the result moved on from the version the preview saw, or was voided. */
  async updateImported(manager: EntityManager, importId: number, result: ImportedResult): Promise<boolean> {
    const done = await manager.query(
      `UPDATE subject_attempt SET outcome = ?, score = ?, station_scores = ?, failed_critical_items = ?, source = 'IMPORT', import_id = ?, signup_id = ?, version = version + 1
          WHERE id = ? AND version = ? AND voided = 0`,
      [result.value.outcome, result.value.score, jsonOrNull(result.value.stationScores), jsonOrNull(result.value.failedCriticalItems), importId, result.signupId, result.existingId, result.existingVersion],
    );
    return affectedRows(done) === 1;
  }

  /** The sign-up a score is entered against (FA-9: only centre-approved ones get scores). */
  signupOf(manager: EntityManager, sessionId: number, traineeId: number): Promise<Signup | null> {
    return manager.findOneBy(Signup, { sessionId, traineeId });
  }

  /** Locked until the transaction ends, so concurrent changes to one result queue up. */
  lockedById(manager: EntityManager, id: number): Promise<SubjectAttemptRecord | null> {
    return manager.findOne(SubjectAttemptRecord, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  lockedOfTrainee(manager: EntityManager, sessionId: number, traineeId: number, subject: Subject): Promise<SubjectAttemptRecord | null> {
    return manager.findOne(SubjectAttemptRecord, { where: { sessionId, traineeId, subject }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(manager: EntityManager, result: NewResult): Promise<SubjectAttemptRecord> {
    const attempt = manager.create(SubjectAttemptRecord, { ...result, voided: false, version: 1 });
    await manager.insert(SubjectAttemptRecord, attempt);
    return attempt;
  }

  async update(manager: EntityManager, id: number, changes: ResultChanges): Promise<void> {
    await manager.update(SubjectAttemptRecord, { id }, changes);
  }

  async countOfSubject(sessionId: number, subject: Subject, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row]: Array<{ n: number | string }> = await manager.query('SELECT COUNT(*) AS n FROM subject_attempt WHERE session_id = ? AND subject = ?', [sessionId, subject]);
    return Number(row.n);
  }

  /** SC-4: whose results of the subject a publication makes visible (voided ones too: the candidate sees why). */
  async traineesWithResult(manager: EntityManager, sessionId: number, subject: Subject): Promise<number[]> {
    const rows: Array<{ traineeId: number }> = await manager.query('SELECT DISTINCT trainee_id AS traineeId FROM subject_attempt WHERE session_id = ? AND subject = ? ORDER BY trainee_id', [
      sessionId,
      subject,
    ]);
    return rows.map((row) => Number(row.traineeId));
  }

  /** A trainee's results of the platform's sessions, published or not. */
  ofTrainee(traineeId: number): Promise<SubjectAttemptRecord[]> {
    return this.dataSource.getRepository(SubjectAttemptRecord).findBy({ traineeId, sessionId: Not(IsNull()) });
  }

  /** Ordered by base, trainee and subject. */
  async list(query: ResultListQuery): Promise<{ items: ListedResult[]; total: number }> {
    const t = traineeSql('t');
    const where: string[] = [];
    const params: unknown[] = [];
    const and = (clause: string, ...values: unknown[]) => {
      where.push(clause);
      params.push(...values);
    };
    and('a.session_id = ?', query.sessionId);
    if (query.scope.kind === 'BASE') and(`${t.baseId} = ?`, query.scope.baseId);
    if (query.scope.kind === 'CITY') and(`${t.cityId} = ?`, query.scope.cityId);
    if (query.publishedOnly) and('p.session_id IS NOT NULL');
    if (query.subject) and('a.subject = ?', query.subject);
    if (query.outcome) and('a.outcome = ?', query.outcome);
    const from = `FROM subject_attempt a
      JOIN ${t.table} ON ${t.id} = a.trainee_id
      LEFT JOIN result_publication p ON p.session_id = a.session_id AND p.subject = a.subject
      WHERE ${where.join(' AND ')}`;

    const [{ total }]: Array<{ total: number | string }> = await this.dataSource.query(`SELECT COUNT(*) AS total ${from}`, params);
    const rows: Array<{
      attemptId: number;
      version: number;
      traineeId: number;
      subject: Subject;
      outcome: AttemptOutcome;
      score: string | null;
      stationScores: unknown;
      failedCriticalItems: unknown;
      source: AttemptSource;
      published: number | string;
      voided: number | string;
      voidKind: AttemptVoidKind | null;
      voidReason: string | null;
    }> = await this.dataSource.query(
      `SELECT a.id AS attemptId, a.version, a.trainee_id AS traineeId,
              a.subject, a.outcome, a.score, a.station_scores AS stationScores, a.failed_critical_items AS failedCriticalItems, a.source,
              p.session_id IS NOT NULL AS published, a.voided, a.void_kind AS voidKind, a.void_reason AS voidReason
         ${from} ORDER BY ${t.baseId}, a.trainee_id, a.subject LIMIT ? OFFSET ?`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    const items = rows.map(
      (row): ListedResult => ({
        attemptId: Number(row.attemptId),
        version: Number(row.version),
        traineeId: Number(row.traineeId),
        subject: row.subject,
        outcome: row.outcome,
        score: row.score === null ? null : Number(row.score),
        stationScores: jsonValue(row.stationScores),
        failedCriticalItems: jsonValue(row.failedCriticalItems),
        source: row.source,
        published: Boolean(Number(row.published)),
        voided: Boolean(Number(row.voided)),
        voidKind: row.voidKind,
        voidReason: row.voidReason,
      }),
    );
    return { items, total: Number(total) };
  }
}
