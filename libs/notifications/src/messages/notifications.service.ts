import { Clock } from '@app/common/time';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NewCandidateMessage } from '../rules/candidate-notice';
import { composeMessage } from '../rules/compose-message.rules';
import { MessageStore } from './message.store';

/**
 * How the libraries above tell a candidate something: inside the transaction of the change that causes it,
 * so the message commits or rolls back with that change. The text is written now, from the kind and its
 * facts; the worker e-mails it later (the API never sends mail).
 */
@Injectable()
export class Notifications {
  constructor(
    private readonly store: MessageStore,
    private readonly clock: Clock,
  ) {}

  notify(manager: EntityManager, message: NewCandidateMessage): Promise<void> {
    return this.notifyMany(manager, [message]);
  }

  /** One message per entry; an entry whose dedupe key was written before (in this call or earlier) is left out. */
  async notifyMany(manager: EntityManager, messages: readonly NewCandidateMessage[]): Promise<void> {
    if (messages.length === 0) return;
    // Outside a transaction a message could outlive a change that rolled back, or go missing from one that committed.
    if (!manager.queryRunner?.isTransactionActive) throw new Error('Notifications.notify runs inside the transaction of the change it reports');
    const now = this.clock.now();
    // A message shown later keeps that instant apart: the message centre leaves it out until then.
    const shownFrom = (message: NewCandidateMessage) => (message.visibleFrom && message.visibleFrom.getTime() > now.getTime() ? message.visibleFrom : null);
    await this.store.insertMany(
      manager,
      messages.map((message) => ({
        ...addresseeOf(message),
        kind: message.kind,
        ...composeMessage(message),
        facts: message.facts,
        dedupeKey: message.dedupeKey,
        createdAt: now,
        visibleFrom: shownFrom(message),
      })),
    );
  }
}

/** A trainee's message is written to the trainee; an applicant's (no trainee record) to the account. */
function addresseeOf(message: NewCandidateMessage): { traineeId: number } | { traineeId: null; accountId: number } {
  return message.traineeId !== undefined ? { traineeId: message.traineeId } : { traineeId: null, accountId: message.accountId };
}
