import { LocalDate } from '@app/common/time';
import type { NoticeFacts } from '@app/notifications';
import { RetrainingTimeline } from './retraining.rules';

export type ThreeYearLimitNoticeFacts = NoticeFacts['THREE_YEAR_LIMIT_APPROACHING'];

/**
 * SC-7: the last allowed years (R+2, FA-3) whose limit, 31 December, falls between today and the horizon
 * (both included): the trainees who ended rotation two years before one of them may be due a notice.
 */
export function limitYearsWithin(today: LocalDate, horizon: LocalDate): number[] {
  const years: number[] = [];
  for (let year = Number(today.slice(0, 4)); year <= Number(horizon.slice(0, 4)); year += 1) {
    const limit = `${year}-12-31`;
    if (limit >= today && limit <= horizon) years.push(year);
  }
  return years;
}

/**
 * SC-7 / FA-3: a trainee is told the three-year limit ahead of time when it falls within the notice period and
 * a subject is still to pass with a sitting still open: not once the assessment is complete, and not when the
 * last chance is already used (retraining required is FA-3's refusal, not a warning). The facts say what
 * remains and by when.
 */
export function threeYearLimitNotice(timeline: RetrainingTimeline, today: LocalDate, horizon: LocalDate): ThreeYearLimitNoticeFacts | null {
  if (timeline.state !== 'IN_TIME' && timeline.state !== 'LAST_YEAR') return null;
  if (timeline.remainingSubjects.length === 0 || timeline.remainingYears.length === 0) return null;
  if (timeline.deadline < today || timeline.deadline > horizon) return null;
  return {
    rotationEndYear: timeline.rotationEndYear,
    lastAllowedYear: timeline.lastAllowedYear,
    deadline: timeline.deadline,
    remainingSubjects: [...timeline.remainingSubjects],
    remainingYears: [...timeline.remainingYears],
  };
}
