import { Bilingual, Subject } from '@app/assessment/rules';
import { Actor } from '@app/common/actor';
import { beijingDateOf, Clock, LocalDate } from '@app/common/time';
import { OrganisationService } from '@app/identity';
import { TraineeSummaries } from '@app/training';
import { Injectable } from '@nestjs/common';
import { RetrainingState } from '../rules/retraining.rules';
import { standingScope } from './standing-scope';
import { StandingReader } from './standing-reader';
import { StandingStore } from './standing.store';
import { explainStanding } from './trainee-standing-view.service';

export const RETRAINING_STATES: readonly RetrainingState[] = ['IN_TIME', 'LAST_YEAR', 'RETRAINING_REQUIRED', 'CERTIFICATE_READY'];

export interface RetrainingListFilter {
  baseId?: number;
  /** omitted: everyone who still has a subject to pass (every state but CERTIFICATE_READY) */
  state?: RetrainingState;
}

export interface RetrainingListRow {
  traineeId: number;
  name: string;
  idNumberMasked: string;
  baseId: number;
  baseName: string;
  cohort: string;
  rotationEndDate: LocalDate;
  state: RetrainingState;
  remainingSubjects: Subject[];
  remainingYears: number[];
  yearsLeft: number;
  deadline: LocalDate;
  explanation: Bilingual;
  /** FA-3 refused a sign-up and marked the trainee 自费重新培训 */
  retrainingMarked: boolean;
}

/** SC-7 / FA-3: who must still pass what, and by when; the most urgent (earliest rotation end) first. */
@Injectable()
export class RetrainingListService {
  constructor(
    private readonly store: StandingStore,
    private readonly reader: StandingReader,
    private readonly trainees: TraineeSummaries,
    private readonly organisations: OrganisationService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, filter: RetrainingListFilter, page: number, pageSize: number): Promise<{ today: LocalDate; items: RetrainingListRow[]; total: number; page: number; pageSize: number }> {
    const today = beijingDateOf(this.clock.now());
    const todayYear = Number(today.slice(0, 4));
    const scope = standingScope(actor, filter.baseId, await this.organisations.cityOfBaseResolver());
    const total = await this.store.retrainingCount(scope, filter.state, todayYear);
    const ids = await this.store.retrainingIds(scope, filter.state, todayYear, pageSize, (page - 1) * pageSize);
    const [trainees, attempts] = await Promise.all([this.trainees.byIds(ids), this.reader.countingAttempts(ids)]);
    const items = ids.flatMap((id) => trainees.get(id) ?? []).map((trainee): RetrainingListRow => {
      const { retraining } = explainStanding(trainee, attempts.get(trainee.id) ?? [], today);
      return {
        traineeId: trainee.id,
        name: trainee.name,
        idNumberMasked: trainee.idNumberMasked,
        baseId: trainee.baseId,
        baseName: trainee.baseName,
        cohort: trainee.cohort,
        rotationEndDate: trainee.rotationEndDate,
        state: retraining.state,
        remainingSubjects: retraining.remainingSubjects,
        remainingYears: retraining.remainingYears,
        yearsLeft: retraining.yearsLeft,
        deadline: retraining.deadline,
        explanation: retraining.explanation,
        retrainingMarked: trainee.retrainingRequired,
      };
    });
    return { today, items, total, page, pageSize };
  }
}
