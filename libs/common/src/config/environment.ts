import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min, ValidateBy, ValidateIf, validateSync } from 'class-validator';
import { isIP } from 'node:net';
import { publicOriginProblem } from './public-origin';

const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;
const KEY_32_BYTES = /^[A-Za-z0-9+/_-]{43}=?$/;

/** One address or CIDR block (IPv4 or IPv6), e.g. `10.0.0.5` or `10.0.0.0/8`. */
export function isAddressOrCidr(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** The comma-separated TRUSTED_PROXIES list; empty entries (a trailing comma) are refused, not skipped. */
export function parseAddressList(value: string): string[] {
  return value.split(',').map((entry) => entry.trim());
}

const IsAddressList = () =>
  ValidateBy({
    name: 'isAddressList',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && parseAddressList(value).every(isAddressOrCidr),
      defaultMessage: () => 'TRUSTED_PROXIES is a comma-separated list of IP addresses or CIDR blocks',
    },
  });

/** PUBLIC_ORIGIN against the environment it runs in (required, and https, in production). */
const IsPublicOrigin = () =>
  ValidateBy({
    name: 'isPublicOrigin',
    validator: {
      validate: (value: unknown, args) => {
        const environment = String((args?.object as { NODE_ENV?: unknown } | undefined)?.NODE_ENV);
        return (value === undefined || typeof value === 'string') && publicOriginProblem(value, environment) === null;
      },
      defaultMessage: (args) => {
        const environment = String((args?.object as { NODE_ENV?: unknown } | undefined)?.NODE_ENV);
        return typeof args?.value === 'string' || args?.value === undefined ? (publicOriginProblem(args?.value as string | undefined, environment) ?? '') : 'PUBLIC_ORIGIN must be a string';
      },
    },
  });

/** smtp://[user:password@]host[:port] or smtps://…: what the e-mail channel's SMTP_URL may be. */
export function isSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '' && (url.pathname === '' || url.pathname === '/') && url.search === '';
  } catch {
    return false;
  }
}

const IsSmtpUrl = () =>
  ValidateBy({
    name: 'isSmtpUrl',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isSmtpUrl(value),
      defaultMessage: () => 'SMTP_URL is smtp://[user:password@]host[:port] (STARTTLS when the server offers it) or smtps://… (TLS), with the user and password URL-encoded',
    },
  });

/** A sender as mail headers write it: `noreply@example.org` or `名称 <noreply@example.org>`. */
const MAIL_FROM = /^([^<>\r\n]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/;

/**
 * Every environment variable the apps read, validated once at boot. Nothing else reads process.env.
 */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test']) NODE_ENV: 'development' | 'production' | 'test' = 'development';
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL = 'info';

  @IsString() HTTP_HOST = '127.0.0.1';
  @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(65535) HTTP_PORT = 3000;
  /**
   * API processes sharing the port. One Node process runs JavaScript on one core; in production set the
   * number of cores, so a sign-up burst can use them all.
   */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(64) API_PROCESSES = 1;
  /** OpenAPI at /api/docs and /api/docs/openapi.json. Unset: on in development and test, off in production. */
  @IsOptional() @Transform(toBoolean) @IsBoolean() API_DOCS_ENABLED?: boolean;
  /**
   * Strict-Transport-Security max-age, sent only on requests that arrived over TLS (directly, or as the
   * reverse proxy's X-Forwarded-Proto says); 0 never sends it. Plain http (localhost) never gets it.
   */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(0) HSTS_MAX_AGE_SECONDS = 180 * 24 * 3600;
  /**
   * The address people reach the portal at, e.g. https://agp.example.org: scheme, host and port only. Printed in every
   * ticket's QR code as `{PUBLIC_ORIGIN}/verify/{token}`. Required, and https, in production; elsewhere it defaults
   * to http://HTTP_HOST:HTTP_PORT (127.0.0.1 for a host that listens everywhere).
   */
  @IsPublicOrigin() PUBLIC_ORIGIN?: string;
  /**
   * The built portal (apps/web, `vite build`), served at /. A relative path is taken from the directory the API
   * starts in, the project root under npm. A missing folder is no error: the API starts, and / says so.
   */
  @IsString() @IsNotEmpty() PORTAL_DIR = 'apps/web/dist';
  /** Deepest nesting of objects and arrays a JSON request body may have; deeper bodies get 400 BODY_TOO_DEEP. */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(2) @Max(1000) JSON_MAX_DEPTH = 32;

  @IsString() DB_HOST = '127.0.0.1';
  @Transform(({ value }) => Number(value)) @IsInt() DB_PORT = 3306;
  @IsString() DB_USER = 'root';
  @IsString() DB_PASSWORD = '';
  @IsString() @Matches(/^[A-Za-z0-9_]+$/) DB_NAME = 'agp';
  @Transform(toBoolean) @IsBoolean() DB_CREATE_IF_MISSING = true;
  @Transform(toBoolean) @IsBoolean() DB_MIGRATIONS_RUN = true;
  @Transform(({ value }) => Number(value)) @IsInt() @Min(1) DB_POOL_SIZE = 20;

  @IsString() REDIS_HOST = '127.0.0.1';
  @Transform(({ value }) => Number(value)) @IsInt() REDIS_PORT = 6379;
  /** Key prefix of every queue, so test runs never meet the demo system's jobs. */
  @IsString() @Matches(/^[A-Za-z0-9_-]+$/) QUEUE_PREFIX = 'agp';

  @IsString() @IsNotEmpty() JWT_SECRET: string;
  /** Lifetime of an access token; short, as a refresh token renews it. */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(60) JWT_TTL_SECONDS = 15 * 60;
  /** Lifetime of a refresh token (each use rotates it and starts a new one): a working day without logging in again. */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(60) REFRESH_TOKEN_TTL_SECONDS = 12 * 3600;
  /**
   * How long one API process may reuse what Redis said about an account's revocation. At most 1 s, so a disabled
   * account, a changed password or a logout is refused everywhere within a second; 0 asks Redis on every request.
   */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(0) @Max(1000) ACCESS_REVOCATION_CACHE_MS = 500;
  @Transform(({ value }) => Number(value)) @IsInt() @Min(1) LOGIN_RATE_LIMIT_PER_MINUTE = 10;
  /** Consecutive wrong passwords that lock an account… */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(1) LOGIN_LOCKOUT_THRESHOLD = 10;
  /** …for this long (or until the centre lifts the lock). */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(1) LOGIN_LOCKOUT_MINUTES = 15;
  /**
   * Reverse proxies whose X-Forwarded-For is believed (addresses or CIDR blocks). None by default: any client
   * can write that header, and the login throttle counts by client address.
   */
  @IsOptional() @IsAddressList() TRUSTED_PROXIES?: string;

  /** 32 random bytes, base64: AES-256-GCM key for ID numbers at rest. */
  @Matches(KEY_32_BYTES) ID_ENCRYPTION_KEY: string;
  /** 32 random bytes, base64: HMAC key of the ID-number look-up column. */
  @Matches(KEY_32_BYTES) ID_HASH_KEY: string;

  /** 32 random bytes, base64: HMAC key of the tokens in ticket QR codes (TK-6). */
  @Matches(KEY_32_BYTES) TICKET_SIGNING_KEY: string;
  /** Debian's Chromium prints the tickets; a downloaded browser is never used. */
  @IsString() CHROMIUM_PATH = '/usr/bin/chromium';

  @IsString() STORAGE_DIR = 'var/storage';
  /**
   * This machine's process state: the ticket workers' Chromium profiles, which record which worker launched
   * which browser. Must be local to the machine (never a shared mount): process ids mean nothing elsewhere.
   */
  @IsString() @IsNotEmpty() RUN_DIR = 'var/run';

  @Transform(({ value }) => Number(value)) @IsInt() @Min(1024) PHOTO_MAX_BYTES = 300 * 1024;
  @Transform(({ value }) => Number(value)) @IsInt() PHOTO_MIN_WIDTH = 295;
  @Transform(({ value }) => Number(value)) @IsInt() PHOTO_MIN_HEIGHT = 413;
  @Transform(toBoolean) @IsBoolean() PHOTO_REQUIRE_WHITE_BACKGROUND = true;
  @Transform(({ value }) => Number(value)) @IsInt() @Min(1024) UPLOAD_MAX_BYTES = 20 * 1024 * 1024;
  /** Score files up to this size are checked and committed inside the request; larger ones run as worker jobs. */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(0) SCORE_IMPORT_INLINE_MAX_BYTES = 256 * 1024;
  /** A national score file holds one province's candidates; the limit stops a runaway file, not a real one. */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(1) SCORE_IMPORT_MAX_ROWS = 300_000;

  /** Seed the demo organisations, accounts and sessions on start (idempotent). */
  @Transform(toBoolean) @IsBoolean() DEMO_SEED = false;
  /** Run the scheduled jobs in this worker (they are de-duplicated in Redis across workers). */
  @Transform(toBoolean) @IsBoolean() WORKER_SCHEDULES = true;
  /**
   * How often the worker queues again what MySQL says is pending but no queue holds (it also does at start and
   * after every Redis reconnect), so work lost with Redis' data resumes without anyone pressing a button.
   */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(1000) WORKER_RECONCILE_INTERVAL_MS = 60_000;
  /**
   * The queues this worker copy takes jobs from. A copy for tickets alone can run with a small fixed heap
   * (node --max-old-space-size) while another takes score imports, which need room for a national file.
   */
  @Matches(/^(assessment|tickets|scores|notifications)(,(assessment|tickets|scores|notifications))*$/, {
    message: 'WORKER_QUEUES is a comma-separated list of assessment, tickets, scores, notifications',
  })
  WORKER_QUEUES = 'assessment,tickets,scores,notifications';

  /**
   * The e-mail channel of candidates' messages, used by the worker only. Unset: the message centre is the only
   * channel, and messages are marked "skipped" for e-mail rather than sent later.
   */
  @IsOptional() @IsSmtpUrl() SMTP_URL?: string;
  /** The sender of those e-mails; required with SMTP_URL. */
  @ValidateIf((env: EnvironmentVariables) => env.SMTP_URL !== undefined || env.MAIL_FROM !== undefined)
  @Matches(MAIL_FROM, { message: 'MAIL_FROM is required when SMTP_URL is set: an address, or a name and an address in <>, e.g. 结业考核平台 <noreply@example.org>' })
  MAIL_FROM?: string;
  /** Tries per e-mail before it is marked failed (a refused recipient fails at once). */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(20) MAIL_MAX_ATTEMPTS = 5;
  /** Messages one worker claims and sends per batch. */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(500) MAIL_BATCH_SIZE = 50;
  /**
   * SC-7: how many days before the three-year limit (31 December of R+2, FA-3) a trainee with a subject still to
   * pass is told. The year's only sitting is in spring, so the default (365) tells them before the sign-up of
   * their last year, not after its exam.
   */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(1096) THREE_YEAR_LIMIT_NOTICE_DAYS = 365;
  @IsOptional() @IsString() FIXTURES_DIR?: string;
}

export function validateEnvironment(raw: Record<string, unknown>): EnvironmentVariables {
  // An empty variable means "use the default", as in most deployment tools.
  const given = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== '' && value !== undefined));
  const env = plainToInstance(EnvironmentVariables, given, { exposeDefaultValues: true });
  const errors = validateSync(env);
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return env;
}
