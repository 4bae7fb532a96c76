import { Actor } from '@app/common/actor';
import { DomainError } from '@app/common/errors';
import { Clock, formatBeijing } from '@app/common/time';
import { Injectable } from '@nestjs/common';
import type { MessageKind } from '../rules/candidate-notice';
import { MessageOwner, MessageStore, StoredMessage } from './message.store';

export interface MessageView {
  id: number;
  kind: MessageKind;
  title: string;
  body: string;
  /**
   * What the text was written from, by kind: the session (sessionId, sessionName) and sign-up (signupId) of review
   * outcomes, with the reason and, for a return, the deadline to correct it (correctBefore); the ticket number, exam
   * slot, site and print window of TICKETS_READY; the old and new time (before, after) of SESSION_RESCHEDULED; the
   * subject of RESULTS_PUBLISHED; the limit (deadline), what remains (remainingSubjects) and the years left
   * (remainingYears) of THREE_YEAR_LIMIT_APPROACHING. Times are Beijing time with their offset.
   */
  facts: Record<string, unknown>;
  /** Beijing time */
  createdAt: string;
  read: boolean;
  /** Beijing time; null while unread */
  readAt: string | null;
}

export interface MessagePage {
  items: MessageView[];
  /** messages matching the query (all, or the unread ones) */
  total: number;
  /** unread messages, whatever the query */
  unread: number;
  page: number;
  pageSize: number;
}

export function toMessageView(message: StoredMessage): MessageView {
  return {
    id: message.id,
    kind: message.kind,
    title: message.title,
    body: message.body,
    facts: message.facts,
    createdAt: formatBeijing(message.createdAt),
    read: message.readAt !== null,
    readAt: message.readAt === null ? null : formatBeijing(message.readAt),
  };
}

/**
 * The candidate's message centre: their own messages only, newest first, with the unread count. A candidate reads
 * the messages of their trainee record and those addressed to their account (what they were told as an applicant).
 */
@Injectable()
export class MessageCentre {
  constructor(
    private readonly store: MessageStore,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: { page: number; pageSize: number; unread?: boolean }): Promise<MessagePage> {
    const owner = ownerOf(actor);
    const unreadOnly = query.unread === true;
    const now = this.clock.now();
    const [items, total, unread] = await Promise.all([
      this.store.page(owner, now, unreadOnly, query.pageSize, (query.page - 1) * query.pageSize),
      this.store.count(owner, now, unreadOnly),
      this.store.count(owner, now, true),
    ]);
    return { items: items.map(toMessageView), total, unread, page: query.page, pageSize: query.pageSize };
  }

  async unreadCount(actor: Actor): Promise<{ unread: number }> {
    return { unread: await this.store.count(ownerOf(actor), this.clock.now(), true) };
  }

  /** Another candidate's message is "not found", so ids tell nothing about others' messages. */
  async markRead(actor: Actor, id: number): Promise<MessageView> {
    const owner = ownerOf(actor);
    const now = this.clock.now();
    if (!(await this.store.ofOwner(owner, now, id))) throw new DomainError('MESSAGE_NOT_FOUND');
    await this.store.markRead(owner, id, now);
    const message = await this.store.ofOwner(owner, now, id);
    if (!message) throw new DomainError('MESSAGE_NOT_FOUND');
    return toMessageView(message);
  }

  async markAllRead(actor: Actor): Promise<{ marked: number; unread: number }> {
    const owner = ownerOf(actor);
    const now = this.clock.now();
    const marked = await this.store.markAllRead(owner, now);
    return { marked, unread: await this.store.count(owner, now, true) };
  }
}

function ownerOf(actor: Actor): MessageOwner {
  if (actor.role !== 'CANDIDATE') throw new DomainError('FORBIDDEN_ROLE');
  if (actor.traineeId === null && actor.userId === null) throw new DomainError('FORBIDDEN_ROLE');
  return { traineeId: actor.traineeId, accountId: actor.userId };
}
