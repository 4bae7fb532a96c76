import { AppConfig } from '@app/common/config';
import { FixedClock } from '@app/common/time';
import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ClaimedMessage, MessageStore } from '../messages/message.store';
import { MAIL_CLAIM_LEASE_MS, MailDelivery, SKIPPED_NO_ADDRESS, SKIPPED_NO_CHANNEL } from './mail-delivery.service';
import { MailRecipient, MailRecipients } from './mail-recipients';
import { MailTransport, OutgoingMail } from './mail-transport';

const NOW = '2024-03-06T02:00:00.000Z';

interface Row extends ClaimedMessage {
  status: 'PENDING' | 'SENT' | 'FAILED' | 'SKIPPED';
  nextAttemptAt: Date;
  error: string | null;
}

/** The outbox in memory: claims count a try and move the message a lease ahead, outcomes apply only to the try that claimed it. */
class FakeStore {
  readonly rows: Row[] = [];
  readonly claims: number[][] = [];

  add(id: number, traineeId: number, nextAttemptAt = new Date(NOW)): void {
    this.rows.push({ id, traineeId, title: `标题${id}`, body: `正文${id}`, attempts: 0, status: 'PENDING', nextAttemptAt, error: null });
  }

  async claimDue(_manager: EntityManager, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedMessage[]> {
    const due = this.rows.filter((row) => row.status === 'PENDING' && row.nextAttemptAt <= now).slice(0, limit);
    for (const row of due) {
      row.attempts += 1;
      row.nextAttemptAt = leaseUntil;
    }
    this.claims.push(due.map((row) => row.id));
    return due.map(({ id, traineeId, title, body, attempts }) => ({ id, traineeId, title, body, attempts }));
  }

  private claimed(id: number, attempts: number): Row | undefined {
    return this.rows.find((row) => row.id === id && row.status === 'PENDING' && row.attempts === attempts);
  }

  async markSent(id: number, attempts: number): Promise<void> {
    const row = this.claimed(id, attempts);
    if (row) Object.assign(row, { status: 'SENT', error: null });
  }

  async markRetry(id: number, attempts: number, nextAttemptAt: Date, error: string): Promise<void> {
    const row = this.claimed(id, attempts);
    if (row) Object.assign(row, { nextAttemptAt, error });
  }

  async markFailed(id: number, attempts: number, error: string): Promise<void> {
    const row = this.claimed(id, attempts);
    if (row) Object.assign(row, { status: 'FAILED', error });
  }

  async markSkipped(id: number, attempts: number, reason: string): Promise<void> {
    const row = this.claimed(id, attempts);
    if (row) Object.assign(row, { status: 'SKIPPED', error: reason });
  }

  async skipAllPending(reason: string): Promise<number> {
    const pending = this.rows.filter((row) => row.status === 'PENDING');
    for (const row of pending) Object.assign(row, { status: 'SKIPPED', error: reason });
    return pending.length;
  }

  state(id: number): Pick<Row, 'status' | 'attempts' | 'error'> {
    const { status, attempts, error } = this.rows.find((row) => row.id === id)!;
    return { status, attempts, error };
  }
}

class FakeTransport extends MailTransport {
  readonly sent: OutgoingMail[] = [];
  /** Errors the next sends throw, in order. */
  readonly failures: Array<Error & { responseCode?: number; command?: string }> = [];

  constructor(readonly configured = true) {
    super();
  }

  async send(mail: OutgoingMail): Promise<void> {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.sent.push(mail);
  }

  close(): void {}
}

function setUp(options: { configured?: boolean; batchSize?: number; recipients?: Record<number, MailRecipient> } = {}) {
  const store = new FakeStore();
  const transport = new FakeTransport(options.configured ?? true);
  const recipients = new MailRecipients();
  const asked: number[][] = [];
  recipients.provide(async (ids) => {
    asked.push([...ids]);
    return new Map(ids.flatMap((id) => (options.recipients?.[id] ? [[id, options.recipients[id]] as const] : [])));
  });
  const clock = new FixedClock(NOW);
  let transactions = 0;
  const dataSource = {
    transaction: async <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> => {
      transactions += 1;
      return work({} as EntityManager);
    },
  };
  const config = { mail: { smtpUrl: 'smtp://127.0.0.1:2525', from: 'noreply@example.org', maxAttempts: 3, batchSize: options.batchSize ?? 50 } } as AppConfig;
  const delivery = new MailDelivery(dataSource as unknown as DataSource, store as unknown as MessageStore, transport, recipients, config, clock);
  return { delivery, store, transport, clock, asked, transactions: () => transactions };
}

const LIN: MailRecipient = { name: '林晓华', email: 'lin@example.org' };

let warnings: jest.SpyInstance;
beforeEach(() => {
  warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warnings.mockRestore());

describe('MailDelivery.deliverDue: the e-mail outbox (fakes: store, transport, recipients, clock)', () => {
  it('sends each due message to its trainee\'s address, with the greeting and the platform\'s subject, and marks it sent', async () => {
    const { delivery, store, transport, asked } = setUp({ recipients: { 9: LIN } });
    store.add(1, 9);
    store.add(2, 9);
    store.add(3, 9, new Date(Date.parse(NOW) + 1000));
    expect(await delivery.deliverDue()).toEqual({ sent: 2, retrying: 0, failed: 0, skipped: 0 });
    expect(transport.sent).toEqual([
      { to: 'lin@example.org', subject: '【助理全科医生培训结业考核平台】标题1', text: expect.stringMatching(/^林晓华，您好：\n\n正文1\n/) },
      { to: 'lin@example.org', subject: '【助理全科医生培训结业考核平台】标题2', text: expect.stringMatching(/^林晓华，您好：\n\n正文2\n/) },
    ]);
    expect(asked).toEqual([[9]]);
    expect([store.state(1), store.state(3)]).toEqual([
      { status: 'SENT', attempts: 1, error: null },
      { status: 'PENDING', attempts: 0, error: null },
    ]);
  });

  it('a trainee without an address (or with none usable) is skipped, not tried again', async () => {
    const { delivery, store, transport } = setUp({ recipients: { 8: { name: '陈晨', email: null }, 7: { name: '王', email: 'not-an-address' } } });
    store.add(1, 8);
    store.add(2, 7);
    store.add(3, 6);
    expect(await delivery.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 0, skipped: 3 });
    expect(transport.sent).toEqual([]);
    expect(store.state(1)).toEqual({ status: 'SKIPPED', attempts: 1, error: SKIPPED_NO_ADDRESS });
  });

  it('a passing failure waits (1 minute after the first try) and is sent on a later run; the last allowed try marks it FAILED', async () => {
    const { delivery, store, transport, clock } = setUp({ recipients: { 9: LIN } });
    store.add(1, 9);
    store.add(2, 9);
    transport.failures.push(Object.assign(new Error('451 4.3.0 try again later'), { responseCode: 451, command: 'RCPT TO' }));
    expect(await delivery.deliverDue()).toEqual({ sent: 1, retrying: 1, failed: 0, skipped: 0 });
    expect(store.state(1)).toEqual({ status: 'PENDING', attempts: 1, error: '451 4.3.0 try again later' });
    expect(await delivery.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 0, skipped: 0 });
    clock.advance(60_000);
    expect(await delivery.deliverDue()).toEqual({ sent: 1, retrying: 0, failed: 0, skipped: 0 });
    expect(store.state(1)).toEqual({ status: 'SENT', attempts: 2, error: null });

    store.add(3, 9, clock.now());
    for (let i = 0; i < 3; i += 1) transport.failures.push(new Error('connect ECONNREFUSED'));
    await delivery.deliverDue();
    clock.advance(60_000);
    await delivery.deliverDue();
    clock.advance(300_000);
    expect(await delivery.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 1, skipped: 0 });
    expect(store.state(3)).toEqual({ status: 'FAILED', attempts: 3, error: 'connect ECONNREFUSED' });
    // Logged by message id and try, never with the address (personal data) or the server's answer quoting it.
    expect(warnings.mock.calls.map(([line]) => line)).toContain('e-mail of message 3 failed on try 3, for good');
    expect(warnings.mock.calls.flat().join('\n')).not.toContain('lin@example.org');
  });

  it('a recipient the server refuses for good fails at once', async () => {
    const { delivery, store, transport } = setUp({ recipients: { 9: LIN } });
    store.add(1, 9);
    transport.failures.push(Object.assign(new Error('550 5.1.1 unknown user'), { responseCode: 550, command: 'RCPT TO' }));
    expect(await delivery.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 1, skipped: 0 });
    expect(store.state(1)).toMatchObject({ status: 'FAILED', attempts: 1 });
  });

  it('claims in batches, each in its own short transaction, leasing what it claimed', async () => {
    const { delivery, store, transactions } = setUp({ batchSize: 2, recipients: { 9: LIN } });
    for (const id of [1, 2, 3, 4, 5]) store.add(id, 9);
    expect((await delivery.deliverDue()).sent).toBe(5);
    expect(store.claims).toEqual([[1, 2], [3, 4], [5]]);
    expect(transactions()).toBe(3);
    expect(MAIL_CLAIM_LEASE_MS).toBe(600_000);
  });

  it('a message whose try was claimed again after its lease ran out keeps the later try\'s outcome', async () => {
    const { delivery, store } = setUp({ recipients: { 9: LIN } });
    store.add(1, 9);
    // Another worker's try (attempt 1) outlived its lease; this run claims attempt 2 and sends it.
    store.rows[0].attempts = 1;
    await delivery.deliverDue();
    await store.markFailed(1, 1, 'late outcome of the first try');
    expect(store.state(1)).toEqual({ status: 'SENT', attempts: 2, error: null });
  });

  it('without an e-mail channel every pending message is skipped, and no one is asked for an address', async () => {
    const { delivery, store, asked, transport } = setUp({ configured: false });
    store.add(1, 9);
    store.add(2, 8);
    expect(await delivery.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 0, skipped: 2 });
    expect(store.state(2)).toEqual({ status: 'SKIPPED', attempts: 0, error: SKIPPED_NO_CHANNEL });
    expect([asked, transport.sent]).toEqual([[], []]);
  });

  it('refuses to guess addresses when the worker gave no reader', async () => {
    const recipients = new MailRecipients();
    await expect(recipients.of([1])).rejects.toThrow('No mail recipient reader');
  });
});
