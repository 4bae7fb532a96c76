import type { Bilingual } from '@app/assessment/rules';
import { addDays, beijingDateOf, formatBeijing, isValidLocalDate, LocalDate } from '@app/common/time';
import { APPLICANT_TYPE_LABELS, AdmissionRound, ApplicantType } from '../admission';
import { BanConsequence, banConsequence, BanEvent } from '../bans';
import { anniversary, lastDayOf } from '../calendar';
import type { EligibilityPolicy } from '../eligibility';
import type { RecruitmentRound } from '../rounds';

/**
 * RC-7 and RC-9: who reported to their base, who did not and why; at the deadline everyone still unrecorded is a
 * no-show, which loses the place and earns what the round's policy says (Fujian: no sign-up next year). Bases
 * return a summary by the round's return deadline; the day a trainee reported starts their training years.
 */

/** 培训年限为2年 in every notice: the day after the last day of two years is the anniversary of the report. */
export const ASSISTANT_GP_TRAINING_YEARS = 2;

export type ReportOutcome =
  | { kind: 'REPORTED'; reportedOn: LocalDate }
  /** byDeadline: recorded by the deadline sweep rather than by the base. */
  | { kind: 'NO_SHOW'; reason: string; recordedOn: LocalDate; byDeadline: boolean };

export interface AdmittedPlace {
  applicationId: number;
  idNumber: string;
  name: string;
  base: string;
  applicantType: ApplicantType;
  /** The admission round that admitted: ADJUSTMENT makes a no-show an adjusted no-show (调剂成功但未按时报到). */
  admittedBy: AdmissionRound;
  outcome: ReportOutcome | null;
}

export type ReportingProblemCode =
  | 'ALREADY_RECORDED'
  | 'NO_DEADLINE'
  | 'AFTER_DEADLINE'
  | 'DEADLINE_NOT_PASSED'
  | 'DATE_INVALID'
  | 'DATE_IN_FUTURE'
  | 'BEFORE_RESULTS'
  | 'REASON_REQUIRED';

export type ReportingOutcome = { ok: true; place: AdmittedPlace } | { ok: false; code: ReportingProblemCode; message: Bilingual };

const WORDS: Readonly<Record<ReportingProblemCode, Bilingual>> = {
  ALREADY_RECORDED: { zh: '已登记报到情况', en: 'already recorded' },
  NO_DEADLINE: { zh: '本批次未设报到截止时间', en: 'the round sets no reporting deadline' },
  AFTER_DEADLINE: { zh: '报到日期晚于报到截止时间，视为未报到', en: 'the report date is after the deadline: a no-show' },
  DEADLINE_NOT_PASSED: { zh: '报到截止时间未到', en: 'the reporting deadline has not passed' },
  DATE_INVALID: { zh: '报到日期无效', en: 'not a valid date' },
  DATE_IN_FUTURE: { zh: '报到日期不能晚于今天', en: 'the report date cannot be in the future' },
  BEFORE_RESULTS: { zh: '报到日期早于录取结果公布', en: 'the report date is before the results' },
  REASON_REQUIRED: { zh: '未报到须填写原因', en: 'a no-show needs a reason' },
};

function refuse(code: ReportingProblemCode, detail?: string): ReportingOutcome {
  const words = WORDS[code];
  return { ok: false, code, message: detail ? { zh: `${words.zh}（${detail}）`, en: `${words.en} (${detail})` } : words };
}

/** The base records the day a trainee reported: by the deadline, not in the future, not before the results. */
export function recordArrival(round: RecruitmentRound, place: AdmittedPlace, reportedOn: LocalDate, now: Date): ReportingOutcome {
  if (place.outcome !== null) return refuse('ALREADY_RECORDED');
  if (!isValidLocalDate(reportedOn)) return refuse('DATE_INVALID', reportedOn);
  if (reportedOn > beijingDateOf(now)) return refuse('DATE_IN_FUTURE', reportedOn);
  if (round.admission.resultsVisibleAt && reportedOn < beijingDateOf(round.admission.resultsVisibleAt)) {
    return refuse('BEFORE_RESULTS', formatBeijing(round.admission.resultsVisibleAt));
  }
  if (round.reportingDeadline && reportedOn > lastDayOf({ opensAt: round.reportingDeadline, closesAt: round.reportingDeadline })) {
    return refuse('AFTER_DEADLINE', formatBeijing(round.reportingDeadline));
  }
  return { ok: true, place: { ...place, outcome: { kind: 'REPORTED', reportedOn } } };
}

/** The base records that a trainee will not come, with the reason the summary shows. */
export function recordNoShow(place: AdmittedPlace, reason: string, now: Date): ReportingOutcome {
  if (place.outcome !== null) return refuse('ALREADY_RECORDED');
  if (reason.trim() === '') return refuse('REASON_REQUIRED');
  return { ok: true, place: { ...place, outcome: { kind: 'NO_SHOW', reason: reason.trim(), recordedOn: beijingDateOf(now), byDeadline: false } } };
}

export const NOT_REPORTED_BY_DEADLINE = '未在规定时间内报到';

/** The ban event a no-show is: NO_SHOW, or ADJUSTED_NO_SHOW for a place given by adjustment. */
export function noShowEvent(round: RecruitmentRound, place: AdmittedPlace, occurredOn: LocalDate): BanEvent {
  return {
    idNumber: place.idNumber,
    kind: place.admittedBy === 'ADJUSTMENT' ? 'ADJUSTED_NO_SHOW' : 'NO_SHOW',
    occurredOn,
    round: { code: round.code, year: round.year, jurisdiction: round.jurisdiction },
  };
}

export interface ReportingClosure {
  places: AdmittedPlace[];
  /** Every no-show of the round (marked now or earlier by the base) with what the policy makes of it. */
  noShows: Array<{ place: AdmittedPlace; event: BanEvent; consequence: BanConsequence }>;
}

/**
 * The deadline sweep: at or after the reporting deadline, everyone without an outcome becomes a no-show
 * ("未在规定时间内报到"); every no-show of the round gets the policy's consequence (place cancelled, ban).
 */
export function closeReporting(
  round: RecruitmentRound,
  places: readonly AdmittedPlace[],
  policy: EligibilityPolicy,
  now: Date,
): { ok: true; closure: ReportingClosure } | { ok: false; code: ReportingProblemCode; message: Bilingual } {
  if (round.reportingDeadline === null) return { ok: false, code: 'NO_DEADLINE', message: WORDS.NO_DEADLINE };
  if (now.getTime() < round.reportingDeadline.getTime()) return { ok: false, code: 'DEADLINE_NOT_PASSED', message: WORDS.DEADLINE_NOT_PASSED };
  const today = beijingDateOf(now);
  const closed = places.map((place): AdmittedPlace =>
    place.outcome === null ? { ...place, outcome: { kind: 'NO_SHOW', reason: NOT_REPORTED_BY_DEADLINE, recordedOn: today, byDeadline: true } } : place,
  );
  const reference = { id: policy.id, version: policy.version };
  const noShows = closed
    .filter((place) => place.outcome?.kind === 'NO_SHOW')
    .map((place) => {
      const occurredOn = place.outcome?.kind === 'NO_SHOW' ? place.outcome.recordedOn : today;
      const event = noShowEvent(round, place, occurredOn);
      return { place, event, consequence: banConsequence(event, policy.bans, reference) };
    });
  return { ok: true, closure: { places: closed, noShows } };
}

// ---------- RC-9: the bases' return ----------

export interface ReturnRow {
  base: string;
  applicationId: number;
  name: string;
  applicantType: string;
  /** 已报到 / 未报到 / 待报到 */
  status: string;
  reportedOn: LocalDate | null;
  reason: string | null;
}

export interface ReturnTotals {
  base: string;
  admitted: number;
  reported: number;
  noShows: number;
  pending: number;
}

/** 培训对象汇总表（含未报到名单及原因）: one row per admitted trainee, by base then name, and totals per base. */
export function returnSummary(places: readonly AdmittedPlace[]): { rows: ReturnRow[]; totals: ReturnTotals[] } {
  const sorted = [...places].sort((a, b) => a.base.localeCompare(b.base, 'zh') || a.name.localeCompare(b.name, 'zh') || a.applicationId - b.applicationId);
  const rows = sorted.map((place): ReturnRow => {
    const outcome = place.outcome;
    return {
      base: place.base,
      applicationId: place.applicationId,
      name: place.name,
      applicantType: APPLICANT_TYPE_LABELS[place.applicantType],
      status: outcome === null ? '待报到' : outcome.kind === 'REPORTED' ? '已报到' : '未报到',
      reportedOn: outcome?.kind === 'REPORTED' ? outcome.reportedOn : null,
      reason: outcome?.kind === 'NO_SHOW' ? outcome.reason : null,
    };
  });
  const totals = new Map<string, ReturnTotals>();
  for (const place of sorted) {
    const total = totals.get(place.base) ?? { base: place.base, admitted: 0, reported: 0, noShows: 0, pending: 0 };
    total.admitted += 1;
    if (place.outcome === null) total.pending += 1;
    else if (place.outcome.kind === 'REPORTED') total.reported += 1;
    else total.noShows += 1;
    totals.set(place.base, total);
  }
  return { rows, totals: [...totals.values()] };
}

/** RC-9: a base's return submitted at `submittedAt` is late when the round has a return deadline and it has passed. */
export function isReturnLate(round: RecruitmentRound, submittedAt: Date): boolean {
  return round.returnDeadline !== null && submittedAt.getTime() >= round.returnDeadline.getTime();
}

export interface TraineeStart {
  base: string;
  applicantType: ApplicantType;
  /** The day reported: the start of the training years (实际报到情况作为培训年限起始认定的依据). */
  trainingStartDate: LocalDate;
  /** The year training started, as rosters write a cohort. */
  cohort: string;
  /** The last day of the two training years, the expected end of rotation. */
  expectedRotationEndDate: LocalDate;
}

/** RC-9: what the trainee record gets from a report; null for anyone who has not reported. */
export function traineeStartOf(place: AdmittedPlace): TraineeStart | null {
  if (place.outcome?.kind !== 'REPORTED') return null;
  const start = place.outcome.reportedOn;
  return {
    base: place.base,
    applicantType: place.applicantType,
    trainingStartDate: start,
    cohort: start.slice(0, 4),
    expectedRotationEndDate: addDays(anniversary(start, ASSISTANT_GP_TRAINING_YEARS), -1),
  };
}
