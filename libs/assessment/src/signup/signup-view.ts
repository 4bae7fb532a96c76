import { formatBeijing } from '@app/common/time';
import { Signup } from '../entities/signup.entity';
import { Bilingual, Subject } from '../rules/subject';
import { SIGNUP_STATUS_LABELS, SignupStatus } from '../rules/signup-state.rules';
import { EligibilityRuleId, EligibilityVerdict, RuleCheck } from '../rules/eligibility.rules';
import { cancelledByTheSession, SIGNUP_CANCELLED_BY_SESSION_LABEL } from '../rules/session-cancellation.rules';

export interface SignupView {
  id: number;
  sessionId: number;
  traineeId: number;
  baseId: number;
  status: SignupStatus;
  /** FA-7: e.g. 报名信息已提交，等待审核 */
  statusLabel: Bilingual;
  subjects: Subject[];
  /** FA-12: subjects taken off this sign-up because the centre called them off (the reason is lastReason). */
  cancelledSubjects: Subject[];
  verdict: EligibilityVerdict | null;
  lastReason: string | null;
  submittedAt: string | null;
  baseReviewedAt: string | null;
  centreReviewedAt: string | null;
  version: number;
}

/**
 * The verdict as the submit response carries it: the outcome of every rule (and any exception granted)
 * under the rule-set version, without titles, data and explanations. The full verdict is stored on the
 * sign-up and read from GET /me/signups: the burst's responses stay a few hundred bytes instead of
 * several KB each to serialise and send.
 */
export interface VerdictSummary {
  ruleSetVersion: string;
  evaluatedAt: string;
  eligible: boolean;
  failedRules: EligibilityRuleId[];
  checks: Array<Pick<RuleCheck, 'rule' | 'outcome' | 'exception'>>;
}

export interface SubmittedSignupView extends Omit<SignupView, 'verdict'> {
  verdict: VerdictSummary | null;
}

export function summariseVerdict(verdict: EligibilityVerdict): VerdictSummary {
  return {
    ruleSetVersion: verdict.ruleSetVersion,
    evaluatedAt: verdict.evaluatedAt,
    eligible: verdict.eligible,
    failedRules: verdict.failedRules,
    checks: verdict.checks.map((c) => (c.exception ? { rule: c.rule, outcome: c.outcome, exception: c.exception } : { rule: c.rule, outcome: c.outcome })),
  };
}

export function subjectsOf(signup: Pick<Signup, 'subjectTheory' | 'subjectSkills'>): Subject[] {
  const subjects: Subject[] = [];
  if (signup.subjectTheory) subjects.push('THEORY');
  if (signup.subjectSkills) subjects.push('SKILLS');
  return subjects;
}

/** FA-12: the subjects the centre called off for this sign-up. */
export function cancelledSubjectsOf(signup: Partial<Pick<Signup, 'theoryCancelled' | 'skillsCancelled'>>): Subject[] {
  const subjects: Subject[] = [];
  if (signup.theoryCancelled) subjects.push('THEORY');
  if (signup.skillsCancelled) subjects.push('SKILLS');
  return subjects;
}

const beijingOrNull = (instant: Date | null) => (instant ? formatBeijing(new Date(instant)) : null);

/** FA-7's wording of the status; a sign-up the centre's cancellation left without a subject (FA-12) says so, not FA-11's. */
export function statusLabelOf(signup: Pick<Signup, 'status' | 'subjectTheory' | 'subjectSkills'> & Partial<Pick<Signup, 'theoryCancelled' | 'skillsCancelled'>>): Bilingual {
  return cancelledByTheSession(signup.status, subjectsOf(signup), cancelledSubjectsOf(signup)) ? SIGNUP_CANCELLED_BY_SESSION_LABEL : SIGNUP_STATUS_LABELS[signup.status];
}

export function toSignupView(signup: Signup): SignupView {
  return {
    id: signup.id,
    sessionId: signup.sessionId,
    traineeId: signup.traineeId,
    baseId: signup.baseId,
    status: signup.status,
    statusLabel: statusLabelOf(signup),
    subjects: subjectsOf(signup),
    cancelledSubjects: cancelledSubjectsOf(signup),
    verdict: signup.verdict,
    lastReason: signup.lastReason,
    submittedAt: beijingOrNull(signup.submittedAt),
    baseReviewedAt: beijingOrNull(signup.baseReviewedAt),
    centreReviewedAt: beijingOrNull(signup.centreReviewedAt),
    version: signup.version,
  };
}
