import { createHash } from 'node:crypto';
import type { AdmissionResult, AdmissionRound, Applicant, ApplicantType, AssessmentScore, TrackQuota } from '../admission';
import type { RankingConfig } from '../rounds';

/**
 * RC-6: what an admission run reads from the database, turned into admit()'s input; the digest that tells a
 * publish whether anything changed since its preview; the per-track summary stored with the run.
 */

/** One approved (or confirmed) application as the run reads it. */
export interface ApplicationInput {
  id: number;
  applicantType: ApplicantType;
  choice1BaseId: number | null;
  choice2BaseId: number | null;
  acceptsAdjustment: boolean;
  employerCityId: number | null;
  submittedAt: Date | null;
  /** The centre's ranking score, as stored (DECIMAL text) or null. */
  rankingScore: string | number | null;
}

export interface AssessmentInput {
  applicationId: number;
  baseId: number;
  choiceRound: 'FIRST' | 'SECOND' | 'ADJUSTMENT';
  score: string | number;
}

/**
 * Applicants with the scores the round ranks by. BASE_ASSESSMENT: a choice round's score of the base chosen in
 * that round; the adjustment score is the highest adjustment assessment any base gave (an applicant may sit more
 * than one base's adjustment assessment). CENTRE_RANKING: the ranking score, also the adjustment's.
 */
export function admissionApplicants(ranking: RankingConfig, applications: readonly ApplicationInput[], assessments: readonly AssessmentInput[]): Applicant[] {
  const byApplication = new Map<number, AssessmentInput[]>();
  if (ranking.kind === 'BASE_ASSESSMENT') {
    for (const assessment of assessments) {
      const list = byApplication.get(assessment.applicationId);
      if (list) list.push(assessment);
      else byApplication.set(assessment.applicationId, [assessment]);
    }
  }
  return applications.map((application): Applicant => {
    const choices = [application.choice1BaseId, application.choice2BaseId].filter((id): id is number => id !== null);
    const base = {
      id: application.id,
      type: application.applicantType,
      choices,
      acceptsAdjustment: application.acceptsAdjustment,
      cityId: application.employerCityId,
      submittedAt: application.submittedAt,
    };
    if (ranking.kind === 'CENTRE_RANKING') {
      return { ...base, scores: { ranking: application.rankingScore === null ? null : Number(application.rankingScore) } };
    }
    const own = byApplication.get(application.id) ?? [];
    const scores: AssessmentScore[] = [];
    let adjustment: number | null = null;
    for (const entry of own) {
      const score = Number(entry.score);
      if (entry.choiceRound === 'ADJUSTMENT') adjustment = adjustment === null ? score : Math.max(adjustment, score);
      else if (entry.baseId === (entry.choiceRound === 'FIRST' ? application.choice1BaseId : application.choice2BaseId)) scores.push({ round: entry.choiceRound, baseId: entry.baseId, score });
    }
    return { ...base, scores: { assessments: scores, adjustment } };
  });
}

/**
 * SHA-256 over a canonical text of the input (tracks and applicants in id order, every field the rule reads), so
 * the same data in any order gives the same digest and any change to a choice, score or quota a different one.
 */
export function inputDigest(tracks: readonly TrackQuota[], applicants: readonly Applicant[]): string {
  const hash = createHash('sha256');
  const sortedTracks = [...tracks].sort((a, b) => a.baseId - b.baseId || String(a.applicantType).localeCompare(String(b.applicantType)));
  for (const track of sortedTracks) hash.update(`T|${track.baseId}|${track.applicantType ?? '*'}|${track.quota}|${track.cityId ?? ''}\n`);
  const sortedApplicants = [...applicants].sort((a, b) => a.id - b.id);
  for (const applicant of sortedApplicants) {
    const { scores } = applicant;
    const assessments = [...(scores.assessments ?? [])]
      .sort((a, b) => a.round.localeCompare(b.round) || a.baseId - b.baseId)
      .map((each) => `${each.round}:${each.baseId}:${each.score}`)
      .join(',');
    hash.update(
      `A|${applicant.id}|${applicant.type}|${applicant.choices.join(',')}|${applicant.acceptsAdjustment ? 1 : 0}|${applicant.cityId ?? ''}|` +
        `${applicant.submittedAt ? applicant.submittedAt.getTime() : ''}|${scores.ranking ?? ''}|${scores.adjustment ?? ''}|${assessments}\n`,
    );
  }
  return hash.digest('hex');
}

export interface TrackSummary {
  baseId: number;
  applicantType: ApplicantType | null;
  quota: number;
  admitted: number;
  seatsLeft: number;
  /** Per round that was run: admitted and the last admitted score. */
  rounds: Array<{ round: AdmissionRound; admitted: number; lastAdmittedScore: number | null }>;
  /** The lowest score admitted at this track over every round; null when nobody was. */
  lastAdmittedScore: number | null;
}

export interface RunSummary {
  mechanism: AdmissionResult['mechanism'];
  rounds: AdmissionRound[];
  applicants: number;
  admitted: number;
  quota: number;
  tracks: TrackSummary[];
}

/** What the run row keeps of a result: per track its quota, how many it admitted, the last admitted score. */
export function runSummary(result: AdmissionResult): RunSummary {
  const tracks = result.tracks.map((track): TrackSummary => {
    const admitted = track.rounds.reduce((sum, round) => sum + round.admitted, 0);
    const scores = track.rounds.map((round) => round.lastAdmittedScore).filter((score): score is number => score !== null);
    return {
      baseId: track.track.baseId,
      applicantType: track.track.applicantType,
      quota: track.quota,
      admitted,
      seatsLeft: track.seatsLeft,
      rounds: track.rounds.map((round) => ({ round: round.round, admitted: round.admitted, lastAdmittedScore: round.lastAdmittedScore })),
      lastAdmittedScore: scores.length === 0 ? null : Math.min(...scores),
    };
  });
  return {
    mechanism: result.mechanism,
    rounds: result.rounds,
    applicants: result.explanations.length,
    admitted: result.admissions.length,
    quota: tracks.reduce((sum, track) => sum + track.quota, 0),
    tracks,
  };
}
