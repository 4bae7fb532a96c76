import { SubjectAttempt } from '@app/assessment/rules';
import { RetrainingInput, retrainingTimeline } from './retraining.rules';

const attempt = (
  subject: SubjectAttempt['subject'],
  year: number,
  outcome: SubjectAttempt['outcome'] = 'PASSED',
  voided = false,
): SubjectAttempt => ({ subject, year, outcome, voided });

/** Rotation ended in 2022 (R), so the assessment may be sat in 2022, 2023 and 2024. */
function input(overrides: Partial<RetrainingInput> = {}): RetrainingInput {
  return { rotationEndDate: '2022-06-30', attempts: [], today: '2022-07-01', ...overrides };
}

describe('retrainingTimeline: the years', () => {
  it('FA-3 in R with nothing sat: three years left, both subjects, deadline 31 Dec of R+2', () => {
    const timeline = retrainingTimeline(input());
    expect(timeline).toMatchObject({
      rotationEndYear: 2022,
      lastAllowedYear: 2024,
      deadline: '2024-12-31',
      remainingYears: [2022, 2023, 2024],
      yearsLeft: 3,
      remainingSubjects: ['THEORY', 'SKILLS'],
      state: 'IN_TIME',
    });
    expect(timeline.explanation).toEqual({
      zh: '2022 年结束轮转，须在 2022–2024 年（至 2024-12-31）内通过结业考核；尚需通过：专业理论考试、临床实践技能考核；还可参加 2022 年、2023 年、2024 年的考核（共 3 次，每年一次、不设补考）',
      en: 'rotation ended in 2022, so the assessment must be passed in 2022–2024 (by 2024-12-31); still to pass: THEORY, SKILLS; the assessment can still be sat in 2022, 2023, 2024 (3 chances, once a year, no make-up exam)',
    });
  });

  it('FA-3 in R+1 with nothing sat: two years left, in time', () => {
    expect(retrainingTimeline(input({ today: '2023-01-01' }))).toMatchObject({ remainingYears: [2023, 2024], yearsLeft: 2, state: 'IN_TIME' });
  });

  it('FA-3 R+2 is the last year, up to and including 31 December', () => {
    const timeline = retrainingTimeline(input({ today: '2024-12-31' }));
    expect(timeline).toMatchObject({ remainingYears: [2024], yearsLeft: 1, state: 'LAST_YEAR' });
    expect(timeline.explanation.zh).toContain('这是最后一次机会，未通过须自费重新参加培训');
    expect(timeline.explanation.en).toContain('(1 chance, once a year, no make-up exam)');
  });

  it('FA-3 from 1 January of R+3 retraining is required (not passed, absent included)', () => {
    const timeline = retrainingTimeline(input({ today: '2025-01-01' }));
    expect(timeline).toMatchObject({ remainingYears: [], yearsLeft: 0, remainingSubjects: ['THEORY', 'SKILLS'], state: 'RETRAINING_REQUIRED' });
    expect(timeline.explanation.zh).toBe(
      '2022 年结束轮转，须在 2022–2024 年（至 2024-12-31）内通过结业考核；三年内未通过（含未参加）结业考核（尚需通过：专业理论考试、临床实践技能考核），如再次申请结业考核，须自费重新参加培训',
    );
  });

  it('FA-3 long after R+2 it stays retraining required', () => {
    expect(retrainingTimeline(input({ today: '2030-05-01' })).state).toBe('RETRAINING_REQUIRED');
  });

  it('SC-7 shown well ahead: before rotation ends (R-1), all three years are still ahead', () => {
    expect(retrainingTimeline(input({ today: '2021-09-01' }))).toMatchObject({ remainingYears: [2022, 2023, 2024], yearsLeft: 3, state: 'IN_TIME' });
  });

  it('SC-7 rotation ending late in the year still counts that year (R = 2024 for 2024-11-30)', () => {
    expect(retrainingTimeline(input({ rotationEndDate: '2024-11-30', today: '2024-03-01' }))).toMatchObject({
      rotationEndYear: 2024,
      lastAllowedYear: 2026,
      deadline: '2026-12-31',
      yearsLeft: 3,
    });
  });
});

describe('retrainingTimeline: what remains', () => {
  it('SC-7 THEORY passed 2022, SKILLS failed 2022: SKILLS remains, 2023 and 2024 left (this year is used)', () => {
    const timeline = retrainingTimeline(input({ attempts: [attempt('THEORY', 2022), attempt('SKILLS', 2022, 'FAILED')], today: '2022-08-15' }));
    expect(timeline).toMatchObject({ remainingSubjects: ['SKILLS'], remainingYears: [2023, 2024], yearsLeft: 2, state: 'IN_TIME' });
    expect(timeline.explanation.zh).toContain('尚需通过：临床实践技能考核；已通过：专业理论考试 2022 年通过（有效期 2022–2024 年，至 2024-12-31）');
  });

  it('SC-7 SKILLS failed again in 2023: one chance left (2024) already in R+1', () => {
    const attempts = [attempt('THEORY', 2022), attempt('SKILLS', 2022, 'FAILED'), attempt('SKILLS', 2023, 'FAILED')];
    expect(retrainingTimeline(input({ attempts, today: '2023-08-15' }))).toMatchObject({
      remainingSubjects: ['SKILLS'],
      remainingYears: [2024],
      state: 'LAST_YEAR',
    });
  });

  it('FA-3 SKILLS failed in R+2 as well: retraining required already in R+2, no make-up exam', () => {
    const attempts = [
      attempt('THEORY', 2022),
      attempt('SKILLS', 2022, 'FAILED'),
      attempt('SKILLS', 2023, 'FAILED'),
      attempt('SKILLS', 2024, 'FAILED'),
    ];
    expect(retrainingTimeline(input({ attempts, today: '2024-08-15' }))).toMatchObject({
      remainingSubjects: ['SKILLS'],
      yearsLeft: 0,
      state: 'RETRAINING_REQUIRED',
    });
  });

  it('FA-3 absent every year counts like failing', () => {
    const attempts = [2022, 2023, 2024].flatMap((year) => [attempt('THEORY', year, 'ABSENT'), attempt('SKILLS', year, 'ABSENT')]);
    expect(retrainingTimeline(input({ attempts, today: '2024-07-20' })).state).toBe('RETRAINING_REQUIRED');
  });

  it('SC-7 before the R+2 sitting, with two failed years behind, R+2 is the last chance', () => {
    const attempts = [attempt('THEORY', 2022, 'FAILED'), attempt('SKILLS', 2022, 'FAILED'), attempt('THEORY', 2023, 'FAILED'), attempt('SKILLS', 2023, 'FAILED')];
    expect(retrainingTimeline(input({ attempts, today: '2024-02-01' }))).toMatchObject({ remainingYears: [2024], state: 'LAST_YEAR' });
  });

  it('SC-7 the current year is used up only when every remaining subject was sat this year', () => {
    const attempts = [attempt('THEORY', 2023, 'FAILED')];
    expect(retrainingTimeline(input({ attempts, today: '2023-08-01' }))).toMatchObject({
      remainingSubjects: ['THEORY', 'SKILLS'],
      remainingYears: [2023, 2024],
    });
  });

  it('SC-8 a voided pass does not count, and its sitting still used that year', () => {
    const attempts = [attempt('THEORY', 2023, 'PASSED', true), attempt('SKILLS', 2023)];
    const timeline = retrainingTimeline(input({ attempts, today: '2023-09-01' }));
    expect(timeline).toMatchObject({ remainingSubjects: ['THEORY'], remainingYears: [2024], state: 'LAST_YEAR' });
  });

  it('SC-6 THEORY 2021 + SKILLS 2024 do not complete: THEORY (expired end of 2023) is due again in R+2', () => {
    const attempts = [attempt('THEORY', 2021), attempt('SKILLS', 2024)];
    const timeline = retrainingTimeline(input({ attempts, today: '2024-08-01' }));
    expect(timeline).toMatchObject({ remainingSubjects: ['THEORY'], remainingYears: [2024], state: 'LAST_YEAR' });
    expect(timeline.explanation.en).toContain('already passed: SKILLS passed in 2024 (valid 2024–2026, through 2026-12-31)');
  });
});

describe('retrainingTimeline: completed', () => {
  it('SC-6 THEORY 2022 + SKILLS 2024 (valid together in 2024): certificate ready, nothing remains', () => {
    const timeline = retrainingTimeline(input({ attempts: [attempt('THEORY', 2022), attempt('SKILLS', 2024)], today: '2024-08-01' }));
    expect(timeline).toMatchObject({ remainingSubjects: [], state: 'CERTIFICATE_READY', remainingYears: [2024] });
    expect(timeline.explanation.zh).toBe(
      '结业考核已完成：专业理论考试 2022 年通过（有效期 2022–2024 年，至 2024-12-31），临床实践技能考核 2024 年通过（有效期 2024–2026 年，至 2026-12-31），两科在 2024 年同时有效，不受三年期限影响',
    );
  });

  it('FA-3 a completed assessment is never turned into retraining after R+2', () => {
    const timeline = retrainingTimeline(input({ attempts: [attempt('THEORY', 2022), attempt('SKILLS', 2023)], today: '2027-01-01' }));
    expect(timeline).toMatchObject({ state: 'CERTIFICATE_READY', remainingSubjects: [], yearsLeft: 0 });
  });

  it('SC-8 a voided SKILLS pass undoes completion', () => {
    const timeline = retrainingTimeline(
      input({ attempts: [attempt('THEORY', 2022), attempt('SKILLS', 2022, 'PASSED', true)], today: '2023-01-10' }),
    );
    expect(timeline).toMatchObject({ state: 'IN_TIME', remainingSubjects: ['SKILLS'], remainingYears: [2023, 2024] });
  });
});

describe('retrainingTimeline: bad input', () => {
  it.each(['', '2022-02-30', '2022/06/30'])('FA-3 rotation end date %j throws RangeError', (rotationEndDate) => {
    expect(() => retrainingTimeline(input({ rotationEndDate }))).toThrow(RangeError);
  });

  it('FA-3 an invalid today throws RangeError', () => {
    expect(() => retrainingTimeline(input({ today: 'now' }))).toThrow(RangeError);
  });
});
