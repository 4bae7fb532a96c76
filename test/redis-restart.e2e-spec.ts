import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileStorage } from '@app/common/storage';
import { QueueName, RECRUITMENT_REPORTING_SCHEDULER_ID, RETURN_EXPIRY_SCHEDULER_ID, ROTATION_DEADLINE_SCHEDULER_ID, VOID_SWEEP_SCHEDULER_ID } from '@app/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { TicketsProcessor } from '../apps/worker/src/tickets.processor';
import { bearer, PASSWORD } from './support/fixtures';
import { PrivateRedis } from './support/private-redis';
import { seatedCandidates } from './support/seated-candidates';
import { startApi, TestApi } from './support/test-api';
import { startWorker } from './support/test-worker';
import { TEST_ENVIRONMENT } from './setup/test-environment';

const TICKETS = 60;
const NOW = '2024-04-01T02:00:00Z';

type Progress = { total: number; done: number; failed: number; pending: number };

describe('Redis restarted without its data: MySQL is the record, the worker queues lost work again, the API fails fast', () => {
  let redis: PrivateRedis;
  let api: TestApi;
  let worker: Awaited<ReturnType<typeof startWorker>>;
  let sessionId: number;
  let centreToken: string;
  /** How often the worker stored each ticket file: once per ticket and revision is the promise. */
  const stores = new Map<string, number>();

  const progress = async () => (await api.http.get(`/sessions/${sessionId}/tickets/progress`).set(bearer(centreToken)).expect(200)).body as Progress;
  const waitUntil = async <T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`timed out at ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const schedulerIds = async () => {
    const ids: string[] = [];
    for (const name of [QueueName.Assessment, QueueName.Scores]) {
      const schedulers = await worker.module.get<Queue>(getQueueToken(name)).getJobSchedulers();
      ids.push(...schedulers.map((s) => s.key));
    }
    return ids.sort();
  };

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    // No revocation cache: every authenticated request asks Redis, so the MySQL fallback is what answers while it is down.
    const env = { REDIS_PORT: String(redis.port), ACCESS_REVOCATION_CACHE_MS: '0' };
    api = await startApi({ now: NOW, env });
    ({ sessionId, centreToken } = await seatedCandidates(api, TICKETS, 'redis'));

    // The periodic pass is pushed far out: what brings the work back here is the reconnect alone.
    worker = await startWorker(NOW, { ...env, WORKER_SCHEDULES: 'true', WORKER_RECONCILE_INTERVAL_MS: '3600000' });
    const storage = worker.module.get(FileStorage);
    const put = storage.put.bind(storage);
    jest.spyOn(storage, 'put').mockImplementation(async (key, data) => {
      if (key.startsWith('tickets/')) stores.set(key, (stores.get(key) ?? 0) + 1);
      return put(key, data);
    });
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await redis?.stop();
  });

  it('TK-5 SHUTDOWN NOSAVE mid-run, Redis back empty: every ticket rendered exactly once with no one pressing generate', async () => {
    const rendering = new Promise((resolve) => worker.module.get(TicketsProcessor).worker.once('active', resolve));
    await api.http.post(`/sessions/${sessionId}/tickets/generate`).set(bearer(centreToken)).expect(202);
    await rendering;
    const down = Date.now();
    await redis.shutdownNoSave();
    // An authenticated read needs nothing from Redis but the revocation state, which MySQL gives while Redis is down.
    const mid = await progress();
    expect(mid.pending).toBeGreaterThan(0);
    await redis.restart();
    const restarted = Date.now();

    const finished = await waitUntil(progress, (p) => p.pending === 0, 150_000);
    const recoveredMs = Date.now() - restarted;
    console.log(`Redis restart → all ${TICKETS} tickets rendered in ${recoveredMs} ms (Redis down for ${restarted - down} ms; ${mid.done} were done at the shutdown)`);
    expect(finished).toEqual({ total: TICKETS, done: TICKETS, failed: 0, pending: 0 });

    const rows: Array<{ ticketNumber: string; pdfKey: string }> = await api.dataSource.query('SELECT ticket_number AS ticketNumber, pdf_key AS pdfKey FROM admit_ticket ORDER BY ticket_number');
    expect(rows).toHaveLength(TICKETS);
    // Each ticket's file was written once: no ticket rendered twice by the job copies queued after the restart.
    expect([...stores.keys()].sort()).toEqual(rows.map((r) => r.pdfKey).sort());
    expect([...stores.values()].every((count) => count === 1)).toBe(true);
    const stored = readdirSync(join(TEST_ENVIRONMENT.STORAGE_DIR, 'tickets', String(sessionId))).filter((name) => name.endsWith('.pdf'));
    expect(stored.sort()).toEqual(rows.map((r) => `${r.ticketNumber}-r1.pdf`).sort());
  }, 200_000);

  it('the scheduled sweeps exist again after the restart, without a worker restart', async () => {
    const ids = await waitUntil(schedulerIds, (found) => found.length === 4, 30_000);
    expect(ids).toEqual([RECRUITMENT_REPORTING_SCHEDULER_ID, RETURN_EXPIRY_SCHEDULER_ID, ROTATION_DEADLINE_SCHEDULER_ID, VOID_SWEEP_SCHEDULER_ID].sort());
  });

  it('with Redis down, login, ticket generation and /health answer 503 with a code at once; the work is done once Redis is back', async () => {
    // A changed ticket needs a new PDF, so generating must reach the queue.
    await api.dataSource.query('UPDATE admit_ticket SET revision = revision + 1 WHERE id = (SELECT MIN(id) FROM admit_ticket)');
    await redis.shutdownNoSave();

    const timed = async (send: () => Promise<{ status: number; body: { code: string } }>) => {
      const started = Date.now();
      const response = await send();
      return { status: response.status, code: response.body.code, ms: Date.now() - started };
    };
    const loginDown = await timed(() => api.http.post('/auth/login').send({ username: 'centre', password: PASSWORD }));
    const generateDown = await timed(() => api.http.post(`/sessions/${sessionId}/tickets/generate`).set(bearer(centreToken)));
    const healthDown = await timed(() => api.http.get('/health'));
    const readDown = await timed(() => api.http.get(`/sessions/${sessionId}/tickets/progress`).set(bearer(centreToken)));
    console.log(`Redis down: login ${loginDown.ms} ms, generate ${generateDown.ms} ms, /health ${healthDown.ms} ms, an authenticated read ${readDown.ms} ms`);
    expect(loginDown).toMatchObject({ status: 503, code: 'REDIS_UNAVAILABLE' });
    expect(generateDown).toMatchObject({ status: 503, code: 'REDIS_UNAVAILABLE' });
    expect(healthDown).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(readDown.status).toBe(200);
    // Not a latency target: it proves nothing waits for Redis to come back.
    for (const { ms } of [loginDown, generateDown, healthDown, readDown]) expect(ms).toBeLessThan(5000);

    await redis.restart();
    const back = await waitUntil(progress, (p) => p.pending === 0, 60_000);
    expect(back).toEqual({ total: TICKETS, done: TICKETS, failed: 0, pending: 0 });
    await waitUntil(() => api.http.post('/auth/login').send({ username: 'centre', password: PASSWORD }).then((r) => r.status), (status) => status === 200, 10_000);
  }, 90_000);

  it('/health warns about a maxmemory-policy other than noeviction and about Redis keeping nothing over a restart', async () => {
    const client = redis.client();
    await client.config('SET', 'maxmemory-policy', 'allkeys-lru');
    await client.quit();
    const health = await api.http.get('/health').expect(200);
    expect(health.body.details.redis.status).toBe('up');
    expect(health.body.details.redis.maxmemoryPolicy).toBe('allkeys-lru');
    expect(health.body.details.redis.persistence).toEqual({ aof: false, rdb: false });
    const warnings = health.body.details.redis.warnings as string[];
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('maxmemory-policy is allkeys-lru');
    expect(warnings[1]).toContain('persistence is off');
  });
});
