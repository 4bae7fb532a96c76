import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { Clock } from '@app/common/time';
import { RecruitmentJobsProducer } from '@app/queue';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { RecruitmentAccess } from '../access/recruitment-access.service';
import { admit, AdmissionResult, Applicant, ExplanationContext, renderAdmissionExplanation, TrackQuota } from '../admission';
import { ApplicantMessages, outcomeMessage, resultsPublishedMessage } from '../placements/applicant-messages';
import { PlacementStore } from '../placements/placement.store';
import { initialReviewState, reviewTransition } from '../review';
import { admissionConfigOf, roundTracks } from '../rounds';
import type { RecruitmentRound } from '../rounds';
import { RoundStore, StoredRound } from '../rounds/round.store';
import { admissionApplicants, inputDigest, runSummary } from './admission-input';
import { admissionStages, chooseStage, finalStage, roundsThrough, settledDrift, SettledStages, stageVisibleAt, STAGE_LABELS, visibleRun, withoutSettledScores } from './admission-stages';
import type { AdmissionRound } from '../admission';
import { AdmissionRunStore, NewOutcome, OutcomeRow, RunRow } from './admission-run.store';
import { AdmissionOutcomePage, AdmissionOutcomeView, AdmissionRunView, AdmissionStagesView, MyAdmissionView } from './admission-run.views';
import { RoundBaseNames, RoundBases } from './round-bases.service';

/** A notice token: 32 random bytes, base64url (43 characters), the only key of the public verification. */
export function newNoticeToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * RC-6 over the database. The round's authority previews a run (admit() over the approved applications, their
 * choices, scores and the round's plan, with a fresh lottery seed recorded), reads it track by track and
 * applicant by applicant, then publishes it: the places are created, the chain's re-review starts, and applicants
 * see their outcome from the round's results time. A run may stop after a stage (a choice round) where results are
 * published round by round; the next stage continues the published run with its seed (admission-stages.ts). Two
 * publishes of one stage cannot both win: the round's row lock orders them and the unique (published_round_id,
 * through_round) is the last guard; a publish whose input changed since its preview is refused.
 */
@Injectable()
export class AdmissionRunService {
  private readonly logger = new Logger(AdmissionRunService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rounds: RoundStore,
    private readonly runs: AdmissionRunStore,
    private readonly placements: PlacementStore,
    private readonly bases: RoundBases,
    private readonly access: RecruitmentAccess,
    private readonly audit: AuditService,
    private readonly messages: ApplicantMessages,
    private readonly jobs: RecruitmentJobsProducer,
    private readonly clock: Clock,
  ) {}

  /** `through`: the stage to stop after (a round published round by round); omitted, every remaining round. */
  async preview(actor: Actor, roundId: number, through?: AdmissionRound): Promise<AdmissionRunView> {
    const stored = await this.authorityRound(actor, roundId);
    const names = await this.bases.of(stored.round.jurisdiction);
    const tracks = this.tracksOf(stored.round, names);
    const runId = await this.dataSource.transaction(async (manager) => {
      const previous = await this.runs.latestPublished(stored.id, manager);
      const stage = chooseStage(stored.round, previous?.through ?? null, through);
      if (!stage.ok) throw new DomainError(stage.code, stage.code === 'ADMISSION_STAGE_INVALID' ? { stages: stage.stages } : { publishedThrough: stage.published });
      // A later stage keeps the published stages' lottery: the same ties fall the same way in the settled rounds.
      const seed = previous?.seed ?? randomBytes(32).toString('hex');
      const { applicants, digest, settled } = await this.inputs(manager, stored.round, stored.id, tracks, previous);
      const result = admit({ tracks, applicants, config: admissionConfigOf(stored.round, seed, stage.through) });
      if (previous) {
        const drift = settledDrift(await this.runs.admitted(manager, previous.id), result, settled.rounds);
        if (drift.length > 0) throw new DomainError('ADMISSION_SETTLED_ROUNDS_CHANGED', { count: drift.length, drift: drift.slice(0, 50) });
      }
      const id = await this.runs.insertRun(manager, {
        roundId: stored.id,
        seed,
        inputDigest: digest,
        summary: runSummary(result),
        through: stage.through,
        afterRunId: previous?.id ?? null,
        createdBy: actor.userId,
        createdAt: this.clock.now(),
      });
      await this.runs.insertOutcomes(manager, id, outcomesOf(result));
      await this.audit.record(manager, actor, {
        action: 'ADMISSION_PREVIEWED',
        entityType: 'admission_run',
        entityId: id,
        after: { roundId: stored.id, through: stage.through, afterRunId: previous?.id ?? null, seed, inputDigest: digest, applicants: result.explanations.length, admitted: result.admissions.length },
      });
      return id;
    });
    return this.view(await this.mustRun(stored.id, runId), stored.round, names);
  }

  /** The round's stages: when each shows, which are published, which may be previewed next. */
  async stages(actor: Actor, roundId: number): Promise<AdmissionStagesView> {
    const stored = await this.authorityRound(actor, roundId);
    const round = stored.round;
    const published = await this.runs.publishedRuns(stored.id);
    const latest = published.length === 0 ? null : published[published.length - 1];
    const settled = latest ? roundsThrough(round, latest.through) : [];
    return {
      roundId: stored.id,
      stages: admissionStages(round).map((through) => ({
        through,
        label: STAGE_LABELS[through],
        final: through === finalStage(round),
        resultsVisibleFrom: stageVisibleAt(round, through)?.toISOString() ?? null,
        publishedRunId: published.find((run) => run.through === through)?.id ?? null,
        settled: settled.includes(through),
        previewable: chooseStage(round, latest?.through ?? null, through).ok,
      })),
    };
  }

  async list(actor: Actor, roundId: number): Promise<AdmissionRunView[]> {
    const stored = await this.authorityRound(actor, roundId);
    const names = await this.bases.of(stored.round.jurisdiction);
    return (await this.runs.ofRound(stored.id)).map((run) => this.view(run, stored.round, names));
  }

  async get(actor: Actor, roundId: number, runId: number): Promise<AdmissionRunView> {
    const stored = await this.authorityRound(actor, roundId);
    return this.view(await this.mustRun(stored.id, runId), stored.round, await this.bases.of(stored.round.jurisdiction));
  }

  async outcomes(actor: Actor, roundId: number, runId: number, query: { baseId?: number; admitted?: boolean; page: number; pageSize: number }): Promise<AdmissionOutcomePage> {
    const stored = await this.authorityRound(actor, roundId);
    const run = await this.mustRun(stored.id, runId);
    const names = await this.bases.of(stored.round.jurisdiction);
    const { items, total } = await this.runs.outcomes(run.id, { baseId: query.baseId, admitted: query.admitted }, query.pageSize, (query.page - 1) * query.pageSize);
    const context = this.explanationContext(stored.round, run.seed, names);
    return { items: items.map((row) => outcomeView(row, context, names)), total, page: query.page, pageSize: query.pageSize };
  }

  async publish(actor: Actor, roundId: number, runId: number): Promise<AdmissionRunView> {
    const first = await this.authorityRound(actor, roundId);
    const names = await this.bases.of(first.round.jurisdiction);
    const admittedIds = await this.dataSource.transaction(async (manager) => {
      // The round's row orders publishers (and previews that read while one publishes).
      const stored = await this.rounds.lockById(manager, roundId);
      if (!stored) throw new DomainError('ROUND_NOT_FOUND');
      const run = await this.runs.lockedById(manager, runId);
      if (!run || run.roundId !== stored.id) throw new DomainError('ADMISSION_RUN_NOT_FOUND');
      const previous = await this.runs.latestPublished(stored.id, manager);
      if (previous && !chooseStage(stored.round, previous.through, run.through).ok) throw new DomainError('ADMISSION_ALREADY_PUBLISHED', { publishedThrough: previous.through });
      // A stage published since this preview: the preview did not continue it.
      if ((previous?.id ?? null) !== run.afterRunId) throw new DomainError('ADMISSION_INPUTS_CHANGED', { afterRunId: run.afterRunId, latestPublished: previous?.id ?? null });
      if (run.status !== 'PREVIEW') throw new DomainError('ADMISSION_RUN_NOT_PREVIEW');
      const tracks = this.tracksOf(stored.round, names);
      const { digest, settled } = await this.inputs(manager, stored.round, stored.id, tracks, previous);
      if (digest !== run.inputDigest) throw new DomainError('ADMISSION_INPUTS_CHANGED', { previewed: run.inputDigest, now: digest });
      if (!(await this.runs.markPublished(manager, run.id, stored.id, actor.userId, this.clock.now()))) throw new DomainError('ADMISSION_RUN_NOT_PREVIEW');
      await this.runs.discardOtherPreviews(manager, stored.id, run.id);

      // Admissions of the settled rounds have their places already: only this stage's are new.
      const admitted = (await this.runs.admitted(manager, run.id)).filter((each) => !settled.rounds.includes(each.admittedBy));
      await this.placements.insertMany(
        manager,
        admitted.map((each) => ({ ...each, roundId: stored.id, runId: run.id, noticeToken: newNoticeToken() })),
      );
      const reReviewed = await this.startReReview(manager, actor, stored.round, run.id, admitted.map((each) => each.applicationId));
      await this.audit.record(manager, actor, {
        action: 'ADMISSION_PUBLISHED',
        entityType: 'admission_run',
        entityId: run.id,
        after: { roundId: stored.id, through: run.through, seed: run.seed, inputDigest: run.inputDigest, admitted: admitted.length, reReviewStarted: reReviewed },
      });
      await this.notify(manager, stored, run, settled, names);
      return admitted.map((each) => each.applicationId);
    });
    // After the commit: a job for a place that is not there yet would find nothing. Lost jobs are queued again by recovery.
    await this.jobs.enqueueNotices(admittedIds).catch((error: unknown) => this.logger.warn(`admission notices not queued yet: ${(error as Error).message}`));
    return this.view(await this.mustRun(roundId, runId), first.round, names);
  }

  /** The applicant's own outcome and why, from the results time of the latest published stage on. */
  async mine(actor: Actor, roundId: number): Promise<MyAdmissionView> {
    const standing = await this.access.standing(actor);
    if (standing?.kind !== 'APPLICANT') throw new DomainError('FORBIDDEN_SCOPE');
    const stored = await this.rounds.byId(roundId);
    if (!stored) throw new DomainError('ROUND_NOT_FOUND');
    const round = stored.round;
    const now = this.clock.now();
    const published = (await this.runs.publishedRuns(stored.id)).map((each) => ({ run: each, through: each.through, visibleAt: stageVisibleAt(round, each.through) }));
    const { run: visible, nextVisibleAt } = visibleRun(published, now);
    if (!visible) {
      // Before any publication: the earliest time a stage's results can show.
      const earliest = nextVisibleAt ?? stageVisibleAt(round, admissionStages(round)[0]);
      if (earliest && now.getTime() < earliest.getTime()) throw new DomainError('ADMISSION_RESULTS_NOT_VISIBLE', { visibleFrom: earliest.toISOString() });
      throw new DomainError('ADMISSION_NOT_PUBLISHED');
    }
    const run = visible.run;
    const application = await this.runs.applicationOfAccount(stored.id, standing.accountId);
    if (!application) throw new DomainError('APPLICANT_NOT_IN_ROUND');
    const { items } = await this.runs.outcomes(run.id, { applicationId: application.id }, 1, 0);
    if (items.length === 0) throw new DomainError('APPLICANT_NOT_IN_ROUND');
    const names = await this.bases.of(stored.round.jurisdiction);
    const outcome = outcomeView(items[0], this.explanationContext(stored.round, run.seed, names), names);
    const placement = await this.placements.byApplication(application.id);
    return {
      roundId: stored.id,
      roundName: stored.round.name,
      stage: run.through,
      stageLabel: STAGE_LABELS[run.through],
      finalStage: run.through === finalStage(round),
      admitted: outcome.admitted,
      baseName: outcome.baseName,
      admittedBy: outcome.admittedBy,
      lines: outcome.lines,
      placement: placement ? { status: placement.status, reportedOn: placement.reportedOn, noticeStatus: placement.noticeStatus } : null,
      reportingDeadline: stored.round.reportingDeadline?.toISOString() ?? null,
    };
  }

  // ---------- inside ----------

  /** The run's input: the round's applicants and scores, minus scores of settled rounds for those who came after. */
  private async inputs(
    manager: EntityManager,
    round: RecruitmentRound,
    roundId: number,
    tracks: TrackQuota[],
    previous: RunRow | null,
  ): Promise<{ applicants: Applicant[]; digest: string; settled: SettledStages }> {
    const applications = await this.runs.applicationInputs(manager, roundId);
    const assessments = round.ranking.kind === 'BASE_ASSESSMENT' ? await this.runs.assessmentInputs(manager, roundId) : [];
    const settled: SettledStages = previous
      ? { rounds: roundsThrough(round, previous.through), ranked: await this.runs.rankedApplications(manager, previous.id) }
      : { rounds: [], ranked: new Set<number>() };
    const applicants = withoutSettledScores(admissionApplicants(round.ranking, applications, assessments), settled);
    return { applicants, digest: inputDigest(tracks, applicants), settled };
  }

  private tracksOf(round: RecruitmentRound, names: RoundBaseNames): TrackQuota[] {
    const { tracks, problems } = roundTracks(round, names.resolve);
    if (problems.length > 0) throw new DomainError('ADMISSION_PLAN_INVALID', { problems });
    return tracks;
  }

  /**
   * RC-5: chains with a re-review after admission (Chongqing) start it for everyone about to be admitted, each
   * with an audit record (a step of the application's review history).
   */
  private async startReReview(manager: EntityManager, actor: Actor, round: RecruitmentRound, runId: number, applicationIds: number[]): Promise<number> {
    if (round.reviewChain.afterAdmission.length === 0 || applicationIds.length === 0) return 0;
    // The state machine decides what START_RE_REVIEW makes of an approved application; it does not depend on the type.
    const approved = { ...initialReviewState('EMPLOYED'), status: 'APPROVED' as const };
    const outcome = reviewTransition(round.reviewChain, approved, { kind: 'START_RE_REVIEW' }, { now: this.clock.now() });
    if (!outcome.ok) throw new Error(`START_RE_REVIEW refused: ${outcome.problem.code}`);
    const state = { status: outcome.state.status, stage: outcome.state.stage, step: outcome.state.step };
    const started = await this.runs.startReReview(manager, applicationIds, state);
    // In slices: one audit statement carries a bounded number of rows whatever the quota.
    for (let start = 0; start < applicationIds.length; start += 1000) {
      await this.audit.recordMany(
        manager,
        applicationIds.slice(start, start + 1000).map((applicationId) => ({
          actor,
          entry: { action: 'RECRUITMENT_RE_REVIEW_STARTED', entityType: 'recruitment_application', entityId: applicationId, before: { status: 'APPROVED' }, after: { ...state, runId } },
        })),
      );
    }
    return started;
  }

  /**
   * Every applicant of the run is told of the publication, except those a settled stage admitted (they were told
   * then); the newly admitted are told where, and those left without a place are told so at the final stage only
   * (before it, a later round may still admit them).
   */
  private async notify(manager: EntityManager, stored: StoredRound, run: RunRow, settled: SettledStages, names: RoundBaseNames): Promise<void> {
    const all = await this.runs.addressees(manager, run.id);
    const round = stored.round;
    const visibleAt = stageVisibleAt(round, run.through);
    const final = run.through === finalStage(round);
    const stage = final && settled.rounds.length === 0 ? null : STAGE_LABELS[run.through];
    await this.messages.send(
      manager,
      all.flatMap((row) => {
        if (row.admittedBy !== null && settled.rounds.includes(row.admittedBy)) return [];
        const facts = { accountId: row.accountId, roundId: stored.id, roundName: round.name, applicationId: row.applicationId };
        const published = resultsPublishedMessage(facts, run.id, visibleAt, stage);
        if (row.admitted && row.baseId !== null) {
          return [published, outcomeMessage(facts, run.id, { admitted: true, baseName: names.nameOf(row.baseId), reportingDeadline: round.reportingDeadline }, visibleAt)];
        }
        return final ? [published, outcomeMessage(facts, run.id, { admitted: false }, visibleAt)] : [published];
      }),
    );
  }

  private explanationContext(round: RecruitmentRound, seed: string, names: RoundBaseNames): ExplanationContext {
    const config = admissionConfigOf(round, seed);
    return { baseName: names.nameOf, config: { tieBreak: config.tieBreak, adjustment: config.adjustment } };
  }

  private async authorityRound(actor: Actor, roundId: number): Promise<StoredRound> {
    const stored = await this.rounds.byId(roundId);
    if (!stored) throw new DomainError('ROUND_NOT_FOUND');
    await this.access.assertAuthority(actor, stored.round.jurisdiction);
    return stored;
  }

  private async mustRun(roundId: number, runId: number): Promise<RunRow> {
    const run = await this.runs.byId(runId);
    if (!run || run.roundId !== roundId) throw new DomainError('ADMISSION_RUN_NOT_FOUND');
    return run;
  }

  private view(run: RunRow, round: RecruitmentRound, names: RoundBaseNames): AdmissionRunView {
    const summary = run.summary;
    return {
      id: run.id,
      roundId: run.roundId,
      status: run.status,
      through: run.through,
      stageLabel: STAGE_LABELS[run.through],
      finalStage: run.through === finalStage(round),
      afterRunId: run.afterRunId,
      resultsVisibleFrom: stageVisibleAt(round, run.through)?.toISOString() ?? null,
      seed: run.seed,
      inputDigest: run.inputDigest,
      mechanism: summary.mechanism,
      rounds: summary.rounds,
      applicants: summary.applicants,
      admitted: summary.admitted,
      quota: summary.quota,
      tracks: summary.tracks.map((track) => ({ ...track, baseName: names.nameOf(track.baseId) })),
      createdAt: run.createdAt.toISOString(),
      publishedAt: run.publishedAt ? run.publishedAt.toISOString() : null,
    };
  }
}

/** One row per applicant: admitted or not, where, by which round, and the explanation as computed. */
export function outcomesOf(result: AdmissionResult): NewOutcome[] {
  return result.explanations.map((explanation) => ({
    applicationId: explanation.applicantId,
    admitted: explanation.admission !== null,
    baseId: explanation.admission ? explanation.admission.track.baseId : null,
    applicantType: explanation.applicantType,
    admittedBy: explanation.admission ? explanation.admission.round : null,
    explanation,
  }));
}

function outcomeView(row: OutcomeRow, context: ExplanationContext, names: RoundBaseNames): AdmissionOutcomeView {
  return {
    applicationId: row.applicationId,
    name: row.name,
    idMasked: row.idMasked,
    applicantType: row.applicantType,
    admitted: row.admitted,
    baseId: row.baseId,
    baseName: row.baseId === null ? null : names.nameOf(row.baseId),
    admittedBy: row.admittedBy,
    lines: renderAdmissionExplanation(row.explanation, context),
    explanation: row.explanation,
  };
}
