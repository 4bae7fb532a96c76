import { SessionService } from '@app/assessment';
import { Bilingual, Subject } from '@app/assessment/rules';
import { Actor } from '@app/common/actor';
import { beijingDateOf, Clock, formatBeijing, LocalDate } from '@app/common/time';
import { OrganisationService } from '@app/identity';
import { TraineeSummaries } from '@app/training';
import { Injectable } from '@nestjs/common';
import { rotationDeadlineDecision } from '../rules/rotation-deadline.rules';
import { RotationDeadlineStore } from './rotation-deadline.store';
import { rotationCompletedBy } from './standing-read.rules';
import { standingScope } from './standing-scope';

/** Before the deadline is applied: AT_RISK / ON_TRACK as things stand; after: CANCELLED / KEPT. */
export type RotationDeadlineStatus = 'AT_RISK' | 'ON_TRACK' | 'CANCELLED' | 'KEPT';
export const ROTATION_DEADLINE_STATUSES: readonly RotationDeadlineStatus[] = ['AT_RISK', 'ON_TRACK', 'CANCELLED', 'KEPT'];

export interface RotationDeadlineRow {
  traineeId: number;
  name: string;
  idNumberMasked: string;
  baseId: number;
  baseName: string;
  rotationEndDate: LocalDate;
  processAssessmentPassed: boolean;
  subjects: Subject[];
  status: RotationDeadlineStatus;
  /** the SC-5 rule on today's data */
  explanation: Bilingual;
  /** what was recorded when the results were cancelled */
  cancellationReason: string | null;
}

export interface RotationDeadlineReport {
  sessionId: number;
  sessionYear: number;
  rotationCutoff: LocalDate;
  appliedAt: string | null;
  today: LocalDate;
  counts: Record<RotationDeadlineStatus, number>;
  items: RotationDeadlineRow[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * SC-5 for the bases and the centre: before the cutoff, who sat this session and has still to finish
 * rotation or pass the base's assessments; after it, whose results were cancelled. A session's candidates
 * fit in memory (one province, one year), so statuses are computed by the rule for all, then paged.
 */
@Injectable()
export class RotationDeadlineViewService {
  constructor(
    private readonly store: RotationDeadlineStore,
    private readonly sessions: SessionService,
    private readonly trainees: TraineeSummaries,
    private readonly organisations: OrganisationService,
    private readonly clock: Clock,
  ) {}

  async report(actor: Actor, sessionId: number, filter: { baseId?: number; status?: RotationDeadlineStatus }, page: number, pageSize: number): Promise<RotationDeadlineReport> {
    const scope = standingScope(actor, filter.baseId, await this.organisations.cityOfBaseResolver());
    const session = await this.sessions.load(sessionId);
    const results = new Map<number, { subjects: Subject[]; cancelled: boolean; reason: string | null }>();
    for (const row of await this.store.reportResults(sessionId, scope)) {
      const id = row.traineeId;
      const entry = results.get(id) ?? { subjects: [], cancelled: false, reason: null };
      entry.subjects.push(row.subject);
      if (row.cancelled) {
        entry.cancelled = true;
        entry.reason ??= row.voidReason;
      }
      results.set(id, entry);
    }

    const today = beijingDateOf(this.clock.now());
    const applied = session.rotationDeadlineAppliedAt !== null;
    const trainees = await this.trainees.byIds(results.keys());
    const all = [...results.keys()].flatMap((id) => trainees.get(id) ?? []).map((trainee): RotationDeadlineRow => {
      const result = results.get(trainee.id)!;
      const decision = rotationDeadlineDecision({
        sessionYear: Number(session.year),
        rotationCutoff: session.rotationCutoff,
        rotationEndDate: trainee.rotationEndDate,
        rotationCompleted: rotationCompletedBy(trainee.rotationEndDate, today),
        baseAssessmentsPassed: trainee.processAssessmentPassed,
        sat: true,
        today,
      });
      const status: RotationDeadlineStatus = applied ? (result.cancelled ? 'CANCELLED' : 'KEPT') : decision.conditionsMet ? 'ON_TRACK' : 'AT_RISK';
      return {
        traineeId: trainee.id,
        name: trainee.name,
        idNumberMasked: trainee.idNumberMasked,
        baseId: trainee.baseId,
        baseName: trainee.baseName,
        rotationEndDate: trainee.rotationEndDate,
        processAssessmentPassed: trainee.processAssessmentPassed,
        subjects: result.subjects,
        status,
        explanation: decision.explanation,
        cancellationReason: result.cancelled ? result.reason : null,
      };
    });
    const counts = Object.fromEntries(ROTATION_DEADLINE_STATUSES.map((status) => [status, all.filter((row) => row.status === status).length])) as Record<RotationDeadlineStatus, number>;
    const shown = filter.status === undefined ? all : all.filter((row) => row.status === filter.status);
    return {
      sessionId,
      sessionYear: Number(session.year),
      rotationCutoff: session.rotationCutoff,
      appliedAt: session.rotationDeadlineAppliedAt === null ? null : formatBeijing(new Date(session.rotationDeadlineAppliedAt)),
      today,
      counts,
      items: shown.slice((page - 1) * pageSize, page * pageSize),
      total: shown.length,
      page,
      pageSize,
    };
  }
}
