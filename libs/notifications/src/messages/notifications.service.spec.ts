import { FixedClock } from '@app/common/time';
import { EntityManager } from 'typeorm';
import { NewCandidateMessage } from '../rules/candidate-notice';
import { MessageRowToWrite, MessageStore } from './message.store';
import { Notifications } from './notifications.service';

const NOW = '2024-03-06T02:00:00.000Z';
const IN_TRANSACTION = { queryRunner: { isTransactionActive: true } } as unknown as EntityManager;

const RETURNED: NewCandidateMessage = {
  traineeId: 9,
  kind: 'SIGNUP_RETURNED',
  dedupeKey: 'SIGNUP_RETURNED:signup=61:version=4',
  facts: { sessionId: 3, sessionName: '2024年结业考核', signupId: 61, reason: '照片不清晰', correctBefore: '2024-03-14T00:00:00+08:00' },
};

function setUp() {
  const written: Array<{ manager: EntityManager; rows: readonly MessageRowToWrite[] }> = [];
  const store = { insertMany: async (manager: EntityManager, rows: readonly MessageRowToWrite[]) => void written.push({ manager, rows }) };
  return { notifications: new Notifications(store as unknown as MessageStore, new FixedClock(NOW)), written };
}

describe('Notifications.notify: a message written with the change that causes it', () => {
  it('FA-8 writes the composed title and body, the facts and the dedupe key, stamped by the clock, through the caller\'s transaction', async () => {
    const { notifications, written } = setUp();
    await notifications.notify(IN_TRANSACTION, RETURNED);
    expect(written).toEqual([
      {
        manager: IN_TRANSACTION,
        rows: [
          {
            traineeId: 9,
            kind: 'SIGNUP_RETURNED',
            title: '报名被退回修改',
            body: expect.stringContaining('请在 2024年3月13日24:00（北京时间）前修改并重新提交'),
            facts: RETURNED.facts,
            dedupeKey: RETURNED.dedupeKey,
            createdAt: new Date(NOW),
            // Shown at once: only a message given a later instant waits for it.
            visibleFrom: null,
          },
        ],
      },
    ]);
  });

  it('RC-5 an applicant\'s message (an account without a trainee record) is addressed to the account', async () => {
    const { notifications, written } = setUp();
    await notifications.notify(IN_TRANSACTION, {
      accountId: 14,
      kind: 'RECRUITMENT_RETURNED',
      dedupeKey: 'RECRUITMENT_RETURNED:application=5:version=3',
      facts: { roundId: 1, roundName: '2025年福建省招录', applicationId: 5, by: { level: 'CITY', name: '设区市卫健委' }, reason: '同意函未盖章', correctBefore: '2025-07-09T00:00:00+08:00' },
    });
    expect(written[0].rows).toEqual([expect.objectContaining({ traineeId: null, accountId: 14, kind: 'RECRUITMENT_RETURNED', title: '招录报名被退回修改' })]);
  });

  it('RC-6 a message shown from a later instant keeps that instant apart; one whose instant has passed is shown at once', async () => {
    const { notifications, written } = setUp();
    const later = new Date('2024-03-10T00:00:00.000Z');
    await notifications.notifyMany(IN_TRANSACTION, [
      { ...RETURNED, dedupeKey: 'later', visibleFrom: later },
      { ...RETURNED, dedupeKey: 'passed', visibleFrom: new Date('2024-03-01T00:00:00.000Z') },
    ]);
    expect(written[0].rows.map((row) => [row.dedupeKey, row.createdAt, row.visibleFrom])).toEqual([
      ['later', new Date(NOW), later],
      ['passed', new Date(NOW), null],
    ]);
  });

  it('refuses to write outside a transaction: the message could outlive a change that rolled back', async () => {
    const { notifications, written } = setUp();
    await expect(notifications.notify({ queryRunner: undefined } as unknown as EntityManager, RETURNED)).rejects.toThrow(/inside the transaction/);
    await expect(notifications.notify({ queryRunner: { isTransactionActive: false } } as unknown as EntityManager, RETURNED)).rejects.toThrow(/inside the transaction/);
    expect(written).toEqual([]);
  });

  it('writes nothing for no messages', async () => {
    const { notifications, written } = setUp();
    await notifications.notifyMany({} as EntityManager, []);
    expect(written).toEqual([]);
  });
});
