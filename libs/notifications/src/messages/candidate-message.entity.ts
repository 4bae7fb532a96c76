import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MessageKind } from '../rules/candidate-notice';
import type { EmailStatus } from '../rules/delivery.rules';

/**
 * A message to a candidate (their trainee record, so one written before they registered is there when they
 * do) or to an account without one (a recruitment applicant): exactly one of the two is set. written in the transaction of the change that caused it, read in the message centre, and e-mailed by
 * the worker (the outbox columns `email_*`). The dedupe key makes a second write of the same message a no-op.
 */
@Entity({ name: 'candidate_message' })
@Index('idx_message_trainee', ['traineeId', 'id'])
@Index('idx_message_unread', ['traineeId', 'readAt'])
@Index('idx_message_account', ['accountId', 'id'])
@Index('idx_message_account_unread', ['accountId', 'readAt'])
@Index('idx_message_email_due', ['emailStatus', 'emailNextAttemptAt'])
export class CandidateMessage {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'trainee_id', type: 'int', nullable: true }) traineeId: number | null;
  @Column({ name: 'account_id', type: 'int', nullable: true }) accountId: number | null;
  @Column({ type: 'varchar', length: 40 }) kind: MessageKind;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'text' }) body: string;
  /** The facts the text was written from (session, deadline, reason…), for the portal to link and show. */
  @Column({ type: 'json' }) facts: Record<string, unknown>;
  @Index('uq_message_dedupe', { unique: true })
  @Column({ name: 'dedupe_key', type: 'varchar', length: 160 })
  dedupeKey: string;
  @Column({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
  /** Shown (and mailed) only from this instant: an admission outcome waits for the round's results time. */
  @Column({ name: 'visible_from', type: 'datetime', precision: 3, nullable: true }) visibleFrom: Date | null;
  @Column({ name: 'read_at', type: 'datetime', precision: 3, nullable: true }) readAt: Date | null;

  @Column({ name: 'email_status', type: 'enum', enum: ['PENDING', 'SENT', 'FAILED', 'SKIPPED'], default: 'PENDING' }) emailStatus: EmailStatus;
  /** Tries made (a try is counted when a worker claims the message). */
  @Column({ name: 'email_attempts', type: 'int', default: 0 }) emailAttempts: number;
  /** Due from this instant; a claim moves it a lease ahead, so a worker that dies mid-send leaves it due again. */
  @Column({ name: 'email_next_attempt_at', type: 'datetime', precision: 3, nullable: true }) emailNextAttemptAt: Date | null;
  @Column({ name: 'email_sent_at', type: 'datetime', precision: 3, nullable: true }) emailSentAt: Date | null;
  @Column({ name: 'email_last_error', type: 'varchar', length: 500, nullable: true }) emailLastError: string | null;
}
