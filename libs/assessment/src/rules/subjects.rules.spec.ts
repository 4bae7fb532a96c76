import { SUBJECTS, SUBJECT_LABELS, SubjectAttempt } from './subject';
import { sameYearOverlap, subjectRequestProblems, subjectStanding, validThroughYear } from './subjects.rules';

const attempt = (
  subject: SubjectAttempt['subject'],
  year: number,
  outcome: SubjectAttempt['outcome'],
  voided = false,
): SubjectAttempt => ({ subject, year, outcome, voided });

describe('subjects', () => {
  it('FA-4 SUBJECTS lists theory then skills, with Chinese labels from the notice', () => {
    expect(SUBJECTS).toEqual(['THEORY', 'SKILLS']);
    expect(SUBJECT_LABELS.THEORY.zh).toBe('专业理论考试');
    expect(SUBJECT_LABELS.SKILLS.zh).toBe('临床实践技能考核');
  });
});

describe('validThroughYear', () => {
  it.each([
    [2021, 2023],
    [2023, 2025],
    [2024, 2026],
  ])('SC-3 a pass in %i is valid through the end of %i (three years including the exam year)', (year, through) => {
    expect(validThroughYear(year)).toBe(through);
  });
});

describe('subjectStanding', () => {
  it('FA-4 no history: first time, both subjects needed', () => {
    expect(subjectStanding([], 2024)).toEqual({ firstTime: true, validPasses: [], needed: ['THEORY', 'SKILLS'] });
  });

  it('FA-4 a failed attempt in an earlier year makes a retaker', () => {
    const standing = subjectStanding([attempt('SKILLS', 2023, 'FAILED')], 2024);
    expect(standing.firstTime).toBe(false);
    expect(standing.needed).toEqual(['THEORY', 'SKILLS']);
  });

  it('FA-4 an absence in an earlier year also makes a retaker', () => {
    expect(subjectStanding([attempt('THEORY', 2023, 'ABSENT')], 2024).firstTime).toBe(false);
  });

  it('FA-4 attempts in the session year itself do not make a retaker', () => {
    expect(subjectStanding([attempt('THEORY', 2024, 'FAILED')], 2024).firstTime).toBe(true);
  });

  it('SC-3 THEORY passed 2023 is valid in 2024, so only SKILLS is needed', () => {
    const standing = subjectStanding([attempt('THEORY', 2023, 'PASSED'), attempt('SKILLS', 2023, 'FAILED')], 2024);
    expect(standing).toEqual({
      firstTime: false,
      validPasses: [{ subject: 'THEORY', year: 2023, validThroughYear: 2025 }],
      needed: ['SKILLS'],
    });
  });

  it('SC-3 THEORY passed 2022 is still valid in 2024 (Y+2)', () => {
    expect(subjectStanding([attempt('THEORY', 2022, 'PASSED')], 2024).needed).toEqual(['SKILLS']);
  });

  it('SC-3 THEORY passed 2021 expired after 2023, so it is needed again in 2024', () => {
    const standing = subjectStanding([attempt('THEORY', 2021, 'PASSED')], 2024);
    expect(standing.validPasses).toEqual([]);
    expect(standing.needed).toEqual(['THEORY', 'SKILLS']);
  });

  it('SC-8 a voided pass does not count, and a voided attempt alone does not make a retaker', () => {
    const standing = subjectStanding([attempt('THEORY', 2023, 'PASSED', true)], 2024);
    expect(standing).toEqual({ firstTime: true, validPasses: [], needed: ['THEORY', 'SKILLS'] });
  });

  it('SC-3 of several valid passes the latest is reported', () => {
    const standing = subjectStanding([attempt('SKILLS', 2022, 'PASSED'), attempt('SKILLS', 2023, 'PASSED')], 2024);
    expect(standing.validPasses).toEqual([{ subject: 'SKILLS', year: 2023, validThroughYear: 2025 }]);
  });

  it('SC-3 a pass from a later year than the session is ignored', () => {
    expect(subjectStanding([attempt('THEORY', 2025, 'PASSED')], 2024).needed).toEqual(['THEORY', 'SKILLS']);
  });

  it('SC-6 both subjects valid: nothing needed, passes in SUBJECTS order', () => {
    const standing = subjectStanding([attempt('SKILLS', 2023, 'PASSED'), attempt('THEORY', 2022, 'PASSED')], 2024);
    expect(standing.needed).toEqual([]);
    expect(standing.validPasses.map((pass) => pass.subject)).toEqual(['THEORY', 'SKILLS']);
  });
});

describe('subjectRequestProblems', () => {
  const firstTimer = subjectStanding([], 2024);
  const theoryValid = subjectStanding([attempt('THEORY', 2023, 'PASSED'), attempt('SKILLS', 2023, 'FAILED')], 2024);
  const both = ['THEORY', 'SKILLS'] as const;

  it('FA-4 a first-timer requesting both has no problem', () => {
    expect(subjectRequestProblems(['SKILLS', 'THEORY'], both, firstTimer)).toEqual([]);
  });

  it('FA-4 a first-timer requesting one subject must take both', () => {
    expect(subjectRequestProblems(['THEORY'], both, firstTimer)).toEqual([{ kind: 'FIRST_TIME_NEEDS_BOTH', missing: ['SKILLS'] }]);
  });

  it('FA-4 nothing requested', () => {
    expect(subjectRequestProblems([], both, theoryValid)).toEqual([{ kind: 'NONE_REQUESTED' }]);
  });

  it('FA-4 a duplicate is reported once per extra copy', () => {
    expect(subjectRequestProblems(['SKILLS', 'SKILLS'], both, theoryValid)).toEqual([{ kind: 'DUPLICATE', subject: 'SKILLS' }]);
  });

  it('FA-4 a subject the session does not offer', () => {
    expect(subjectRequestProblems(['SKILLS'], ['THEORY'], theoryValid)).toEqual([{ kind: 'NOT_OFFERED', subject: 'SKILLS' }]);
  });

  it('FA-4 a subject still validly passed is refused with its pass year and valid-through year', () => {
    expect(subjectRequestProblems(['THEORY', 'SKILLS'], both, theoryValid)).toEqual([
      { kind: 'STILL_VALID', subject: 'THEORY', passYear: 2023, validThroughYear: 2025 },
    ]);
  });

  it('FA-4 a retaker may request only the needed subject', () => {
    expect(subjectRequestProblems(['SKILLS'], both, theoryValid)).toEqual([]);
  });
});

describe('sameYearOverlap', () => {
  it('FA-5 no other sign-ups, no overlap', () => {
    expect(sameYearOverlap(['THEORY', 'SKILLS'], [])).toEqual({ subjects: [], sessionIds: [] });
  });

  it('FA-5 reports the overlapping subjects in SUBJECTS order and the sessions holding them', () => {
    const overlap = sameYearOverlap(
      ['SKILLS', 'THEORY'],
      [
        { sessionId: 9, subjects: ['SKILLS'] },
        { sessionId: 3, subjects: ['THEORY', 'SKILLS'] },
      ],
    );
    expect(overlap).toEqual({ subjects: ['THEORY', 'SKILLS'], sessionIds: [3, 9] });
  });

  it('FA-5 a different subject in another session is no overlap', () => {
    expect(sameYearOverlap(['SKILLS'], [{ sessionId: 4, subjects: ['THEORY'] }])).toEqual({ subjects: [], sessionIds: [] });
  });
});
