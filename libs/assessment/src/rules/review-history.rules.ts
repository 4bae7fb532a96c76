import { Bilingual } from './subject';
import { SignupStatus } from './signup-state.rules';

/** Who took a step of a sign-up's way: the candidate, their base, the centre, or the platform on its own. */
export type SignupReviewLevel = 'CANDIDATE' | 'BASE' | 'CENTRE' | 'SYSTEM';

export type ReviewStepKind =
  | 'SUBMITTED'
  | 'WITHDRAWN'
  | 'BASE_APPROVED'
  | 'BASE_REJECTED'
  | 'BASE_RETURNED'
  | 'CENTRE_APPROVED'
  | 'CENTRE_REJECTED'
  | 'CANCELLED_FALSE_INFORMATION'
  | 'VOIDED_UNCORRECTED';

/** One step as the candidate sees it: who (by level, never by name), what came of it, why, and when. */
export interface ReviewStep {
  kind: ReviewStepKind;
  level: SignupReviewLevel;
  levelLabel: Bilingual;
  outcome: Bilingual;
  /** the reviewer's reason, for a rejection, a return or a cancellation */
  reason: string | null;
  /** the sign-up's status after the step */
  status: SignupStatus | null;
  /** Beijing time */
  at: string;
}

/** An audit record of a sign-up, as much of it as the history reads. */
export interface SignupAuditFact {
  action: string;
  reason: string | null;
  after: Record<string, unknown> | null;
  at: string;
}

const LEVEL_LABELS: Record<SignupReviewLevel, Bilingual> = {
  CANDIDATE: { zh: '本人', en: 'You' },
  BASE: { zh: '培训基地', en: 'Training base' },
  CENTRE: { zh: '省全科医学培训中心', en: 'Provincial GP training centre' },
  SYSTEM: { zh: '平台', en: 'The platform' },
};

const STEPS: Record<string, { kind: ReviewStepKind; level: SignupReviewLevel; outcome: Bilingual; withReason: boolean }> = {
  SIGNUP_SUBMITTED: { kind: 'SUBMITTED', level: 'CANDIDATE', outcome: { zh: '提交报名', en: 'Submitted' }, withReason: false },
  SIGNUP_WITHDRAWN: { kind: 'WITHDRAWN', level: 'CANDIDATE', outcome: { zh: '撤回报名（改回草稿）', en: 'Withdrawn to a draft' }, withReason: false },
  SIGNUP_BASE_APPROVE: { kind: 'BASE_APPROVED', level: 'BASE', outcome: { zh: '审核通过', en: 'Approved' }, withReason: false },
  SIGNUP_BASE_REJECT: { kind: 'BASE_REJECTED', level: 'BASE', outcome: { zh: '审核不通过', en: 'Rejected' }, withReason: true },
  SIGNUP_BASE_RETURN: { kind: 'BASE_RETURNED', level: 'BASE', outcome: { zh: '退回修改', en: 'Returned for correction' }, withReason: true },
  SIGNUP_CENTRE_APPROVE: { kind: 'CENTRE_APPROVED', level: 'CENTRE', outcome: { zh: '复审通过', en: 'Approved' }, withReason: false },
  SIGNUP_CENTRE_REJECT: { kind: 'CENTRE_REJECTED', level: 'CENTRE', outcome: { zh: '复审不通过', en: 'Rejected' }, withReason: true },
  SIGNUP_CANCEL_FALSE_INFORMATION: { kind: 'CANCELLED_FALSE_INFORMATION', level: 'CENTRE', outcome: { zh: '因信息不实取消报名', en: 'Cancelled for false information' }, withReason: true },
  SIGNUP_VOID_UNCORRECTED: { kind: 'VOIDED_UNCORRECTED', level: 'SYSTEM', outcome: { zh: '退回后未在资格审核结束前重新提交，报名作废', en: 'Void: not corrected before the review window closed' }, withReason: false },
};

/**
 * FA-8, FA-9, FA-11: a sign-up's way from its audit records, oldest first. Drafts saved are not steps (FA-7),
 * nor is anything else recorded on the sign-up; a reason is shown only where a reviewer had to give one.
 */
export function reviewHistory(records: readonly SignupAuditFact[]): ReviewStep[] {
  return records.flatMap((record) => {
    const step = STEPS[record.action];
    if (!step) return [];
    const status = typeof record.after?.status === 'string' ? (record.after.status as SignupStatus) : null;
    return [
      {
        kind: step.kind,
        level: step.level,
        levelLabel: LEVEL_LABELS[step.level],
        outcome: step.outcome,
        reason: step.withReason ? (record.reason?.trim() || null) : null,
        status,
        at: record.at,
      },
    ];
  });
}
