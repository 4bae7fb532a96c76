import { admissionRounds, AdmissionResult, AdmissionRound, Applicant, ApplicantType } from '../admission';
import type { RecruitmentRound } from '../rounds';

/**
 * RC-6 published round by round. A round whose notice publishes each choice round's results on its own day
 * (Chongqing: first choice 04-26, second 04-28, adjustment 04-30) publishes its admission in stages: a run stops
 * after a stage (`admit`'s runThrough), and the next stage's run continues the published one with the same
 * lottery seed. Earlier rounds are never reconsidered: their scores are frozen once published, applicants who
 * arrive afterwards carry no score of a settled round, those admitted stay in the input whatever their status
 * now, and a run whose settled rounds would still differ from what was published is refused (settledDrift).
 */

/** The stages a run may stop after, in order: the mechanism's rounds. The last is the final stage. */
export function admissionStages(round: RecruitmentRound): AdmissionRound[] {
  return admissionRounds(round.admissionRules.mechanism, round.admissionRules.adjustment.enabled);
}

export function finalStage(round: RecruitmentRound): AdmissionRound {
  const stages = admissionStages(round);
  return stages[stages.length - 1];
}

/** The rounds a stage covers: every round up to and including it. */
export function roundsThrough(round: RecruitmentRound, through: AdmissionRound): AdmissionRound[] {
  const stages = admissionStages(round);
  return stages.slice(0, stages.indexOf(through) + 1);
}

/**
 * When applicants may read a stage's results: the choice round's own results time where the ranking schedules
 * one (base assessments), else the round's. The final stage shows from the round's results time when it has one.
 */
export function stageVisibleAt(round: RecruitmentRound, through: AdmissionRound): Date | null {
  const scheduled = round.ranking.kind === 'BASE_ASSESSMENT' ? (round.ranking.rounds.find((each) => each.round === through)?.resultsVisibleAt ?? null) : null;
  if (through === finalStage(round)) return round.admission.resultsVisibleAt ?? scheduled;
  return scheduled ?? round.admission.resultsVisibleAt;
}

/** The stage a new run is for: the one asked, or the final stage. */
export type StageChoice =
  | { ok: true; through: AdmissionRound }
  | { ok: false; code: 'ADMISSION_STAGE_INVALID'; stages: AdmissionRound[] }
  | { ok: false; code: 'ADMISSION_ALREADY_PUBLISHED'; published: AdmissionRound };

/** A run's stage must be one of the round's and come after the last published stage. */
export function chooseStage(round: RecruitmentRound, published: AdmissionRound | null, asked: AdmissionRound | undefined): StageChoice {
  const stages = admissionStages(round);
  const through = asked ?? stages[stages.length - 1];
  if (!stages.includes(through)) return { ok: false, code: 'ADMISSION_STAGE_INVALID', stages };
  if (published !== null && stages.indexOf(through) <= stages.indexOf(published)) return { ok: false, code: 'ADMISSION_ALREADY_PUBLISHED', published };
  return { ok: true, through };
}

/** What is settled by the published stages: their last round and the applications the last published run ranked. */
export interface SettledStages {
  rounds: readonly AdmissionRound[];
  /** Applications that were part of the last published run. */
  ranked: ReadonlySet<number>;
}

/**
 * An applicant who was not part of the published run (approved since, or back from a return) cannot take part in
 * rounds already decided: their scores of those rounds are dropped. CENTRAL_PARALLEL's single ranking score is
 * the score of the parallel round, so a newcomer after it is not ranked at all.
 */
export function withoutSettledScores(applicants: readonly Applicant[], settled: SettledStages): Applicant[] {
  if (settled.rounds.length === 0) return [...applicants];
  return applicants.map((applicant) => {
    if (settled.ranked.has(applicant.id)) return applicant;
    const { scores } = applicant;
    return {
      ...applicant,
      scores: {
        ...scores,
        ...(scores.assessments ? { assessments: scores.assessments.filter((each) => !settled.rounds.includes(each.round)) } : {}),
        ...(settled.rounds.includes('PARALLEL') && scores.ranking !== undefined ? { ranking: null } : {}),
        ...(settled.rounds.includes('ADJUSTMENT') && scores.adjustment !== undefined ? { adjustment: null } : {}),
      },
    };
  });
}

/** An admission as published (a row of the run's admitted outcomes): who, where, by which round. */
export interface SettledAdmission {
  applicationId: number;
  baseId: number;
  applicantType: ApplicantType;
  admittedBy: AdmissionRound;
}

export interface Drift {
  applicationId: number;
  published: { baseId: number; round: AdmissionRound } | null;
  now: { baseId: number; round: AdmissionRound } | null;
}

/**
 * The admissions of the settled rounds in a new result, against those published: every difference. Empty when
 * the new run keeps every published admission and admits nobody else in those rounds.
 */
export function settledDrift(published: readonly SettledAdmission[], result: AdmissionResult, settledRounds: readonly AdmissionRound[]): Drift[] {
  const before = new Map(published.map((each) => [each.applicationId, each]));
  const after = new Map(
    result.admissions.filter((each) => settledRounds.includes(each.round)).map((each) => [each.applicantId, { baseId: each.track.baseId, round: each.round }]),
  );
  const drift: Drift[] = [];
  for (const [applicationId, was] of before) {
    const now = after.get(applicationId) ?? null;
    if (!now || now.baseId !== was.baseId || now.round !== was.admittedBy) drift.push({ applicationId, published: { baseId: was.baseId, round: was.admittedBy }, now });
  }
  for (const [applicationId, now] of after) {
    if (!before.has(applicationId)) drift.push({ applicationId, published: null, now });
  }
  return drift.sort((a, b) => a.applicationId - b.applicationId);
}

/**
 * Which published run an applicant reads at `now`: the latest whose stage is visible. Runs in stage order; null
 * when none is visible yet (the earliest time one will be is returned beside).
 */
export function visibleRun<T extends { through: AdmissionRound; visibleAt: Date | null }>(published: readonly T[], now: Date): { run: T | null; nextVisibleAt: Date | null } {
  let run: T | null = null;
  let nextVisibleAt: Date | null = null;
  for (const each of published) {
    if (each.visibleAt === null || each.visibleAt.getTime() <= now.getTime()) run = each;
    else if (nextVisibleAt === null || each.visibleAt.getTime() < nextVisibleAt.getTime()) nextVisibleAt = each.visibleAt;
  }
  return { run, nextVisibleAt };
}

/** How a stage is named to applicants and staff: 第一志愿录取, 平行志愿录取, 调剂录取. */
export const STAGE_LABELS: Record<AdmissionRound, string> = { FIRST: '第一志愿', SECOND: '第二志愿', PARALLEL: '平行志愿', ADJUSTMENT: '调剂' };
