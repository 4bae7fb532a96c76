import { ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { TEST_ENVIRONMENT } from './setup/test-environment';

/** The API's own children (its copies), from Linux /proc. */
function childrenOf(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor<T>(what: string, probe: () => Promise<T | null> | T | null, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function live(port: number): Promise<boolean> {
  try {
    // A new connection each time, so the primary hands each one to a copy of its choosing.
    const response = await fetch(`http://127.0.0.1:${port}/api/health/live`, { headers: { connection: 'close' }, signal: AbortSignal.timeout(3000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

/** The API as shipped (its main module), with two processes on the given port; its log is kept to read. */
function spawnApi(port: number): { api: ChildProcess; exit: Promise<number | null>; log: () => string } {
  const api = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
    cwd: join(__dirname, '..'),
    env: { ...process.env, ...TEST_ENVIRONMENT, API_PROCESSES: '2', HTTP_PORT: String(port), LOG_LEVEL: 'info', TS_NODE_PROJECT: 'tsconfig.json' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let log = '';
  api.stdout.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  return { api, exit: new Promise((resolve) => api.once('exit', (code) => resolve(code))), log: () => log };
}

describe('API_PROCESSES: the API as several processes on one port', () => {
  let api: ChildProcess;
  let port: number;
  let exit: Promise<number | null>;
  let log: () => string;

  beforeAll(async () => {
    port = await freePort();
    ({ api, exit, log } = spawnApi(port));
    // The supervisor says so once the last copy listens (they start one after another): two forked copies and one
    // answer could still be the first copy alone on a slow machine.
    await waitFor('two listening copies', async () => (log().includes('all API processes listening') && childrenOf(api.pid!).length === 2 && (await live(port)) ? true : null), 120_000);
  }, 150_000);

  afterAll(() => {
    if (api.exitCode === null) api.kill('SIGKILL');
  });

  it('the first copy alone prints the start-up banner: the API, and the portal (not built in the test environment)', () => {
    const banner = log().split('\n');
    expect(banner.filter((line) => line.startsWith('API ready at '))).toEqual([`API ready at http://127.0.0.1:${port}/api  (OpenAPI: http://127.0.0.1:${port}/api/docs, health: http://127.0.0.1:${port}/api/health)`]);
    expect(banner.filter((line) => line.startsWith('Portal '))).toEqual(['Portal not built: run npm run --workspace @agp/web build (npm run up does it), then reload']);
  });

  it('serves from two copies, replaces a copy killed with SIGKILL, and SIGTERM stops them all (exit 0)', async () => {
    const [first, second] = childrenOf(api.pid!);
    for (let i = 0; i < 10; i += 1) expect(await live(port)).toBe(true);

    process.kill(first, 'SIGKILL');
    // While the replacement starts, the other copy answers.
    await waitFor('the other copy answering', async () => ((await live(port)) ? true : null), 10_000);
    const replaced = await waitFor(
      'a replacement copy',
      async () => {
        const now = childrenOf(api.pid!);
        return now.length === 2 && !now.includes(first) && (await live(port)) ? now : null;
      },
      120_000,
    );
    expect(replaced).toContain(second);

    api.kill('SIGTERM');
    expect(await exit).toBe(0);
    for (const pid of replaced) expect(() => process.kill(pid, 0)).toThrow();
    expect(await live(port)).toBe(false);
  }, 180_000);
});

describe('API_PROCESSES: a copy that cannot start stops the whole API with exit code 1', () => {
  it('the port is taken: the first copy fails to listen, the supervisor exits 1 and starts no other copy', async () => {
    const taken = createServer();
    const port = await new Promise<number>((resolve) => taken.listen(0, '127.0.0.1', () => resolve((taken.address() as { port: number }).port)));
    try {
      const { api, exit } = spawnApi(port);
      let timer: NodeJS.Timeout | undefined;
      const code = await Promise.race([exit, new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), 120_000)))]);
      clearTimeout(timer);
      if (code === 'timeout') api.kill('SIGKILL');
      expect(code).toBe(1);
    } finally {
      taken.close();
    }
  }, 150_000);
});
