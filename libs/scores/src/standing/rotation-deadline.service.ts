import { SYSTEM_ACTOR } from '@app/common/actor';
import { AuditEntry, AuditService } from '@app/common/audit';
import { beijingDateOf, Clock, LocalDate } from '@app/common/time';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { rotationDeadlineCancellation, voidForRotationDeadline } from './rotation-deadline-cancellation';
import { StandingService } from './standing.service';

export { ROTATION_DEADLINE_CANCELLED } from './rotation-deadline-cancellation';
export const ROTATION_DEADLINE_APPLIED = 'ROTATION_DEADLINE_APPLIED';

/** Audit rows per INSERT: each carries its before/after JSON. */
const AUDIT_CHUNK = 500;

interface ResultRow {
  id: number;
  traineeId: number;
  subject: string;
  outcome: string;
  score: string | null;
  baseId: number;
  rotationEndDate: string;
  processAssessmentPassed: number | string;
}

/**
 * SC-5 (seed 001, 五(六)): at a session's rotation cutoff, cancel this session's results of everyone who
 * sat it without having finished rotation before the cutoff and passed the base's assessments.
 *
 * Runs every 10 minutes and on the centre's request; safe with any number of workers at once: each
 * session is claimed by a conditional UPDATE inside the transaction that voids and audits, so exactly one
 * run applies it and a failed run leaves it unclaimed for the next. Facts changed after the run are
 * judged again by RotationDeadlineRecheckService.
 */
@Injectable()
export class RotationDeadlineService {
  private readonly logger = new Logger(RotationDeadlineService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly standing: StandingService,
    private readonly clock: Clock,
  ) {}

  async applyDue(): Promise<{ sessions: number; cancelled: number }> {
    const now = this.clock.now();
    const today = beijingDateOf(now);
    const due: Array<{ id: number }> = await this.dataSource.query(
      'SELECT id FROM assessment_session WHERE rotation_deadline_applied_at IS NULL AND rotation_cutoff <= ? ORDER BY id',
      [today],
    );
    let sessions = 0;
    let cancelled = 0;
    for (const { id } of due) {
      const applied = await this.dataSource.transaction((manager) => this.applyOne(manager, Number(id), now, today));
      if (applied === null) continue;
      sessions += 1;
      cancelled += applied;
      this.logger.log(`session ${id}: rotation deadline applied, results of ${applied} candidates cancelled`);
    }
    return { sessions, cancelled };
  }

  /** Number of candidates whose results were cancelled, or null when another run got the session first. */
  private async applyOne(manager: EntityManager, sessionId: number, now: Date, today: LocalDate): Promise<number | null> {
    // The row lock makes a concurrent run wait here, then find the session claimed.
    const claim: { affectedRows: number } = await manager.query(
      'UPDATE assessment_session SET rotation_deadline_applied_at = ? WHERE id = ? AND rotation_deadline_applied_at IS NULL AND rotation_cutoff <= ?',
      [now, sessionId, today],
    );
    if (claim.affectedRows !== 1) return null;
    const [session]: Array<{ year: number; rotationCutoff: string }> = await manager.query(
      'SELECT year, rotation_cutoff AS rotationCutoff FROM assessment_session WHERE id = ?',
      [sessionId],
    );
    // Everyone with a standing result in this session, published or not: the notice cancels "本次结业考核结果".
    const rows: ResultRow[] = await manager.query(
      `SELECT a.id, a.trainee_id AS traineeId, a.subject, a.outcome, a.score, t.base_id AS baseId, t.rotation_end_date AS rotationEndDate,
              t.process_assessment_passed AS processAssessmentPassed
         FROM subject_attempt a JOIN trainee t ON t.id = a.trainee_id
        WHERE a.session_id = ? AND a.voided = 0 ORDER BY a.trainee_id, a.subject FOR UPDATE`,
      [sessionId],
    );
    const byTrainee = new Map<number, ResultRow[]>();
    for (const row of rows) byTrainee.set(Number(row.traineeId), [...(byTrainee.get(Number(row.traineeId)) ?? []), row]);

    const records: Array<{ actor: typeof SYSTEM_ACTOR; entry: AuditEntry }> = [];
    const cancelledIds: number[] = [];
    for (const [traineeId, results] of byTrainee) {
      const { cancellation } = rotationDeadlineCancellation(
        {
          sessionId,
          sessionYear: Number(session.year),
          rotationCutoff: session.rotationCutoff,
          traineeId,
          baseId: Number(results[0].baseId),
          rotationEndDate: results[0].rotationEndDate,
          processAssessmentPassed: Boolean(Number(results[0].processAssessmentPassed)),
          results: results.map((result) => ({ attemptId: Number(result.id), subject: result.subject, outcome: result.outcome, score: result.score })),
        },
        today,
      );
      if (cancellation === null) continue;
      await voidForRotationDeadline(manager, cancellation, now);
      cancelledIds.push(traineeId);
      records.push(cancellation.audit);
    }
    records.push({
      actor: SYSTEM_ACTOR,
      entry: {
        action: ROTATION_DEADLINE_APPLIED,
        entityType: 'assessment_session',
        entityId: sessionId,
        reason: '结束轮转截止日期已到，逾期未完成轮转或未通过培训基地考核者取消本次结业考核结果',
        before: { rotationDeadlineAppliedAt: null },
        after: { rotationCutoff: session.rotationCutoff, candidates: byTrainee.size, cancelled: cancelledIds.length },
      },
    });
    for (let start = 0; start < records.length; start += AUDIT_CHUNK) await this.audit.recordMany(manager, records.slice(start, start + AUDIT_CHUNK));
    await this.standing.recompute(manager, cancelledIds);
    return cancelledIds.length;
  }
}
