import { SubjectAttempt } from '@app/assessment/rules';
import {
  completingPasses,
  describePass,
  passYears,
  validUntilDate,
  validityOverlap,
  voidedPassYears,
  yearOfRequiredDate,
} from './assessment-completion.rules';

const attempt = (
  subject: SubjectAttempt['subject'],
  year: number,
  outcome: SubjectAttempt['outcome'] = 'PASSED',
  voided = false,
): SubjectAttempt => ({ subject, year, outcome, voided });

describe('validUntilDate', () => {
  it.each([
    [2021, '2023-12-31'],
    [2022, '2024-12-31'],
    [2024, '2026-12-31'],
  ])('SC-3 a pass in %i is shown valid until %s (31 Dec of Y+2)', (year, until) => {
    expect(validUntilDate(year)).toBe(until);
  });

  it('SC-3 describePass explains the period in years and the last day', () => {
    expect(describePass('THEORY', 2022)).toEqual({
      zh: '专业理论考试 2022 年通过（有效期 2022–2024 年，至 2024-12-31）',
      en: 'THEORY passed in 2022 (valid 2022–2024, through 2024-12-31)',
    });
  });
});

describe('validityOverlap', () => {
  it.each<[number, number, [number, number] | null]>([
    [2024, 2024, [2024, 2026]],
    [2023, 2024, [2024, 2025]],
    [2022, 2024, [2024, 2024]], // 2022 is valid through 2024: one shared year
    [2024, 2022, [2024, 2024]],
    [2021, 2023, [2023, 2023]],
    [2021, 2024, null], // 2021 expired at the end of 2023; 2024 starts after
    [2024, 2021, null],
    [2020, 2024, null],
  ])('SC-6 THEORY %i + SKILLS %i are valid together in %j', (theoryYear, skillsYear, span) => {
    const overlap = validityOverlap(theoryYear, skillsYear);
    if (span === null) {
      expect(overlap).toBeNull();
    } else {
      expect(overlap).toEqual({ theoryYear, skillsYear, overlapFromYear: span[0], overlapThroughYear: span[1] });
    }
  });
});

describe('passYears / voidedPassYears', () => {
  const history = [
    attempt('THEORY', 2023),
    attempt('THEORY', 2022, 'FAILED'),
    attempt('THEORY', 2021, 'ABSENT'),
    attempt('THEORY', 2024, 'PASSED', true),
    attempt('THEORY', 2023), // the same pass recorded twice
    attempt('THEORY', 2026), // from the future
    attempt('SKILLS', 2022),
  ];

  it('SC-8 only non-voided passes up to the given year count, once each, ascending', () => {
    expect(passYears(history, 'THEORY', 2025)).toEqual([2023]);
    expect(passYears(history, 'THEORY', 2026)).toEqual([2023, 2026]);
    expect(passYears(history, 'SKILLS', 2025)).toEqual([2022]);
  });

  it('SC-8 voided passes are listed to explain why they do not count', () => {
    expect(voidedPassYears(history, 'THEORY')).toEqual([2024]);
    expect(voidedPassYears(history, 'SKILLS')).toEqual([]);
  });
});

describe('completingPasses', () => {
  it('SC-6 no pair without a pass of each subject', () => {
    expect(completingPasses([attempt('THEORY', 2024)], 2024)).toBeNull();
    expect(completingPasses([], 2024)).toBeNull();
  });

  it('SC-6 THEORY 2021 + SKILLS 2024 do not complete the assessment', () => {
    expect(completingPasses([attempt('THEORY', 2021), attempt('SKILLS', 2024)], 2024)).toBeNull();
  });

  it('SC-6 THEORY 2022 + SKILLS 2024 do, sharing 2024', () => {
    expect(completingPasses([attempt('THEORY', 2022), attempt('SKILLS', 2024)], 2024)).toEqual({
      theoryYear: 2022,
      skillsYear: 2024,
      overlapFromYear: 2024,
      overlapThroughYear: 2024,
    });
  });

  it('SC-6 of several pairs the one valid together latest is chosen', () => {
    const history = [attempt('THEORY', 2021), attempt('THEORY', 2023), attempt('SKILLS', 2022), attempt('SKILLS', 2023)];
    expect(completingPasses(history, 2024)).toEqual({
      theoryYear: 2023,
      skillsYear: 2023,
      overlapFromYear: 2023,
      overlapThroughYear: 2025,
    });
  });

  it('SC-6 with two valid passes of one subject the later counts: THEORY 2021 + SKILLS 2022 and 2023 complete with SKILLS 2023', () => {
    // Both pairs are valid together through 2023 (THEORY 2021 expires then); only the later SKILLS pass is chosen.
    const history = [attempt('THEORY', 2021), attempt('SKILLS', 2022), attempt('SKILLS', 2023)];
    expect(completingPasses(history, 2023)).toEqual({ theoryYear: 2021, skillsYear: 2023, overlapFromYear: 2023, overlapThroughYear: 2023 });
    expect(completingPasses([...history].reverse(), 2023)).toEqual({ theoryYear: 2021, skillsYear: 2023, overlapFromYear: 2023, overlapThroughYear: 2023 });
  });

  it('SC-6 with two valid passes of one subject the later counts: SKILLS 2022 + THEORY 2023 and 2024 complete with THEORY 2024', () => {
    const history = [attempt('THEORY', 2024), attempt('SKILLS', 2022), attempt('THEORY', 2023)];
    expect(completingPasses(history, 2024)).toEqual({ theoryYear: 2024, skillsYear: 2022, overlapFromYear: 2024, overlapThroughYear: 2024 });
  });

  it('SC-6 a retaken THEORY in 2024 completes with SKILLS 2024 although THEORY 2021 had expired', () => {
    const history = [attempt('THEORY', 2021), attempt('SKILLS', 2024), attempt('THEORY', 2024)];
    expect(completingPasses(history, 2024)).toMatchObject({ theoryYear: 2024, skillsYear: 2024 });
  });

  it('SC-8 a voided pass cannot complete the assessment', () => {
    expect(completingPasses([attempt('THEORY', 2024, 'PASSED', true), attempt('SKILLS', 2024)], 2024)).toBeNull();
  });

  it('SC-6 a pass from a year after the as-of year is ignored', () => {
    expect(completingPasses([attempt('THEORY', 2024), attempt('SKILLS', 2025)], 2024)).toBeNull();
    expect(completingPasses([attempt('THEORY', 2024), attempt('SKILLS', 2025)], 2025)).not.toBeNull();
  });
});

describe('yearOfRequiredDate', () => {
  it('SC-7 reads the year of a calendar date', () => {
    expect(yearOfRequiredDate('2024-12-31', 'today')).toBe(2024);
  });

  it.each(['', '2024-02-30', '2024/12/31', 'today'])('SC-7 %j throws RangeError naming the parameter', (value) => {
    expect(() => yearOfRequiredDate(value, 'today')).toThrow(new RangeError(`today is not a calendar date: ${value}`));
  });
});
