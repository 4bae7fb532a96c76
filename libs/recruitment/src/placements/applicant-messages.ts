import { formatBeijing } from '@app/common/time';
import { messageKey, NewCandidateMessage, Notifications } from '@app/notifications';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The application a message is about, and whose account reads it. */
export interface AdmissionMessageFacts {
  accountId: number;
  roundId: number;
  roundName: string;
  applicationId: number;
}

const application = (facts: AdmissionMessageFacts) => ({ roundId: facts.roundId, roundName: facts.roundName, applicationId: facts.applicationId });
const beijingOrNull = (at: Date | null) => (at ? formatBeijing(at) : null);

/**
 * RC-6: the publication, told at once: when the outcome can be read. One per application and run. `stage` names
 * the stage (第一志愿, …) when the round publishes round by round; null when the whole admission is published at once.
 */
export function resultsPublishedMessage(facts: AdmissionMessageFacts, runId: number, resultsVisibleAt: Date | null, stage: string | null = null): NewCandidateMessage {
  return {
    accountId: facts.accountId,
    kind: 'RECRUITMENT_RESULTS_PUBLISHED',
    dedupeKey: messageKey('RECRUITMENT_RESULTS_PUBLISHED', { application: facts.applicationId, run: runId }),
    facts: { ...application(facts), resultsVisibleAt: beijingOrNull(resultsVisibleAt), stage },
  };
}

/**
 * RC-6 / RC-7: the outcome, shown from the round's results time (not before: results are not visible earlier).
 * Admitted: the base and the reporting deadline, and what a no-show costs.
 */
export function outcomeMessage(
  facts: AdmissionMessageFacts,
  runId: number,
  outcome: { admitted: true; baseName: string; reportingDeadline: Date | null } | { admitted: false },
  resultsVisibleAt: Date | null,
): NewCandidateMessage {
  const addressed = { accountId: facts.accountId, visibleFrom: resultsVisibleAt };
  if (!outcome.admitted) {
    return { ...addressed, kind: 'RECRUITMENT_NOT_ADMITTED', dedupeKey: messageKey('RECRUITMENT_NOT_ADMITTED', { application: facts.applicationId, run: runId }), facts: application(facts) };
  }
  return {
    ...addressed,
    kind: 'RECRUITMENT_ADMITTED',
    dedupeKey: messageKey('RECRUITMENT_ADMITTED', { application: facts.applicationId, run: runId }),
    facts: { ...application(facts), baseName: outcome.baseName, reportBy: beijingOrNull(outcome.reportingDeadline) },
  };
}

/** RC-7: the notice can be downloaded; rendered once per placement, so one message per application. */
export function noticeReadyMessage(facts: AdmissionMessageFacts, baseName: string, resultsVisibleAt: Date | null): NewCandidateMessage {
  return {
    accountId: facts.accountId,
    visibleFrom: resultsVisibleAt,
    kind: 'RECRUITMENT_NOTICE_READY',
    dedupeKey: messageKey('RECRUITMENT_NOTICE_READY', { application: facts.applicationId }),
    facts: { ...application(facts), baseName },
  };
}

/** RC-7 / RC-8: the deadline passed without an arrival; a place is lost once, so one message per application. */
export function noShowMessage(facts: AdmissionMessageFacts, baseName: string, reportingDeadline: Date, consequence: string | null): NewCandidateMessage {
  return {
    accountId: facts.accountId,
    kind: 'RECRUITMENT_NO_SHOW',
    dedupeKey: messageKey('RECRUITMENT_NO_SHOW', { application: facts.applicationId }),
    facts: { ...application(facts), baseName, reportBy: formatBeijing(reportingDeadline), consequence },
  };
}

/**
 * RC-7 / RC-8: the base recorded that the trainee will not report, with its reason. The same kind and key as the
 * deadline's message: a place is lost once, whichever way, so one message per application.
 */
export function recordedNoShowMessage(facts: AdmissionMessageFacts, baseName: string, reason: string, reportingDeadline: Date | null, consequence: string | null): NewCandidateMessage {
  return {
    accountId: facts.accountId,
    kind: 'RECRUITMENT_NO_SHOW',
    dedupeKey: messageKey('RECRUITMENT_NO_SHOW', { application: facts.applicationId }),
    facts: { ...application(facts), baseName, reportBy: beijingOrNull(reportingDeadline), consequence, reason },
  };
}

/**
 * The one place recruitment's admission messages are written: into the message centre, addressed to the
 * applicant's account, inside the transaction of the decision that causes them. A retried job or sweep writes
 * each message once (dedupe keys).
 */
@Injectable()
export class ApplicantMessages {
  constructor(private readonly notifications: Notifications) {}

  async send(manager: EntityManager, messages: readonly NewCandidateMessage[]): Promise<number> {
    await this.notifications.notifyMany(manager, messages);
    return messages.length;
  }
}
