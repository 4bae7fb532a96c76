import { AppConfig } from '@app/common/config';
import { Clock } from '@app/common/time';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClaimedMessage, MessageStore } from '../messages/message.store';
import { composeMail } from '../rules/compose-message.rules';
import { afterSendFailure, classifySendError, isMailAddress, SmtpErrorLike } from '../rules/delivery.rules';
import { MailRecipient, MailRecipients } from './mail-recipients';
import { MailTransport } from './mail-transport';

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
  skipped: number;
}

/** A claimed message belongs to its worker this long; one that died mid-send leaves it due again after it. */
export const MAIL_CLAIM_LEASE_MS = 10 * 60_000;
/** Batches one run takes at most, so a run ends and the next scheduled one carries on. */
const BATCHES_PER_RUN = 20;

export const SKIPPED_NO_CHANNEL = 'NO_CHANNEL: no e-mail channel is configured (SMTP_URL)';
export const SKIPPED_NO_ADDRESS = 'NO_ADDRESS: the trainee gave no e-mail address';

/**
 * The e-mail outbox, run by the worker's scheduled job: claims due messages in batches (any number of workers
 * at once, each taking other rows), sends each through the transport, and records sent, retry later or
 * failed for good (MAIL_MAX_ATTEMPTS); a trainee without an address is skipped.
 */
@Injectable()
export class MailDelivery {
  private readonly logger = new Logger(MailDelivery.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: MessageStore,
    private readonly transport: MailTransport,
    private readonly recipients: MailRecipients,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async deliverDue(): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
    if (!this.transport.configured) {
      report.skipped = await this.store.skipAllPending(SKIPPED_NO_CHANNEL);
      return report;
    }
    const { batchSize } = this.config.mail;
    for (let batch = 0; batch < BATCHES_PER_RUN; batch += 1) {
      const now = this.clock.now();
      const claimed = await this.dataSource.transaction((manager) => this.store.claimDue(manager, now, new Date(now.getTime() + MAIL_CLAIM_LEASE_MS), batchSize));
      if (claimed.length === 0) break;
      const recipients = await this.recipients.of([...new Set(claimed.map((message) => message.traineeId))]);
      for (const message of claimed) await this.deliver(message, recipients.get(message.traineeId), report);
      if (claimed.length < batchSize) break;
    }
    if (report.failed + report.retrying > 0) this.logger.warn(`e-mail: ${report.sent} sent, ${report.retrying} to retry, ${report.failed} failed`);
    return report;
  }

  private async deliver(message: ClaimedMessage, recipient: MailRecipient | undefined, report: DeliveryReport): Promise<void> {
    if (!recipient || !isMailAddress(recipient.email)) {
      await this.store.markSkipped(message.id, message.attempts, SKIPPED_NO_ADDRESS);
      report.skipped += 1;
      return;
    }
    try {
      await this.transport.send({ to: recipient.email, ...composeMail(recipient.name, message) });
      await this.store.markSent(message.id, message.attempts, this.clock.now());
      report.sent += 1;
    } catch (error) {
      const decision = afterSendFailure(classifySendError(error as SmtpErrorLike), message.attempts, this.config.mail.maxAttempts, this.clock.now());
      // The message id only: the address (which a server's answer may quote) is personal data and stays out of the logs.
      this.logger.warn(`e-mail of message ${message.id} failed on try ${message.attempts}${decision.status === 'FAILED' ? ', for good' : ''}`);
      if (decision.status === 'FAILED') {
        await this.store.markFailed(message.id, message.attempts, decision.error);
        report.failed += 1;
      } else {
        await this.store.markRetry(message.id, message.attempts, decision.nextAttemptAt, decision.error);
        report.retrying += 1;
      }
    }
  }
}
