import { SUBJECTS, SubjectAttempt } from '@app/assessment/rules';
import { certificateEligibility } from '../rules/certificate.rules';
import { retrainingTimeline } from '../rules/retraining.rules';
import { standingFacts } from '../rules/standing.rules';
import { certificateEligibleOfStanding, clip, retrainingStateOfStanding, rotationCompletedBy, StoredStanding, subjectValidity } from './standing-read.rules';

const attempt = (subject: SubjectAttempt['subject'], year: number, outcome: SubjectAttempt['outcome'] = 'PASSED', voided = false): SubjectAttempt => ({
  subject,
  year,
  outcome,
  voided,
});

/** Deterministic generator, so a failing history can be reproduced from its index. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function storedOf(attempts: SubjectAttempt[], rotationEndDate: string, today: string): StoredStanding {
  const todayYear = Number(today.slice(0, 4));
  const facts = standingFacts(attempts, todayYear);
  return {
    rotationEndDate,
    theoryPassYear: facts.theoryPassYear,
    skillsPassYear: facts.skillsPassYear,
    completed: facts.completedTheoryYear !== null,
    satThisYear: SUBJECTS.filter((subject) => attempts.some((a) => a.subject === subject && a.year === todayYear)),
  };
}

describe('rotationCompletedBy', () => {
  it('SC-6 rotation is complete from its end date on, not before', () => {
    expect(rotationCompletedBy('2024-06-30', '2024-06-29')).toBe(false);
    expect(rotationCompletedBy('2024-06-30', '2024-06-30')).toBe(true);
    expect(rotationCompletedBy('2024-06-30', '2025-01-01')).toBe(true);
  });

  it('SC-6 a missing or impossible end date is never complete', () => {
    expect(rotationCompletedBy(null, '2025-01-01')).toBe(false);
    expect(rotationCompletedBy('2024-02-30', '2025-01-01')).toBe(false);
  });
});

describe('subjectValidity', () => {
  it('SC-3 a pass of 2023 is valid through 2025-12-31 and not on 2026-01-01', () => {
    const attempts = [attempt('THEORY', 2023), attempt('SKILLS', 2023, 'FAILED')];
    expect(subjectValidity(attempts, '2025-12-31')).toEqual([
      { subject: 'THEORY', passYear: 2023, validUntil: '2025-12-31', validToday: true },
      { subject: 'SKILLS', passYear: null, validUntil: null, validToday: false },
    ]);
    expect(subjectValidity(attempts, '2026-01-01')[0]).toEqual({ subject: 'THEORY', passYear: 2023, validUntil: '2025-12-31', validToday: false });
  });

  it('SC-3 the latest non-voided pass counts; a voided later pass does not', () => {
    const attempts = [attempt('SKILLS', 2022), attempt('SKILLS', 2024, 'PASSED', true)];
    expect(subjectValidity(attempts, '2024-08-01')[1]).toEqual({ subject: 'SKILLS', passYear: 2022, validUntil: '2024-12-31', validToday: true });
  });
});

describe('retrainingStateOfStanding', () => {
  it('FA-3 R+2 with the remaining subject not yet sat this year is the last year; sat and failed, retraining', () => {
    const base = { rotationEndDate: '2023-06-30', theoryPassYear: 2023, skillsPassYear: null, completed: false };
    expect(retrainingStateOfStanding({ ...base, satThisYear: [] }, '2025-03-01')).toBe('LAST_YEAR');
    expect(retrainingStateOfStanding({ ...base, satThisYear: ['SKILLS'] }, '2025-09-01')).toBe('RETRAINING_REQUIRED');
    // sitting a subject that is still validly passed does not use up the year
    expect(retrainingStateOfStanding({ ...base, satThisYear: ['THEORY'] }, '2025-09-01')).toBe('LAST_YEAR');
  });

  it('SC-7 equals retrainingTimeline on 4000 generated histories', () => {
    const random = generator(20_240_301);
    const outcomes: SubjectAttempt['outcome'][] = ['PASSED', 'FAILED', 'ABSENT'];
    for (let index = 0; index < 4000; index += 1) {
      const rotationEndYear = 2018 + Math.floor(random() * 8);
      const todayYear = rotationEndYear - 1 + Math.floor(random() * 6);
      const attempts: SubjectAttempt[] = [];
      for (let year = rotationEndYear; year <= todayYear; year += 1) {
        for (const subject of SUBJECTS) {
          if (random() < 0.5) attempts.push(attempt(subject, year, outcomes[Math.floor(random() * 3)], random() < 0.15));
        }
      }
      const rotationEndDate = `${rotationEndYear}-06-30`;
      const today = `${todayYear}-0${1 + Math.floor(random() * 9)}-15`;
      const expected = retrainingTimeline({ rotationEndDate, attempts, today }).state;
      const actual = retrainingStateOfStanding(storedOf(attempts, rotationEndDate, today), today);
      if (actual !== expected) throw new Error(`history ${index}: ${JSON.stringify({ rotationEndDate, today, attempts })} → ${actual}, rule says ${expected}`);
    }
  });
});

describe('certificateEligibleOfStanding', () => {
  it('SC-6 equals certificateEligibility on 4000 generated cases', () => {
    const random = generator(6);
    for (let index = 0; index < 4000; index += 1) {
      const todayYear = 2020 + Math.floor(random() * 6);
      const attempts: SubjectAttempt[] = [];
      for (let year = todayYear - 5; year <= todayYear; year += 1) {
        for (const subject of SUBJECTS) if (random() < 0.3) attempts.push(attempt(subject, year, random() < 0.6 ? 'PASSED' : 'FAILED', random() < 0.1));
      }
      const today = `${todayYear}-07-01`;
      const rotationEndDate = `${todayYear - Math.floor(random() * 3)}-0${5 + Math.floor(random() * 4)}-30`;
      const processAssessmentPassed = random() < 0.8;
      const photoConsistent = random() < 0.8;
      const rotationCompleted = rotationCompletedBy(rotationEndDate, today);
      const expected = certificateEligibility({ attempts, rotationCompleted, rotationEndDate, processAssessmentPassed, photoConsistent, today }).eligible;
      const stored = storedOf(attempts, rotationEndDate, today);
      const actual = certificateEligibleOfStanding({ completed: stored.completed, rotationEndDate, processAssessmentPassed, photoConsistent }, today);
      if (actual !== expected) throw new Error(`case ${index}: ${JSON.stringify({ attempts, rotationEndDate, today, processAssessmentPassed, photoConsistent })}`);
    }
  });
});

describe('clip', () => {
  it('keeps short text and cuts long text by characters, not bytes', () => {
    expect(clip('取消本次结业考核结果')).toBe('取消本次结业考核结果');
    const long = '𠮷'.repeat(600);
    const clipped = clip(long);
    expect([...clipped]).toHaveLength(500);
    expect(clipped.endsWith('…')).toBe(true);
  });
});
