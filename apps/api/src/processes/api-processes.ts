import cluster, { Worker } from 'node:cluster';
import pino from 'pino';

/** A copy that died after serving is replaced after this pause, so a crash loop cannot spin the CPU. */
const RESTART_DELAY_MS = 1000;
/** Copies still running this long after SIGTERM are killed. */
const STOP_TIMEOUT_MS = 20_000;

/**
 * Runs the API as `count` processes sharing one port (node:cluster; the primary only hands out
 * connections). The copies start one after another, each once the one before it listens, so migrations
 * and start-up seeding run in the first copy alone before any other starts. A copy that dies after it
 * listened is replaced; one that dies while starting stops everything with exit code 1, for the service
 * manager to see. SIGTERM or SIGINT stops every copy gracefully.
 */
export function superviseApiProcesses(count: number, logLevel: string): void {
  const logger = pino({ level: logLevel, base: { pid: process.pid, role: 'api-supervisor' } });
  const listened = new WeakSet<Worker>();
  let started = 0;
  let stopping = false;

  const fork = (): void => {
    started += 1;
    const worker = cluster.fork();
    worker.once('listening', () => {
      listened.add(worker);
      if (started < count) fork();
      else logger.info({ processes: count }, 'all API processes listening');
    });
  };

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
      return;
    }
    if (!listened.has(worker)) {
      logger.error({ workerPid: worker.process.pid, code, signal }, 'an API process failed to start; stopping');
      stop(1);
      return;
    }
    logger.error({ workerPid: worker.process.pid, code, signal }, 'an API process died; starting a replacement');
    setTimeout(() => {
      if (stopping) return;
      const replacement = cluster.fork();
      replacement.once('listening', () => listened.add(replacement));
    }, RESTART_DELAY_MS);
  });

  const stop = (exitCode: number): void => {
    if (stopping) return;
    stopping = true;
    process.exitCode = exitCode;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    if (workers.length === 0) process.exit(exitCode);
    for (const worker of workers) worker.process.kill('SIGTERM');
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
      process.exit(exitCode);
    }, STOP_TIMEOUT_MS).unref();
  };
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));

  fork();
}
