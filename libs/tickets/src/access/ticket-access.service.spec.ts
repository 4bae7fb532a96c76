import { AssessmentSession, SessionSubjectConfig } from '@app/assessment/entities/assessment-session.entity';
import { Subject } from '@app/assessment/rules/subject';
import { Actor } from '@app/common/actor';
import { AppConfig } from '@app/common/config';
import { AuditEntry, AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { FileStorage, StoredFile } from '@app/common/storage';
import { FixedClock } from '@app/common/time';
import { TicketJobsProducer } from '@app/queue/ticket-jobs.producer';
import { PDFDocument } from 'pdf-lib';
import { DataSource, EntityManager } from 'typeorm';
import { AssessmentReadStore } from '../assessment-reads/assessment-read.store';
import { TicketNumberService } from '../numbering/ticket-number.service';
import { TicketFile, TicketForVerification, TicketRevision, TicketStore } from '../tickets/ticket.store';
import { TicketTokens } from '../verification/ticket-tokens';
import { TicketAccessService } from './ticket-access.service';

const SESSION_ID = 7;
const OTHER_SESSION_ID = 8;
const NOW = '2024-04-15T02:00:00.000Z';

const actor = (role: Actor['role'], ids: Partial<Actor> = {}): Actor => ({ userId: 1, role, organisationId: null, baseId: null, cityId: null, traineeId: null, ...ids });
const CENTRE = actor('CENTRE_ADMIN', { organisationId: 1 });
const CANDIDATE = actor('CANDIDATE', { traineeId: 501 });
const BASE_REVIEWER = actor('BASE_REVIEWER', { organisationId: 11, baseId: 11, cityId: 2 });
const CHECKER = actor('CHECKER', { organisationId: 1 });

/** One admit_ticket row with the sign-up and trainee columns the store's joins read. */
interface StoredTicket {
  id: number;
  sessionId: number;
  signupId: number;
  signupStatus: string;
  traineeId: number;
  baseId: number;
  subject: Subject;
  ticketNumber: string;
  revision: number;
  status: 'ISSUED' | 'WITHDRAWN';
  renderedRevision: number | null;
  renderError: string | null;
  pdfKey: string | null;
  name: string;
  idMasked: string;
  photoKey: string | null;
}

let nextId = 1;
function ticket(fields: Partial<StoredTicket> = {}): StoredTicket {
  const id = fields.id ?? nextId++;
  return {
    id,
    sessionId: SESSION_ID,
    signupId: 100 + id,
    signupStatus: 'APPROVED',
    traineeId: 500 + id,
    baseId: 11,
    subject: 'SKILLS',
    ticketNumber: `20242FZ${String(id).padStart(5, '0')}`,
    revision: 1,
    status: 'ISSUED',
    renderedRevision: null,
    renderError: null,
    pdfKey: null,
    name: '林一',
    idMasked: '350102********1234',
    photoKey: null,
    ...fields,
  };
}

/** A ticket whose PDF shows its current revision. */
const rendered = (fields: Partial<StoredTicket> = {}): StoredTicket & { pdfKey: string } => {
  const row = ticket(fields);
  return { ...row, renderedRevision: fields.renderedRevision ?? row.revision, pdfKey: fields.pdfKey ?? `tickets/${row.sessionId}/${row.ticketNumber}-r${row.revision}.pdf` };
};

/** The ticket store's reads answered from rows in memory, with the same filters and order as its SQL. */
class InMemoryTickets {
  rows: StoredTicket[] = [];

  private stale = (t: StoredTicket) => t.renderedRevision === null || t.renderedRevision < t.revision;
  private byId = (a: StoredTicket, b: StoredTicket) => a.id - b.id;
  private file = (t: StoredTicket): TicketFile => ({ ticketNumber: t.ticketNumber, pdfKey: t.pdfKey, current: t.renderedRevision === t.revision });

  async staleOfSession(sessionId: number): Promise<Array<TicketRevision & { failedBefore: boolean }>> {
    return this.rows
      .filter((t) => t.sessionId === sessionId && t.status === 'ISSUED' && this.stale(t))
      .sort(this.byId)
      .map((t) => ({ id: t.id, revision: t.revision, failedBefore: t.renderError !== null }));
  }

  async awaitingRender(): Promise<TicketRevision[]> {
    return this.rows
      .filter((t) => t.status === 'ISSUED' && t.renderError === null && this.stale(t))
      .sort(this.byId)
      .map((t) => ({ id: t.id, revision: t.revision }));
  }

  async renderCounts(sessionId: number): Promise<{ total: number; done: number; failed: number }> {
    const issued = this.rows.filter((t) => t.sessionId === sessionId && t.status === 'ISSUED');
    return {
      total: issued.length,
      done: issued.filter((t) => t.renderedRevision === t.revision).length,
      failed: issued.filter((t) => t.renderError !== null && this.stale(t)).length,
    };
  }

  async candidateFile(sessionId: number, traineeId: number, subject: Subject): Promise<TicketFile | null> {
    const row = this.rows.find((t) => t.sessionId === sessionId && t.traineeId === traineeId && t.subject === subject && t.status === 'ISSUED' && t.signupStatus === 'APPROVED');
    return row ? this.file(row) : null;
  }

  async baseFiles(sessionId: number, baseId: number): Promise<TicketFile[]> {
    return this.rows
      .filter((t) => t.sessionId === sessionId && t.baseId === baseId && t.status === 'ISSUED' && t.signupStatus === 'APPROVED')
      .sort((a, b) => a.ticketNumber.localeCompare(b.ticketNumber))
      .map(this.file);
  }

  async forVerification(ticketNumber: string, signupId: number): Promise<TicketForVerification | null> {
    const row = this.rows.find((t) => t.ticketNumber === ticketNumber && t.signupId === signupId);
    return row ? { ticketNumber: row.ticketNumber, revision: row.revision, status: row.status, signupStatus: row.signupStatus, baseId: row.baseId, name: row.name, idMasked: row.idMasked, photoKey: row.photoKey } : null;
  }
}

/** Records what would be queued; one job per non-empty call, as a run under the producer's batch size gives. */
class FakeProducer {
  readonly calls: Array<{ tickets: TicketRevision[]; attempt: string | undefined }> = [];
  held = new Set<number>();

  async enqueueRender(tickets: TicketRevision[], attempt?: string): Promise<number> {
    this.calls.push({ tickets, attempt });
    return tickets.length === 0 ? 0 : 1;
  }

  async heldTicketIds(): Promise<Set<number>> {
    return this.held;
  }
}

class MemoryStorage {
  readonly files = new Map<string, Buffer>();
  readonly reads: string[] = [];

  async put(key: string, content: Buffer): Promise<StoredFile> {
    this.files.set(key, content);
    return { key, bytes: content.length, sha256: '' };
  }

  async get(key: string): Promise<Buffer> {
    this.reads.push(key);
    const file = this.files.get(key);
    if (!file) throw new Error(`no file ${key}`);
    return file;
  }
}

class FakeAudit {
  readonly entries: Array<{ actor: Actor; entry: AuditEntry }> = [];

  async record(_manager: EntityManager, who: Actor, entry: AuditEntry): Promise<void> {
    this.entries.push({ actor: who, entry });
  }
}

class FakeTransactions {
  count = 0;

  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    this.count += 1;
    return work({} as EntityManager);
  }
}

function subjectConfig(subject: Subject, fields: Partial<SessionSubjectConfig> = {}): SessionSubjectConfig {
  return {
    subject,
    ticketMode: 'PLATFORM',
    ticketOpensAt: '2024-04-12T16:00:00.000Z',
    ticketClosesAt: '2024-04-19T16:00:00.000Z',
    examStartsAt: '2024-04-19T16:00:00.000Z',
    examEndsAt: '2024-04-26T16:00:00.000Z',
    ...fields,
  };
}

async function onePagePdf(text: string): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage([200, 200]).drawText(text, { x: 10, y: 100 });
  return Buffer.from(await document.save());
}

function setUp(options: { subjects?: SessionSubjectConfig[]; newlyNumbered?: StoredTicket[] } = {}) {
  const tickets = new InMemoryTickets();
  const session = { id: SESSION_ID, year: 2024, subjects: options.subjects ?? [subjectConfig('SKILLS'), subjectConfig('THEORY', { ticketMode: 'NATIONAL_SITE' })] } as AssessmentSession;
  const assessment = { sessionById: jest.fn(async (id: number) => (id === SESSION_ID ? session : null)) };
  // Numbering is TicketNumberService's own spec; here it only adds the tickets it would issue.
  const numbers = {
    issueForSession: jest.fn(async (_actor: Actor, _sessionId: number) => {
      tickets.rows.push(...(options.newlyNumbered ?? []));
      return { issued: options.newlyNumbered?.length ?? 0, alreadyIssued: 0 };
    }),
  };
  const producer = new FakeProducer();
  const storage = new MemoryStorage();
  const signer = new TicketTokens({ tickets: { signingKey: Buffer.alloc(32, 7) }, http: { publicOrigin: 'https://agp.example.org' } } as AppConfig);
  const audit = new FakeAudit();
  const transactions = new FakeTransactions();
  const clock = new FixedClock(NOW);
  const service = new TicketAccessService(
    transactions as unknown as DataSource,
    tickets as unknown as TicketStore,
    assessment as unknown as AssessmentReadStore,
    numbers as unknown as TicketNumberService,
    producer as unknown as TicketJobsProducer,
    storage as unknown as FileStorage,
    signer,
    audit as unknown as AuditService,
    clock,
  );
  return { service, tickets, numbers, producer, storage, signer, audit, transactions, clock };
}

beforeEach(() => {
  nextId = 1;
});

describe('TK-5 TicketAccessService.generate: numbers, then render jobs for every ticket without a current PDF', () => {
  it('TK-5 with nothing to number or render queues no job, and still records the request', async () => {
    const { service, producer, audit } = setUp();
    expect(await service.generate(CENTRE, SESSION_ID)).toEqual({ issued: 0, jobs: 0, progress: { total: 0, done: 0, failed: 0, pending: 0 } });
    expect(producer.calls.flatMap((c) => c.tickets)).toEqual([]);
    expect(audit.entries).toEqual([
      { actor: CENTRE, entry: { action: 'TICKETS_GENERATION_REQUESTED', entityType: 'assessment_session', entityId: SESSION_ID, after: { issued: 0, toRender: 0, jobs: 0 } } },
    ]);
  });

  it('TK-5 queues the newly numbered and the stale tickets, in id order, and leaves current and withdrawn ones alone', async () => {
    const fresh = [ticket({ id: 4 }), ticket({ id: 2 })];
    const { service, tickets, producer, numbers } = setUp({ newlyNumbered: fresh });
    tickets.rows.push(rendered({ id: 1 }), ticket({ id: 3, revision: 2, renderedRevision: 1, pdfKey: 'old.pdf' }), ticket({ id: 5, status: 'WITHDRAWN' }), ticket({ id: 6, sessionId: OTHER_SESSION_ID }));
    const result = await service.generate(CENTRE, SESSION_ID);
    expect(numbers.issueForSession).toHaveBeenCalledWith(CENTRE, SESSION_ID);
    expect(result).toEqual({ issued: 2, jobs: 1, progress: { total: 4, done: 1, failed: 0, pending: 3 } });
    expect(producer.calls).toEqual([
      {
        tickets: [
          { id: 2, revision: 1 },
          { id: 3, revision: 2 },
          { id: 4, revision: 1 },
        ],
        attempt: undefined,
      },
      { tickets: [], attempt: `retry${new Date(NOW).getTime()}` },
    ]);
  });

  it('TK-5 tickets whose render failed before go in a retry batch with a fresh job id; the audit counts both', async () => {
    const { service, tickets, producer, audit } = setUp();
    tickets.rows.push(ticket({ id: 1 }), ticket({ id: 2, renderError: 'the candidate has no photo' }), rendered({ id: 3 }));
    const result = await service.generate(CENTRE, SESSION_ID);
    expect(producer.calls).toEqual([
      { tickets: [{ id: 1, revision: 1 }], attempt: undefined },
      { tickets: [{ id: 2, revision: 1 }], attempt: `retry${new Date(NOW).getTime()}` },
    ]);
    expect(result).toEqual({ issued: 0, jobs: 2, progress: { total: 3, done: 1, failed: 1, pending: 1 } });
    expect(audit.entries[0].entry.after).toEqual({ issued: 0, toRender: 2, jobs: 2 });
  });

  it('TK-5 a numbering refusal stops generation before anything is queued or audited', async () => {
    const { service, numbers, producer, audit } = setUp();
    numbers.issueForSession.mockRejectedValueOnce(new DomainError('SESSION_NOT_FOUND'));
    await expect(service.generate(CENTRE, SESSION_ID)).rejects.toMatchObject({ code: 'SESSION_NOT_FOUND' });
    expect(producer.calls).toEqual([]);
    expect(audit.entries).toEqual([]);
  });
});

describe('TK-5 TicketAccessService.progress and requeueLostRenders', () => {
  it('TK-5 progress: done is rendered at the current revision, failed is a recorded error not rendered since, pending the rest', async () => {
    const { service, tickets } = setUp();
    tickets.rows.push(
      rendered({ id: 1 }),
      rendered({ id: 2, renderError: 'old failure, since rendered' }),
      ticket({ id: 3, renderError: 'the candidate has no photo' }),
      ticket({ id: 4 }),
      ticket({ id: 5, revision: 3, renderedRevision: 2 }),
      ticket({ id: 6, status: 'WITHDRAWN' }),
    );
    expect(await service.progress(SESSION_ID)).toEqual({ total: 5, done: 2, failed: 1, pending: 2 });
  });

  it('TK-5 queues again only the tickets waiting for a PDF that no unfinished job holds, leaving failed ones for the next generate', async () => {
    const { service, tickets, producer } = setUp();
    tickets.rows.push(ticket({ id: 1 }), ticket({ id: 2 }), ticket({ id: 3, renderError: 'bad data' }), rendered({ id: 4 }), ticket({ id: 5, sessionId: OTHER_SESSION_ID, revision: 2 }));
    producer.held = new Set([2]);
    expect(await service.requeueLostRenders()).toEqual({ tickets: 2, jobs: 1 });
    expect(producer.calls).toEqual([
      {
        tickets: [
          { id: 1, revision: 1 },
          { id: 5, revision: 2 },
        ],
        attempt: undefined,
      },
    ]);
  });

  it('TK-5 with every waiting ticket held, nothing is queued again', async () => {
    const { service, tickets, producer } = setUp();
    tickets.rows.push(ticket({ id: 1 }));
    producer.held = new Set([1]);
    expect(await service.requeueLostRenders()).toEqual({ tickets: 0, jobs: 0 });
  });
});

describe('TK-1 TicketAccessService.download: the candidate\'s own ticket, inside the subject\'s window', () => {
  const candidateTicket = () => rendered({ id: 1, traineeId: CANDIDATE.traineeId! });

  it.each([
    ['a base reviewer', BASE_REVIEWER],
    ['the centre', CENTRE],
    ['a candidate account without a trainee record', actor('CANDIDATE')],
  ])('TK-1 refuses %s: only a candidate downloads, and only their own', async (_label, who) => {
    const { service } = setUp();
    await expect(service.download(who, SESSION_ID, 'SKILLS')).rejects.toMatchObject({ code: 'FORBIDDEN_ROLE' });
  });

  it('TK-1 an unknown session is SESSION_NOT_FOUND', async () => {
    const { service } = setUp();
    await expect(service.download(CANDIDATE, OTHER_SESSION_ID, 'SKILLS')).rejects.toMatchObject({ code: 'SESSION_NOT_FOUND' });
  });

  it('TK-1 a subject the session does not hold has no ticket', async () => {
    const { service } = setUp({ subjects: [subjectConfig('THEORY')] });
    await expect(service.download(CANDIDATE, SESSION_ID, 'SKILLS')).rejects.toMatchObject({ code: 'TICKET_NOT_FOUND' });
  });

  it('TK-1 THEORY tickets come from the national site, named with its address', async () => {
    const { service } = setUp();
    await expect(service.download(CANDIDATE, SESSION_ID, 'THEORY')).rejects.toMatchObject({ code: 'TICKET_AT_NATIONAL_SITE', details: { site: '中国卫生人才网', url: 'http://www.21wecan.com' } });
  });

  it.each([
    ['2024-04-12T15:59:59.000Z', 'TICKET_WINDOW_NOT_OPEN'],
    ['2024-04-19T16:00:00.000Z', 'TICKET_WINDOW_CLOSED'],
  ])('TK-1 at %s the window refuses with %s and names it in Beijing time', async (instant, code) => {
    const { service, tickets, clock } = setUp();
    tickets.rows.push(candidateTicket());
    clock.set(instant);
    await expect(service.download(CANDIDATE, SESSION_ID, 'SKILLS')).rejects.toMatchObject({ code, details: { opensAt: '2024-04-13T00:00:00+08:00', closesAt: '2024-04-20T00:00:00+08:00' } });
  });

  it('TK-1 inside the window without an issued ticket of an approved sign-up: TICKET_NOT_FOUND', async () => {
    const { service, tickets } = setUp();
    tickets.rows.push(rendered({ id: 1, traineeId: CANDIDATE.traineeId!, signupStatus: 'CANCELLED' }), rendered({ id: 2, traineeId: CANDIDATE.traineeId!, status: 'WITHDRAWN' }), rendered({ id: 3 }));
    await expect(service.download(CANDIDATE, SESSION_ID, 'SKILLS')).rejects.toMatchObject({ code: 'TICKET_NOT_FOUND' });
  });

  it.each([
    ['never rendered', { renderedRevision: null, pdfKey: null }],
    ['rendered at an older revision', { revision: 2, renderedRevision: 1, pdfKey: 'tickets/7/old-r1.pdf' }],
  ])('TK-1 a ticket %s is not ready', async (_label, fields) => {
    const { service, tickets } = setUp();
    tickets.rows.push(ticket({ id: 1, traineeId: CANDIDATE.traineeId!, ...fields }));
    await expect(service.download(CANDIDATE, SESSION_ID, 'SKILLS')).rejects.toMatchObject({ code: 'TICKET_NOT_READY' });
  });

  it('TK-1 from the first second of the window the current PDF downloads under its ticket number', async () => {
    const { service, tickets, storage, clock } = setUp();
    const row = candidateTicket();
    tickets.rows.push(row);
    storage.files.set(row.pdfKey, Buffer.from('%PDF-ticket'));
    clock.set('2024-04-12T16:00:00.000Z');
    expect(await service.download(CANDIDATE, SESSION_ID, 'SKILLS')).toEqual({ pdf: Buffer.from('%PDF-ticket'), filename: `${row.ticketNumber}.pdf` });
  });
});

describe('TK-7 TicketAccessService.batch: one PDF of a base\'s current tickets', () => {
  it.each([
    ['a candidate', CANDIDATE],
    ['a checker', CHECKER],
    ['a city reviewer', actor('CITY_REVIEWER', { cityId: 2 })],
  ])('TK-7 refuses %s', async (_label, who) => {
    const { service } = setUp();
    await expect(service.batch(who, SESSION_ID, 11)).rejects.toMatchObject({ code: 'FORBIDDEN_ROLE' });
  });

  it('TK-7 a base reviewer asking for another base is out of scope', async () => {
    const { service } = setUp();
    await expect(service.batch(BASE_REVIEWER, SESSION_ID, 12)).rejects.toMatchObject({ code: 'FORBIDDEN_SCOPE' });
  });

  it('TK-7 the centre must name the base', async () => {
    const { service } = setUp();
    await expect(service.batch(CENTRE, SESSION_ID)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { problems: ['baseId is required'] } });
  });

  it('TK-7 a base without issued tickets of approved sign-ups has none', async () => {
    const { service, tickets } = setUp();
    tickets.rows.push(rendered({ id: 1, baseId: 12 }), rendered({ id: 2, signupStatus: 'CANCELLED' }));
    await expect(service.batch(BASE_REVIEWER, SESSION_ID)).rejects.toMatchObject({ code: 'TICKET_NOT_FOUND' });
  });

  it('TK-7 any ticket without a current PDF holds the batch back, with the count', async () => {
    const { service, tickets } = setUp();
    tickets.rows.push(rendered({ id: 1 }), ticket({ id: 2 }), ticket({ id: 3, revision: 2, renderedRevision: 1, pdfKey: 'old.pdf' }));
    await expect(service.batch(BASE_REVIEWER, SESSION_ID)).rejects.toMatchObject({ code: 'TICKET_NOT_READY', details: { pending: 2, total: 3 } });
  });

  it('TK-7 merges the base\'s PDFs in ticket-number order, for the base reviewer and for the centre naming the base', async () => {
    const { service, tickets, storage } = setUp();
    const rows = [rendered({ id: 1, ticketNumber: '20242FZ00002' }), rendered({ id: 2, ticketNumber: '20242FZ00001' }), rendered({ id: 3, baseId: 12 })];
    tickets.rows.push(...rows);
    for (const row of rows) storage.files.set(row.pdfKey, await onePagePdf(row.ticketNumber));
    const mine = await service.batch(BASE_REVIEWER, SESSION_ID);
    expect(mine.filename).toBe(`tickets-${SESSION_ID}-11.pdf`);
    expect(mine.tickets).toBe(2);
    expect((await PDFDocument.load(mine.pdf)).getPageCount()).toBe(2);
    expect(storage.reads).toEqual([rows[1].pdfKey, rows[0].pdfKey]);
    const centre = await service.batch(CENTRE, SESSION_ID, 11);
    expect(centre.filename).toBe(`tickets-${SESSION_ID}-11.pdf`);
    expect(centre.tickets).toBe(2);
  });
});

describe('TK-6 TicketAccessService.verify and verifyAsChecker', () => {
  const photo = Buffer.from([0xff, 0xd8, 0xff, 0xd9]);

  function scanned(fields: Partial<StoredTicket> = {}, printedRevision?: number) {
    const context = setUp();
    const row = ticket({ id: 1, photoKey: 'photos/501.jpg', ...fields });
    context.tickets.rows.push(row);
    context.storage.files.set('photos/501.jpg', photo);
    const token = context.signer.sign({ ticketNumber: row.ticketNumber, signupId: row.signupId, revision: printedRevision ?? row.revision });
    return { ...context, row, token };
  }

  it('TK-6 a forged or altered token is TICKET_TOKEN_INVALID', async () => {
    const { service, token } = scanned();
    await expect(service.verify(`${token}x`)).rejects.toMatchObject({ code: 'TICKET_TOKEN_INVALID' });
    await expect(service.verify('not-a-token')).rejects.toMatchObject({ code: 'TICKET_TOKEN_INVALID' });
  });

  it('TK-6 a genuine token for a ticket that does not exist is TICKET_TOKEN_INVALID too', async () => {
    const { service, signer } = scanned();
    await expect(service.verify(signer.sign({ ticketNumber: '20242FZ09999', signupId: 101, revision: 1 }))).rejects.toMatchObject({ code: 'TICKET_TOKEN_INVALID' });
  });

  it('TK-6 the current print: genuine and current, with name, masked ID number and photo only', async () => {
    const { service, row, token } = scanned();
    expect(await service.verify(token)).toEqual({
      genuine: true,
      current: true,
      reason: 'CURRENT',
      ticketNumber: row.ticketNumber,
      name: '林一',
      idNumberMasked: '350102********1234',
      photoDataUrl: `data:image/jpeg;base64,${photo.toString('base64')}`,
    });
  });

  it.each<[string, Partial<StoredTicket>, number | undefined, string]>([
    ['withdrawn', { status: 'WITHDRAWN', signupStatus: 'CANCELLED' }, undefined, 'WITHDRAWN'],
    ['of a sign-up no longer approved', { signupStatus: 'CANCELLED' }, undefined, 'SIGNUP_NOT_APPROVED'],
    ['printed before a reschedule', { revision: 2 }, 1, 'SUPERSEDED'],
  ])('TK-6 a ticket %s is genuine but not current', async (_label, fields, printedRevision, reason) => {
    const { service, token } = scanned(fields, printedRevision);
    expect(await service.verify(token)).toMatchObject({ genuine: true, current: false, reason });
  });

  it('TK-6 without a photo, or with its file gone, the answer shows none', async () => {
    const noPhoto = scanned({ photoKey: null });
    expect((await noPhoto.service.verify(noPhoto.token)).photoDataUrl).toBeNull();
    const lost = scanned({ photoKey: 'photos/lost.jpg' });
    expect((await lost.service.verify(lost.token)).photoDataUrl).toBeNull();
  });

  it('TK-6 a public check records nothing', async () => {
    const { service, token, audit, transactions } = scanned();
    await service.verify(token);
    expect(audit.entries).toEqual([]);
    expect(transactions.count).toBe(0);
  });

  it('TK-6 a checker gets the public answer and an audit record of the ticket, its base and what the check said', async () => {
    const { service, row, token, audit } = scanned({ revision: 2 }, 1);
    const answer = await service.verifyAsChecker(CHECKER, token);
    expect(answer).toEqual(await service.verify(token));
    expect(audit.entries).toEqual([
      {
        actor: CHECKER,
        entry: { action: 'TICKET_VERIFIED', entityType: 'admit_ticket', entityId: row.ticketNumber, scopeBaseId: 11, after: { signupId: row.signupId, revision: 1, current: false, reason: 'SUPERSEDED' } },
      },
    ]);
  });

  it('TK-6 a checker scanning a forged token is refused and nothing is recorded', async () => {
    const { service, token, audit } = scanned();
    await expect(service.verifyAsChecker(CHECKER, `${token}x`)).rejects.toMatchObject({ code: 'TICKET_TOKEN_INVALID' });
    expect(audit.entries).toEqual([]);
  });
});
