import { decodeKey } from '../crypto';
import { PhotoPolicy, REFERENCE_PHOTO_POLICY } from '../photo';
import { EnvironmentVariables, parseAddressList } from './environment';
import { defaultPublicOrigin, normalisePublicOrigin } from './public-origin';
import { resolve } from 'node:path';

export interface DatabaseConfig {
  host: string;
  port: number;
  user: string;
  password: string;
  name: string;
  createIfMissing: boolean;
  migrationsRun: boolean;
  poolSize: number;
}

/** Typed, validated configuration: the one object the rest of the code asks. */
export class AppConfig {
  readonly environment: EnvironmentVariables['NODE_ENV'];
  readonly logLevel: string;
  readonly http: {
    host: string;
    port: number;
    processes: number;
    uploadMaxBytes: number;
    /** Addresses and CIDR blocks whose X-Forwarded-For names the client; empty trusts none. */
    trustedProxies: readonly string[];
    docsEnabled: boolean;
    hstsMaxAgeSeconds: number;
    jsonMaxDepth: number;
    /** Where people reach the portal, e.g. https://agp.example.org (no trailing slash): links on paper start with it. */
    publicOrigin: string;
    /** The built portal's folder, absolute; it may not exist (the portal is not built). */
    portalDir: string;
  };
  readonly database: DatabaseConfig;
  readonly redis: { host: string; port: number; queuePrefix: string };
  readonly auth: {
    jwtSecret: string;
    /** Access-token lifetime. */
    jwtTtlSeconds: number;
    refreshTtlSeconds: number;
    revocationCacheMs: number;
    loginRateLimitPerMinute: number;
    lockoutThreshold: number;
    lockoutMinutes: number;
  };
  readonly personalData: { encryptionKey: Buffer; hashKey: Buffer };
  readonly storageDir: string;
  readonly tickets: { signingKey: Buffer; chromiumPath: string };
  /** Machine-local process state (Chromium profiles of the workers). */
  readonly runDir: string;
  readonly photoPolicy: PhotoPolicy;
  readonly scoreImports: { inlineMaxBytes: number; maxRows: number };
  readonly demoSeed: boolean;
  readonly workerSchedules: boolean;
  readonly workerQueues: readonly string[];
  readonly workerReconcileIntervalMs: number;
  readonly fixturesDir: string | null;
  /** The e-mail channel (worker only); smtpUrl null: no channel. */
  readonly mail: { smtpUrl: string | null; from: string | null; maxAttempts: number; batchSize: number };
  readonly notifications: { threeYearLimitNoticeDays: number };

  constructor(env: EnvironmentVariables) {
    this.environment = env.NODE_ENV;
    this.logLevel = env.LOG_LEVEL;
    this.http = {
      host: env.HTTP_HOST,
      port: env.HTTP_PORT,
      processes: env.API_PROCESSES,
      uploadMaxBytes: env.UPLOAD_MAX_BYTES,
      trustedProxies: env.TRUSTED_PROXIES ? parseAddressList(env.TRUSTED_PROXIES) : [],
      docsEnabled: env.API_DOCS_ENABLED ?? env.NODE_ENV !== 'production',
      hstsMaxAgeSeconds: env.HSTS_MAX_AGE_SECONDS,
      jsonMaxDepth: env.JSON_MAX_DEPTH,
      publicOrigin: env.PUBLIC_ORIGIN ? normalisePublicOrigin(env.PUBLIC_ORIGIN) : defaultPublicOrigin(env.HTTP_HOST, env.HTTP_PORT),
      portalDir: resolve(env.PORTAL_DIR),
    };
    this.database = {
      host: env.DB_HOST,
      port: env.DB_PORT,
      user: env.DB_USER,
      password: env.DB_PASSWORD,
      name: env.DB_NAME,
      createIfMissing: env.DB_CREATE_IF_MISSING,
      migrationsRun: env.DB_MIGRATIONS_RUN,
      poolSize: env.DB_POOL_SIZE,
    };
    this.redis = { host: env.REDIS_HOST, port: env.REDIS_PORT, queuePrefix: env.QUEUE_PREFIX };
    this.auth = {
      jwtSecret: env.JWT_SECRET,
      jwtTtlSeconds: env.JWT_TTL_SECONDS,
      refreshTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
      revocationCacheMs: env.ACCESS_REVOCATION_CACHE_MS,
      loginRateLimitPerMinute: env.LOGIN_RATE_LIMIT_PER_MINUTE,
      lockoutThreshold: env.LOGIN_LOCKOUT_THRESHOLD,
      lockoutMinutes: env.LOGIN_LOCKOUT_MINUTES,
    };
    this.personalData = { encryptionKey: decodeKey(env.ID_ENCRYPTION_KEY), hashKey: decodeKey(env.ID_HASH_KEY) };
    this.storageDir = env.STORAGE_DIR;
    this.tickets = { signingKey: decodeKey(env.TICKET_SIGNING_KEY), chromiumPath: env.CHROMIUM_PATH };
    this.runDir = env.RUN_DIR;
    this.photoPolicy = {
      ...REFERENCE_PHOTO_POLICY,
      maxBytes: env.PHOTO_MAX_BYTES,
      minWidth: env.PHOTO_MIN_WIDTH,
      minHeight: env.PHOTO_MIN_HEIGHT,
      requireWhiteBackground: env.PHOTO_REQUIRE_WHITE_BACKGROUND,
    };
    this.scoreImports = { inlineMaxBytes: env.SCORE_IMPORT_INLINE_MAX_BYTES, maxRows: env.SCORE_IMPORT_MAX_ROWS };
    this.demoSeed = env.DEMO_SEED;
    this.workerSchedules = env.WORKER_SCHEDULES;
    this.workerQueues = [...new Set(env.WORKER_QUEUES.split(','))];
    this.workerReconcileIntervalMs = env.WORKER_RECONCILE_INTERVAL_MS;
    this.fixturesDir = env.FIXTURES_DIR || null;
    this.mail = { smtpUrl: env.SMTP_URL ?? null, from: env.MAIL_FROM ?? null, maxAttempts: env.MAIL_MAX_ATTEMPTS, batchSize: env.MAIL_BATCH_SIZE };
    this.notifications = { threeYearLimitNoticeDays: env.THREE_YEAR_LIMIT_NOTICE_DAYS };
  }
}
