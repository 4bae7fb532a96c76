import type { AttemptVoidKind } from '@app/assessment/entities/subject-attempt.entity';
import type { AttemptOutcome, Bilingual, Subject } from '@app/assessment/rules';
import type { ErrorCode } from '@app/common/errors';
import { validUntilDate } from '../rules/assessment-completion.rules';
import { SkillsJudgement, SkillsPassRule, SkillsScores, STATIONS, judgeSkills, Station } from '../rules/skills-score.rules';
import { judgeTheoryScore, THEORY_SCORE_NOTICE, TheoryPassRule } from '../rules/theory-score.rules';

export const OUTCOME_LABELS: Record<AttemptOutcome, Bilingual> = {
  PASSED: { zh: '合格', en: 'passed' },
  FAILED: { zh: '不合格', en: 'failed' },
  ABSENT: { zh: '缺考', en: 'absent' },
};

export const VOID_KIND_LABELS: Record<AttemptVoidKind, Bilingual> = {
  ROTATION_DEADLINE: { zh: '未在规定时间内完成轮转，取消本次结业考核结果', en: 'rotation not completed by the cutoff: result cancelled' },
  VIOLATION: { zh: '违反考试纪律，成绩无效', en: 'exam-rule violation: result void' },
  FALSE_INFORMATION: { zh: '报名信息不实，取消考核结果', en: 'false sign-up information: result cancelled' },
};

/** What a score write stores on the attempt: outcome, the DECIMAL(7,2) score as text, the skills detail. */
export interface AttemptScoreFields {
  outcome: AttemptOutcome;
  score: string | null;
  stationScores: Record<Station, number | null> | null;
  failedCriticalItems: string[] | null;
}

/** Why a score cannot be stored: one per bad value, with the station it is about (SKILLS). */
export interface ScoreInputProblem {
  code: string;
  station: Station | null;
  explanation: Bilingual;
}

export type ScoreDecision = { ok: true; fields: AttemptScoreFields; explanation: Bilingual; judgement: SkillsJudgement | null } | { ok: false; problems: ScoreInputProblem[] };

/** DECIMAL(7,2): two places, so a station total of 0.1 + 0.2 is stored as "0.30", never as float noise. */
export function decimalText(value: number): string {
  return value.toFixed(2);
}

/** SC-2: one candidate's four stations, judged by the session's rule; INVALID comes back as problems, never stored. */
export function decideSkills(scores: SkillsScores, rule: SkillsPassRule): ScoreDecision {
  const judgement = judgeSkills(scores, rule);
  if (judgement.outcome === 'INVALID') {
    return { ok: false, problems: judgement.reasons.map(({ code, station, explanation }) => ({ code, station, explanation })) };
  }
  const stationScores = Object.fromEntries(STATIONS.map((station) => [station, scores.stations[station]])) as Record<Station, number | null>;
  return {
    ok: true,
    judgement,
    explanation: judgement.explanation,
    fields: {
      outcome: judgement.outcome,
      score: judgement.total === null ? null : decimalText(judgement.total),
      stationScores,
      failedCriticalItems: [...new Set(scores.failedCriticalItems)].sort(),
    },
  };
}

/** SC-1: a theory standard score (null = absent), judged by the session's pass line. */
export function decideTheory(score: number | null, rule: TheoryPassRule): ScoreDecision {
  const fields = { stationScores: null, failedCriticalItems: null };
  if (score === null) {
    return { ok: true, judgement: null, explanation: { zh: '专业理论考试缺考', en: 'absent from the theory exam' }, fields: { ...fields, outcome: 'ABSENT', score: null } };
  }
  const judgement = judgeTheoryScore(score, rule);
  if (!judgement.ok) return { ok: false, problems: [{ ...judgement.problem, station: null }] };
  return {
    ok: true,
    judgement: null,
    explanation: judgement.explanation,
    fields: { ...fields, outcome: judgement.passed ? 'PASSED' : 'FAILED', score: decimalText(judgement.score) },
  };
}

/** The body of a correction, checked against the subject of the attempt it corrects. */
export interface CorrectionInput {
  score?: number | null;
  stations?: Partial<Record<Station, number | null>>;
  failedCriticalItems?: string[];
}

/** A THEORY correction carries a score (null = absent); a SKILLS one all four stations and the critical items. */
export function correctionShapeProblems(subject: Subject, input: CorrectionInput): string[] {
  const problems: string[] = [];
  if (subject === 'THEORY') {
    if (input.score === undefined) problems.push('score is required to correct a THEORY result (null = absent)');
    if (input.stations !== undefined || input.failedCriticalItems !== undefined) problems.push('stations and failedCriticalItems apply to SKILLS results only');
    return problems;
  }
  if (input.score !== undefined) problems.push('a SKILLS result is corrected through its stations, not a score');
  if (input.stations === undefined) problems.push('stations are required to correct a SKILLS result');
  else for (const station of STATIONS) if (input.stations[station] === undefined) problems.push(`stations.${station} is required (null = absent)`);
  if (input.failedCriticalItems === undefined) problems.push('failedCriticalItems is required to correct a SKILLS result ([] = none)');
  return problems;
}

/** The fields an audit record shows before and after a score change. */
export function scoreSnapshot(attempt: {
  outcome: AttemptOutcome;
  score: string | null;
  stationScores: Record<string, number | null> | null;
  failedCriticalItems: string[] | null;
  source: string;
  version: number;
}): Record<string, unknown> {
  return {
    outcome: attempt.outcome,
    score: attempt.score,
    stationScores: attempt.stationScores,
    failedCriticalItems: attempt.failedCriticalItems,
    source: attempt.source,
    version: attempt.version,
  };
}

/**
 * Recheck requests (复核). THEORY: the notice refuses them outright (以标准分形式报告，不接受成绩复核申请).
 * SKILLS: the notices say nothing and the platform has no recheck workflow, so it takes none either, with
 * its own message pointing the candidate to the centre, rather than silently accepting a request nobody handles.
 */
export function recheckRefusal(subject: Subject): ErrorCode {
  switch (subject) {
    case 'THEORY':
      return 'RECHECK_NOT_ACCEPTED';
    case 'SKILLS':
      return 'RECHECK_NOT_AVAILABLE';
  }
}

/** One published result as its candidate reads it (SC-4, SC-3, SC-8). */
export interface CandidateSubjectResult {
  subject: Subject;
  outcome: AttemptOutcome;
  outcomeLabel: Bilingual;
  /** null when absent */
  score: number | null;
  stationScores: Record<string, number | null> | null;
  /** 31 Dec of Y+2 for a pass that still counts; null otherwise */
  validUntil: string | null;
  voided: boolean;
  voidKind: AttemptVoidKind | null;
  voidKindLabel: Bilingual | null;
  voidReason: string | null;
  /** THEORY: 不接受成绩复核申请 */
  notice: Bilingual | null;
}

export interface CandidateAttemptRow {
  subject: Subject;
  year: number;
  outcome: AttemptOutcome;
  score: string | null;
  stationScores: Record<string, number | null> | null;
  voided: boolean;
  voidKind: AttemptVoidKind | null;
  voidReason: string | null;
}

export function candidateSubjectResult(row: CandidateAttemptRow): CandidateSubjectResult {
  // A voided pass counts for nothing (SC-5, SC-8, FA-11), so it carries no validity.
  const validUntil = row.outcome === 'PASSED' && !row.voided ? validUntilDate(row.year) : null;
  return {
    subject: row.subject,
    outcome: row.outcome,
    outcomeLabel: OUTCOME_LABELS[row.outcome],
    score: row.score === null ? null : Number(row.score),
    stationScores: row.subject === 'SKILLS' ? row.stationScores : null,
    validUntil,
    voided: row.voided,
    voidKind: row.voided ? row.voidKind : null,
    voidKindLabel: row.voided && row.voidKind ? VOID_KIND_LABELS[row.voidKind] : null,
    voidReason: row.voided ? row.voidReason : null,
    notice: row.subject === 'THEORY' ? THEORY_SCORE_NOTICE : null,
  };
}

/** How many identifiers an error lists; the count says how many there are in all. */
export const MISSING_SAMPLE = 50;
