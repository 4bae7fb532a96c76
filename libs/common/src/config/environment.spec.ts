import { resolve } from 'node:path';
import { AppConfig } from './app-config';
import { validateEnvironment } from './environment';

const REQUIRED = {
  JWT_SECRET: 'a-secret-of-at-least-thirty-two-characters',
  ID_ENCRYPTION_KEY: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
  ID_HASH_KEY: 'ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=',
  TICKET_SIGNING_KEY: 'dGlja2V0LXNpZ25pbmcta2V5LWZvci10ZXN0cy0wMDA=',
};

describe('WORKER_QUEUES (which queues a worker copy takes jobs from)', () => {
  it('defaults to every queue', () => {
    expect(new AppConfig(validateEnvironment(REQUIRED)).workerQueues).toEqual(['assessment', 'tickets', 'scores', 'notifications']);
  });

  it('takes a comma-separated subset, each queue once', () => {
    expect(new AppConfig(validateEnvironment({ ...REQUIRED, WORKER_QUEUES: 'tickets' })).workerQueues).toEqual(['tickets']);
    expect(new AppConfig(validateEnvironment({ ...REQUIRED, WORKER_QUEUES: 'scores,assessment,scores' })).workerQueues).toEqual(['scores', 'assessment']);
  });

  it.each(['tickets,printing', 'tickets,', ' tickets', 'TICKETS'])('refuses %j at boot with the variable named', (value) => {
    expect(() => validateEnvironment({ ...REQUIRED, WORKER_QUEUES: value })).toThrow(/WORKER_QUEUES/);
  });
});

describe('SMTP_URL, MAIL_FROM and the other e-mail settings (the worker\'s e-mail channel)', () => {
  const mail = (env: Record<string, string>) => new AppConfig(validateEnvironment({ ...REQUIRED, ...env })).mail;

  it('without SMTP_URL there is no channel; tries and batch size have defaults', () => {
    expect(mail({})).toEqual({ smtpUrl: null, from: null, maxAttempts: 5, batchSize: 50 });
  });

  it('takes smtp:// and smtps:// with a URL-encoded login, and a sender with or without a name', () => {
    expect(mail({ SMTP_URL: 'smtps://noreply%40example.org:p%40ss@mail.example.org:465', MAIL_FROM: '结业考核平台 <noreply@example.org>' })).toMatchObject({
      smtpUrl: 'smtps://noreply%40example.org:p%40ss@mail.example.org:465',
      from: '结业考核平台 <noreply@example.org>',
    });
    expect(mail({ SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'noreply@example.org', MAIL_MAX_ATTEMPTS: '3', MAIL_BATCH_SIZE: '10' })).toEqual({
      smtpUrl: 'smtp://127.0.0.1:2525',
      from: 'noreply@example.org',
      maxAttempts: 3,
      batchSize: 10,
    });
  });

  it('refuses SMTP_URL without MAIL_FROM at boot, saying MAIL_FROM is required', () => {
    expect(() => validateEnvironment({ ...REQUIRED, SMTP_URL: 'smtp://127.0.0.1:2525' })).toThrow(/MAIL_FROM is required when SMTP_URL is set/);
  });

  it.each(['http://mail.example.org', 'mail.example.org:25', 'smtp://', 'smtp://mail.example.org/path', 'smtp://mail.example.org?pool=true'])('refuses SMTP_URL=%j at boot with the variable named', (value) => {
    expect(() => validateEnvironment({ ...REQUIRED, SMTP_URL: value, MAIL_FROM: 'noreply@example.org' })).toThrow(/SMTP_URL is smtp:\/\//);
  });

  it.each(['noreply', 'noreply@example', '平台 noreply@example.org', '<noreply@example.org'])('refuses MAIL_FROM=%j', (value) => {
    expect(() => validateEnvironment({ ...REQUIRED, SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: value })).toThrow(/MAIL_FROM/);
  });

  it.each([['MAIL_MAX_ATTEMPTS', '0'], ['MAIL_BATCH_SIZE', '501'], ['THREE_YEAR_LIMIT_NOTICE_DAYS', '0']])('refuses %s=%j', (name, value) => {
    expect(() => validateEnvironment({ ...REQUIRED, [name]: value })).toThrow(new RegExp(name));
  });

  it('SC-7 tells trainees 365 days ahead of the three-year limit by default', () => {
    expect(new AppConfig(validateEnvironment(REQUIRED)).notifications).toEqual({ threeYearLimitNoticeDays: 365 });
    expect(new AppConfig(validateEnvironment({ ...REQUIRED, THREE_YEAR_LIMIT_NOTICE_DAYS: '90' })).notifications).toEqual({ threeYearLimitNoticeDays: 90 });
  });
});

describe('TRUSTED_PROXIES (whose X-Forwarded-For is believed)', () => {
  it('trusts no proxy by default', () => {
    expect(new AppConfig(validateEnvironment(REQUIRED)).http.trustedProxies).toEqual([]);
  });

  it('takes addresses and CIDR blocks, IPv4 and IPv6', () => {
    const config = new AppConfig(validateEnvironment({ ...REQUIRED, TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8,::1,fd00::/8' }));
    expect(config.http.trustedProxies).toEqual(['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8']);
  });

  it.each(['true', '*', '10.0.0.0/33', '10.0.0.1,', 'proxy.example.org', '::1/129', '10.0.0.0/8/8', '1'])('refuses %j at boot with the variable named', (value) => {
    expect(() => validateEnvironment({ ...REQUIRED, TRUSTED_PROXIES: value })).toThrow(/TRUSTED_PROXIES/);
  });
});

describe('LOGIN_LOCKOUT_THRESHOLD and LOGIN_LOCKOUT_MINUTES', () => {
  it('lock after 10 consecutive wrong passwords for 15 minutes by default', () => {
    expect(new AppConfig(validateEnvironment(REQUIRED)).auth).toMatchObject({ lockoutThreshold: 10, lockoutMinutes: 15 });
  });

  it.each([['LOGIN_LOCKOUT_THRESHOLD', '0'], ['LOGIN_LOCKOUT_MINUTES', 'soon']])('refuses %s=%j', (name, value) => {
    expect(() => validateEnvironment({ ...REQUIRED, [name]: value })).toThrow(new RegExp(name));
  });
});

describe('API_DOCS_ENABLED (OpenAPI at /docs)', () => {
  // Production requires PUBLIC_ORIGIN; it changes nothing here.
  const docs = (env: Record<string, string>) => new AppConfig(validateEnvironment({ ...REQUIRED, PUBLIC_ORIGIN: 'https://agp.example.org', ...env })).http.docsEnabled;

  it('defaults to on in development and test, off in production', () => {
    expect(docs({})).toBe(true);
    expect(docs({ NODE_ENV: 'development' })).toBe(true);
    expect(docs({ NODE_ENV: 'test' })).toBe(true);
    expect(docs({ NODE_ENV: 'production' })).toBe(false);
  });

  it('an explicit value wins in every environment; empty means the default', () => {
    expect(docs({ NODE_ENV: 'production', API_DOCS_ENABLED: 'true' })).toBe(true);
    expect(docs({ NODE_ENV: 'development', API_DOCS_ENABLED: 'false' })).toBe(false);
    expect(docs({ NODE_ENV: 'production', API_DOCS_ENABLED: '' })).toBe(false);
  });
});

describe('HSTS_MAX_AGE_SECONDS and JSON_MAX_DEPTH', () => {
  it('default to 180 days and 32', () => {
    const config = new AppConfig(validateEnvironment(REQUIRED));
    expect(config.http.hstsMaxAgeSeconds).toBe(180 * 24 * 3600);
    expect(config.http.jsonMaxDepth).toBe(32);
  });

  it.each([
    ['HSTS_MAX_AGE_SECONDS', '-1'],
    ['JSON_MAX_DEPTH', '1'],
    ['JSON_MAX_DEPTH', '100000'],
  ])('refuses %s=%s at boot', (name, value) => {
    expect(() => validateEnvironment({ ...REQUIRED, [name]: value })).toThrow(new RegExp(name));
  });
});

describe('PUBLIC_ORIGIN (the address printed in tickets’ QR codes)', () => {
  const origin = (env: Record<string, string>) => new AppConfig(validateEnvironment({ ...REQUIRED, ...env })).http.publicOrigin;

  it('defaults outside production to where the API listens, as a browser on this machine reaches it', () => {
    expect(origin({})).toBe('http://127.0.0.1:3000');
    expect(origin({ NODE_ENV: 'test', HTTP_HOST: 'localhost', HTTP_PORT: '4100' })).toBe('http://localhost:4100');
    expect(origin({ HTTP_HOST: '0.0.0.0' })).toBe('http://127.0.0.1:3000');
    expect(origin({ HTTP_HOST: '::' })).toBe('http://[::1]:3000');
    expect(origin({ HTTP_HOST: 'fd00::5', HTTP_PORT: '80' })).toBe('http://[fd00::5]');
  });

  it('takes an origin as given, in its canonical spelling: lower case, no default port, no trailing slash', () => {
    expect(origin({ PUBLIC_ORIGIN: 'https://agp.example.org' })).toBe('https://agp.example.org');
    expect(origin({ PUBLIC_ORIGIN: 'HTTPS://AGP.Example.org:443/' })).toBe('https://agp.example.org');
    expect(origin({ PUBLIC_ORIGIN: 'http://10.0.0.5:8080' })).toBe('http://10.0.0.5:8080');
    expect(origin({ NODE_ENV: 'production', PUBLIC_ORIGIN: 'https://agp.example.org:8443' })).toBe('https://agp.example.org:8443');
  });

  it('is required in production, and must be https there', () => {
    expect(() => validateEnvironment({ ...REQUIRED, NODE_ENV: 'production' })).toThrow(/PUBLIC_ORIGIN is required in production/);
    expect(() => validateEnvironment({ ...REQUIRED, NODE_ENV: 'production', PUBLIC_ORIGIN: '' })).toThrow(/PUBLIC_ORIGIN is required in production/);
    expect(() => validateEnvironment({ ...REQUIRED, NODE_ENV: 'production', PUBLIC_ORIGIN: 'http://agp.example.org' })).toThrow(/PUBLIC_ORIGIN must be https in production/);
  });

  it.each([
    ['agp.example.org', /must be an origin/],
    ['ftp://agp.example.org', /must start with https/],
    ['https://user:secret@agp.example.org', /user name or password/],
    ['https://agp.example.org/portal', /no path, query or fragment/],
    ['https://agp.example.org/?x=1', /no path, query or fragment/],
    ['https://agp.example.org#top', /no path, query or fragment/],
    ['https://agp.example.org?', /no path, query or fragment/],
  ])('refuses %j at boot with the variable named', (value, message) => {
    expect(() => validateEnvironment({ ...REQUIRED, PUBLIC_ORIGIN: value })).toThrow(message);
  });
});

describe('PORTAL_DIR (the built portal served at /)', () => {
  it('defaults to the web package’s build folder, resolved from the working directory', () => {
    expect(new AppConfig(validateEnvironment(REQUIRED)).http.portalDir).toBe(resolve('apps/web/dist'));
  });

  it('takes another folder, relative or absolute', () => {
    expect(new AppConfig(validateEnvironment({ ...REQUIRED, PORTAL_DIR: 'var/portal' })).http.portalDir).toBe(resolve('var/portal'));
    expect(new AppConfig(validateEnvironment({ ...REQUIRED, PORTAL_DIR: '/srv/agp/portal' })).http.portalDir).toBe('/srv/agp/portal');
  });
});
