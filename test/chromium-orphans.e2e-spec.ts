import { ChromiumProfiles, PdfRenderer } from '@app/tickets';
import { listProcesses, ProcessEntry, readProcess } from '@app/tickets/render/process-table';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { bearer } from './support/fixtures';
import { seatedCandidates } from './support/seated-candidates';
import { startApi, TestApi } from './support/test-api';
import { startWorker } from './support/test-worker';
import { TEST_ENVIRONMENT } from './setup/test-environment';

const TICKETS = 30;
const ROOT = join(__dirname, '..');
const RUN_DIR = resolve(ROOT, TEST_ENVIRONMENT.RUN_DIR);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A TypeScript entry point as its own process (so it can be killed without warning), its stdout as lines. */
function spawnScript(script: string, env: Record<string, string> = {}): { child: ChildProcess; line: (predicate: (line: string) => boolean) => Promise<string>; exited: Promise<unknown> } {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', script], {
    cwd: ROOT,
    env: { ...process.env, ...TEST_ENVIRONMENT, TS_NODE_PROJECT: 'tsconfig.json', ...env },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const lines: string[] = [];
  const waiting: Array<{ predicate: (line: string) => boolean; resolve: (line: string) => void }> = [];
  createInterface({ input: child.stdout }).on('line', (text) => {
    lines.push(text);
    for (const waiter of waiting.filter((w) => w.predicate(text))) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve(text);
    }
  });
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  const line = (predicate: (text: string) => boolean) =>
    new Promise<string>((resolveLine, reject) => {
      const seen = lines.find(predicate);
      if (seen !== undefined) return resolveLine(seen);
      waiting.push({ predicate, resolve: resolveLine });
      void exited.then(() => reject(new Error(`${script} exited before printing the awaited line`)));
    });
  return { child, line, exited };
}

/** Chromium's own processes (crashpad handlers detach and end with their browser; they carry no profile). */
const isChromium = (p: ProcessEntry) => p.state !== 'Z' && p.argv.length > 0 && /^(chromium|chrome|headless_shell)$/.test(basename(p.argv[0]));
const userDataDirOf = (p: ProcessEntry) => p.argv.find((arg) => arg.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length) ?? null;

/** The live Chromium processes whose --user-data-dir is one of these. */
async function chromiumWith(userDataDirs: Iterable<string>): Promise<ProcessEntry[]> {
  const wanted = new Set(userDataDirs);
  return (await listProcesses()).filter((p) => isChromium(p) && wanted.has(userDataDirOf(p) ?? ''));
}

/** The Chromium processes descended from a process (the browser and its zygotes, renderers, GPU and utility processes). */
async function chromiumUnder(rootPid: number): Promise<ProcessEntry[]> {
  const processes = await listProcesses();
  const family = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of processes) {
      if (family.has(p.ppid) && !family.has(p.pid)) {
        family.add(p.pid);
        grew = true;
      }
    }
  }
  return processes.filter((p) => family.has(p.pid) && isChromium(p));
}

/** Kills exactly these processes (this spec's own), if they still are what they were. */
async function killExactly(processes: ProcessEntry[]): Promise<void> {
  for (const p of processes) {
    const now = await readProcess(p.pid);
    if (now && now.startTime === p.startTime) process.kill(p.pid, 'SIGKILL');
  }
}

describe('TK-5 a worker killed with SIGKILL leaves no Chromium behind once the next worker is ready', () => {
  let api: TestApi;
  let sessionId: number;
  let centreToken: string;
  const children: ChildProcess[] = [];
  const leftovers: ProcessEntry[] = [];

  const progress = async () => (await api.http.get(`/sessions/${sessionId}/tickets/progress`).set(bearer(centreToken)).expect(200)).body as { done: number };

  beforeAll(async () => {
    api = await startApi({ now: '2024-04-01T02:00:00Z' });
    ({ sessionId, centreToken } = await seatedCandidates(api, TICKETS, 'orphans'));
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    // Whatever a failed run left is this spec's own: killed by pid and start time, nothing else.
    await killExactly(leftovers);
    await api.close();
  });

  it('kill -9 mid-run, start a worker: none of the dead worker\'s Chromium processes survive, its profile is gone', async () => {
    await api.http.post(`/sessions/${sessionId}/tickets/generate`).set(bearer(centreToken)).expect(202);
    const first = spawnScript('apps/worker/src/main.ts', { LOG_LEVEL: 'info' });
    children.push(first.child);
    for (let p = await progress(); p.done === 0; p = await progress()) await new Promise((resolveTick) => setTimeout(resolveTick, 200));

    const browsers = await chromiumUnder(first.child.pid!);
    leftovers.push(...browsers);
    expect(browsers.length).toBeGreaterThan(0);
    // The browser's profile marks every one of its processes (Chromium passes --user-data-dir to its children).
    const profiles = browsers.filter((p) => p.ppid === first.child.pid).map(userDataDirOf);
    expect(profiles.length).toBeGreaterThan(0);
    expect(profiles).not.toContain(null);
    const userDataDirs = new Set(profiles.filter((dir): dir is string => dir !== null));

    first.child.kill('SIGKILL');
    await first.exited;

    const second = spawnScript('apps/worker/src/main.ts', { LOG_LEVEL: 'info' });
    children.push(second.child);
    await second.line((text) => text.includes('"msg":"worker started"'));

    expect(await chromiumWith(userDataDirs)).toEqual([]);
    const survivors = await Promise.all(browsers.map(async (p) => ({ before: p, now: await readProcess(p.pid) })));
    expect(survivors.filter(({ before, now }) => now !== null && now.state !== 'Z' && now.startTime === before.startTime).map(({ before }) => before.argv.join(' '))).toEqual([]);
    for (const dir of userDataDirs) {
      expect(dir.startsWith(join(RUN_DIR, 'chromium', `${first.child.pid}-`))).toBe(true);
      expect(existsSync(dir)).toBe(false);
    }

    second.child.kill('SIGTERM');
    await second.exited;
  }, 180_000);
});

describe('TK-5 the start-up sweep kills only browsers of dead workers of this installation', () => {
  let foreign: { userDataDir: string; browserPid: number } | null = null;
  let liveRenderer: PdfRenderer | null = null;

  afterAll(async () => {
    await liveRenderer?.close();
    if (foreign) {
      // The stand-in for someone else's browser was started by this spec: end it by its own process group.
      const leader = await readProcess(foreign.browserPid);
      if (leader && leader.argv.includes(`--user-data-dir=${foreign.userDataDir}`)) process.kill(-foreign.browserPid, 'SIGKILL');
      rmSync(foreign.userDataDir, { recursive: true, force: true });
    }
  });

  it('a browser that outlived its dead worker is killed; a live worker\'s and someone else\'s are not', async () => {
    // A live worker of this installation (this process) with its browser running.
    liveRenderer = new PdfRenderer(CHROMIUM, new ChromiumProfiles(RUN_DIR));
    await liveRenderer.render('<p>准考证</p>');
    const liveBrowser = (await chromiumUnder(process.pid)).find((p) => p.ppid === process.pid);
    expect(liveBrowser).toBeDefined();

    // A worker that dies leaving browsers that do not exit on their own (WebSocket), and someone else's browser.
    const stray = spawnScript('test/support/stray-browser.ts');
    const launched = JSON.parse(await stray.line((text) => text.startsWith('{'))) as { worker: { userDataDir: string }; foreign: { userDataDir: string; browserPid: number } };
    foreign = launched.foreign;
    stray.child.kill('SIGKILL');
    await stray.exited;
    const orphaned = await chromiumWith([launched.worker.userDataDir]);
    expect(orphaned.length).toBeGreaterThan(0);
    expect((await chromiumWith([launched.foreign.userDataDir])).length).toBeGreaterThan(0);

    // Starting a worker sweeps (the module's init); it is ready once init has run.
    const worker = await startWorker('2024-04-01T02:00:00Z', { WORKER_QUEUES: 'assessment' });
    try {
      expect(await chromiumWith([launched.worker.userDataDir])).toEqual([]);
      expect(existsSync(launched.worker.userDataDir)).toBe(false);
      expect((await chromiumWith([launched.foreign.userDataDir])).length).toBeGreaterThan(0);
      expect(await readProcess(liveBrowser!.pid)).toMatchObject({ startTime: liveBrowser!.startTime, state: expect.not.stringMatching(/^Z$/) });
      expect(await liveRenderer.render('<p>仍可打印</p>')).toBeInstanceOf(Buffer);
    } finally {
      await worker.close();
    }
  }, 120_000);
});
