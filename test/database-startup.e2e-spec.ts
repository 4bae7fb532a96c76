import { MIGRATIONS } from '@app/database/migrations';
import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Connection, createConnection, RowDataPacket } from 'mysql2/promise';
import { assertTestDatabase, TEST_ENVIRONMENT } from './setup/test-environment';

/** Its own empty database (and queue prefix), so the shared test database is never migrated twice. */
const DB_NAME = `${TEST_ENVIRONMENT.DB_NAME}_startup`;
/**
 * 福建省, its 10 cities and 42 bases (config/fixtures/fujian-2025-recruitment-plan.csv); 重庆市 with one city node
 * and 15 bases, 湖北省 with 孝感市 and 3 bases (config/fixtures/recruitment/, seeded with the recruitment rounds).
 */
const ORGANISATIONS = 53 + 17 + 5;

interface Started {
  name: string;
  child: ChildProcess;
  output: string[];
  loaded: Promise<void>;
  go(): void;
  ready: Promise<void>;
  exit: Promise<number | null>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * An app as shipped: its main module under ts-node, run once `go` is called (see start-on-signal.ts), ready
 * once it prints `readyLine`.
 */
function start(name: string, main: string, preload: string, readyLine: string, env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'test/support/start-on-signal.ts', main, preload], {
    cwd: join(__dirname, '..'),
    // Info level, so that a failed migration or seed and a retry would show in the output.
    env: { ...process.env, ...TEST_ENVIRONMENT, DB_NAME, QUEUE_PREFIX: `${TEST_ENVIRONMENT.QUEUE_PREFIX}-startup`, LOG_LEVEL: 'info', TS_NODE_PROJECT: 'tsconfig.json', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  let partial = '';
  const waiters: Array<{ line: string; resolve: () => void }> = [];
  // 'close' comes after the process ended and its output was read to the end.
  const exit = new Promise<number | null>((resolve) =>
    child.once('close', (code) => {
      if (partial) output.push(partial);
      resolve(code);
    }),
  );
  const read = (chunk: Buffer): void => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    output.push(...lines);
    for (const waiter of waiters) if (lines.some((line) => line.includes(waiter.line))) waiter.resolve();
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  const printed = (line: string): Promise<void> => {
    const seen = new Promise<void>((resolve, reject) => {
      waiters.push({ line, resolve });
      void exit.then((code) => reject(new Error(`${name} exited (${code}) before printing "${line}":\n${output.join('\n')}`)));
    });
    // A rejection once the line was seen is only the normal stop.
    seen.catch(() => undefined);
    return seen;
  };
  const loaded = printed('loaded');
  const ready = printed(readyLine);
  return { name, child, output, loaded, go: () => child.stdin.end('go\n'), ready, exit };
}

/** A line that reports a problem: a log record at warn level or above, or any plain line naming an error. */
function isProblem(line: string): boolean {
  try {
    const record = JSON.parse(line) as { level?: number; context?: string };
    if (typeof record.level !== 'number') return false;
    // Warnings about the Redis server's own settings (eviction, persistence) describe the machine, not the start-up.
    if (record.level === 40 && record.context === 'Redis') return false;
    // So does the one that the portal is not built: the test environment serves none (test/portal.e2e-spec.ts does).
    if (record.level === 40 && record.context === 'Portal') return false;
    return record.level >= 40;
  } catch {
    return /error|fail|exception|retrying/i.test(line);
  }
}

async function rows<T>(connection: Connection, sql: string, params: unknown[] = []): Promise<T[]> {
  const [result] = await connection.query<RowDataPacket[]>(sql, params);
  return result as T[];
}

describe('Start-up: API and worker processes starting at once on an empty database create, migrate and seed it once', () => {
  let server: Connection;
  let started: Started[] = [];

  beforeAll(async () => {
    assertTestDatabase(DB_NAME);
    server = await createConnection({ host: TEST_ENVIRONMENT.DB_HOST, port: Number(TEST_ENVIRONMENT.DB_PORT), user: TEST_ENVIRONMENT.DB_USER, password: TEST_ENVIRONMENT.DB_PASSWORD });
    await server.query(`DROP DATABASE IF EXISTS \`${DB_NAME}\``);
  });

  afterAll(async () => {
    for (const app of started) if (app.child.exitCode === null) app.child.kill('SIGKILL');
    await server.query(`DROP DATABASE IF EXISTS \`${DB_NAME}\``);
    await server.end();
  });

  it('two APIs and a worker: one set of tables, each migration applied once, the organisations seeded once, no error in any output', async () => {
    const [portA, portB] = await Promise.all([freePort(), freePort()]);
    started = [
      start('API 1', 'apps/api/src/main.ts', 'apps/api/src/server.ts', 'API ready at', { API_PROCESSES: '1', HTTP_PORT: String(portA) }),
      start('API 2', 'apps/api/src/main.ts', 'apps/api/src/server.ts', 'API ready at', { API_PROCESSES: '1', HTTP_PORT: String(portB) }),
      start('worker', 'apps/worker/src/main.ts', 'apps/worker/src/worker.module.ts', '"msg":"worker started"', {}),
    ];
    // All compiled first, then started together: the database sees them at the same moment.
    await Promise.all(started.map((app) => app.loaded));
    for (const app of started) app.go();
    await Promise.all(started.map((app) => app.ready));
    // Stopped, so that their outputs are complete before they are read.
    for (const app of started) app.child.kill('SIGTERM');
    await Promise.all(started.map((app) => app.exit));

    const tables = await rows<{ name: string }>(server, 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ? ORDER BY table_name', [DB_NAME]);
    // The shared test database, migrated once by the global setup, has the reference set of tables.
    const reference = await rows<{ name: string }>(server, 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ? ORDER BY table_name', [TEST_ENVIRONMENT.DB_NAME]);
    expect(tables.map((t) => t.name)).toEqual(reference.map((t) => t.name));
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['migrations', 'organisation', 'signup', 'subject_attempt']));

    const applied = await rows<{ name: string; times: number }>(server, `SELECT name, COUNT(*) AS times FROM \`${DB_NAME}\`.migrations GROUP BY name ORDER BY name`);
    expect(applied.map((m) => [m.name, Number(m.times)])).toEqual(MIGRATIONS.map((m) => [m.name, 1]).sort());

    const [organisations] = await rows<{ n: number }>(server, `SELECT COUNT(*) AS n FROM \`${DB_NAME}\`.organisation`);
    expect(Number(organisations.n)).toBe(ORGANISATIONS);

    const problems = started.flatMap((app) => app.output.filter(isProblem).map((line) => `${app.name}: ${line}`));
    expect(problems).toEqual([]);
  }, 300_000);
});
