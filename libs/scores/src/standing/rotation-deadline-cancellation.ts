import { SYSTEM_ACTOR } from '@app/common/actor';
import { AuditEntry } from '@app/common/audit';
import { LocalDate } from '@app/common/time';
import { RotationDeadlineDecision, rotationDeadlineDecision } from '../rules/rotation-deadline.rules';
import { clip, rotationCompletedBy } from './standing-read.rules';

export const ROTATION_DEADLINE_CANCELLED = 'RESULTS_CANCELLED_ROTATION_DEADLINE';

/** One trainee's standing (non-voided) results of one session, with the roster facts SC-5 reads. */
export interface SessionResultsOfTrainee {
  sessionId: number;
  sessionYear: number;
  rotationCutoff: LocalDate;
  traineeId: number;
  baseId: number;
  rotationEndDate: LocalDate;
  processAssessmentPassed: boolean;
  results: Array<{ attemptId: number; subject: string; outcome: string; score: string | null }>;
}

export interface RotationDeadlineCancellation {
  traineeId: number;
  attemptIds: number[];
  reason: string;
  audit: { actor: typeof SYSTEM_ACTOR; entry: AuditEntry };
}

/**
 * SC-5 on one trainee's results of one session, as the deadline run and a later re-check both apply it:
 * null when the rule keeps them (or is not due yet), else what to void and the audit row to write.
 * `recheck` says what made a re-check look again after the run.
 */
export function rotationDeadlineCancellation(
  facts: SessionResultsOfTrainee,
  today: LocalDate,
  recheck?: Record<string, unknown>,
): { decision: RotationDeadlineDecision; cancellation: RotationDeadlineCancellation | null } {
  const decision = rotationDeadlineDecision({
    sessionYear: facts.sessionYear,
    rotationCutoff: facts.rotationCutoff,
    rotationEndDate: facts.rotationEndDate,
    rotationCompleted: rotationCompletedBy(facts.rotationEndDate, today),
    baseAssessmentsPassed: facts.processAssessmentPassed,
    sat: true,
    today,
  });
  if (decision.action !== 'CANCEL_RESULTS' || facts.results.length === 0) return { decision, cancellation: null };
  const reason = clip(decision.explanation.zh);
  const attemptIds = facts.results.map((result) => result.attemptId);
  const { sessionId } = facts;
  return {
    decision,
    cancellation: {
      traineeId: facts.traineeId,
      attemptIds,
      reason,
      audit: {
        actor: SYSTEM_ACTOR,
        entry: {
          action: ROTATION_DEADLINE_CANCELLED,
          entityType: 'trainee',
          entityId: facts.traineeId,
          scopeBaseId: facts.baseId,
          reason,
          before: {
            sessionId,
            rotationCutoff: facts.rotationCutoff,
            rotationEndDate: facts.rotationEndDate,
            processAssessmentPassed: facts.processAssessmentPassed,
            results: facts.results.map((result) => ({ ...result, voided: false })),
          },
          after: { sessionId, voided: true, voidKind: 'ROTATION_DEADLINE', attemptIds, explanation: decision.explanation, ...(recheck ? { recheck } : {}) },
        },
      },
    },
  };
}
