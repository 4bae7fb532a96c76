import { formatBeijing } from '@app/common/time';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A message to an applicant's account (the message centre is the official channel, SPEC Part E). */
export interface ApplicantMessage {
  accountId: number;
  kind: 'ADMISSION_RESULT' | 'REPORTING_DEADLINE';
  title: string;
  body: string;
}

/** Results are told only from the round's results time: the message says when to look. */
export function admissionResultMessage(accountId: number, roundName: string, resultsVisibleAt: Date | null): ApplicantMessage {
  const when = resultsVisibleAt ? `，请于${formatBeijing(resultsVisibleAt)}起登录平台查看录取结果及说明` : '，请登录平台查看录取结果及说明';
  return { accountId, kind: 'ADMISSION_RESULT', title: `${roundName}录取结果已发布`, body: `${roundName}录取结果已发布${when}。` };
}

/** RC-7: an admitted applicant is told where and by when to report, and what a no-show costs. */
export function reportingDeadlineMessage(accountId: number, roundName: string, baseName: string, deadline: Date | null): ApplicantMessage {
  const by = deadline ? `请于${formatBeijing(deadline)}前` : '请按通知要求';
  return {
    accountId,
    kind: 'REPORTING_DEADLINE',
    title: `${roundName}报到提醒`,
    body: `您已被${baseName}录取。${by}到培训基地报到；未按时报到者取消录取资格，并按招录政策限制报名。录取通知书可在平台下载。`,
  };
}

/**
 * The one place recruitment's messages to applicants are written. The message centre (libs/notifications)
 * addresses trainees only so far; until it can address an applicant's account, the messages are handed here,
 * inside the decision's transaction, and logged. Switching to the message centre changes this function only.
 */
@Injectable()
export class ApplicantMessages {
  private readonly logger = new Logger(ApplicantMessages.name);

  async send(_manager: EntityManager, messages: readonly ApplicantMessage[]): Promise<number> {
    if (messages.length > 0) this.logger.log(`${messages.length} applicant messages (${[...new Set(messages.map((message) => message.kind))].join(', ')}) await the message centre for accounts`);
    return Promise.resolve(messages.length);
  }
}
