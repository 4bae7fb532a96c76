import { spawn, ChildProcess, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStorage } from '@app/common/storage';
import { PDFDocument } from 'pdf-lib';
import { bearer } from './support/fixtures';
import { seatedCandidates } from './support/seated-candidates';
import { startApi, TestApi } from './support/test-api';
import { TEST_ENVIRONMENT } from './setup/test-environment';

const TICKETS = 60;

/** The real worker as its own process, so it can be killed without warning. */
function spawnWorker(): ChildProcess {
  return spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/worker/src/main.ts'], {
    cwd: join(__dirname, '..'),
    env: { ...process.env, ...TEST_ENVIRONMENT, LOG_LEVEL: 'warn', TS_NODE_PROJECT: 'tsconfig.json' },
    stdio: 'ignore',
  });
}

describe('TK-5 a worker killed with SIGKILL mid-run and restarted leaves every ticket exactly once, none corrupt', () => {
  let api: TestApi;
  let sessionId: number;
  let centreToken: string;
  let worker: ChildProcess | null = null;

  const progress = async () => (await api.http.get(`/sessions/${sessionId}/tickets/progress`).set(bearer(centreToken)).expect(200)).body as { total: number; done: number; failed: number; pending: number };
  const waitUntil = async (predicate: (p: Awaited<ReturnType<typeof progress>>) => boolean, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const current = await progress();
      if (predicate(current)) return current;
      if (Date.now() > deadline) throw new Error(`timed out at ${JSON.stringify(current)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  beforeAll(async () => {
    api = await startApi({ now: '2024-04-01T02:00:00Z' });
    ({ sessionId, centreToken } = await seatedCandidates(api, TICKETS, 'crash'));
  });

  afterAll(async () => {
    worker?.kill('SIGKILL');
    await api.close();
  });

  it('TK-5 kill -9 mid-run, restart: every ticket rendered once, every PDF whole', async () => {
    await api.http.post(`/sessions/${sessionId}/tickets/generate`).set(bearer(centreToken)).expect(202);
    worker = spawnWorker();
    const mid = await waitUntil((p) => p.done > 0, 90_000);
    worker.kill('SIGKILL');
    expect(mid.done).toBeLessThan(TICKETS);

    worker = spawnWorker();
    // Jobs the dead worker held come back once their lock expires (30 s) and the stalled check runs.
    const finished = await waitUntil((p) => p.pending === 0, 150_000);
    worker.kill('SIGTERM');
    expect(finished).toEqual({ total: TICKETS, done: TICKETS, failed: 0, pending: 0 });

    const rows: Array<{ ticketNumber: string; pdfKey: string }> = await api.dataSource.query('SELECT ticket_number AS ticketNumber, pdf_key AS pdfKey FROM admit_ticket ORDER BY ticket_number');
    expect(rows).toHaveLength(TICKETS);
    expect(new Set(rows.map((r) => r.ticketNumber)).size).toBe(TICKETS);
    expect(new Set(rows.map((r) => r.pdfKey)).size).toBe(TICKETS);
    const dir = mkdtempSync(join(tmpdir(), 'crash-'));
    const storage = api.app.get(FileStorage);
    for (const row of rows) {
      const pdf = await storage.get(row.pdfKey);
      const document = await PDFDocument.load(pdf);
      expect(document.getPageCount()).toBe(1);
      if (row.ticketNumber.endsWith('7')) {
        const file = join(dir, `${row.ticketNumber}.pdf`);
        writeFileSync(file, pdf);
        expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain(row.ticketNumber);
      }
    }
    // One stored file per ticket and revision; nothing left half-written under its final name.
    const stored = readdirSync(join(TEST_ENVIRONMENT.STORAGE_DIR, 'tickets', String(sessionId))).filter((name) => name.endsWith('.pdf'));
    expect(stored.sort()).toEqual(rows.map((r) => `${r.ticketNumber}-r1.pdf`).sort());
  }, 300_000);
});
