/**
 * The environment of every e2e run: its own database and queue prefix, so tests never touch the demo
 * system's data, and fixed keys so encrypted fixtures are reproducible.
 */
export const TEST_ENVIRONMENT: Record<string, string> = {
  NODE_ENV: 'test',
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  DB_HOST: process.env.DB_HOST ?? '127.0.0.1',
  DB_PORT: process.env.DB_PORT ?? '3306',
  DB_USER: process.env.DB_USER ?? 'root',
  DB_PASSWORD: process.env.DB_PASSWORD ?? '',
  DB_NAME: process.env.TEST_DB_NAME ?? 'agp_test',
  REDIS_HOST: process.env.REDIS_HOST ?? '127.0.0.1',
  REDIS_PORT: process.env.REDIS_PORT ?? '6379',
  QUEUE_PREFIX: process.env.TEST_QUEUE_PREFIX ?? 'agp-test',
  JWT_SECRET: 'test-only-secret-not-for-production-0123456789',
  ID_ENCRYPTION_KEY: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
  ID_HASH_KEY: 'ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=',
  TICKET_SIGNING_KEY: 'dGlja2V0LXNpZ25pbmcta2V5LWZvci10ZXN0cy0wMDA=',
  STORAGE_DIR: process.env.TEST_STORAGE_DIR ?? 'var/test-storage',
  RUN_DIR: process.env.TEST_RUN_DIR ?? 'var/test-run',
  LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
  DEMO_SEED: 'false',
  WORKER_SCHEDULES: 'false',
  FIXTURES_DIR: 'config/fixtures',
  // A folder nothing builds: the API runs as with the portal not built, unless a spec points it at a portal of its own.
  PORTAL_DIR: 'var/test-portal-not-built',
};

export function applyTestEnvironment(): void {
  Object.assign(process.env, TEST_ENVIRONMENT);
}

/** Never run e2e specs against a database that is not obviously a test database. */
export function assertTestDatabase(name: string): void {
  if (!/test/i.test(name)) throw new Error(`Refusing to run e2e tests against database "${name}": its name must contain "test"`);
}
