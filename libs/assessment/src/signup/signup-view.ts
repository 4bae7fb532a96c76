import { formatBeijing } from '@app/common/time';
import { Signup } from '../entities/signup.entity';
import { Bilingual, Subject } from '../rules/subject';
import { SIGNUP_STATUS_LABELS, SignupStatus } from '../rules/signup-state.rules';
import { EligibilityVerdict } from '../rules/eligibility.rules';

export interface SignupView {
  id: number;
  sessionId: number;
  traineeId: number;
  baseId: number;
  status: SignupStatus;
  /** FA-7: e.g. 报名信息已提交，等待审核 */
  statusLabel: Bilingual;
  subjects: Subject[];
  verdict: EligibilityVerdict | null;
  lastReason: string | null;
  submittedAt: string | null;
  baseReviewedAt: string | null;
  centreReviewedAt: string | null;
  version: number;
}

export function subjectsOf(signup: Pick<Signup, 'subjectTheory' | 'subjectSkills'>): Subject[] {
  const subjects: Subject[] = [];
  if (signup.subjectTheory) subjects.push('THEORY');
  if (signup.subjectSkills) subjects.push('SKILLS');
  return subjects;
}

const beijingOrNull = (instant: Date | null) => (instant ? formatBeijing(new Date(instant)) : null);

export function toSignupView(signup: Signup): SignupView {
  return {
    id: signup.id,
    sessionId: signup.sessionId,
    traineeId: signup.traineeId,
    baseId: signup.baseId,
    status: signup.status,
    statusLabel: SIGNUP_STATUS_LABELS[signup.status],
    subjects: subjectsOf(signup),
    verdict: signup.verdict,
    lastReason: signup.lastReason,
    submittedAt: beijingOrNull(signup.submittedAt),
    baseReviewedAt: beijingOrNull(signup.baseReviewedAt),
    centreReviewedAt: beijingOrNull(signup.centreReviewedAt),
    version: signup.version,
  };
}
