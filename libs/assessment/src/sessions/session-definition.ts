import { DomainError } from '@app/common/errors';
import { SkillsPassRule, TheoryPassRule, skillsPassRuleProblems, theoryPassRuleProblems } from '../rules/pass-rules';
import { beijingToInstant, formatBeijing, isValidLocalDate, TimeWindow } from '@app/common/time';
import { SessionRuleConfig } from '../rules/eligibility.rules';
import { Subject, SUBJECTS } from '../rules/subject';
import { AssessmentSession, SessionSubjectConfig, TicketMode } from '../entities/assessment-session.entity';

/** A session as the centre defines it, with instants already resolved (API input or reference file). */
export interface SessionDefinition {
  code: string;
  name: string;
  year: number;
  ruleSetVersion: string;
  signupWindow: TimeWindow;
  reviewWindow: TimeWindow;
  admittedRotationEndYears: { from: number; to: number };
  rotationCutoff: string;
  subjects: Array<{ subject: Subject; ticketMode: TicketMode; ticketWindow: TimeWindow; exam: TimeWindow }>;
  resultsNote: string | null;
  /** SC-1 / SC-2: may be left out until the scores arrive; imports and entry refuse to judge without them. */
  theoryPassRule?: TheoryPassRule | null;
  skillsPassRule?: SkillsPassRule | null;
}

/** Consistency rules of a session's calendar; each broken one is listed. */
export function sessionDefinitionProblems(definition: SessionDefinition): string[] {
  const problems: string[] = [];
  const windows: Array<[string, TimeWindow]> = [
    ['signupWindow', definition.signupWindow],
    ['reviewWindow', definition.reviewWindow],
    ...definition.subjects.flatMap((s): Array<[string, TimeWindow]> => [
      [`${s.subject}.ticketWindow`, s.ticketWindow],
      [`${s.subject}.exam`, s.exam],
    ]),
  ];
  for (const [name, window] of windows) {
    if (!(window.opensAt.getTime() < window.closesAt.getTime())) problems.push(`${name} must open before it closes`);
  }
  if (definition.reviewWindow.closesAt.getTime() < definition.signupWindow.closesAt.getTime()) {
    problems.push('reviewWindow must not close before the sign-up window');
  }
  const { from, to } = definition.admittedRotationEndYears;
  if (from > to) problems.push('admittedRotationEndYears.from must not be after .to');
  if (to > definition.year) problems.push('admittedRotationEndYears.to must not be after the session year');
  if (!isValidLocalDate(definition.rotationCutoff)) problems.push('rotationCutoff must be a date YYYY-MM-DD');
  const cutoffProblem = rotationCutoffProblem(definition);
  if (cutoffProblem !== null) problems.push(cutoffProblem);
  const subjects = definition.subjects.map((s) => s.subject);
  if (subjects.length === 0) problems.push('at least one subject');
  if (new Set(subjects).size !== subjects.length) problems.push('each subject once');
  if (subjects.some((s) => !SUBJECTS.includes(s))) problems.push('unknown subject');
  if (definition.theoryPassRule) problems.push(...theoryPassRuleProblems(definition.theoryPassRule).map((p) => `theoryPassRule: ${p.en}`));
  if (definition.skillsPassRule) problems.push(...skillsPassRuleProblems(definition.skillsPassRule).map((p) => `skillsPassRule: ${p.en}`));
  return problems;
}

/**
 * SC-5: the rotation-deadline job cancels results from 00:00 (Beijing) of the cutoff day and looks once,
 * so a cutoff before sign-up closes would judge a session that still takes sign-ups. Null when the rule
 * holds, or when the cutoff or the close is no date at all (each reported on its own).
 */
export function rotationCutoffProblem(definition: Pick<SessionDefinition, 'signupWindow' | 'rotationCutoff'>): string | null {
  const closesAt = definition.signupWindow.closesAt;
  if (!isValidLocalDate(definition.rotationCutoff) || Number.isNaN(closesAt.getTime())) return null;
  if (beijingToInstant(definition.rotationCutoff).getTime() >= closesAt.getTime()) return null;
  return `rotationCutoff ${definition.rotationCutoff} must not fall before the sign-up window closes (${formatBeijing(closesAt)})`;
}

/** Every problem is listed; the code names the SC-5 cutoff rule when that one is broken. */
export function assertValidSessionDefinition(definition: SessionDefinition): void {
  const problems = sessionDefinitionProblems(definition);
  if (problems.length === 0) return;
  const code = rotationCutoffProblem(definition) === null ? 'SESSION_CONFIG_INVALID' : 'SESSION_ROTATION_CUTOFF_BEFORE_SIGNUP_CLOSES';
  throw new DomainError(code, { problems });
}

export function toSessionColumns(definition: SessionDefinition): Partial<AssessmentSession> {
  return {
    code: definition.code,
    name: definition.name,
    year: definition.year,
    ruleSetVersion: definition.ruleSetVersion,
    signupOpensAt: definition.signupWindow.opensAt,
    signupClosesAt: definition.signupWindow.closesAt,
    reviewOpensAt: definition.reviewWindow.opensAt,
    reviewClosesAt: definition.reviewWindow.closesAt,
    admittedFromYear: definition.admittedRotationEndYears.from,
    admittedToYear: definition.admittedRotationEndYears.to,
    rotationCutoff: definition.rotationCutoff,
    subjects: definition.subjects.map(
      (s): SessionSubjectConfig => ({
        subject: s.subject,
        ticketMode: s.ticketMode,
        ticketOpensAt: s.ticketWindow.opensAt.toISOString(),
        ticketClosesAt: s.ticketWindow.closesAt.toISOString(),
        examStartsAt: s.exam.opensAt.toISOString(),
        examEndsAt: s.exam.closesAt.toISOString(),
      }),
    ),
    resultsNote: definition.resultsNote,
    theoryPassRule: definition.theoryPassRule ?? null,
    skillsPassRule: definition.skillsPassRule ?? null,
  };
}

export function toRuleConfig(session: AssessmentSession): SessionRuleConfig {
  return {
    ruleSetVersion: session.ruleSetVersion,
    year: session.year,
    signupWindow: { opensAt: session.signupOpensAt, closesAt: session.signupClosesAt },
    reviewWindow: { opensAt: session.reviewOpensAt, closesAt: session.reviewClosesAt },
    admittedRotationEndYears: { from: session.admittedFromYear, to: session.admittedToYear },
    rotationCutoff: session.rotationCutoff,
    offeredSubjects: SUBJECTS.filter((subject) => session.subjects.some((s) => s.subject === subject)),
  };
}
