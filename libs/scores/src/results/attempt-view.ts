import { AttemptSource, AttemptVoidKind, SubjectAttemptRecord } from '@app/assessment/entities/subject-attempt.entity';
import { AttemptOutcome, Bilingual, Subject } from '@app/assessment/rules';
import { formatBeijing } from '@app/common/time';
import { SkillsReason } from '../rules/skills-score.rules';

/** One result as staff see it after a write: what is stored now, and the version to send with the next change. */
export interface AttemptView {
  id: number;
  sessionId: number | null;
  traineeId: number;
  subject: Subject;
  year: number;
  outcome: AttemptOutcome;
  score: number | null;
  stationScores: Record<string, number | null> | null;
  failedCriticalItems: string[] | null;
  source: AttemptSource;
  voided: boolean;
  voidKind: AttemptVoidKind | null;
  voidReason: string | null;
  /** Beijing time */
  voidedAt: string | null;
  version: number;
}

/** A score write's answer: the stored result and why it was judged so. */
export interface JudgedAttemptView extends AttemptView {
  explanation: Bilingual;
  /** SKILLS: every reason of the judgement, station by station */
  reasons: SkillsReason[] | null;
}

export function toAttemptView(attempt: SubjectAttemptRecord): AttemptView {
  return {
    id: attempt.id,
    sessionId: attempt.sessionId,
    traineeId: attempt.traineeId,
    subject: attempt.subject,
    year: attempt.year,
    outcome: attempt.outcome,
    score: attempt.score === null ? null : Number(attempt.score),
    stationScores: attempt.stationScores,
    failedCriticalItems: attempt.failedCriticalItems,
    source: attempt.source,
    voided: Boolean(attempt.voided),
    voidKind: attempt.voidKind,
    voidReason: attempt.voidReason,
    voidedAt: attempt.voidedAt ? formatBeijing(new Date(attempt.voidedAt)) : null,
    version: attempt.version,
  };
}
