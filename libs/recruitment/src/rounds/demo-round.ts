import { addDays, beijingToInstant, isValidLocalDate, LocalDate, TimeWindow } from '@app/common/time';
import { REVIEW_LEVELS, ReviewLevel } from '../review';
import { AssessmentSchedule, RecruitmentRound } from './round.types';

/** Days from `today`: sign-up is open now; reviews, admission, reporting and returns follow within ten weeks. */
const DEMO_DAYS = {
  signup: [0, 14],
  review: [0, 21],
  admission: [22, 29],
  assessments: { FIRST: [22, 24], SECOND: [24, 26], ADJUSTMENT: [26, 28] },
  reporting: 60,
  returns: 69,
} as const;

/** The round the demo round copies: Fujian 2025. */
export const DEMO_ROUND_REFERENCE = 'FJ-2025';

/** The demo round's code for the day it opens. */
export const demoRoundCode = (today: LocalDate): string => `DEMO-RC-${today}`;

/**
 * A copy of a reference round whose sign-up window is open on `today` (from 00:00 Beijing), so the demo can be
 * tried at once. Everything the reference leaves without a date gets one; its plan, policy, chain, ranking,
 * admission rule and documents are kept, so the demo behaves as that jurisdiction's rounds do.
 */
export function demoRound(today: LocalDate, reference: RecruitmentRound): RecruitmentRound {
  if (!isValidLocalDate(today)) throw new RangeError(`Not a calendar date: ${today}`);
  const day = (offset: number) => beijingToInstant(addDays(today, offset));
  const window = ([from, to]: readonly [number, number]): TimeWindow => ({ opensAt: day(from), closesAt: day(to) });
  const year = Number(today.slice(0, 4));

  const reviewWindows: Partial<Record<ReviewLevel, TimeWindow | null>> = {};
  for (const level of REVIEW_LEVELS) {
    if (Object.prototype.hasOwnProperty.call(reference.reviewWindows, level)) reviewWindows[level] = window(DEMO_DAYS.review);
  }
  const ranking: RecruitmentRound['ranking'] =
    reference.ranking.kind === 'CENTRE_RANKING'
      ? { kind: 'CENTRE_RANKING' }
      : {
          kind: 'BASE_ASSESSMENT',
          rounds: reference.ranking.rounds.map((schedule): AssessmentSchedule => {
            const [from, to] = DEMO_DAYS.assessments[schedule.round];
            return { round: schedule.round, assessment: window([from, to - 1]), resultsVisibleAt: day(to) };
          }),
        };
  return {
    ...reference,
    code: demoRoundCode(today),
    name: `演示招录批次（报名开放中）${year}`,
    year,
    signupWindow: window(DEMO_DAYS.signup),
    reviewWindows,
    admission: { window: window(DEMO_DAYS.admission), resultsVisibleAt: day(DEMO_DAYS.admission[1]) },
    reportingDeadline: day(DEMO_DAYS.reporting),
    returnDeadline: day(DEMO_DAYS.returns),
    ranking,
    notes: [`A demo copy of ${reference.code}, open from ${today}.`],
  };
}
