import { Bilingual, SUBJECT_LABELS, Subject, SubjectAttempt, subjectStanding } from '@app/assessment/rules';
import { LocalDate } from '@app/common/time';
import { completingPasses, describePass, yearOfRequiredDate, yearSpanEn, yearSpanZh } from './assessment-completion.rules';

export type RetrainingState = 'CERTIFICATE_READY' | 'IN_TIME' | 'LAST_YEAR' | 'RETRAINING_REQUIRED';

export interface RetrainingInput {
  rotationEndDate: LocalDate;
  /** sittings with known results, voided ones included (a voided sitting still used that year's chance) */
  attempts: SubjectAttempt[];
  today: LocalDate;
}

export interface RetrainingTimeline {
  rotationEndYear: number;
  /** R+2 (FA-3) */
  lastAllowedYear: number;
  /** 31 December of R+2 */
  deadline: LocalDate;
  /** the years in which the trainee can still sit what remains, ascending */
  remainingYears: number[];
  yearsLeft: number;
  remainingSubjects: Subject[];
  state: RetrainingState;
  explanation: Bilingual;
}

function subjectsZh(subjects: readonly Subject[]): string {
  return subjects.map((subject) => SUBJECT_LABELS[subject].zh).join('、');
}

function yearsZh(years: readonly number[]): string {
  return years.map((year) => `${year} 年`).join('、');
}

/**
 * FA-3 / SC-7: what remains and by when, for the trainee and the base, years ahead of the limit.
 *
 * The assessment may be sat in R, R+1 and R+2, once a year (no make-up exam). The current year still
 * counts unless every remaining subject has already been sat this year; whether this year's sign-up
 * window is still open is FA-1's business, not this timeline's. So LAST_YEAR means "one chance left"
 * (R+2, or R+1 after this year's sitting failed), and RETRAINING_REQUIRED can show already in R+2 once
 * that year's sitting is used up. CERTIFICATE_READY means the assessment part is complete (SC-6 pair);
 * rotation, process assessment and photo are certificateEligibility's checks.
 */
export function retrainingTimeline(input: RetrainingInput): RetrainingTimeline {
  const rotationEndYear = yearOfRequiredDate(input.rotationEndDate, 'rotationEndDate');
  const todayYear = yearOfRequiredDate(input.today, 'today');
  const lastAllowedYear = rotationEndYear + 2;
  const deadline: LocalDate = `${lastAllowedYear}-12-31`;

  const pair = completingPasses(input.attempts, todayYear);
  const standing = subjectStanding(input.attempts, todayYear);
  const remainingSubjects = pair === null ? standing.needed : [];

  const satThisYear = (subject: Subject): boolean =>
    input.attempts.some((attempt) => attempt.subject === subject && attempt.year === todayYear);
  const currentYearUsed = remainingSubjects.length > 0 && remainingSubjects.every(satThisYear);
  const firstOpenYear = Math.max(rotationEndYear, currentYearUsed ? todayYear + 1 : todayYear);
  const remainingYears: number[] = [];
  for (let year = firstOpenYear; year <= lastAllowedYear; year += 1) remainingYears.push(year);
  const yearsLeft = remainingYears.length;

  const window = {
    zh: `${rotationEndYear} 年结束轮转，须在 ${yearSpanZh(rotationEndYear, lastAllowedYear)}（至 ${deadline}）内通过结业考核`,
    en: `rotation ended in ${rotationEndYear}, so the assessment must be passed in ${yearSpanEn(rotationEndYear, lastAllowedYear)} (by ${deadline})`,
  };
  const held = standing.validPasses.map((pass) => describePass(pass.subject, pass.year));
  const heldZh = held.length > 0 ? `；已通过：${held.map((text) => text.zh).join('，')}` : '';
  const heldEn = held.length > 0 ? `; already passed: ${held.map((text) => text.en).join(', ')}` : '';
  const base = {
    rotationEndYear,
    lastAllowedYear,
    deadline,
    remainingYears,
    yearsLeft,
    remainingSubjects,
  };

  if (pair !== null) {
    const theory = describePass('THEORY', pair.theoryYear);
    const skills = describePass('SKILLS', pair.skillsYear);
    return {
      ...base,
      state: 'CERTIFICATE_READY',
      explanation: {
        zh: `结业考核已完成：${theory.zh}，${skills.zh}，两科在 ${yearSpanZh(pair.overlapFromYear, pair.overlapThroughYear)}同时有效，不受三年期限影响`,
        en: `the assessment is complete: ${theory.en} and ${skills.en} are both valid in ${yearSpanEn(pair.overlapFromYear, pair.overlapThroughYear)}, so the three-year limit no longer applies`,
      },
    };
  }

  const remaining = {
    zh: `尚需通过：${subjectsZh(remainingSubjects)}`,
    en: `still to pass: ${remainingSubjects.join(', ')}`,
  };
  if (yearsLeft === 0) {
    return {
      ...base,
      state: 'RETRAINING_REQUIRED',
      explanation: {
        zh: `${window.zh}；三年内未通过（含未参加）结业考核（${remaining.zh}${heldZh}），如再次申请结业考核，须自费重新参加培训`,
        en: `${window.en}; it was not passed within the three years (absence included; ${remaining.en}${heldEn}), so retraining at own expense is required before signing up again`,
      },
    };
  }
  const chances = {
    zh: `还可参加 ${yearsZh(remainingYears)}的考核（共 ${yearsLeft} 次，每年一次、不设补考）`,
    en: `the assessment can still be sat in ${remainingYears.join(', ')} (${yearsLeft} chance${yearsLeft === 1 ? '' : 's'}, once a year, no make-up exam)`,
  };
  if (yearsLeft === 1) {
    return {
      ...base,
      state: 'LAST_YEAR',
      explanation: {
        zh: `${window.zh}；${remaining.zh}${heldZh}；${chances.zh}，这是最后一次机会，未通过须自费重新参加培训`,
        en: `${window.en}; ${remaining.en}${heldEn}; ${chances.en}: this is the last chance, failing it means retraining at own expense`,
      },
    };
  }
  return {
    ...base,
    state: 'IN_TIME',
    explanation: {
      zh: `${window.zh}；${remaining.zh}${heldZh}；${chances.zh}`,
      en: `${window.en}; ${remaining.en}${heldEn}; ${chances.en}`,
    },
  };
}
