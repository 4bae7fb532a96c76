import { AssessmentSession } from '@app/assessment/entities/assessment-session.entity';
import { Actor } from '@app/common/actor';
import { AuditEntry, AuditService } from '@app/common/audit';
import { FixedClock } from '@app/common/time';
import type { NewCandidateMessage, Notifications } from '@app/notifications';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AssessmentReadStore } from '../assessment-reads/assessment-read.store';
import { SeatingStore, SeatToNumber } from '../seating/seating.store';
import type { ReadyTicketRow } from '../access/ticket-notices';
import { NewSkillsTicket, TicketStore } from '../tickets/ticket.store';
import { TicketNumberService } from './ticket-number.service';

const CENTRE: Actor = { userId: 1, role: 'CENTRE_ADMIN', organisationId: 1, baseId: null, cityId: null, traineeId: null };
const NOW = '2024-03-20T02:00:00.000Z';

/** ticket_sequence and admit_ticket in memory; an INSERT that hits the unique key on (signup, subject) inserts nothing, as MySQL's does. */
class FakeTicketStore {
  readonly counters = new Map<string, number>();
  readonly tickets: Array<NewSkillsTicket & { siteCode: string; issuedAt: Date }> = [];
  /** Errors the next INSERTs throw, in order, before writing anything. */
  readonly insertFailures: Error[] = [];
  /** Runs once at the next INSERT, as another issuer committing between our read and our write. */
  concurrently: (() => void) | null = null;

  async ensureSkillsSequence(year: number, siteCode: string): Promise<void> {
    if (!this.counters.has(`${year}/${siteCode}`)) this.counters.set(`${year}/${siteCode}`, 0);
  }

  async lockedLastSkillsSequence(_manager: EntityManager, year: number, siteCode: string): Promise<number> {
    const last = this.counters.get(`${year}/${siteCode}`);
    if (last === undefined) throw new Error(`no counter row for ${year}/${siteCode}`);
    return last;
  }

  async setLastSkillsSequence(_manager: EntityManager, year: number, siteCode: string, last: number): Promise<void> {
    this.counters.set(`${year}/${siteCode}`, last);
  }

  async skillsNumbered(_manager: EntityManager, signupIds: number[]): Promise<Set<number>> {
    return new Set(this.tickets.filter((t) => signupIds.includes(t.signupId)).map((t) => t.signupId));
  }

  async insertSkillsTickets(_manager: EntityManager, siteCode: string, issuedAt: Date, tickets: NewSkillsTicket[]): Promise<void> {
    const concurrently = this.concurrently;
    this.concurrently = null;
    concurrently?.();
    const failure = this.insertFailures.shift();
    if (failure) throw failure;
    const taken = tickets.find((t) => this.tickets.some((existing) => existing.signupId === t.signupId));
    if (taken) throw queryFailed(`Duplicate entry '${taken.signupId}-SKILLS' for key 'uq_ticket_signup_subject'`, 'ER_DUP_ENTRY');
    this.tickets.push(...tickets.map((t) => ({ ...t, siteCode, issuedAt })));
  }

  /** Each numbered sign-up's candidate is trainee 1000 + the sign-up id, seated on 2024-04-19 08:00–11:30. */
  async readyTickets(_manager: EntityManager, signupIds: number[]): Promise<ReadyTicketRow[]> {
    return this.tickets
      .filter((t) => signupIds.includes(t.signupId))
      .map((t) => ({
        signupId: t.signupId,
        traineeId: 1000 + t.signupId,
        ticketNumber: t.ticketNumber,
        sessionId: 7,
        sessionName: '2024年结业考核',
        subjects: [{ subject: 'SKILLS', ticketMode: 'PLATFORM', ticketOpensAt: '2024-04-12T16:00:00.000Z', ticketClosesAt: '2024-04-19T16:00:00.000Z', examStartsAt: '2024-04-18T16:00:00.000Z', examEndsAt: '2024-04-21T16:00:00.000Z' }],
        slotDate: '2024-04-19',
        startsAt: '08:00',
        endsAt: '11:30',
        siteName: '福州考点',
        siteAddress: '福州市鼓楼区',
      }));
  }

  numbersOf(siteCode: string): Array<[number, string]> {
    return this.tickets.filter((t) => t.siteCode === siteCode).map((t) => [t.signupId, t.ticketNumber]);
  }
}

class FakeAudit {
  readonly entries: Array<{ actor: Actor; entry: AuditEntry }> = [];

  async record(_manager: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
    this.entries.push({ actor, entry });
  }

  async recordMany(_manager: EntityManager, records: Array<{ actor: Actor; entry: AuditEntry }>): Promise<void> {
    this.entries.push(...records);
  }
}

/** Messages as written, with the manager of the transaction that wrote them. */
class FakeNotifications {
  readonly written: Array<{ manager: EntityManager; message: NewCandidateMessage }> = [];

  async notifyMany(manager: EntityManager, messages: readonly NewCandidateMessage[]): Promise<void> {
    this.written.push(...messages.map((message) => ({ manager, message })));
  }
}

/** Runs each transaction's work at once and counts them; the fake stores write nothing before a failing statement, so nothing needs undoing. */
class FakeTransactions {
  count = 0;

  readonly managers: EntityManager[] = [];

  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    this.count += 1;
    const manager = { transaction: this.count } as unknown as EntityManager;
    this.managers.push(manager);
    return work(manager);
  }
}

function queryFailed(message: string, code: string): QueryFailedError {
  return new QueryFailedError('INSERT INTO admit_ticket …', [], Object.assign(new Error(message), { code }));
}

type Seat = Omit<SeatToNumber, 'numbered'>;

function seat(signupId: number, siteCode: string): Seat {
  return { signupId, siteCode };
}

function setUp(options: { seats?: Seat[]; session?: Partial<AssessmentSession> | null } = {}) {
  const tickets = new FakeTicketStore();
  const audit = new FakeAudit();
  const transactions = new FakeTransactions();
  const notifications = new FakeNotifications();
  // Seats in the order given; numbered when a SKILLS ticket exists, as the LEFT JOIN on admit_ticket says.
  const seats = {
    inNumberingOrder: jest.fn(async (_sessionId: number): Promise<SeatToNumber[]> =>
      (options.seats ?? []).map((s) => ({ ...s, numbered: tickets.tickets.some((t) => t.signupId === s.signupId) })),
    ),
  };
  const session = options.session === undefined ? { id: 7, year: 2024 } : options.session;
  const assessment = { sessionById: jest.fn(async (id: number) => (session && session.id === id ? (session as AssessmentSession) : null)) };
  const service = new TicketNumberService(
    transactions as unknown as DataSource,
    tickets as unknown as TicketStore,
    seats as unknown as SeatingStore,
    assessment as unknown as AssessmentReadStore,
    audit as unknown as AuditService,
    new FixedClock(NOW),
    notifications as unknown as Notifications,
  );
  return { service, tickets, audit, transactions, seats, notifications };
}

describe('TK-3 TicketNumberService.issueForSession, on fake stores', () => {
  it('TK-3 refuses an unknown session before reading any seat', async () => {
    const { service, seats, transactions } = setUp({ session: null });
    await expect(service.issueForSession(CENTRE, 7)).rejects.toMatchObject({ code: 'SESSION_NOT_FOUND' });
    expect(seats.inNumberingOrder).not.toHaveBeenCalled();
    expect(transactions.count).toBe(0);
  });

  it('TK-3 with nobody seated issues nothing, opens no transaction and creates no counter', async () => {
    const { service, tickets, audit, transactions } = setUp({ seats: [] });
    expect(await service.issueForSession(CENTRE, 7)).toEqual({ issued: 0, alreadyIssued: 0 });
    expect(transactions.count).toBe(0);
    expect(tickets.counters.size).toBe(0);
    expect(audit.entries).toEqual([]);
  });

  it('TK-3 numbers each site from its own counter, in seat order, stamped with the clock and audited per ticket', async () => {
    const { service, tickets, audit, transactions } = setUp({ seats: [seat(30, 'FZ'), seat(10, 'XM'), seat(20, 'FZ'), seat(40, 'XM'), seat(50, 'FZ')] });
    expect(await service.issueForSession(CENTRE, 7)).toEqual({ issued: 5, alreadyIssued: 0 });
    expect(tickets.numbersOf('FZ')).toEqual([
      [30, '20242FZ00001'],
      [20, '20242FZ00002'],
      [50, '20242FZ00003'],
    ]);
    expect(tickets.numbersOf('XM')).toEqual([
      [10, '20242XM00001'],
      [40, '20242XM00002'],
    ]);
    expect(tickets.tickets.map((t) => t.sequence)).toEqual([1, 2, 3, 1, 2]);
    expect(tickets.counters).toEqual(
      new Map([
        ['2024/FZ', 3],
        ['2024/XM', 2],
      ]),
    );
    expect(tickets.tickets.every((t) => t.issuedAt.toISOString() === NOW)).toBe(true);
    expect(transactions.count).toBe(2);
    expect(audit.entries).toHaveLength(5);
    expect(audit.entries[0]).toEqual({ actor: CENTRE, entry: { action: 'TICKET_NUMBER_ISSUED', entityType: 'signup', entityId: 30, after: { ticketNumber: '20242FZ00001' } } });
  });

  it('TK-3 keeps tickets already issued: their holders are skipped and the counter goes on from its last number', async () => {
    const { service, tickets, audit } = setUp({ seats: [seat(1, 'FZ'), seat(2, 'FZ'), seat(3, 'FZ'), seat(4, 'FZ')] });
    tickets.counters.set('2024/FZ', 2);
    tickets.tickets.push(
      { signupId: 1, ticketNumber: '20242FZ00001', sequence: 1, siteCode: 'FZ', issuedAt: new Date('2024-03-01T00:00:00Z') },
      { signupId: 3, ticketNumber: '20242FZ00002', sequence: 2, siteCode: 'FZ', issuedAt: new Date('2024-03-01T00:00:00Z') },
    );
    expect(await service.issueForSession(CENTRE, 7)).toEqual({ issued: 2, alreadyIssued: 2 });
    expect(tickets.numbersOf('FZ')).toEqual([
      [1, '20242FZ00001'],
      [3, '20242FZ00002'],
      [2, '20242FZ00003'],
      [4, '20242FZ00004'],
    ]);
    expect(tickets.counters.get('2024/FZ')).toBe(4);
    expect(audit.entries.map((e) => e.entry.entityId)).toEqual([2, 4]);
  });

  it('TK-3 a second run over the same seats issues nothing more and opens no transaction', async () => {
    const { service, tickets, transactions } = setUp({ seats: [seat(1, 'FZ'), seat(2, 'FZ')] });
    expect(await service.issueForSession(CENTRE, 7)).toEqual({ issued: 2, alreadyIssued: 0 });
    expect(await service.issueForSession(CENTRE, 7)).toEqual({ issued: 0, alreadyIssued: 2 });
    expect(transactions.count).toBe(1);
    expect(tickets.tickets).toHaveLength(2);
  });

  it('TK-1 each candidate numbered is told the ticket number, slot, site and print window, in the numbering transaction; a second run tells nobody again', async () => {
    const { service, notifications, transactions } = setUp({ seats: [seat(1, 'FZ'), seat(2, 'XM')] });
    await service.issueForSession(CENTRE, 7);
    expect(notifications.written.map(({ message }) => [message.traineeId, message.kind, message.dedupeKey])).toEqual([
      [1001, 'TICKETS_READY', 'TICKETS_READY:signup=1:subject=SKILLS'],
      [1002, 'TICKETS_READY', 'TICKETS_READY:signup=2:subject=SKILLS'],
    ]);
    expect(notifications.written.map(({ manager }) => manager)).toEqual(transactions.managers);
    expect(notifications.written[0].message.facts).toEqual({
      sessionId: 7,
      sessionName: '2024年结业考核',
      subject: 'SKILLS',
      ticketNumber: '20242FZ00001',
      exam: { startsAt: '2024-04-19T08:00:00+08:00', endsAt: '2024-04-19T11:30:00+08:00' },
      siteName: '福州考点',
      siteAddress: '福州市鼓楼区',
      printWindow: { startsAt: '2024-04-13T00:00:00+08:00', endsAt: '2024-04-20T00:00:00+08:00' },
    });
    await service.issueForSession(CENTRE, 7);
    expect(notifications.written).toHaveLength(2);
  });

  it('TK-3 numbers at most 500 tickets per transaction, one gap-free sequence across them', async () => {
    const seats = Array.from({ length: 1001 }, (_, index) => seat(index + 1, 'FZ'));
    const { service, tickets, transactions, audit } = setUp({ seats });
    expect(await service.issueForSession(CENTRE, 7)).toEqual({ issued: 1001, alreadyIssued: 0 });
    expect(transactions.count).toBe(3);
    expect(tickets.tickets.map((t) => t.sequence)).toEqual(Array.from({ length: 1001 }, (_, index) => index + 1));
    expect(tickets.tickets.map((t) => t.signupId)).toEqual(seats.map((s) => s.signupId));
    expect(tickets.counters.get('2024/FZ')).toBe(1001);
    expect(audit.entries).toHaveLength(1001);
  });
});

describe('TK-3 TicketNumberService.issue: one site, under its counter', () => {
  it('TK-3 issues nothing for no sign-ups, without touching the counter', async () => {
    const { service, tickets, transactions } = setUp();
    expect(await service.issue(CENTRE, 2024, 'FZ', [])).toBe(0);
    expect(tickets.counters.size).toBe(0);
    expect(transactions.count).toBe(0);
  });

  it('TK-3 a sign-up numbered after the seats were read is skipped inside the transaction, with no gap in the sequence', async () => {
    const { service, tickets, audit } = setUp();
    tickets.tickets.push({ signupId: 2, ticketNumber: '20242XM00001', sequence: 1, siteCode: 'XM', issuedAt: new Date(NOW) });
    expect(await service.issue(CENTRE, 2024, 'FZ', [1, 2, 3])).toBe(2);
    expect(tickets.numbersOf('FZ')).toEqual([
      [1, '20242FZ00001'],
      [3, '20242FZ00002'],
    ]);
    expect(tickets.counters.get('2024/FZ')).toBe(2);
    expect(audit.entries.map((e) => e.entry.entityId)).toEqual([1, 3]);
  });

  it('TK-3 when every sign-up is numbered already, it writes nothing and leaves the counter', async () => {
    const { service, tickets, audit } = setUp();
    tickets.counters.set('2024/FZ', 9);
    tickets.tickets.push({ signupId: 1, ticketNumber: '20242XM00001', sequence: 1, siteCode: 'XM', issuedAt: new Date(NOW) });
    expect(await service.issue(CENTRE, 2024, 'FZ', [1])).toBe(0);
    expect(tickets.counters.get('2024/FZ')).toBe(9);
    expect(tickets.numbersOf('FZ')).toEqual([]);
    expect(audit.entries).toEqual([]);
  });

  it('TK-3 a sign-up numbered by another site between read and write: the duplicate rolls back, the next attempt skips it', async () => {
    const { service, tickets, transactions } = setUp();
    tickets.concurrently = () => tickets.tickets.push({ signupId: 2, ticketNumber: '20242XM00001', sequence: 1, siteCode: 'XM', issuedAt: new Date(NOW) });
    expect(await service.issue(CENTRE, 2024, 'FZ', [1, 2, 3])).toBe(2);
    expect(transactions.count).toBe(2);
    expect(tickets.numbersOf('FZ')).toEqual([
      [1, '20242FZ00001'],
      [3, '20242FZ00002'],
    ]);
    expect(tickets.counters.get('2024/FZ')).toBe(2);
  });

  it.each(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT'])('TK-3 retries after %s and then issues', async (code) => {
    const { service, tickets, transactions } = setUp();
    tickets.insertFailures.push(queryFailed('lock trouble', code));
    expect(await service.issue(CENTRE, 2024, 'FZ', [1])).toBe(1);
    expect(transactions.count).toBe(2);
    expect(tickets.numbersOf('FZ')).toEqual([[1, '20242FZ00001']]);
  });

  it('TK-3 gives up after five attempts and throws the last error', async () => {
    const { service, tickets, transactions } = setUp();
    const failures = Array.from({ length: 5 }, (_, index) => queryFailed(`deadlock ${index + 1}`, 'ER_LOCK_DEADLOCK'));
    tickets.insertFailures.push(...failures);
    await expect(service.issue(CENTRE, 2024, 'FZ', [1])).rejects.toBe(failures[4]);
    expect(transactions.count).toBe(5);
    expect(tickets.tickets).toEqual([]);
  });

  it('TK-3 does not retry other database errors', async () => {
    const { service, tickets, transactions } = setUp();
    const failure = queryFailed("Table 'admit_ticket' is read only", 'ER_OPEN_AS_READONLY');
    tickets.insertFailures.push(failure);
    await expect(service.issue(CENTRE, 2024, 'FZ', [1])).rejects.toBe(failure);
    expect(transactions.count).toBe(1);
  });

  it('TK-3 does not retry a sequence past the layout: the number cannot be formed', async () => {
    const { service, tickets, transactions } = setUp();
    tickets.counters.set('2024/FZ', 99999);
    await expect(service.issue(CENTRE, 2024, 'FZ', [1])).rejects.toThrow(RangeError);
    expect(transactions.count).toBe(1);
    expect(tickets.tickets).toEqual([]);
    expect(tickets.counters.get('2024/FZ')).toBe(99999);
  });
});
