import { Actor } from '@app/common/actor';
import { AuditEntry, AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { FixedClock } from '@app/common/time';
import { DataSource, EntityManager } from 'typeorm';
import { NewSignup, SignupWriter } from './signup-writer';
import { DuplicateSignupError, NewSignupRow, SignupCreationAudit, SignupStore } from './signup.store';

const NOW = '2024-03-01T02:00:00.000Z';
const MANAGER = { transactional: true } as unknown as EntityManager;

function candidate(traineeId: number): Actor {
  return { userId: 1000 + traineeId, role: 'CANDIDATE', organisationId: 31, baseId: 31, cityId: 3, traineeId };
}

function newSignup(traineeId: number): NewSignup {
  return {
    actor: candidate(traineeId),
    action: 'SIGNUP_SUBMITTED',
    sessionId: 7,
    traineeId,
    baseId: 31,
    cityId: 3,
    status: 'SUBMITTED',
    subjects: ['THEORY', 'SKILLS'],
    verdictJson: '{"eligible":true}',
    submittedAt: new Date(NOW),
  };
}

/** The unique key (session, trainee) as the table holds it; a batch with any duplicate is refused whole. */
class FakeSignupStore {
  readonly taken = new Set<string>();
  readonly single: Array<{ row: NewSignupRow; audit: SignupCreationAudit }> = [];
  readonly batches: NewSignupRow[][] = [];
  failBatchWith: Error | null = null;
  private nextId = 100;

  async createWithAudit(row: NewSignupRow, audit: SignupCreationAudit): Promise<number> {
    this.single.push({ row, audit });
    return this.take(row);
  }

  async insertMany(manager: EntityManager, rows: readonly NewSignupRow[]): Promise<number[]> {
    expect(manager).toBe(MANAGER);
    this.batches.push([...rows]);
    if (this.failBatchWith) throw this.failBatchWith;
    if (rows.some((row) => this.taken.has(key(row)))) throw new DuplicateSignupError();
    return rows.map((row) => this.take(row));
  }

  private take(row: NewSignupRow): number {
    if (this.taken.has(key(row))) throw new DuplicateSignupError();
    this.taken.add(key(row));
    this.nextId += 1;
    return this.nextId;
  }
}

const key = (row: NewSignupRow) => `${row.sessionId}:${row.traineeId}`;

class FakeAudit {
  readonly batches: Array<Array<{ actor: Actor; entry: AuditEntry }>> = [];

  async recordMany(manager: EntityManager, records: Array<{ actor: Actor; entry: AuditEntry }>): Promise<void> {
    expect(manager).toBe(MANAGER);
    this.batches.push(records);
  }
}

function setUp() {
  const store = new FakeSignupStore();
  const audit = new FakeAudit();
  let transactions = 0;
  const dataSource = {
    transaction: async <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> => {
      transactions += 1;
      return work(MANAGER);
    },
  };
  const writer = new SignupWriter(dataSource as unknown as DataSource, store as unknown as SignupStore, audit as unknown as AuditService, new FixedClock(NOW));
  return { writer, store, audit, transactions: () => transactions };
}

/** Sign-ups created in one event-loop turn leave together, as one batch. */
function createTogether(writer: SignupWriter, rows: NewSignup[]): Promise<Array<PromiseSettledResult<number>>> {
  return Promise.allSettled(rows.map((row) => writer.create(row)));
}

function codeOf(result: PromiseSettledResult<number>): string | number {
  if (result.status === 'fulfilled') return result.value;
  return result.reason instanceof DomainError ? result.reason.code : String(result.reason);
}

describe('SignupWriter (fakes: sign-up store, audit, clock)', () => {
  it('FA-7 a sign-up alone is written with its audit record in one call, stamped by the clock', async () => {
    const { writer, store, transactions } = setUp();
    const row = newSignup(1);
    await expect(writer.create(row)).resolves.toBe(101);
    expect(store.single).toEqual([
      { row, audit: { occurredAt: new Date(NOW), actor: row.actor, action: 'SIGNUP_SUBMITTED', after: { status: 'SUBMITTED', subjects: ['THEORY', 'SKILLS'], sessionId: 7 } } },
    ]);
    expect(store.batches).toEqual([]);
    expect(transactions()).toBe(0);
  });

  it('FA-5 a sign-up alone that meets the unique key: SIGNUP_EXISTS', async () => {
    const { writer, store } = setUp();
    store.taken.add('7:1');
    const error = await writer.create(newSignup(1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('SIGNUP_EXISTS');
  });

  it('FA-7 sign-ups arriving together are written in one transaction, each with its audit record', async () => {
    const { writer, store, audit, transactions } = setUp();
    const rows = [newSignup(1), newSignup(2), newSignup(3)];
    const results = await createTogether(writer, rows);
    expect(results.map(codeOf)).toEqual([101, 102, 103]);
    expect(transactions()).toBe(1);
    expect(store.batches).toEqual([rows]);
    expect(store.single).toEqual([]);
    expect(audit.batches).toHaveLength(1);
    expect(audit.batches[0]).toEqual(
      rows.map((row, index) => ({
        actor: row.actor,
        entry: { action: 'SIGNUP_SUBMITTED', entityType: 'signup', entityId: 101 + index, scopeBaseId: 31, after: { status: 'SUBMITTED', subjects: ['THEORY', 'SKILLS'], sessionId: 7 } },
      })),
    );
  });

  it('FA-5 a batch meeting a duplicate is retried row by row: only the duplicate is refused', async () => {
    const { writer, store, audit } = setUp();
    store.taken.add('7:2');
    const results = await createTogether(writer, [newSignup(1), newSignup(2), newSignup(3)]);
    expect(results.map(codeOf)).toEqual([101, 'SIGNUP_EXISTS', 102]);
    expect(store.batches).toHaveLength(1);
    expect(store.single.map((s) => s.row.traineeId)).toEqual([1, 2, 3]);
    // The refused batch wrote no audit records; each row alone carries its own.
    expect(audit.batches).toEqual([]);
  });

  it('FA-5 the same trainee twice in one batch (a double click): the first is written, the second is SIGNUP_EXISTS', async () => {
    const { writer, store } = setUp();
    const first = newSignup(1);
    const again = newSignup(1);
    const results = await createTogether(writer, [first, again, newSignup(2)]);
    expect(results.map(codeOf)).toEqual([101, 'SIGNUP_EXISTS', 102]);
    expect(store.batches).toEqual([[first, expect.objectContaining({ traineeId: 2 })]]);
  });

  it('a double click alone goes the single-row way, and the repeat is SIGNUP_EXISTS', async () => {
    const { writer, store, transactions } = setUp();
    const results = await createTogether(writer, [newSignup(1), newSignup(1)]);
    expect(results.map(codeOf)).toEqual([101, 'SIGNUP_EXISTS']);
    expect(store.single).toHaveLength(1);
    expect(transactions()).toBe(0);
  });

  it('any other failure of a batch fails every sign-up in it, and is not retried', async () => {
    const { writer, store } = setUp();
    store.failBatchWith = new Error('connection lost');
    const results = await createTogether(writer, [newSignup(1), newSignup(2)]);
    expect(results.map(codeOf)).toEqual(['Error: connection lost', 'Error: connection lost']);
    expect(store.single).toEqual([]);
  });
});
