import { Bilingual, Subject } from '@app/assessment/rules';
import { Actor } from '@app/common/actor';
import { beijingDateOf, Clock, LocalDate } from '@app/common/time';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RetrainingState } from '../rules/retraining.rules';
import { countingAttemptSql } from '@app/assessment/attempts/counting-attempts';
import { SqlCondition, standingScope } from './standing-scope';
import { StandingReader } from './standing-reader';
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

/**
 * retrainingStateOfStanding as SQL over trainee `t` and trainee_standing `s`; kept line by line in step
 * with that function, whose unit test ties it to retrainingTimeline. Only integers we computed are inlined.
 */
export function retrainingStateSql(todayYear: number): string {
  if (!Number.isInteger(todayYear)) throw new RangeError(`not a year: ${todayYear}`);
  const sat = (subject: Subject): string =>
    `EXISTS (SELECT 1 FROM subject_attempt y WHERE y.trainee_id = t.id AND y.subject = '${subject}' AND y.year = ${todayYear} AND ${countingAttemptSql('y')})`;
  const thisYearUsed = `((COALESCE(s.theory_pass_year, 0) >= ${todayYear - 2} OR ${sat('THEORY')}) AND (COALESCE(s.skills_pass_year, 0) >= ${todayYear - 2} OR ${sat('SKILLS')}))`;
  const rotationEndYear = 'YEAR(t.rotation_end_date)';
  return `(CASE
    WHEN s.completed_theory_year IS NOT NULL THEN 'CERTIFICATE_READY'
    WHEN ${rotationEndYear} <= ${todayYear - 3} THEN 'RETRAINING_REQUIRED'
    WHEN ${rotationEndYear} = ${todayYear - 2} THEN IF(${thisYearUsed}, 'RETRAINING_REQUIRED', 'LAST_YEAR')
    WHEN ${rotationEndYear} = ${todayYear - 1} THEN IF(${thisYearUsed}, 'LAST_YEAR', 'IN_TIME')
    ELSE 'IN_TIME' END)`;
}

/** SC-7 / FA-3: who must still pass what, and by when; the most urgent (earliest rotation end) first. */
@Injectable()
export class RetrainingListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: StandingReader,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, filter: RetrainingListFilter, page: number, pageSize: number): Promise<{ today: LocalDate; items: RetrainingListRow[]; total: number; page: number; pageSize: number }> {
    const today = beijingDateOf(this.clock.now());
    const where = await this.where(actor, filter, Number(today.slice(0, 4)));
    const from = `FROM trainee t LEFT JOIN trainee_standing s ON s.trainee_id = t.id WHERE ${where.sql}`;
    const [{ total }]: Array<{ total: number | string }> = await this.dataSource.query(`SELECT COUNT(*) AS total ${from}`, where.params);
    const rows: Array<{ id: number }> = await this.dataSource.query(`SELECT t.id AS id ${from} ORDER BY t.rotation_end_date, t.id LIMIT ? OFFSET ?`, [
      ...where.params,
      pageSize,
      (page - 1) * pageSize,
    ]);
    const ids = rows.map((row) => Number(row.id));
    const [trainees, attempts] = await Promise.all([this.reader.trainees(ids), this.reader.countingAttempts(ids)]);
    const items = trainees.map((trainee): RetrainingListRow => {
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
    return { today, items, total: Number(total), page, pageSize };
  }

  private async where(actor: Actor, filter: RetrainingListFilter, todayYear: number): Promise<SqlCondition> {
    const scope = standingScope(actor, filter.baseId, (await this.reader.organisations()).cityOfBase);
    const state = retrainingStateSql(todayYear);
    return filter.state === undefined
      ? { sql: `${scope.sql} AND ${state} <> 'CERTIFICATE_READY'`, params: scope.params }
      : { sql: `${scope.sql} AND ${state} = ?`, params: [...scope.params, filter.state] };
  }
}
