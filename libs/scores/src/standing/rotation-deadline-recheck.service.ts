import { AuditService } from '@app/common/audit';
import { beijingDateOf, Clock } from '@app/common/time';
import { RotationFactsChange, RotationFactsEvents } from '@app/training';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RotationDeadlineCancellation, rotationDeadlineCancellation, SessionResultsOfTrainee, voidForRotationDeadline } from './rotation-deadline-cancellation';
import { StandingService } from './standing.service';

/** Trainees or attempts per statement: a roster import may change thousands. */
const CHUNK = 1_000;
/** Audit rows per INSERT: each carries its before/after JSON. */
const AUDIT_CHUNK = 500;

interface ResultRow {
  id: number;
  traineeId: number;
  sessionId: number;
  subject: string;
  outcome: string;
  score: string | null;
  sessionYear: number;
  rotationCutoff: string;
  baseId: number;
  rotationEndDate: string;
  processAssessmentPassed: number | string;
}

/**
 * SC-5 after the deadline run: when a base changes a trainee's rotation end or process-assessment result
 * (single edit or roster import), that trainee's standing results of every session whose run already
 * happened are judged again by the same rule, and cancelled if it says so.
 *
 * Synchronous, inside the edit's transaction: the edit, the voiding, its audit rows and the standing
 * commit together or not at all, with nothing queued that could be lost between them. Only results
 * still standing are looked at, so a second change cancels nothing twice. A cancellation is not undone
 * here when corrected facts would keep the results: reversing one is the centre's recorded decision.
 */
@Injectable()
export class RotationDeadlineRecheckService implements OnModuleInit {
  constructor(
    private readonly events: RotationFactsEvents,
    private readonly audit: AuditService,
    private readonly standing: StandingService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(async (manager, change) => {
      await this.recheck(manager, change);
    });
  }

  /** The cancellations made, one per trainee and session. */
  async recheck(manager: EntityManager, change: RotationFactsChange): Promise<RotationDeadlineCancellation[]> {
    const now = this.clock.now();
    const today = beijingDateOf(now);
    const ids = [...new Set(change.traineeIds)].sort((a, b) => a - b);
    const due: SessionResultsOfTrainee[] = [];
    const recheck = { cause: change.cause.action, changedByUserId: change.cause.actor.userId, changedByRole: change.cause.actor.role };
    for (let start = 0; start < ids.length; start += CHUNK) {
      const chunk = ids.slice(start, start + CHUNK);
      // A plain read: a run still in flight is not seen here and reads the new facts itself once this commits.
      const rows: ResultRow[] = await manager.query(
        `SELECT a.id, a.trainee_id AS traineeId, a.session_id AS sessionId, a.subject, a.outcome, a.score,
                s.year AS sessionYear, s.rotation_cutoff AS rotationCutoff,
                t.base_id AS baseId, t.rotation_end_date AS rotationEndDate, t.process_assessment_passed AS processAssessmentPassed
           FROM subject_attempt a
           JOIN assessment_session s ON s.id = a.session_id
           JOIN trainee t ON t.id = a.trainee_id
          WHERE a.trainee_id IN (${chunk.map(() => '?').join(',')}) AND a.voided = 0 AND s.rotation_deadline_applied_at IS NOT NULL
          ORDER BY a.trainee_id, a.session_id, a.subject`,
        chunk,
      );
      for (const facts of groupBySessionAndTrainee(rows)) {
        if (rotationDeadlineCancellation(facts, today).cancellation !== null) due.push(facts);
      }
    }
    if (due.length === 0) return [];
    // Lock what is to be voided (by key: no range locks) and drop what another writer voided meanwhile.
    const attemptIds = due.flatMap((facts) => facts.results.map((result) => result.attemptId));
    const standing = new Set<number>();
    for (let start = 0; start < attemptIds.length; start += CHUNK) {
      const chunk = attemptIds.slice(start, start + CHUNK);
      const locked: Array<{ id: number }> = await manager.query(`SELECT id FROM subject_attempt WHERE id IN (${chunk.map(() => '?').join(',')}) AND voided = 0 FOR UPDATE`, chunk);
      for (const row of locked) standing.add(Number(row.id));
    }
    const cancellations = due
      .map((facts) => rotationDeadlineCancellation({ ...facts, results: facts.results.filter((result) => standing.has(result.attemptId)) }, today, recheck).cancellation)
      .filter((cancellation) => cancellation !== null);
    if (cancellations.length === 0) return [];
    for (const cancellation of cancellations) await voidForRotationDeadline(manager, cancellation, now);
    const records = cancellations.map((cancellation) => cancellation.audit);
    for (let start = 0; start < records.length; start += AUDIT_CHUNK) await this.audit.recordMany(manager, records.slice(start, start + AUDIT_CHUNK));
    await this.standing.recompute(manager, cancellations.map((cancellation) => cancellation.traineeId));
    return cancellations;
  }
}

function groupBySessionAndTrainee(rows: ResultRow[]): SessionResultsOfTrainee[] {
  const groups = new Map<string, SessionResultsOfTrainee>();
  for (const row of rows) {
    const key = `${row.traineeId}:${row.sessionId}`;
    const group = groups.get(key) ?? {
      sessionId: Number(row.sessionId),
      sessionYear: Number(row.sessionYear),
      rotationCutoff: row.rotationCutoff,
      traineeId: Number(row.traineeId),
      baseId: Number(row.baseId),
      rotationEndDate: row.rotationEndDate,
      processAssessmentPassed: Boolean(Number(row.processAssessmentPassed)),
      results: [],
    };
    group.results.push({ attemptId: Number(row.id), subject: row.subject, outcome: row.outcome, score: row.score });
    groups.set(key, group);
  }
  return [...groups.values()];
}
