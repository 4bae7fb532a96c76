import { ReferenceSessionFile, SessionDefinition } from '@app/assessment';
import { addDays, beijingToInstant, LocalDate } from '@app/common/time';

/** Days from the seeding day: sign-up is open now, the exams follow within two months. */
const LAST_EXAM_CLOSES = 56;

/**
 * A session whose sign-up window is open on `today`, so the demo can be tried at once; pass rules as in
 * the reference. The rotation cutoff is 1 December as in the notices, or the day the last exam ends when
 * that is later (SC-5: never before sign-up closes, whatever day the demo is seeded).
 */
export function demoSessionDefinition(today: LocalDate, reference: ReferenceSessionFile): SessionDefinition {
  const year = Number(today.slice(0, 4));
  const window = (from: number, to: number) => ({ opensAt: beijingToInstant(addDays(today, from)), closesAt: beijingToInstant(addDays(today, to)) });
  const examsOver = addDays(today, LAST_EXAM_CLOSES);
  const firstOfDecember = `${year}-12-01`;
  return {
    code: `DEMO-${today}`,
    name: `演示批次（报名开放中）${year}`,
    year,
    ruleSetVersion: `demo-${year}.1`,
    signupWindow: window(-1, 14),
    reviewWindow: window(-1, 21),
    admittedRotationEndYears: { from: year - 2, to: year },
    rotationCutoff: examsOver > firstOfDecember ? examsOver : firstOfDecember,
    subjects: [
      { subject: 'SKILLS', ticketMode: 'PLATFORM', ticketWindow: window(30, 37), exam: window(37, 40) },
      { subject: 'THEORY', ticketMode: 'NATIONAL_SITE', ticketWindow: window(50, 55), exam: window(55, LAST_EXAM_CLOSES) },
    ],
    resultsNote: null,
    theoryPassRule: reference.theoryPassRule ?? null,
    skillsPassRule: reference.skillsPassRule ?? null,
  };
}
