import { SubjectAttempt } from '@app/assessment/rules';
import { completingPasses, passYears } from './assessment-completion.rules';

/** What the standing read model stores per trainee: facts that do not change as time passes. */
export interface StandingFacts {
  theoryPassYear: number | null;
  skillsPassYear: number | null;
  completedTheoryYear: number | null;
  completedSkillsYear: number | null;
  lastSatYear: number | null;
  sittings: number;
}

/**
 * SC-3 / SC-6 / SC-7 facts from published results. Whether a pass is still valid, or retraining is
 * required, depends on the day you ask, so those are derived from these facts at read time.
 */
export function standingFacts(attempts: readonly SubjectAttempt[], asOfYear: number): StandingFacts {
  const pair = completingPasses(attempts, asOfYear);
  const latest = (years: number[]): number | null => years.at(-1) ?? null;
  const sat = attempts.filter((attempt) => attempt.year <= asOfYear);
  return {
    theoryPassYear: latest(passYears(attempts, 'THEORY', asOfYear)),
    skillsPassYear: latest(passYears(attempts, 'SKILLS', asOfYear)),
    completedTheoryYear: pair?.theoryYear ?? null,
    completedSkillsYear: pair?.skillsYear ?? null,
    lastSatYear: sat.length === 0 ? null : Math.max(...sat.map((attempt) => attempt.year)),
    sittings: sat.length,
  };
}
