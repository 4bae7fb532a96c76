import { formatBeijing } from '@app/common/time';
import { messageKey, NewCandidateMessage, NoticeReviewer } from '@app/notifications';
import { JURISDICTION_INFO, type Jurisdiction } from '../jurisdiction';
import { nextReviewer } from './review.rules';
import { REVIEW_LEVEL_LABELS, ReviewAction, ReviewChain, ReviewLevel, ReviewState } from './review.types';

/** What a review decision knows when it tells the applicant. */
export interface ApplicationNoticeFacts {
  accountId: number;
  roundId: number;
  roundName: string;
  jurisdiction: Jurisdiction;
  applicationId: number;
  /** the application's version after the decision: one message per decision */
  version: number;
}

/** The level as the applicant reads it: the round's authority by its name, a base or a city commission by kind. */
export function reviewerOf(level: ReviewLevel, jurisdiction: Jurisdiction): NoticeReviewer {
  return { level, name: level === 'CENTRE' ? JURISDICTION_INFO[jurisdiction].authority.zh : REVIEW_LEVEL_LABELS[level].zh };
}

/**
 * RC-5 and Part E: the decisions an applicant is told of, in the decision's transaction: a level's approval (who
 * reviews next, or that the review is complete), a rejection with its reason, a return with its reason and
 * deadline. The applicant's own submissions tell nobody; the withdrawal is the sweep's own message.
 */
export function reviewNotice(action: ReviewAction, after: ReviewState, chain: ReviewChain, facts: ApplicationNoticeFacts): NewCandidateMessage | null {
  const application = { roundId: facts.roundId, roundName: facts.roundName, applicationId: facts.applicationId };
  const key = (kind: Parameters<typeof messageKey>[0]) => messageKey(kind, { application: facts.applicationId, version: facts.version });
  const addressed = { accountId: facts.accountId };
  switch (action.kind) {
    case 'APPROVE': {
      const next = nextReviewer(chain, after);
      return {
        ...addressed,
        kind: 'RECRUITMENT_REVIEW_PASSED',
        dedupeKey: key('RECRUITMENT_REVIEW_PASSED'),
        facts: { ...application, by: reviewerOf(action.level, facts.jurisdiction), next: next ? reviewerOf(next, facts.jurisdiction) : null },
      };
    }
    case 'REJECT':
      return { ...addressed, kind: 'RECRUITMENT_REJECTED', dedupeKey: key('RECRUITMENT_REJECTED'), facts: { ...application, by: reviewerOf(action.level, facts.jurisdiction), reason: action.reason.trim() } };
    case 'RETURN':
      return {
        ...addressed,
        kind: 'RECRUITMENT_RETURNED',
        dedupeKey: key('RECRUITMENT_RETURNED'),
        facts: { ...application, by: reviewerOf(action.level, facts.jurisdiction), reason: action.reason.trim(), correctBefore: formatBeijing(action.correctBy) },
      };
    case 'EXPIRE_RETURN':
      // Withdrawn once, so its key needs no version.
      return {
        ...addressed,
        kind: 'RECRUITMENT_WITHDRAWN',
        dedupeKey: messageKey('RECRUITMENT_WITHDRAWN', { application: facts.applicationId }),
        facts: { ...application, correctBefore: after.returned ? formatBeijing(after.returned.correctBy) : '' },
      };
    case 'SUBMIT':
    case 'RESUBMIT':
    case 'START_RE_REVIEW':
      return null;
  }
}
