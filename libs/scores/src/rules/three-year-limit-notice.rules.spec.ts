import { SubjectAttempt } from '@app/assessment/rules';
import { retrainingTimeline } from './retraining.rules';
import { limitYearsWithin, threeYearLimitNotice } from './three-year-limit-notice.rules';

const attempt = (subject: SubjectAttempt['subject'], year: number, outcome: SubjectAttempt['outcome'] = 'PASSED'): SubjectAttempt => ({ subject, year, outcome, voided: false });

/** Rotation ended in 2022 (R): the limit is 2024-12-31. */
function notice(today: string, horizon: string, attempts: SubjectAttempt[] = [], rotationEndDate = '2022-06-30') {
  return threeYearLimitNotice(retrainingTimeline({ rotationEndDate, attempts, today }), today, horizon);
}

describe('SC-7 which limits fall within the notice period', () => {
  it('SC-7 the limit of R+2 is 31 December: in the period when both ends allow it, both included', () => {
    expect(limitYearsWithin('2024-01-01', '2024-12-31')).toEqual([2024]);
    expect(limitYearsWithin('2024-01-01', '2024-12-30')).toEqual([]);
    expect(limitYearsWithin('2024-12-31', '2025-12-31')).toEqual([2024, 2025]);
    expect(limitYearsWithin('2024-10-02', '2024-12-31')).toEqual([2024]);
    expect(limitYearsWithin('2024-03-01', '2026-03-01')).toEqual([2024, 2025]);
  });
});

describe('SC-7 / FA-3 threeYearLimitNotice: who is told, and what', () => {
  it('SC-7 with the default 365 days, a trainee in the last year with nothing passed is told on 1 January of R+2: both subjects, one year left', () => {
    expect(notice('2024-01-01', '2024-12-31')).toEqual({ rotationEndYear: 2022, lastAllowedYear: 2024, deadline: '2024-12-31', remainingSubjects: ['THEORY', 'SKILLS'], remainingYears: [2024] });
  });

  it('SC-7 not yet while the limit lies beyond the period', () => {
    expect(notice('2023-06-01', '2024-06-01')).toBeNull();
  });

  it('SC-7 a longer period reaches R+1: two years left are said', () => {
    expect(notice('2023-01-02', '2025-01-01', [attempt('THEORY', 2022)])).toMatchObject({ remainingSubjects: ['SKILLS'], remainingYears: [2023, 2024] });
  });

  it('SC-7 nobody is told whose assessment is complete (both subjects passed and valid together)', () => {
    expect(notice('2024-01-01', '2024-12-31', [attempt('THEORY', 2022), attempt('SKILLS', 2023)])).toBeNull();
  });

  it('FA-3 nobody is warned whose last chance is used up: retraining required is a refusal, not a notice', () => {
    const failedLastYear = [attempt('THEORY', 2024, 'FAILED'), attempt('SKILLS', 2024, 'FAILED')];
    expect(notice('2024-08-01', '2025-08-01', failedLastYear)).toBeNull();
    expect(notice('2025-01-01', '2025-12-31')).toBeNull();
  });

  it('SC-7 a limit already past (today after 31 December of R+2) is not approaching', () => {
    expect(threeYearLimitNotice(retrainingTimeline({ rotationEndDate: '2022-06-30', attempts: [], today: '2024-12-31' }), '2025-01-01', '2025-12-31')).toBeNull();
  });
});
