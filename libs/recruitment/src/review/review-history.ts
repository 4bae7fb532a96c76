import type { Bilingual } from '@app/assessment/rules';
import { JURISDICTION_INFO, type Jurisdiction } from '../jurisdiction';
import { reviewerOf } from './review-notices';
import { REVIEW_LEVEL_LABELS, REVIEW_LEVELS, REVIEW_STATUSES, type ReviewLevel, type ReviewStage, type ReviewStatus } from './review.types';

/**
 * RC-5: an application's way through review, read from what each step recorded when it happened (its audit record),
 * not rebuilt from where the application stands now: a return corrected since still shows, with its reason and
 * deadline. Reviewers are named by their organisation, never by a person's name.
 */

/** The audit actions that are steps of the way, as the services record them. */
export const REVIEW_HISTORY_ACTIONS = [
  'RECRUITMENT_APPLICATION_SUBMITTED',
  'RECRUITMENT_APPLICATION_RESUBMITTED',
  'RECRUITMENT_REVIEW_APPROVE',
  'RECRUITMENT_REVIEW_RETURN',
  'RECRUITMENT_REVIEW_REJECT',
  'RECRUITMENT_RETURN_EXPIRED',
  'RECRUITMENT_RE_REVIEW_STARTED',
] as const;

type HistoryAction = (typeof REVIEW_HISTORY_ACTIONS)[number];

/** RE_REVIEW_STARTED: the admission published with this applicant among those to be admitted, re-review to follow. */
export type ApplicationStepKind = 'SUBMITTED' | 'RESUBMITTED' | 'APPROVED' | 'RETURNED' | 'REJECTED' | 'WITHDRAWN' | 'RE_REVIEW_STARTED';

/** Who took a step: the applicant, a review level, or the platform on its own (the return's deadline passing). */
export type ApplicationStepActor = 'APPLICANT' | ReviewLevel | 'SYSTEM';

export interface ApplicationReviewStep {
  kind: ApplicationStepKind;
  by: ApplicationStepActor;
  /** the level as the chain names it (培训基地, 设区市卫健委, …); 本人 or 平台 for the others */
  byLabel: Bilingual;
  /** the organisation that decided (a base, a city commission, the round's authority); null for the applicant and the platform */
  organisationName: string | null;
  /** the review stage a decision was taken in: AFTER_ADMISSION is the re-review of those to be admitted */
  stage: ReviewStage | null;
  outcome: Bilingual;
  /** a return's or a rejection's reason, as the reviewer wrote it */
  reason: string | null;
  /** a return: correct and resubmit before this instant (Beijing time) */
  correctBy: string | null;
  /** the application's status after the step */
  status: ReviewStatus | null;
  /** Beijing time */
  at: string;
}

/** One audit record of the application, as much of it as the history reads. */
export interface ApplicationAuditFact {
  action: string;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Beijing time */
  at: string;
}

export interface HistoryContext {
  jurisdiction: Jurisdiction;
  /** An organisation's name by id; null when it is not known. */
  organisationName: (id: number) => string | null;
}

const BY_LABELS: Readonly<Record<'APPLICANT' | 'SYSTEM', Bilingual>> = { APPLICANT: { zh: '本人', en: 'You' }, SYSTEM: { zh: '平台', en: 'The platform' } };

const OUTCOMES: Readonly<Record<ApplicationStepKind, { BEFORE_ADMISSION: Bilingual; AFTER_ADMISSION: Bilingual }>> = {
  SUBMITTED: { BEFORE_ADMISSION: { zh: '提交报名', en: 'Submitted' }, AFTER_ADMISSION: { zh: '提交报名', en: 'Submitted' } },
  RESUBMITTED: { BEFORE_ADMISSION: { zh: '修改后重新提交', en: 'Corrected and resubmitted' }, AFTER_ADMISSION: { zh: '修改后重新提交', en: 'Corrected and resubmitted' } },
  APPROVED: { BEFORE_ADMISSION: { zh: '审核通过', en: 'Approved' }, AFTER_ADMISSION: { zh: '录取后复审通过', en: 'Approved in the re-review' } },
  RETURNED: { BEFORE_ADMISSION: { zh: '退回修改', en: 'Returned for correction' }, AFTER_ADMISSION: { zh: '录取后复审退回修改', en: 'Returned in the re-review' } },
  REJECTED: { BEFORE_ADMISSION: { zh: '审核不通过', en: 'Rejected' }, AFTER_ADMISSION: { zh: '录取后复审不通过', en: 'Rejected in the re-review' } },
  WITHDRAWN: {
    BEFORE_ADMISSION: { zh: '退回后逾期未修改，视为自动放弃', en: 'Not corrected in time: withdrawn' },
    AFTER_ADMISSION: { zh: '退回后逾期未修改，视为自动放弃', en: 'Not corrected in time: withdrawn' },
  },
  RE_REVIEW_STARTED: {
    BEFORE_ADMISSION: { zh: '拟录取，进入录取后复审', en: 'To be admitted: re-review started' },
    AFTER_ADMISSION: { zh: '拟录取，进入录取后复审', en: 'To be admitted: re-review started' },
  },
};

const KIND_OF: Readonly<Record<HistoryAction, ApplicationStepKind>> = {
  RECRUITMENT_APPLICATION_SUBMITTED: 'SUBMITTED',
  RECRUITMENT_APPLICATION_RESUBMITTED: 'RESUBMITTED',
  RECRUITMENT_REVIEW_APPROVE: 'APPROVED',
  RECRUITMENT_REVIEW_RETURN: 'RETURNED',
  RECRUITMENT_REVIEW_REJECT: 'REJECTED',
  RECRUITMENT_RETURN_EXPIRED: 'WITHDRAWN',
  RECRUITMENT_RE_REVIEW_STARTED: 'RE_REVIEW_STARTED',
};

const isHistoryAction = (action: string): action is HistoryAction => action in KIND_OF;
const levelOf = (value: unknown): ReviewLevel | null => ((REVIEW_LEVELS as readonly unknown[]).includes(value) ? (value as ReviewLevel) : null);
const statusOf = (value: unknown): ReviewStatus | null => ((REVIEW_STATUSES as readonly unknown[]).includes(value) ? (value as ReviewStatus) : null);
const stageOf = (value: unknown): ReviewStage | null => (value === 'BEFORE_ADMISSION' || value === 'AFTER_ADMISSION' ? value : null);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/**
 * The organisation as the applicant reads it: the round's authority by the name its notices use; a base by its
 * name; a city by its health commission. A record made before decisions kept their organisation names the level.
 */
export function deciderName(level: ReviewLevel, organisation: string | null, jurisdiction: Jurisdiction): string {
  switch (level) {
    case 'CENTRE':
      return JURISDICTION_INFO[jurisdiction].authority.zh;
    case 'BASE':
      return organisation ?? reviewerOf('BASE', jurisdiction).name;
    case 'CITY':
      return organisation ? `${organisation}卫生健康委员会` : reviewerOf('CITY', jurisdiction).name;
  }
}

/** RC-5: the steps of an application from its audit records, given oldest first (records of other actions are skipped). */
export function applicationReviewHistory(records: readonly ApplicationAuditFact[], context: HistoryContext): ApplicationReviewStep[] {
  return records.flatMap((record): ApplicationReviewStep[] => {
    if (!isHistoryAction(record.action)) return [];
    const kind = KIND_OF[record.action];
    const status = statusOf(record.after?.status);
    if (kind === 'SUBMITTED' || kind === 'RESUBMITTED' || kind === 'WITHDRAWN' || kind === 'RE_REVIEW_STARTED') {
      // The publication is the platform's step for the applicant: no level decided it.
      const by = kind === 'WITHDRAWN' || kind === 'RE_REVIEW_STARTED' ? 'SYSTEM' : 'APPLICANT';
      return [{ kind, by, byLabel: BY_LABELS[by], organisationName: null, stage: null, outcome: OUTCOMES[kind].BEFORE_ADMISSION, reason: null, correctBy: null, status, at: record.at }];
    }
    const level = levelOf(record.after?.level);
    // A decision always records its level; one without is not a step anybody could read.
    if (level === null) return [];
    const stage = stageOf(record.before?.stage) ?? 'BEFORE_ADMISSION';
    const organisationId = typeof record.after?.organisationId === 'number' ? record.after.organisationId : null;
    return [
      {
        kind,
        by: level,
        byLabel: REVIEW_LEVEL_LABELS[level],
        organisationName: deciderName(level, organisationId === null ? null : context.organisationName(organisationId), context.jurisdiction),
        stage,
        outcome: OUTCOMES[kind][stage],
        reason: kind === 'APPROVED' ? null : text(record.reason),
        correctBy: kind === 'RETURNED' ? text(record.after?.correctBy) : null,
        status,
        at: record.at,
      },
    ];
  });
}
