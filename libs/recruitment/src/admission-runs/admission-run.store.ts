import { affectedRows, isDuplicateKey, jsonValue, placeholders } from '@app/common/sql';
import { DomainError } from '@app/common/errors';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AdmissionRound, ApplicantExplanation, ApplicantType } from '../admission';
import type { AdmissionRunStatus } from '../entities/admission-run.entity';
import type { ApplicationInput, AssessmentInput, RunSummary } from './admission-input';
import { packExplanation, PackedExplanation, unpackExplanation } from './outcome-packing';

/** Applications that take part in admission: past the review before admission. */
export const ADMISSIBLE_STATUSES = ['APPROVED', 'CONFIRMED'] as const;
const ADMISSIBLE_SQL = `('APPROVED','CONFIRMED')`;
/**
 * The applications a run takes (alias `a`, the round's id bound once more): the admissible, and those a published
 * stage admitted whatever their status now (a re-review under way keeps their seat in the rounds already decided).
 */
const IN_ADMISSION_SQL = `(a.status IN ${ADMISSIBLE_SQL} OR a.id IN (
  SELECT o.application_id FROM admission_outcome o JOIN admission_run r ON r.id = o.run_id WHERE r.published_round_id = ? AND o.admitted = 1))`;

/** An INSERT statement stays well under max_allowed_packet (16 MiB by default): a few MiB of values each. */
const INSERT_BYTES = 4 * 1024 * 1024;

export interface RunRow {
  id: number;
  roundId: number;
  status: AdmissionRunStatus;
  seed: string;
  inputDigest: string;
  summary: RunSummary;
  /** The last round this run ran: the stage it publishes. */
  through: AdmissionRound;
  /** The published run this one continues (its earlier stages), null for the first. */
  afterRunId: number | null;
  createdBy: number | null;
  createdAt: Date;
  publishedBy: number | null;
  publishedAt: Date | null;
}

export interface NewOutcome {
  applicationId: number;
  admitted: boolean;
  baseId: number | null;
  applicantType: ApplicantType;
  admittedBy: AdmissionRound | null;
  explanation: ApplicantExplanation;
}

export interface OutcomeRow {
  applicationId: number;
  name: string;
  idMasked: string;
  applicantType: ApplicantType;
  admitted: boolean;
  baseId: number | null;
  admittedBy: AdmissionRound | null;
  explanation: ApplicantExplanation;
}

interface RawRun {
  id: number;
  round_id: number;
  status: AdmissionRunStatus;
  seed: string;
  input_digest: string;
  summary: unknown;
  through_round: AdmissionRound;
  after_run_id: number | null;
  created_by: number | null;
  created_at: Date;
  published_by: number | null;
  published_at: Date | null;
}

const toRun = (raw: RawRun): RunRow => ({
  id: raw.id,
  roundId: raw.round_id,
  status: raw.status,
  seed: raw.seed,
  inputDigest: raw.input_digest,
  summary: jsonValue<RunSummary>(raw.summary) as RunSummary,
  through: raw.through_round,
  afterRunId: raw.after_run_id,
  createdBy: raw.created_by,
  createdAt: raw.created_at,
  publishedBy: raw.published_by,
  publishedAt: raw.published_at,
});

/**
 * Multi-row INSERTs cut by size: each statement carries as many rows as fit in INSERT_BYTES. One statement per few
 * thousand rows instead of one per row is what makes 100,000 outcomes a matter of seconds. Rows are built lazily
 * and the next statement is built while the previous one runs (the connection takes them in order).
 */
export async function insertInBatches(
  manager: EntityManager,
  head: string,
  rowSql: string,
  rows: Iterable<readonly unknown[]>,
  sizeOf: (row: readonly unknown[]) => number,
  tail = '',
): Promise<void> {
  let values: unknown[] = [];
  let count = 0;
  let bytes = 0;
  // In an object: the flow analysis does not follow assignments made inside the closure.
  const inFlight: { query: Promise<unknown> | null } = { query: null };
  const flush = async () => {
    if (count === 0) return;
    const sql = `${head} VALUES ${Array.from({ length: count }, () => rowSql).join(',')}${tail}`;
    const params = values;
    values = [];
    count = 0;
    bytes = 0;
    if (inFlight.query) await inFlight.query;
    inFlight.query = manager.query(sql, params);
  };
  for (const row of rows) {
    const size = sizeOf(row);
    if (count > 0 && bytes + size > INSERT_BYTES) await flush();
    values.push(...row);
    count += 1;
    bytes += size;
  }
  await flush();
  if (inFlight.query) await inFlight.query;
}

/** SQL of admission_run and admission_outcome, and the reads of applications and scores a run takes as input. */
@Injectable()
export class AdmissionRunStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async applicationInputs(manager: EntityManager, roundId: number): Promise<ApplicationInput[]> {
    const rows: Array<{
      id: number;
      applicant_type: ApplicantType;
      choice1_base_id: number | null;
      choice2_base_id: number | null;
      accepts_adjustment: number;
      employer_city_id: number | null;
      submitted_at: Date | null;
      ranking_score: string | null;
    }> = await manager.query(
      `SELECT id, applicant_type, choice1_base_id, choice2_base_id, accepts_adjustment, employer_city_id, submitted_at, ranking_score
         FROM recruitment_application a WHERE a.round_id = ? AND ${IN_ADMISSION_SQL}`,
      [roundId, roundId],
    );
    return rows.map((row) => ({
      id: row.id,
      applicantType: row.applicant_type,
      choice1BaseId: row.choice1_base_id,
      choice2BaseId: row.choice2_base_id,
      acceptsAdjustment: Boolean(row.accepts_adjustment),
      employerCityId: row.employer_city_id,
      submittedAt: row.submitted_at,
      rankingScore: row.ranking_score,
    }));
  }

  async assessmentInputs(manager: EntityManager, roundId: number): Promise<AssessmentInput[]> {
    const rows: Array<{ application_id: number; base_id: number; choice_round: AssessmentInput['choiceRound']; score: string }> = await manager.query(
      `SELECT s.application_id, s.base_id, s.choice_round, s.score
         FROM recruitment_assessment_score s JOIN recruitment_application a ON a.id = s.application_id
        WHERE a.round_id = ? AND ${IN_ADMISSION_SQL}`,
      [roundId, roundId],
    );
    return rows.map((row) => ({ applicationId: row.application_id, baseId: row.base_id, choiceRound: row.choice_round, score: row.score }));
  }

  async insertRun(
    manager: EntityManager,
    run: { roundId: number; seed: string; inputDigest: string; summary: RunSummary; through: AdmissionRound; afterRunId: number | null; createdBy: number | null; createdAt: Date },
  ): Promise<number> {
    const result = await manager.query<{ insertId: number }>(
      'INSERT INTO admission_run (round_id, status, seed, input_digest, summary, through_round, after_run_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [run.roundId, 'PREVIEW', run.seed, run.inputDigest, JSON.stringify(run.summary), run.through, run.afterRunId, run.createdBy, run.createdAt],
    );
    return result.insertId;
  }

  async insertOutcomes(manager: EntityManager, runId: number, outcomes: readonly NewOutcome[]): Promise<void> {
    function* rows(): Generator<unknown[]> {
      for (const outcome of outcomes) {
        yield [runId, outcome.applicationId, outcome.admitted ? 1 : 0, outcome.baseId, outcome.applicantType, outcome.admittedBy, JSON.stringify(packExplanation(outcome.explanation))];
      }
    }
    await insertInBatches(
      manager,
      'INSERT INTO admission_outcome (run_id, application_id, admitted, base_id, applicant_type, admitted_by, explanation)',
      '(?,?,?,?,?,?,?)',
      rows(),
      (row) => (row[6] as string).length + 64,
    );
  }

  async byId(id: number, manager: EntityManager = this.dataSource.manager): Promise<RunRow | null> {
    const rows: RawRun[] = await manager.query('SELECT * FROM admission_run WHERE id = ?', [id]);
    return rows.length === 0 ? null : toRun(rows[0]);
  }

  async lockedById(manager: EntityManager, id: number): Promise<RunRow | null> {
    const rows: RawRun[] = await manager.query('SELECT * FROM admission_run WHERE id = ? FOR UPDATE', [id]);
    return rows.length === 0 ? null : toRun(rows[0]);
  }

  /** The round's published runs, earliest stage first (each stage continues the one before). */
  async publishedRuns(roundId: number, manager: EntityManager = this.dataSource.manager): Promise<RunRow[]> {
    const rows: RawRun[] = await manager.query('SELECT * FROM admission_run WHERE published_round_id = ? ORDER BY published_at, id', [roundId]);
    return rows.map(toRun);
  }

  /** The last published stage of the round, null before any. */
  async latestPublished(roundId: number, manager: EntityManager = this.dataSource.manager): Promise<RunRow | null> {
    const runs = await this.publishedRuns(roundId, manager);
    return runs.length === 0 ? null : runs[runs.length - 1];
  }

  /** The applications a run ranked (every outcome row). */
  async rankedApplications(manager: EntityManager, runId: number): Promise<Set<number>> {
    const rows: Array<{ application_id: number }> = await manager.query('SELECT application_id FROM admission_outcome WHERE run_id = ?', [runId]);
    return new Set(rows.map((row) => Number(row.application_id)));
  }

  async ofRound(roundId: number): Promise<RunRow[]> {
    const rows: RawRun[] = await this.dataSource.query('SELECT * FROM admission_run WHERE round_id = ? ORDER BY id DESC LIMIT 50', [roundId]);
    return rows.map(toRun);
  }

  /**
   * PREVIEW → PUBLISHED, the round and stage in the unique key: of two publishers of one stage, however they race,
   * exactly one sets it; the other gets ADMISSION_ALREADY_PUBLISHED. False when the run had left PREVIEW.
   */
  async markPublished(manager: EntityManager, runId: number, roundId: number, by: number | null, at: Date): Promise<boolean> {
    try {
      const result: unknown = await manager.query(
        `UPDATE admission_run SET status = 'PUBLISHED', published_round_id = ?, published_by = ?, published_at = ? WHERE id = ? AND status = 'PREVIEW'`,
        [roundId, by, at, runId],
      );
      return affectedRows(result) === 1;
    } catch (error) {
      if (isDuplicateKey(error)) throw new DomainError('ADMISSION_ALREADY_PUBLISHED');
      throw error;
    }
  }

  /** The other previews of the round can never be published now. */
  async discardOtherPreviews(manager: EntityManager, roundId: number, keep: number): Promise<void> {
    await manager.query(`UPDATE admission_run SET status = 'DISCARDED' WHERE round_id = ? AND status = 'PREVIEW' AND id <> ?`, [roundId, keep]);
  }

  async admitted(manager: EntityManager, runId: number): Promise<Array<{ applicationId: number; baseId: number; applicantType: ApplicantType; admittedBy: AdmissionRound }>> {
    const rows: Array<{ application_id: number; base_id: number; applicant_type: ApplicantType; admitted_by: AdmissionRound }> = await manager.query(
      'SELECT application_id, base_id, applicant_type, admitted_by FROM admission_outcome WHERE run_id = ? AND admitted = 1 ORDER BY application_id',
      [runId],
    );
    return rows.map((row) => ({ applicationId: row.application_id, baseId: row.base_id, applicantType: row.applicant_type, admittedBy: row.admitted_by }));
  }

  /** Who a run's outcomes are told to: each application's account, and the base of the admitted. */
  async addressees(
    manager: EntityManager,
    runId: number,
  ): Promise<Array<{ applicationId: number; accountId: number; baseId: number | null; admitted: boolean; admittedBy: AdmissionRound | null }>> {
    const rows: Array<{ application_id: number; account_id: number; base_id: number | null; admitted: number; admitted_by: AdmissionRound | null }> = await manager.query(
      'SELECT o.application_id, a.account_id, o.base_id, o.admitted, o.admitted_by FROM admission_outcome o JOIN recruitment_application a ON a.id = o.application_id WHERE o.run_id = ? ORDER BY o.application_id',
      [runId],
    );
    return rows.map((row) => ({
      applicationId: Number(row.application_id),
      accountId: Number(row.account_id),
      baseId: row.base_id === null ? null : Number(row.base_id),
      admitted: Boolean(row.admitted),
      admittedBy: row.admitted_by,
    }));
  }

  async outcomes(runId: number, filter: { baseId?: number; admitted?: boolean; applicationId?: number }, limit: number, offset: number): Promise<{ items: OutcomeRow[]; total: number }> {
    const where = ['o.run_id = ?'];
    const params: unknown[] = [runId];
    if (filter.baseId !== undefined) {
      where.push('o.base_id = ?');
      params.push(filter.baseId);
    }
    if (filter.admitted !== undefined) {
      where.push('o.admitted = ?');
      params.push(filter.admitted ? 1 : 0);
    }
    if (filter.applicationId !== undefined) {
      where.push('o.application_id = ?');
      params.push(filter.applicationId);
    }
    const sqlWhere = where.join(' AND ');
    const [count] = await this.dataSource.query<Array<{ total: string | number }>>(`SELECT COUNT(*) AS total FROM admission_outcome o WHERE ${sqlWhere}`, params);
    const rows: Array<{ application_id: number; name: string; id_masked: string; applicant_type: ApplicantType; admitted: number; base_id: number | null; admitted_by: AdmissionRound | null; explanation: unknown }> =
      await this.dataSource.query(
        `SELECT o.application_id, a.name, a.id_masked, o.applicant_type, o.admitted, o.base_id, o.admitted_by, o.explanation
           FROM admission_outcome o JOIN recruitment_application a ON a.id = o.application_id
          WHERE ${sqlWhere} ORDER BY o.application_id LIMIT ? OFFSET ?`,
        [...params, limit, offset],
      );
    return {
      total: Number(count.total),
      items: rows.map((row) => ({
        applicationId: row.application_id,
        name: row.name,
        idMasked: row.id_masked,
        applicantType: row.applicant_type,
        admitted: Boolean(row.admitted),
        baseId: row.base_id,
        admittedBy: row.admitted_by,
        explanation: unpackExplanation(jsonValue<PackedExplanation>(row.explanation) as PackedExplanation, row.application_id),
      })),
    };
  }

  /** The applications (of the given ids) whose state the run read; for the re-review after publication. */
  async startReReview(manager: EntityManager, applicationIds: readonly number[], state: { status: string; stage: string; step: number }): Promise<number> {
    let changed = 0;
    for (let start = 0; start < applicationIds.length; start += 1000) {
      const chunk = applicationIds.slice(start, start + 1000);
      const result: unknown = await manager.query(
        `UPDATE recruitment_application SET status = ?, stage = ?, step = ?, version = version + 1 WHERE id IN (${placeholders(chunk.length)}) AND status = 'APPROVED'`,
        [state.status, state.stage, state.step, ...chunk],
      );
      changed += affectedRows(result);
    }
    return changed;
  }

  /** The applicant's application in a round (any status), for their own outcome. */
  async applicationOfAccount(roundId: number, accountId: number): Promise<{ id: number } | null> {
    const rows: Array<{ id: number }> = await this.dataSource.query('SELECT id FROM recruitment_application WHERE round_id = ? AND account_id = ?', [roundId, accountId]);
    return rows[0] ?? null;
  }
}
