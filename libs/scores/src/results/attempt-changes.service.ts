import { AssessmentSession } from '@app/assessment/entities/assessment-session.entity';
import { SubjectAttemptRecord } from '@app/assessment/entities/subject-attempt.entity';
import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { Clock } from '@app/common/time';
import { TraineeSummaries } from '@app/training';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SkillsScores, STATIONS, Station } from '../rules/skills-score.rules';
import { StandingService } from '../standing/standing.service';
import { AttemptView, JudgedAttemptView, toAttemptView } from './attempt-view';
import { CorrectionInput, correctionShapeProblems, decideSkills, decideTheory, ScoreDecision, scoreSnapshot } from './results.rules';
import { PublicationStore } from './publication.store';
import { ResultStore } from './result.store';

export interface CorrectionRequest extends CorrectionInput {
  reason: string;
  expectedVersion: number;
}

/** SC-8 and FA-11 by hand; ROTATION_DEADLINE (SC-5) is only ever set by the scheduled job. */
export type ManualVoidKind = 'VIOLATION' | 'FALSE_INFORMATION';
export const MANUAL_VOID_KINDS: readonly ManualVoidKind[] = ['VIOLATION', 'FALSE_INFORMATION'];

/**
 * Changes to a result once it exists: corrections of published scores (SC-4, FA-13) and voiding (SC-8,
 * FA-11). Each is one transaction with its audit record and the trainee's standing recomputed.
 */
@Injectable()
export class AttemptChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly results: ResultStore,
    private readonly publications: PublicationStore,
    private readonly trainees: TraineeSummaries,
    private readonly audit: AuditService,
    private readonly standing: StandingService,
    private readonly clock: Clock,
  ) {}

  /**
   * Only published results are corrected here. Before publication nobody has seen them, so the centre
   * re-enters or re-imports instead (RESULTS_NOT_PUBLISHED says so) and keeps one way of changing them.
   */
  async correct(actor: Actor, attemptId: number, request: CorrectionRequest): Promise<JudgedAttemptView> {
    if (actor.role !== 'CENTRE_ADMIN') throw new DomainError('FORBIDDEN_ROLE');
    const reason = request.reason.trim();
    if (!reason) throw new DomainError('REASON_REQUIRED');
    return this.dataSource.transaction(async (manager) => {
      const attempt = await this.lockAttempt(manager, attemptId);
      // Results from before the platform have no session, hence no rule to re-judge them with.
      if (attempt.sessionId === null) throw new DomainError('PASS_RULE_NOT_SET', { reason: 'a result from before the platform has no session pass rule' });
      if (attempt.version !== request.expectedVersion) throw new DomainError('CONFLICT', { currentVersion: attempt.version });
      if (attempt.voided) throw new DomainError('ATTEMPT_ALREADY_VOIDED');
      if (!(await this.publications.find(manager, attempt.sessionId, attempt.subject))) throw new DomainError('RESULTS_NOT_PUBLISHED');
      const shapeProblems = correctionShapeProblems(attempt.subject, request);
      if (shapeProblems.length > 0) throw new DomainError('VALIDATION_FAILED', { problems: shapeProblems });

      const session = await this.publications.sessionOf(manager, attempt.sessionId);
      const decision = this.decide(session, attempt.subject === 'THEORY' ? { theory: request.score ?? null } : { skills: skillsScoresOf(request) });
      if (!decision.ok) throw new DomainError('SCORE_INVALID', { problems: decision.problems });

      const changes = { ...decision.fields, source: 'CORRECTION' as const, version: attempt.version + 1 };
      await this.results.update(manager, attempt.id, changes);
      const corrected = { ...attempt, ...changes };
      await this.audit.record(manager, actor, {
        action: 'SCORE_CORRECTED',
        entityType: 'subject_attempt',
        entityId: attempt.id,
        scopeBaseId: await this.baseOf(manager, attempt.traineeId),
        reason,
        before: scoreSnapshot(attempt),
        after: scoreSnapshot(corrected),
      });
      await this.standing.recompute(manager, [attempt.traineeId]);
      return { ...toAttemptView(corrected), explanation: decision.explanation, reasons: decision.judgement?.reasons ?? null };
    });
  }

  /** SC-8 / FA-11: the result stays on record, marked void with the decision, and stops counting. */
  async void(actor: Actor, attemptId: number, kind: ManualVoidKind, reasonText: string): Promise<AttemptView> {
    if (actor.role !== 'CENTRE_ADMIN') throw new DomainError('FORBIDDEN_ROLE');
    if (!MANUAL_VOID_KINDS.includes(kind)) throw new DomainError('VALIDATION_FAILED', { problems: [`kind must be one of ${MANUAL_VOID_KINDS.join(', ')}`] });
    const reason = reasonText.trim();
    if (!reason) throw new DomainError('REASON_REQUIRED');
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const attempt = await this.lockAttempt(manager, attemptId);
      if (attempt.voided) throw new DomainError('ATTEMPT_ALREADY_VOIDED', { voidKind: attempt.voidKind });
      const changes = { voided: true, voidKind: kind, voidReason: reason, voidedAt: now, voidedBy: actor.userId, version: attempt.version + 1 };
      await this.results.update(manager, attempt.id, changes);
      await this.audit.record(manager, actor, {
        action: 'RESULT_VOIDED',
        entityType: 'subject_attempt',
        entityId: attempt.id,
        scopeBaseId: await this.baseOf(manager, attempt.traineeId),
        reason,
        before: { voided: false, outcome: attempt.outcome, score: attempt.score, version: attempt.version },
        after: { voided: true, voidKind: kind, version: changes.version },
      });
      await this.standing.recompute(manager, [attempt.traineeId]);
      return toAttemptView({ ...attempt, ...changes });
    });
  }

  private decide(session: AssessmentSession, input: { theory: number | null } | { skills: SkillsScores }): ScoreDecision {
    if ('theory' in input) {
      if (!session.theoryPassRule) throw new DomainError('PASS_RULE_NOT_SET', { subject: 'THEORY' });
      return decideTheory(input.theory, session.theoryPassRule);
    }
    if (!session.skillsPassRule) throw new DomainError('PASS_RULE_NOT_SET', { subject: 'SKILLS' });
    return decideSkills(input.skills, session.skillsPassRule);
  }

  private async lockAttempt(manager: EntityManager, attemptId: number): Promise<SubjectAttemptRecord> {
    const attempt = await this.results.lockedById(manager, attemptId);
    if (!attempt) throw new DomainError('ATTEMPT_NOT_FOUND');
    return attempt;
  }

  private async baseOf(manager: EntityManager, traineeId: number): Promise<number | null> {
    return (await this.trainees.byIds([traineeId], manager)).get(traineeId)?.baseId ?? null;
  }
}

/** The shape check has run, so every station is present. */
function skillsScoresOf(request: CorrectionInput): SkillsScores {
  const stations = Object.fromEntries(STATIONS.map((station) => [station, request.stations?.[station] ?? null])) as Record<Station, number | null>;
  return { stations, failedCriticalItems: request.failedCriticalItems ?? [] };
}
