import { addDays, beijingDateOf, isValidLocalDate } from '@app/common/time';
import { normaliseIdNumber } from '@app/common/identity-document';
import { anniversary } from '../calendar';
import { JURISDICTION_INFO, RoundReference } from '../jurisdiction';
import { ActiveBan, BAN_EVENT_LABELS, BanConsequence, BanEvent, BanHistory, BanRecord, BanRule } from './ban.types';

/**
 * RC-8: bans as data. A policy lists, per event, whether the place goes and how long later sign-ups are barred;
 * recording an event copies the rule into a BanRecord; at sign-up every record of the applicant's ID number, from
 * any round and jurisdiction, is checked against the round applied for.
 */

function termWords(record: Pick<BanRecord, 'term' | 'round'>): { zh: string; en: string } {
  switch (record.term.kind) {
    case 'YEARS':
      return { zh: `${record.term.years}年内不得报名`, en: `no sign-up for ${record.term.years} years` };
    case 'NEXT_YEAR':
      return { zh: `取消${record.round.year + 1}年度报名资格`, en: `no sign-up in ${record.round.year + 1}` };
  }
}

function scopeWords(record: BanRecord): { zh: string; en: string } {
  const issuer = JURISDICTION_INFO[record.round.jurisdiction].name;
  return record.scope === 'ISSUING_JURISDICTION'
    ? { zh: `（限${issuer.zh}）`, en: ` (in ${issuer.en} only)` }
    : { zh: '（各地均适用）', en: ' (everywhere)' };
}

/** What `rules` (one policy's bans) make of an event: the place cancelled or not, and the ban to record, if any. */
export function banConsequence(event: BanEvent, rules: readonly BanRule[], policy: { id: string; version: string }): BanConsequence {
  if (!isValidLocalDate(event.occurredOn)) throw new RangeError(`Not a calendar date: ${event.occurredOn}`);
  const what = BAN_EVENT_LABELS[event.kind];
  const rule = rules.find((each) => each.event === event.kind);
  if (rule === undefined) {
    return {
      cancelsPlace: false,
      ban: null,
      explanation: { zh: `${what.zh}：本批次政策未规定取消资格或限制报名`, en: `${what.en}: this round's policy sets no consequence` },
    };
  }
  const ban: BanRecord | null =
    rule.term === null
      ? null
      : {
          idNumber: normaliseIdNumber(event.idNumber),
          kind: event.kind,
          occurredOn: event.occurredOn,
          round: { ...event.round },
          policy: { ...policy },
          term: { ...rule.term },
          scope: rule.scope,
          source: rule.source,
        };
  const zh: string[] = [what.zh];
  const en: string[] = [what.en];
  if (rule.cancelsPlace) {
    zh.push('取消录取资格');
    en.push('the place is cancelled');
  }
  if (ban) {
    zh.push(`${termWords(ban).zh}${scopeWords(ban).zh}`);
    en.push(`${termWords(ban).en}${scopeWords(ban).en}`);
  }
  if (!rule.cancelsPlace && !ban) {
    zh.push('无其他后果');
    en.push('no further consequence');
  }
  return { cancelsPlace: rule.cancelsPlace, ban, explanation: { zh: `${zh.join('，')}（${rule.source}）`, en: en.join('; ') } };
}

function inScope(record: BanRecord, round: RoundReference): boolean {
  return record.scope === 'EVERY_JURISDICTION' || record.round.jurisdiction === round.jurisdiction;
}

/**
 * The bans that bar `history.idNumber` from signing up to `round` at `at`: records of other ID numbers are
 * ignored; a YEARS ban holds from its day until the day before its anniversary; a NEXT_YEAR ban holds for every
 * round of the following year. Each comes with its reason in words.
 */
export function activeBans(history: BanHistory, round: RoundReference, at: Date): ActiveBan[] {
  const idNumber = normaliseIdNumber(history.idNumber);
  const today = beijingDateOf(at);
  const active: ActiveBan[] = [];
  for (const record of history.records) {
    if (normaliseIdNumber(record.idNumber) !== idNumber || !inScope(record, round)) continue;
    const what = BAN_EVENT_LABELS[record.kind];
    const where = JURISDICTION_INFO[record.round.jurisdiction].name;
    const origin = {
      zh: `${record.occurredOn} 在${where.zh}${record.round.code}批次${what.zh}`,
      en: `${what.en} in round ${record.round.code} (${where.en}) on ${record.occurredOn}`,
    };
    switch (record.term.kind) {
      case 'YEARS': {
        const ends = anniversary(record.occurredOn, record.term.years);
        if (record.occurredOn <= today && today < ends) {
          const lastDay = addDays(ends, -1);
          active.push({
            record,
            lastDay,
            year: null,
            explanation: {
              zh: `${origin.zh}，${termWords(record).zh}${scopeWords(record).zh}，至 ${lastDay}（${record.source}）：不符合`,
              en: `${origin.en}: ${termWords(record).en}${scopeWords(record).en}, through ${lastDay}: not eligible`,
            },
          });
        }
        break;
      }
      case 'NEXT_YEAR': {
        const year = record.round.year + 1;
        if (round.year === year) {
          active.push({
            record,
            lastDay: null,
            year,
            explanation: {
              zh: `${origin.zh}，${termWords(record).zh}${scopeWords(record).zh}（${record.source}）：不符合`,
              en: `${origin.en}: ${termWords(record).en}${scopeWords(record).en}: not eligible`,
            },
          });
        }
        break;
      }
    }
  }
  // Oldest first, so a list of bans reads as a history.
  return active.sort((a, b) => a.record.occurredOn.localeCompare(b.record.occurredOn) || a.record.round.code.localeCompare(b.record.round.code));
}
