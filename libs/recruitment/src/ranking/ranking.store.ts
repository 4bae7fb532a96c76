import { placeholders } from '@app/common/sql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { insertInBatches } from '../admission-runs/admission-run.store';
import type { IdDocumentType } from '@app/common/identity-document';
import type { ApplicantType } from '../admission';

export type AssessmentRound = 'FIRST' | 'SECOND' | 'ADJUSTMENT';

/** An application that may be ranked (past the review before admission), as the score entry needs it. */
export interface RankingApplicationRow {
  id: number;
  name: string;
  idType: IdDocumentType;
  idHash: string;
  idMasked: string;
  choice1BaseId: number | null;
  choice2BaseId: number | null;
  acceptsAdjustment: boolean;
}

/** One applicant of a score entry list with the score stored for it (null: none yet). */
export interface StoredScoreRowData {
  id: number;
  name: string;
  idMasked: string;
  applicantType: ApplicantType;
  choice1BaseId: number | null;
  choice2BaseId: number | null;
  acceptsAdjustment: boolean;
  score: number | null;
}

/**
 * Whose scores a list shows: the authority's ranking score of every rankable applicant, or one base's assessment
 * score of one choice round, over the applicants that base may score in it (RankingService's chosenIn, in SQL).
 */
export type StoredScoreScope = { kind: 'RANKING' } | { kind: 'ASSESSMENT'; baseId: number; round: AssessmentRound };

/** The applications that may be ranked: past the review before admission. */
const RANKABLE = "a.round_id = ? AND a.status IN ('APPROVED','CONFIRMED')";

/** SQL of the scores admission ranks by: recruitment_application.ranking_score and recruitment_assessment_score. */
@Injectable()
export class RankingStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rankable(roundId: number, manager: EntityManager = this.dataSource.manager): Promise<RankingApplicationRow[]> {
    const rows: Array<{ id: number; name: string; id_type: IdDocumentType; id_hash: string; id_masked: string; choice1_base_id: number | null; choice2_base_id: number | null; accepts_adjustment: number }> =
      await manager.query(
        `SELECT a.id, a.name, a.id_type, a.id_hash, a.id_masked, a.choice1_base_id, a.choice2_base_id, a.accepts_adjustment
           FROM recruitment_application a WHERE ${RANKABLE}`,
        [roundId],
      );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      idType: row.id_type,
      idHash: row.id_hash,
      idMasked: row.id_masked,
      choice1BaseId: row.choice1_base_id,
      choice2BaseId: row.choice2_base_id,
      acceptsAdjustment: Boolean(row.accepts_adjustment),
    }));
  }

  /** One page of the applicants a scorer may score, each with the score stored for it, in application order. */
  async storedScores(roundId: number, scope: StoredScoreScope, paging: { limit: number; offset: number }): Promise<{ rows: StoredScoreRowData[]; total: number }> {
    const join =
      scope.kind === 'RANKING' ? { sql: '', params: [] } : { sql: 'LEFT JOIN recruitment_assessment_score s ON s.application_id = a.id AND s.base_id = ? AND s.choice_round = ?', params: [scope.baseId, scope.round] };
    const chosen =
      scope.kind === 'RANKING'
        ? { sql: '', params: [] }
        : scope.round === 'FIRST'
          ? { sql: ' AND a.choice1_base_id = ?', params: [scope.baseId] }
          : scope.round === 'SECOND'
            ? { sql: ' AND a.choice2_base_id = ?', params: [scope.baseId] }
            : { sql: ' AND a.accepts_adjustment = 1', params: [] };
    const where = `${RANKABLE}${chosen.sql}`;
    const score = scope.kind === 'RANKING' ? 'a.ranking_score' : 's.score';
    const rows: Array<{ id: number; name: string; id_masked: string; applicant_type: ApplicantType; choice1_base_id: number | null; choice2_base_id: number | null; accepts_adjustment: number; score: string | null }> =
      await this.dataSource.query(
        `SELECT a.id, a.name, a.id_masked, a.applicant_type, a.choice1_base_id, a.choice2_base_id, a.accepts_adjustment, ${score} AS score
           FROM recruitment_application a ${join.sql}
          WHERE ${where} ORDER BY a.id LIMIT ? OFFSET ?`,
        [...join.params, roundId, ...chosen.params, paging.limit, paging.offset],
      );
    const [{ total }]: Array<{ total: string | number }> = await this.dataSource.query(`SELECT COUNT(*) AS total FROM recruitment_application a WHERE ${where}`, [roundId, ...chosen.params]);
    return {
      rows: rows.map((row) => ({
        id: row.id,
        name: row.name,
        idMasked: row.id_masked,
        applicantType: row.applicant_type,
        choice1BaseId: row.choice1_base_id,
        choice2BaseId: row.choice2_base_id,
        acceptsAdjustment: Boolean(row.accepts_adjustment),
        score: row.score === null ? null : Number(row.score),
      })),
      total: Number(total),
    };
  }

  async rankingScores(manager: EntityManager, roundId: number, ids: readonly number[]): Promise<Map<number, string | null>> {
    const scores = new Map<number, string | null>();
    for (let start = 0; start < ids.length; start += 1000) {
      const chunk = ids.slice(start, start + 1000);
      const rows: Array<{ id: number; ranking_score: string | null }> = await manager.query(
        `SELECT id, ranking_score FROM recruitment_application WHERE round_id = ? AND id IN (${placeholders(chunk.length)})`,
        [roundId, ...chunk],
      );
      for (const row of rows) scores.set(row.id, row.ranking_score);
    }
    return scores;
  }

  /** One UPDATE per thousand scores (CASE by id) rather than one per applicant. */
  async setRankingScores(manager: EntityManager, roundId: number, scores: ReadonlyArray<{ applicationId: number; score: number }>): Promise<void> {
    for (let start = 0; start < scores.length; start += 1000) {
      const chunk = scores.slice(start, start + 1000);
      await manager.query(
        `UPDATE recruitment_application SET ranking_score = CASE id ${chunk.map(() => 'WHEN ? THEN ?').join(' ')} END
          WHERE round_id = ? AND id IN (${placeholders(chunk.length)})`,
        [...chunk.flatMap((each) => [each.applicationId, each.score]), roundId, ...chunk.map((each) => each.applicationId)],
      );
    }
  }

  async assessmentScores(manager: EntityManager, baseId: number, round: AssessmentRound, ids: readonly number[]): Promise<Map<number, string>> {
    const scores = new Map<number, string>();
    for (let start = 0; start < ids.length; start += 1000) {
      const chunk = ids.slice(start, start + 1000);
      const rows: Array<{ application_id: number; score: string }> = await manager.query(
        `SELECT application_id, score FROM recruitment_assessment_score WHERE base_id = ? AND choice_round = ? AND application_id IN (${placeholders(chunk.length)})`,
        [baseId, round, ...chunk],
      );
      for (const row of rows) scores.set(row.application_id, row.score);
    }
    return scores;
  }

  async upsertAssessmentScores(
    manager: EntityManager,
    baseId: number,
    round: AssessmentRound,
    scores: ReadonlyArray<{ applicationId: number; score: number }>,
    enteredBy: number | null,
    at: Date,
  ): Promise<void> {
    await insertInBatches(
      manager,
      'INSERT INTO recruitment_assessment_score (application_id, base_id, choice_round, score, entered_by, entered_at)',
      '(?,?,?,?,?,?)',
      scores.map((each) => [each.applicationId, baseId, round, each.score, enteredBy, at]),
      () => 64,
      ' ON DUPLICATE KEY UPDATE score = VALUES(score), entered_by = VALUES(entered_by), entered_at = VALUES(entered_at)',
    );
  }
}
