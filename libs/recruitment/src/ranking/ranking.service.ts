import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { PersonalDataCipher } from '@app/common/crypto';
import { DomainError } from '@app/common/errors';
import { IdDocumentType } from '@app/common/identity-document';
import { DEFAULT_TABLE_LIMITS, readTable } from '@app/common/tabular';
import { beijingDateOf, Clock } from '@app/common/time';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RecruitmentAccess } from '../access/recruitment-access.service';
import type { ApplicantType } from '../admission';
import { AdmissionRunStore } from '../admission-runs/admission-run.store';
import { roundsThrough } from '../admission-runs/admission-stages';
import { RoundBases } from '../admission-runs/round-bases.service';
import { StoredRound, RoundStore } from '../rounds/round.store';
import { checkScoreRows, parseRankingScore, RankableApplication, SCORE_FILE_COLUMNS, ScoreFileCheck } from './ranking.rules';
import { AssessmentRound, RankingApplicationRow, RankingStore, StoredScoreScope } from './ranking.store';

/** What an import answers: every row with its outcome; `committed` says whether the scores were written. */
export interface RankingImportReport {
  committed: boolean;
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'gb18030' | null;
  totalRows: number;
  errorRows: number;
  rows: ScoreFileCheck['rows'];
}

export interface RankingScoreView {
  applicationId: number;
  /** CENTRE ranking, or the assessment round the base scored. */
  kind: 'RANKING' | AssessmentRound;
  baseId: number | null;
  score: number;
}

/** One applicant a scorer may score, with the score stored for it. */
export interface StoredScoreRow {
  applicationId: number;
  name: string;
  idMasked: string;
  applicantType: ApplicantType;
  /** the applicant's choices in order, with the bases' names */
  choices: Array<{ order: number; baseId: number; baseName: string }>;
  acceptsAdjustment: boolean;
  /** the stored score; null: none entered or imported yet */
  score: number | null;
}

/** A page of the applicants of one score entry (the authority's ranking, or a base's choice round) and their scores. */
export interface StoredScorePage {
  /** CENTRE ranking, or the assessment round the base scores */
  kind: 'RANKING' | AssessmentRound;
  items: StoredScoreRow[];
  total: number;
  page: number;
  pageSize: number;
}

/** Which applicants a base may score in an assessment round: those that chose it in that round; adjustment: anyone who accepted it. */
function chosenIn(application: RankingApplicationRow, baseId: number, round: AssessmentRound): boolean {
  switch (round) {
    case 'FIRST':
      return application.choice1BaseId === baseId;
    case 'SECOND':
      return application.choice2BaseId === baseId;
    case 'ADJUSTMENT':
      return application.acceptsAdjustment;
  }
}

/**
 * RC-6's ranking input. The centre's ranking score (CENTRE_RANKING rounds) by the round's authority; a base's
 * assessment score of a choice round (BASE_ASSESSMENT rounds) by that base, for the applicants who chose it in
 * that round. Entered one by one or imported (all rows or none); every change is audited; once the round's
 * admission is published, scores are frozen.
 */
@Injectable()
export class RankingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rounds: RoundStore,
    private readonly store: RankingStore,
    private readonly runs: AdmissionRunStore,
    private readonly access: RecruitmentAccess,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly bases: RoundBases,
  ) {}

  async setRankingScore(actor: Actor, roundId: number, applicationId: number, score: number): Promise<RankingScoreView> {
    const stored = await this.centreRound(actor, roundId);
    const value = this.checkedScore(score);
    return this.dataSource.transaction(async (manager) => {
      await this.assertOpen(manager, stored, 'RANKING');
      const application = (await this.store.rankable(stored.id, manager)).find((each) => each.id === applicationId);
      if (!application) throw new DomainError('APPLICANT_NOT_IN_ROUND');
      await this.writeRanking(manager, actor, stored.id, [{ applicationId, score: value }], 'single');
      return { applicationId, kind: 'RANKING', baseId: null, score: value };
    });
  }

  async importRanking(actor: Actor, roundId: number, file: { buffer: Buffer; filename: string }, commit: boolean): Promise<RankingImportReport> {
    const stored = await this.centreRound(actor, roundId);
    return this.importScores(stored, 'RANKING', file, commit, () => true, (manager, scores) => this.writeRanking(manager, actor, stored.id, scores, file.filename));
  }

  async setAssessmentScore(actor: Actor, roundId: number, round: AssessmentRound, applicationId: number, score: number): Promise<RankingScoreView> {
    const { stored, baseId } = await this.baseRound(actor, roundId, round);
    const value = this.checkedScore(score);
    return this.dataSource.transaction(async (manager) => {
      await this.assertOpen(manager, stored, round);
      const application = (await this.store.rankable(stored.id, manager)).find((each) => each.id === applicationId);
      if (!application) throw new DomainError('APPLICANT_NOT_IN_ROUND');
      if (!chosenIn(application, baseId, round)) throw new DomainError('ASSESSMENT_NOT_FOR_BASE');
      await this.writeAssessments(manager, actor, baseId, round, [{ applicationId, score: value }], 'single');
      return { applicationId, kind: round, baseId, score: value };
    });
  }

  async importAssessment(actor: Actor, roundId: number, round: AssessmentRound, file: { buffer: Buffer; filename: string }, commit: boolean): Promise<RankingImportReport> {
    const { stored, baseId } = await this.baseRound(actor, roundId, round);
    return this.importScores(
      stored,
      round,
      file,
      commit,
      (application) => chosenIn(application, baseId, round),
      (manager, scores) => this.writeAssessments(manager, actor, baseId, round, scores, file.filename),
    );
  }

  /** The scores entered so far, as the authority enters them: every rankable applicant of its round (CENTRE_RANKING). */
  async listRankingScores(actor: Actor, roundId: number, page: number, pageSize: number): Promise<StoredScorePage> {
    const stored = await this.centreRound(actor, roundId);
    return this.storedPage(stored, { kind: 'RANKING' }, page, pageSize);
  }

  /** A base's assessment scores of one choice round, over exactly the applicants it may score in that round. */
  async listAssessmentScores(actor: Actor, roundId: number, round: AssessmentRound, page: number, pageSize: number): Promise<StoredScorePage> {
    const { stored, baseId } = await this.baseRound(actor, roundId, round);
    return this.storedPage(stored, { kind: 'ASSESSMENT', baseId, round }, page, pageSize);
  }

  // ---------- shared ----------

  private async storedPage(stored: StoredRound, scope: StoredScoreScope, page: number, pageSize: number): Promise<StoredScorePage> {
    const { rows, total } = await this.store.storedScores(stored.id, scope, { limit: pageSize, offset: (page - 1) * pageSize });
    const names = await this.bases.of(stored.round.jurisdiction);
    const items = rows.map(
      (row): StoredScoreRow => ({
        applicationId: row.id,
        name: row.name,
        idMasked: row.idMasked,
        applicantType: row.applicantType,
        choices: [row.choice1BaseId, row.choice2BaseId].flatMap((baseId, index) => (baseId === null ? [] : [{ order: index + 1, baseId, baseName: names.nameOf(baseId) }])),
        acceptsAdjustment: row.acceptsAdjustment,
        score: row.score,
      }),
    );
    return { kind: scope.kind === 'RANKING' ? 'RANKING' : scope.round, items, total, page, pageSize };
  }

  private async importScores(
    stored: StoredRound,
    kind: 'RANKING' | AssessmentRound,
    file: { buffer: Buffer; filename: string },
    commit: boolean,
    inScope: (application: RankingApplicationRow) => boolean,
    write: (manager: EntityManager, scores: Array<{ applicationId: number; score: number }>) => Promise<void>,
  ): Promise<RankingImportReport> {
    // Columns missing, wrong encoding, not a table: readTable's own codes (SPREADSHEET_COLUMNS_INVALID, …), nothing read.
    const table = await readTable(file, SCORE_FILE_COLUMNS, { ...DEFAULT_TABLE_LIMITS, maxRows: 200_000 });
    if (table.rows.length === 0) throw new DomainError('FILE_EMPTY', { reason: 'no data rows' });
    const check = await this.check(stored.id, table.rows, inScope);
    const report: RankingImportReport = { committed: false, format: table.format, encoding: table.encoding, totalRows: check.rows.length, errorRows: check.errorRows, rows: check.rows };
    if (!commit) return report;
    if (check.errorRows > 0) throw new DomainError('RANKING_FILE_INVALID', report);
    await this.dataSource.transaction(async (manager) => {
      await this.assertOpen(manager, stored, kind);
      await write(manager, check.scores);
    });
    return { ...report, committed: true };
  }

  private async check(roundId: number, rows: Parameters<typeof checkScoreRows>[0], inScope: (application: RankingApplicationRow) => boolean): Promise<ScoreFileCheck> {
    const applications = await this.store.rankable(roundId);
    const byHash = new Map(applications.map((application) => [application.idHash, application]));
    const find = (type: IdDocumentType, normalised: string): RankableApplication | null => {
      const application = byHash.get(this.cipher.lookupHash(type, normalised));
      return application ? { id: application.id, name: application.name, idMasked: application.idMasked, inScope: inScope(application) } : null;
    };
    return checkScoreRows(rows, find, beijingDateOf(this.clock.now()));
  }

  private async writeRanking(manager: EntityManager, actor: Actor, roundId: number, scores: Array<{ applicationId: number; score: number }>, source: string): Promise<void> {
    const before = await this.store.rankingScores(manager, roundId, scores.map((each) => each.applicationId));
    await this.store.setRankingScores(manager, roundId, scores);
    await this.audit.recordMany(
      manager,
      scores.map((each) => ({
        actor,
        entry: {
          action: 'RECRUITMENT_RANKING_SCORE_SET',
          entityType: 'recruitment_application',
          entityId: each.applicationId,
          reason: source === 'single' ? undefined : `导入 ${source}`,
          before: { rankingScore: before.get(each.applicationId) === null || before.get(each.applicationId) === undefined ? null : Number(before.get(each.applicationId)) },
          after: { rankingScore: each.score },
        },
      })),
    );
  }

  private async writeAssessments(manager: EntityManager, actor: Actor, baseId: number, round: AssessmentRound, scores: Array<{ applicationId: number; score: number }>, source: string): Promise<void> {
    const before = await this.store.assessmentScores(manager, baseId, round, scores.map((each) => each.applicationId));
    await this.store.upsertAssessmentScores(manager, baseId, round, scores, actor.userId, this.clock.now());
    await this.audit.recordMany(
      manager,
      scores.map((each) => ({
        actor,
        entry: {
          action: 'RECRUITMENT_ASSESSMENT_SCORE_SET',
          entityType: 'recruitment_application',
          entityId: each.applicationId,
          scopeBaseId: baseId,
          reason: source === 'single' ? undefined : `导入 ${source}`,
          before: { round, score: before.has(each.applicationId) ? Number(before.get(each.applicationId)) : null },
          after: { round, score: each.score },
        },
      })),
    );
  }

  private checkedScore(score: number): number {
    const value = parseRankingScore(score);
    if (value === null) throw new DomainError('RANKING_SCORE_INVALID');
    return value;
  }

  /**
   * Scores are frozen once a published stage has read them: an assessment round's once its results are published,
   * the centre's single ranking once any stage is (it orders every round). The round's row (the lock a publish
   * takes) orders a score change and a publish, so no change lands unseen after a publish's check.
   */
  private async assertOpen(manager: EntityManager, stored: StoredRound, kind: 'RANKING' | AssessmentRound): Promise<void> {
    await this.rounds.lockById(manager, stored.id);
    const published = await this.runs.latestPublished(stored.id, manager);
    if (published && (kind === 'RANKING' || roundsThrough(stored.round, published.through).includes(kind))) {
      throw new DomainError('RANKING_CLOSED', { publishedThrough: published.through });
    }
  }

  private async centreRound(actor: Actor, roundId: number): Promise<StoredRound> {
    const stored = await this.rounds.byId(roundId);
    if (!stored) throw new DomainError('ROUND_NOT_FOUND');
    await this.access.assertAuthority(actor, stored.round.jurisdiction);
    if (stored.round.ranking.kind !== 'CENTRE_RANKING') throw new DomainError('RANKING_KIND_MISMATCH');
    return stored;
  }

  private async baseRound(actor: Actor, roundId: number, round: AssessmentRound): Promise<{ stored: StoredRound; baseId: number }> {
    const stored = await this.rounds.byId(roundId);
    if (!stored) throw new DomainError('ROUND_NOT_FOUND');
    const standing = await this.access.standing(actor);
    if (standing?.kind !== 'BASE') throw new DomainError('FORBIDDEN_SCOPE');
    if (standing.jurisdiction !== stored.round.jurisdiction) throw new DomainError('ROUND_NOT_IN_JURISDICTION');
    const ranking = stored.round.ranking;
    if (ranking.kind !== 'BASE_ASSESSMENT' || !ranking.rounds.some((each) => each.round === round)) throw new DomainError('RANKING_KIND_MISMATCH');
    return { stored, baseId: standing.baseId };
  }
}
