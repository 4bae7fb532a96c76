import puppeteer, { Browser } from 'puppeteer-core';
import type { Response } from 'supertest';
import { bearer, createStaff, importRoster, login, PASSWORD, residentId } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A JSON text `depth` arrays deep, as an attacker would send it. */
const nested = (depth: number, inner = '1') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

interface Violation {
  directive: string;
  blocked: string;
}

function expectSecurityHeaders(response: Response): void {
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['x-frame-options']).toBe('DENY');
  expect(response.headers['referrer-policy']).toBe('no-referrer');
  const csp = String(response.headers['content-security-policy']);
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ]) {
    expect(csp.split(';')).toContain(directive);
  }
  // Plain http from localhost: never pinned to https.
  expect(response.headers['strict-transport-security']).toBeUndefined();
}

describe('Security headers, API docs switch, deeply nested bodies, registration answers', () => {
  let api: TestApi;
  let centreToken: string;

  beforeAll(async () => {
    api = await startApi();
    await resetData(api.dataSource);
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    centreToken = await login(api, 'centre');
  });

  afterAll(async () => {
    await api.close();
  });

  describe('security headers (helmet)', () => {
    it('are on a normal response', async () => {
      expectSecurityHeaders(await api.http.get('/health/live').expect(200));
    });

    it('are on a 404', async () => {
      const response = await api.http.get('/no-such-route').expect(404);
      expect(response.body.code).toBe('NOT_FOUND');
      expectSecurityHeaders(response);
    });

    it('are on error responses (401, 400)', async () => {
      expectSecurityHeaders(await api.http.get('/auth/me').expect(401));
      const invalid = await api.http.post('/auth/login').send({ username: 'x' }).expect(400);
      expect(invalid.body.code).toBe('VALIDATION_FAILED');
      expectSecurityHeaders(invalid);
    });

    it('HSTS only on a request that arrived over TLS (X-Forwarded-Proto from a trusted proxy), never on plain http', async () => {
      const behindProxy = await startApi({ env: { TRUSTED_PROXIES: '127.0.0.1' } });
      try {
        expect((await behindProxy.http.get('/health/live').expect(200)).headers['strict-transport-security']).toBeUndefined();
        const overTls = await behindProxy.http.get('/health/live').set('X-Forwarded-Proto', 'https').expect(200);
        expect(overTls.headers['strict-transport-security']).toBe('max-age=15552000');
        const errorOverTls = await behindProxy.http.get('/no-such-route').set('X-Forwarded-Proto', 'https').expect(404);
        expect(errorOverTls.headers['strict-transport-security']).toBe('max-age=15552000');
      } finally {
        await behindProxy.close();
      }
    });

    it('a client that is not a trusted proxy cannot claim TLS with X-Forwarded-Proto', async () => {
      const direct = await api.http.get('/health/live').set('X-Forwarded-Proto', 'https').expect(200);
      expect(direct.headers['strict-transport-security']).toBeUndefined();
    });

    it('HSTS_MAX_AGE_SECONDS=0 never sends it, even over TLS', async () => {
      const noHsts = await startApi({ env: { HSTS_MAX_AGE_SECONDS: '0', TRUSTED_PROXIES: '127.0.0.1' } });
      try {
        const response = await noHsts.http.get('/health/live').set('X-Forwarded-Proto', 'https').expect(200);
        expect(response.headers['strict-transport-security']).toBeUndefined();
        expect(response.headers['x-content-type-options']).toBe('nosniff');
      } finally {
        await noHsts.close();
      }
    });

    describe('in a browser, under this policy', () => {
      let browser: Browser;

      beforeAll(async () => {
        browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
      });

      afterAll(async () => {
        await browser.close();
      });

      /** Opens `path` and returns what the page's policy refused, once `selector` shows `text`. */
      const open = async (path: string, selector: string, text: string, headers: Record<string, string> = {}): Promise<Violation[]> => {
        const page = await browser.newPage();
        try {
          await page.setExtraHTTPHeaders(headers);
          // Page-side code as text: this project compiles without the DOM library.
          await page.evaluateOnNewDocument(
            "window.violations = []; document.addEventListener('securitypolicyviolation', (e) => window.violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));",
          );
          const response = await page.goto(`${api.url}${path}`, { waitUntil: 'load' });
          expect(response?.status()).toBe(200);
          expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
          await page.waitForFunction(`[...document.querySelectorAll(${JSON.stringify(selector)})].some((e) => e.textContent.includes(${JSON.stringify(text)}))`, { timeout: 30_000 });
          return (await page.evaluate('window.violations')) as Violation[];
        } finally {
          await page.close();
        }
      };

      it('Swagger UI at /api/docs renders the API with nothing refused', async () => {
        const violations = await open('/api/docs', '.swagger-ui .info .title', '助理全科医生培训结业考核与招录平台 API');
        expect(violations).toEqual([]);
      });

      it('the queue board at /api/queues loads its scripts and lists the queues; only the external web-font stylesheet is refused', async () => {
        const violations = await open('/api/queues', 'body', 'assessment', bearer(centreToken));
        expect(violations.filter((v) => !v.blocked.startsWith('https://fonts.googleapis.com/'))).toEqual([]);
      });
    });
  });

  describe('API_DOCS_ENABLED', () => {
    it('docs are served by default in the test environment', async () => {
      const document = await api.http.get('/docs/openapi.json').expect(200);
      expect(document.body.openapi).toMatch(/^3\./);
      await api.http.get('/docs').expect(200);
    });

    it('documents the coded answers of the routes these rules changed', async () => {
      const { paths } = (await api.http.get('/docs/openapi.json').expect(200)).body as {
        paths: Record<string, Record<string, { responses: Record<string, { content?: { 'application/json': { schema: { properties: { code: { enum: string[] } } } } } }> }>>;
      };
      const codes = (path: string, method: string, status: string) => paths[path][method].responses[status].content!['application/json'].schema.properties.code.enum;
      expect(codes('/me/signups/{sessionId}/submit', 'post', '409')).toEqual(expect.arrayContaining(['SIGNUP_WINDOW_NOT_OPEN', 'SIGNUP_WINDOW_CLOSED']));
      expect(codes('/me/signups/{sessionId}/draft', 'put', '409')).toEqual(expect.arrayContaining(['SIGNUP_WINDOW_NOT_OPEN', 'SIGNUP_WINDOW_CLOSED']));
      expect(codes('/me/tickets/{sessionId}/{subject}', 'get', '409')).toEqual(expect.arrayContaining(['TICKET_WINDOW_NOT_OPEN', 'TICKET_WINDOW_CLOSED']));
      // Only the route's guard answers 403 there: "not now" is a 409, not a permission.
      expect(codes('/me/tickets/{sessionId}/{subject}', 'get', '403')).toEqual(['PASSWORD_CHANGE_REQUIRED', 'FORBIDDEN_ROLE']);
      expect(codes('/auth/register', 'post', '404')).toEqual(['TRAINEE_NOT_REGISTRABLE']);
      expect(codes('/auth/login', 'post', '400')).toEqual(['VALIDATION_FAILED', 'BODY_TOO_DEEP']);
      expect(codes('/verify/{token}', 'get', '400')).toEqual(['TICKET_TOKEN_INVALID']);
    });

    it.each([
      ['API_DOCS_ENABLED=false', { API_DOCS_ENABLED: 'false' }],
      ['NODE_ENV=production without API_DOCS_ENABLED', { NODE_ENV: 'production', PUBLIC_ORIGIN: 'https://agp.example.org' }],
    ])('%s: /api/docs and /api/docs/openapi.json are not found', async (_label, env) => {
      const closed = await startApi({ env });
      try {
        for (const path of ['/docs', '/docs/openapi.json', '/docs/swagger-ui-init.js']) {
          const response = await closed.http.get(path).expect(404);
          expect(response.body.code).toBe('NOT_FOUND');
        }
        await closed.http.get('/health/live').expect(200);
      } finally {
        await closed.close();
      }
    });

    it('NODE_ENV=production with API_DOCS_ENABLED=true serves them', async () => {
      const open = await startApi({ env: { NODE_ENV: 'production', PUBLIC_ORIGIN: 'https://agp.example.org', API_DOCS_ENABLED: 'true' } });
      try {
        await open.http.get('/docs/openapi.json').expect(200);
      } finally {
        await open.close();
      }
    });
  });

  describe('deeply nested JSON bodies', () => {
    const expectTooDeep = (response: Response) => {
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        code: 'BODY_TOO_DEEP',
        message: { zh: '请求内容的嵌套层级过深', en: 'The request body is nested too deeply' },
        details: { maxDepth: 32 },
      });
    };

    it('a 5,000-deep body on the public /auth/login → 400 BODY_TOO_DEEP, not a 5xx', async () => {
      expectTooDeep(await api.http.post('/auth/login').set('Content-Type', 'application/json').send(`{"username":"centre","password":${nested(5000)}}`));
    });

    it('a 5,000-deep body on an authenticated route → 400 BODY_TOO_DEEP, not a 5xx', async () => {
      const response = await api.http
        .post('/sessions')
        .set(bearer(centreToken))
        .set('Content-Type', 'application/json; charset=utf-8')
        .send(`{"code":"X","subjects":${nested(5000, '{}')}}`);
      expectTooDeep(response);
    });

    it('one level over the limit is refused; at the limit the body reaches validation; brackets inside strings do not count', async () => {
      expectTooDeep(await api.http.post('/auth/login').set('Content-Type', 'application/json').send(`{"username":${nested(32)}}`));
      const atLimit = await api.http.post('/auth/login').set('Content-Type', 'application/json').send(`{"username":${nested(31)}}`);
      expect(atLimit.status).toBe(400);
      expect(atLimit.body.code).toBe('VALIDATION_FAILED');
      const inString = await api.http.post('/auth/login').send({ username: 'centre', password: `${'['.repeat(100)}\\"{` });
      expect(inString.status).toBe(401);
      expect(inString.body.code).toBe('INVALID_CREDENTIALS');
    });

    it('malformed JSON is still refused as before (400 VALIDATION_FAILED)', async () => {
      const response = await api.http.post('/auth/login').set('Content-Type', 'application/json').send('{"username": [');
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('registration does not tell a stranger who is on a roster', () => {
    const ON_ROSTER = residentId('19970606', '606');
    const REGISTERED = residentId('19970707', '707');
    const register = (username: string, name: string, idNumber: string) =>
      api.http.post('/auth/register').send({ username, password: PASSWORD, name, idType: 'RESIDENT_ID', idNumber });
    /** Everything a client sees of an answer but the parts that differ per request. */
    const seen = (response: Response) => {
      const headers: Record<string, unknown> = { ...response.headers };
      for (const perRequest of ['date', 'x-request-id']) delete headers[perRequest];
      return { status: response.status, headers, text: response.text };
    };

    beforeAll(async () => {
      await createStaff(api, 'base-roster', 'BASE_REVIEWER', '福州市第一总医院');
      await importRoster(api, await login(api, 'base-roster'), [
        { name: '周敏', idNumber: ON_ROSTER },
        { name: '吴刚', idNumber: REGISTERED },
      ]);
      expect((await register('wugang', '吴刚', REGISTERED)).status).toBe(201);
    });

    it('not on a roster, another name, and already registered get byte-identical answers', async () => {
      const notOnRoster = await register('stranger1', '周敏', residentId('19970808', '808'));
      const otherName = await register('stranger2', '周明', ON_ROSTER);
      const alreadyRegistered = await register('stranger3', '吴刚', REGISTERED);
      expect(notOnRoster.status).toBe(404);
      expect(notOnRoster.body).toEqual({
        code: 'TRAINEE_NOT_REGISTRABLE',
        message: {
          zh: '未找到可注册的培训学员记录；如您确为该学员且无法注册，请联系所在培训基地',
          en: 'No trainee record open for registration matches these details; if you are this trainee and cannot register, contact your training base',
        },
      });
      expect(seen(otherName)).toEqual(seen(notOnRoster));
      expect(seen(alreadyRegistered)).toEqual(seen(notOnRoster));
      const accounts: Array<{ username: string }> = await api.dataSource.query("SELECT username FROM user_account WHERE username LIKE 'stranger%'");
      expect(accounts).toEqual([]);
    });

    it('the trainee on the roster, with the right name, still registers', async () => {
      expect((await register('zhoumin', '周敏', ON_ROSTER)).status).toBe(201);
    });
  });
});
