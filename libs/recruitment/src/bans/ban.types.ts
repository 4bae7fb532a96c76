import type { Bilingual } from '@app/assessment/rules';
import type { LocalDate } from '@app/common/time';
import type { RoundReference } from '../jurisdiction';

/**
 * RC-8 (and RC-7's "may not apply next year"): what an applicant did that a policy answers with a cancelled place
 * and/or a ban on later sign-ups.
 * - FALSE_INFORMATION: 弄虚作假, found at any time;
 * - WITHDREW_AFTER_ADMISSION: 已录取的培训对象因个人原因退出培训;
 * - NO_SHOW: admitted by a choice, did not report to the base by the deadline (未在规定时间内报到);
 * - ADJUSTED_NO_SHOW: admitted by adjustment, did not report (调剂成功但未按时报到).
 */
export type BanEventKind = 'FALSE_INFORMATION' | 'WITHDREW_AFTER_ADMISSION' | 'NO_SHOW' | 'ADJUSTED_NO_SHOW';

export const BAN_EVENT_KINDS: readonly BanEventKind[] = ['FALSE_INFORMATION', 'WITHDREW_AFTER_ADMISSION', 'NO_SHOW', 'ADJUSTED_NO_SHOW'];

export const BAN_EVENT_LABELS: Readonly<Record<BanEventKind, Bilingual>> = {
  FALSE_INFORMATION: { zh: '提供虚假信息', en: 'false information' },
  WITHDREW_AFTER_ADMISSION: { zh: '录取后因个人原因退出培训', en: 'withdrew after admission for personal reasons' },
  NO_SHOW: { zh: '录取后未按时报到', en: 'admitted but did not report on time' },
  ADJUSTED_NO_SHOW: { zh: '调剂录取后未按时报到', en: 'admitted by adjustment but did not report on time' },
};

/**
 * How long a ban lasts:
 * - YEARS: from the day of the event until its anniversary `years` later (exclusive): "2年内不得报名";
 * - NEXT_YEAR: every round of the following recruitment year, whatever its dates: "取消下一年度…报名资格".
 */
export type BanTerm = { kind: 'YEARS'; years: number } | { kind: 'NEXT_YEAR' };

/**
 * Where a ban bites: only in rounds of the jurisdiction whose round imposed it ("我省", Fujian), or in every
 * jurisdiction on the platform (a notice that names no place).
 */
export type BanScope = 'ISSUING_JURISDICTION' | 'EVERY_JURISDICTION';

/** One consequence a policy attaches to an event, as its notice words it. */
export interface BanRule {
  event: BanEventKind;
  /** The place of this round is cancelled (取消录取资格). */
  cancelsPlace: boolean;
  /** null: the place goes, no later sign-up is barred. */
  term: BanTerm | null;
  scope: BanScope;
  /** The notice's words, shown with every ban it causes. */
  source: string;
}

/** Something an applicant did in a round, keyed by their ID number (normalised as libs/common does). */
export interface BanEvent {
  idNumber: string;
  kind: BanEventKind;
  /** The Beijing date it was decided or recorded. */
  occurredOn: LocalDate;
  round: RoundReference;
}

/**
 * A ban as stored when the event is recorded: the issuing policy's rule is copied in, so a later change to that
 * policy does not rewrite bans already imposed.
 */
export interface BanRecord extends BanEvent {
  policy: { id: string; version: string };
  term: BanTerm;
  scope: BanScope;
  source: string;
}

/** Every ban record found for one ID number, across rounds and jurisdictions. */
export interface BanHistory {
  idNumber: string;
  records: readonly BanRecord[];
}

export interface ActiveBan {
  record: BanRecord;
  /** YEARS: the last day the ban holds; NEXT_YEAR: null (it holds for the whole year). */
  lastDay: LocalDate | null;
  /** NEXT_YEAR: the recruitment year it bars; YEARS: null. */
  year: number | null;
  explanation: Bilingual;
}

export interface BanConsequence {
  cancelsPlace: boolean;
  /** The record to store, or null when the policy bars no later sign-up for this event. */
  ban: BanRecord | null;
  explanation: Bilingual;
}
