import { Subject } from '@app/assessment/rules';
import { traineeSql } from '@app/training';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ScoreImport, ScoreImportStatus } from '../entities/score-import.entity';
import { affectedRows, jsonValue, placeholders } from '@app/common/sql';
import { ExistingResult, KnownTrainee } from './score-import.plan';

export type NewScoreImport = Pick<ScoreImport, 'sessionId' | 'subject' | 'fileName' | 'fileKey' | 'fileSha256' | 'fileBytes' | 'createdBy'>;

/** What a finished preview leaves on the import. */
export interface PreviewResult {
  processedRows: number;
  summary: object;
  reportKey: string;
  planSha256: string;
  basisSha256: string;
}

/** A centre-approved candidate of the subject, with what a file's rows are matched against. */
export interface ApprovedCandidate {
  signupId: number;
  traineeId: number;
  name: string;
  idHash: string;
  idMasked: string;
}

/** The data an import's plan is made against, read in one shape so that its checksum means something. */
export interface PlanData {
  approved: ApprovedCandidate[];
  existing: ExistingResult[];
  published: boolean;
}

/** Hashes per look-up statement. */
const HASH_CHUNK = 2_000;

interface AttemptRow {
  id: number;
  traineeId: number;
  version: number;
  outcome: ExistingResult['outcome'];
  score: string | null;
  stationScores: unknown;
  failedCriticalItems: unknown;
  voided: number;
}

/**
 * Every statement on score_import, and the reads only an import makes: the subject's approved candidates
 * with their identities, their results and whether the subject is published (the plan's basis), and
 * trainees by ID hash. Methods taking a manager run inside the caller's transaction; the others on their
 * own connection, so progress shows while a commit runs.
 */
@Injectable()
export class ScoreImportStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(row: NewScoreImport): Promise<ScoreImport> {
    return this.dataSource.getRepository(ScoreImport).save({ ...row, status: 'PREVIEWING' as const, processedRows: 0, version: 1 });
  }

  byId(id: number): Promise<ScoreImport | null> {
    return this.dataSource.getRepository(ScoreImport).findOneBy({ id });
  }

  /** Newest first. */
  ofSession(sessionId: number): Promise<ScoreImport[]> {
    return this.dataSource.getRepository(ScoreImport).find({ where: { sessionId }, order: { id: 'DESC' } });
  }

  /** Imports the worker still owes a preview or a commit: those larger than the inline limit. */
  async openWorkerImports(inlineMaxBytes: number): Promise<Array<{ id: number; status: ScoreImportStatus }>> {
    const rows: Array<{ id: number; status: ScoreImportStatus }> = await this.dataSource.query(
      "SELECT id, status FROM score_import WHERE status IN ('PREVIEWING', 'COMMITTING') AND file_bytes > ? ORDER BY id",
      [inlineMaxBytes],
    );
    return rows.map((row) => ({ id: Number(row.id), status: row.status }));
  }

  async setTotalRows(id: number, totalRows: number): Promise<void> {
    await this.dataSource.query('UPDATE score_import SET total_rows = ? WHERE id = ?', [totalRows, id]);
  }

  async markPreviewed(id: number, result: PreviewResult): Promise<void> {
    await this.dataSource.query(
      "UPDATE score_import SET status = 'PREVIEWED', processed_rows = ?, summary = ?, report_key = ?, plan_sha256 = ?, basis_sha256 = ?, version = version + 1 WHERE id = ? AND status = 'PREVIEWING'",
      [result.processedRows, JSON.stringify(result.summary), result.reportKey, result.planSha256, result.basisSha256, id],
    );
  }

  /**
   * PREVIEWED → COMMITTING, with the row count back at 0: the commit's progress is its own, not the preview's.
   * False when another request or worker moved the import first.
   */
  async startCommit(id: number, committedBy: number | null): Promise<boolean> {
    const result = await this.dataSource.query(
      "UPDATE score_import SET status = 'COMMITTING', committed_by = COALESCE(?, committed_by), processed_rows = 0, version = version + 1 WHERE id = ? AND status = 'PREVIEWED'",
      [committedBy, id],
    );
    return affectedRows(result) === 1;
  }

  /** On its own connection, never the commit's: progress shows while the commit runs. */
  async progress(id: number, processedRows: number): Promise<void> {
    await this.dataSource.query('UPDATE score_import SET processed_rows = ? WHERE id = ?', [processedRows, id]);
  }

  /** False when the import was no longer COMMITTING. */
  async markCommitted(manager: EntityManager, id: number, committedAt: Date): Promise<boolean> {
    const result = await manager.query(
      "UPDATE score_import SET status = 'COMMITTED', committed_at = ?, processed_rows = total_rows, version = version + 1 WHERE id = ? AND status = 'COMMITTING'",
      [committedAt, id],
    );
    return affectedRows(result) === 1;
  }

  async fail(id: number, from: ScoreImportStatus, to: ScoreImportStatus, error: Record<string, unknown>): Promise<void> {
    await this.dataSource.query('UPDATE score_import SET status = ?, error = ?, version = version + 1 WHERE id = ? AND status = ?', [to, JSON.stringify(error), id, from]);
  }

  async planData(sessionId: number, subject: Subject, manager: EntityManager = this.dataSource.manager): Promise<PlanData> {
    const flag = subject === 'THEORY' ? 'subject_theory' : 'subject_skills';
    const t = traineeSql('t');
    const approvedRows: ApprovedCandidate[] = await manager.query(
      `SELECT s.id AS signupId, ${t.id} AS traineeId, ${t.name} AS name, ${t.idHash} AS idHash, ${t.idMasked} AS idMasked
         FROM signup s JOIN ${t.table} ON ${t.id} = s.trainee_id
        WHERE s.session_id = ? AND s.status = 'APPROVED' AND s.${flag} = 1 ORDER BY s.id`,
      [sessionId],
    );
    const approved = approvedRows.map((row) => ({ ...row, signupId: Number(row.signupId), traineeId: Number(row.traineeId) }));
    const attemptRows: AttemptRow[] = await manager.query(
      `SELECT id, trainee_id AS traineeId, version, outcome, score, station_scores AS stationScores, failed_critical_items AS failedCriticalItems, voided
         FROM subject_attempt WHERE session_id = ? AND subject = ? ORDER BY id`,
      [sessionId, subject],
    );
    const existing: ExistingResult[] = attemptRows.map((row) => ({
      id: Number(row.id),
      traineeId: Number(row.traineeId),
      version: Number(row.version),
      outcome: row.outcome,
      score: row.score === null ? null : Number(row.score),
      stationScores: jsonValue<ExistingResult['stationScores']>(row.stationScores),
      failedCriticalItems: jsonValue<string[]>(row.failedCriticalItems),
      voided: Boolean(Number(row.voided)),
    }));
    const published = (await manager.query('SELECT 1 FROM result_publication WHERE session_id = ? AND subject = ?', [sessionId, subject])).length > 0;
    return { approved, existing, published };
  }

  /** Trainees of the province by ID hash; unknown hashes are left out. */
  async traineesByIdHash(hashes: readonly string[]): Promise<Array<KnownTrainee & { idHash: string }>> {
    const t = traineeSql('t');
    const found: Array<KnownTrainee & { idHash: string }> = [];
    for (let start = 0; start < hashes.length; start += HASH_CHUNK) {
      const chunk = hashes.slice(start, start + HASH_CHUNK);
      const rows: Array<{ id: number; name: string; idHash: string; idMasked: string }> = await this.dataSource.query(
        `SELECT ${t.id} AS id, ${t.name} AS name, ${t.idHash} AS idHash, ${t.idMasked} AS idMasked FROM ${t.table} WHERE ${t.idHash} IN (${placeholders(chunk.length)})`,
        chunk,
      );
      for (const row of rows) found.push({ id: Number(row.id), name: row.name, idHash: row.idHash, idMasked: row.idMasked });
    }
    return found;
  }
}
