import { FileStorage, StoredFile } from '@app/common/storage';
import { Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@app/common/config';
import { PdfRenderer } from '../render/pdf-renderer';
import { qrCodeDataUrl } from '../render/qr-code';
import { TicketContentRow, TicketStore } from '../tickets/ticket.store';
import { TicketTokens } from '../verification/ticket-tokens';
import { TicketRenderService } from './ticket-render.service';

const PHOTO = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0xff, 0xd9]);
const TICKET_NUMBER = /\d{4}2[A-Z0-9]{2}\d{5}/g;

interface StoredTicket extends TicketContentRow {
  status: 'ISSUED' | 'WITHDRAWN';
  renderedRevision: number | null;
  renderError: string | null;
  pdfKey: string | null;
  pdfSha256: string | null;
}

function ticket(id: number, fields: Partial<StoredTicket> = {}): StoredTicket {
  return {
    id,
    signupId: 100 + id,
    subject: 'SKILLS',
    ticketNumber: `20242FZ${String(id).padStart(5, '0')}`,
    revision: 1,
    sessionId: 7,
    sessionName: '2024年助理全科医生培训结业考核',
    name: `考生${id}`,
    idMasked: '350102********1234',
    photoKey: `photos/${id}.jpg`,
    baseName: '福建医科大学附属第一医院',
    slotDate: '2024-04-19',
    startsAt: '08:00',
    endsAt: '11:30',
    siteName: '福建省全科医学培训中心考点',
    siteAddress: '福州市鼓楼区示例路1号',
    rooms: JSON.stringify([{ id: 'G1', name: '第一考场', capacity: 30 }]),
    roomId: 'G1',
    seat: id,
    status: 'ISSUED',
    renderedRevision: null,
    renderError: null,
    pdfKey: null,
    pdfSha256: null,
    ...fields,
  };
}

/** admit_ticket in memory, answering as the store's SQL does; it notes the manager each call ran on. */
class InMemoryTickets {
  rows: StoredTicket[] = [];
  readonly managers: EntityManager[] = [];

  async lockedDueForRender(manager: EntityManager, ticketIds: number[]): Promise<number[]> {
    this.managers.push(manager);
    return this.rows
      .filter((t) => ticketIds.includes(t.id) && t.status === 'ISSUED' && (t.renderedRevision === null || t.renderedRevision < t.revision))
      .map((t) => t.id)
      .sort((a, b) => a - b);
  }

  async contentRows(manager: EntityManager, ticketIds: number[]): Promise<TicketContentRow[]> {
    this.managers.push(manager);
    return this.rows.filter((t) => ticketIds.includes(t.id) && t.status === 'ISSUED').map((t) => ({ ...t }));
  }

  async recordRenderError(manager: EntityManager, ticketId: number, message: string): Promise<void> {
    this.managers.push(manager);
    this.row(ticketId).renderError = message;
  }

  async markRendered(manager: EntityManager, ticketId: number, revision: number, file: { key: string; sha256: string }): Promise<void> {
    this.managers.push(manager);
    const row = this.row(ticketId);
    if (row.revision !== revision) return;
    Object.assign(row, { pdfKey: file.key, pdfSha256: file.sha256, renderedRevision: row.revision, renderError: null });
  }

  row(id: number): StoredTicket {
    return this.rows.find((t) => t.id === id)!;
  }
}

/** Stands in for Chromium: one page per ticket number in the HTML, unless told to print another count. */
class FakeRenderer {
  readonly documents: string[] = [];
  pagesFor: (tickets: number) => number = (tickets) => tickets;
  failure: Error | null = null;

  async render(html: string): Promise<Buffer> {
    this.documents.push(html);
    if (this.failure) throw this.failure;
    const tickets = new Set(html.match(TICKET_NUMBER)).size;
    const document = await PDFDocument.create();
    for (let page = 0; page < this.pagesFor(tickets); page += 1) document.addPage([595, 842]);
    return Buffer.from(await document.save());
  }
}

class MemoryStorage {
  readonly files = new Map<string, Buffer>();

  async put(key: string, content: Buffer): Promise<StoredFile> {
    this.files.set(key, content);
    return { key, bytes: content.length, sha256: createHash('sha256').update(content).digest('hex') };
  }

  async get(key: string): Promise<Buffer> {
    const file = this.files.get(key);
    if (!file) throw new Error(`ENOENT: ${key}`);
    return file;
  }
}

class FakeTransactions {
  readonly managers: EntityManager[] = [];

  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const manager = { transaction: this.managers.length + 1 } as unknown as EntityManager;
    this.managers.push(manager);
    return work(manager);
  }
}

function setUp(rows: StoredTicket[]) {
  const tickets = new InMemoryTickets();
  tickets.rows = rows;
  const renderer = new FakeRenderer();
  const storage = new MemoryStorage();
  for (const row of rows) if (row.photoKey) storage.files.set(row.photoKey, PHOTO);
  const signer = new TicketTokens({ tickets: { signingKey: Buffer.alloc(32, 9) }, http: { publicOrigin: 'https://agp.example.org' } } as AppConfig);
  const transactions = new FakeTransactions();
  const service = new TicketRenderService(transactions as unknown as DataSource, tickets as unknown as TicketStore, renderer as unknown as PdfRenderer, storage as unknown as FileStorage, signer);
  return { service, tickets, renderer, storage, transactions, signer };
}

const keyOf = (row: StoredTicket) => `tickets/${row.sessionId}/${row.ticketNumber}-r${row.revision}.pdf`;
const pageCount = async (pdf: Buffer) => (await PDFDocument.load(pdf)).getPageCount();

describe('TK-5 TicketRenderService.renderBatch, on fake store, browser and storage', () => {
  let warnings: jest.SpyInstance;

  beforeEach(() => {
    warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });

  afterEach(() => warnings.mockRestore());

  it('TK-5 an empty batch opens no transaction and renders nothing', async () => {
    const { service, renderer, transactions } = setUp([]);
    expect(await service.renderBatch([])).toEqual({ rendered: 0, failed: 0 });
    expect(transactions.managers).toEqual([]);
    expect(renderer.documents).toEqual([]);
  });

  it('TK-5 tickets already rendered at their revision, or withdrawn, are skipped without starting the browser', async () => {
    const { service, renderer } = setUp([ticket(1, { renderedRevision: 1, pdfKey: 'done.pdf' }), ticket(2, { status: 'WITHDRAWN' })]);
    expect(await service.renderBatch([1, 2, 3])).toEqual({ rendered: 0, failed: 0 });
    expect(renderer.documents).toEqual([]);
  });

  it('TK-5 renders the due tickets in one browser call, stores one PDF per ticket with its checksum and marks the revision it shows', async () => {
    const rows = [ticket(2), ticket(1, { revision: 3, renderedRevision: 2, pdfKey: 'tickets/7/20242FZ00001-r2.pdf' }), ticket(3, { renderedRevision: 1, pdfKey: 'current.pdf' })];
    const { service, tickets, renderer, storage, transactions } = setUp(rows);
    expect(await service.renderBatch([2, 1, 3])).toEqual({ rendered: 2, failed: 0 });
    expect(renderer.documents).toHaveLength(1);
    for (const id of [1, 2]) {
      const row = tickets.row(id);
      const file = storage.files.get(keyOf(row))!;
      expect(await pageCount(file)).toBe(1);
      expect(row).toMatchObject({ pdfKey: keyOf(row), pdfSha256: createHash('sha256').update(file).digest('hex'), renderedRevision: row.revision, renderError: null });
    }
    expect(tickets.row(1).pdfKey).toBe('tickets/7/20242FZ00001-r3.pdf');
    expect(tickets.row(3).pdfKey).toBe('current.pdf');
    // Every read and write ran in the one transaction that holds the rows' locks.
    expect(transactions.managers).toHaveLength(1);
    expect(new Set(tickets.managers)).toEqual(new Set(transactions.managers));
  });

  it('TK-2 / TK-6 the page shows the room by name, the exam day and slot, and a QR code of the portal’s verification page for this ticket and revision', async () => {
    const { service, renderer, signer } = setUp([ticket(1, { revision: 2 })]);
    const sign = jest.spyOn(signer, 'sign');
    await service.renderBatch([1]);
    expect(sign.mock.calls).toEqual([[{ ticketNumber: '20242FZ00001', signupId: 101, revision: 2 }]]);
    const token = sign.mock.results[0].value as string;
    expect(signer.verify(token)).toEqual({ ticketNumber: '20242FZ00001', signupId: 101, revision: 2 });
    const [html] = renderer.documents;
    // The encoder is deterministic: the page holds exactly the QR image of this URL.
    expect(html).toContain(await qrCodeDataUrl(`https://agp.example.org/verify/${token}`));
    expect(html).not.toContain(await qrCodeDataUrl(token));
    expect(html).toContain('第一考场');
    expect(html).toContain('2024年4月19日');
    expect(html).toContain('08:00–11:30');
    expect(html).toContain('考生1');
    expect(html).toContain(`data:image/jpeg;base64,${PHOTO.toString('base64')}`);
  });

  it('TK-2 rooms read back already parsed are used as they are; a room missing from the slot shows its id', async () => {
    const { service, renderer } = setUp([ticket(1, { rooms: [{ id: 'G1', name: '第一考场', capacity: 30 }] }), ticket(2, { roomId: 'G9' })]);
    expect(await service.renderBatch([1, 2])).toEqual({ rendered: 2, failed: 0 });
    expect(renderer.documents[0]).toContain('第一考场');
    expect(renderer.documents[0]).toContain('G9');
  });

  it('TK-5 a ticket whose data cannot be printed is recorded as failed and the rest are rendered', async () => {
    const rows = [ticket(1), ticket(2, { photoKey: null }), ticket(3, { photoKey: 'photos/gone.jpg' }), ticket(4, { rooms: '{not json' })];
    const { service, tickets, storage, renderer } = setUp(rows);
    storage.files.delete('photos/gone.jpg');
    expect(await service.renderBatch([1, 2, 3, 4])).toEqual({ rendered: 1, failed: 3 });
    expect(tickets.row(2)).toMatchObject({ renderError: 'the candidate has no photo', renderedRevision: null, pdfKey: null });
    expect(tickets.row(3).renderError).toBe('ENOENT: photos/gone.jpg');
    expect(tickets.row(4).renderError).toMatch(/JSON/);
    expect(tickets.row(1)).toMatchObject({ renderedRevision: 1, pdfKey: keyOf(tickets.row(1)) });
    expect(new Set(renderer.documents[0].match(TICKET_NUMBER))).toEqual(new Set(['20242FZ00001']));
    expect(warnings).toHaveBeenCalledWith('3 of 4 tickets could not be rendered');
  });

  it('TK-5 when no ticket of the batch can be printed, the browser is not started', async () => {
    const { service, tickets, renderer } = setUp([ticket(1, { photoKey: null })]);
    expect(await service.renderBatch([1])).toEqual({ rendered: 0, failed: 1 });
    expect(renderer.documents).toEqual([]);
    expect(tickets.row(1).renderError).toBe('the candidate has no photo');
  });

  it('TK-5 a batch PDF whose pages do not match the tickets (one spilled over) is rendered again ticket by ticket', async () => {
    const { service, tickets, renderer, storage } = setUp([ticket(1), ticket(2)]);
    renderer.pagesFor = (count) => (count > 1 ? count + 1 : 1);
    expect(await service.renderBatch([1, 2])).toEqual({ rendered: 2, failed: 0 });
    expect(renderer.documents).toHaveLength(3);
    expect(renderer.documents.slice(1).map((html) => [...new Set(html.match(TICKET_NUMBER))])).toEqual([['20242FZ00001'], ['20242FZ00002']]);
    for (const id of [1, 2]) expect(await pageCount(storage.files.get(keyOf(tickets.row(id)))!)).toBe(1);
    expect(warnings).toHaveBeenCalledWith('batch PDF has 3 pages for 2 tickets; rendering them one by one');
  });

  it('TK-5 a browser failure propagates for the queue to retry, and no ticket is marked', async () => {
    const { service, tickets, renderer, storage } = setUp([ticket(1), ticket(2)]);
    renderer.failure = new Error('Target closed');
    await expect(service.renderBatch([1, 2])).rejects.toThrow('Target closed');
    expect(tickets.rows.map((t) => t.renderedRevision)).toEqual([null, null]);
    expect([...storage.files.keys()].filter((key) => key.startsWith('tickets/'))).toEqual([]);
  });
});
