import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join, resolve } from 'node:path';
import puppeteer, { Browser } from 'puppeteer-core';
import type { Response } from 'supertest';
import { createStaff, PASSWORD } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';
import { TEST_ENVIRONMENT } from './setup/test-environment';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** This run's own folders (RUN_DIR is per test run), so two runs on one machine never share a portal. */
const FIXTURE = resolve(TEST_ENVIRONMENT.RUN_DIR, 'portal-fixture');
const SECRET = resolve(TEST_ENVIRONMENT.RUN_DIR, 'portal-secret.txt');
const INDEX = '<!doctype html><html lang="zh-CN"><head><title>门户</title><script type="module" src="/assets/index-5f3a9c.js"></script></head><body><div id="root"></div></body></html>\n';
const SCRIPT = 'document.getElementById("root").textContent = "ok";\n';
const TOKEN = 't1.WyIyMDI0MkZaMDAwMDEiLDEyMzQ1NjcsMV0.w47ciBXISJ9kc4l49EAI-FljRVRfC6po72_PXFPlcYk';
const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';

/** A request exactly as written: supertest's URL parsing would resolve `..` before it left. */
function rawGet(origin: string, path: string): Promise<{ status: number; contentType: string | undefined; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((done, fail) => {
    const request = httpRequest({ host: hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode!, contentType: response.headers['content-type'], body }));
    });
    request.on('error', fail);
    request.end();
  });
}

const expectNotFoundJson = (response: Response) => {
  expect(response.status).toBe(404);
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(response.body.code).toBe('NOT_FOUND');
};

describe('The portal served at / by the API process (one origin, no CORS)', () => {
  describe('a built portal (a small fixture folder)', () => {
    let api: TestApi;

    beforeAll(async () => {
      rmSync(FIXTURE, { recursive: true, force: true });
      mkdirSync(join(FIXTURE, 'assets'), { recursive: true });
      writeFileSync(join(FIXTURE, 'index.html'), INDEX);
      writeFileSync(join(FIXTURE, 'assets', 'index-5f3a9c.js'), SCRIPT);
      writeFileSync(join(FIXTURE, 'manifest.webmanifest'), '{"name":"门户"}\n');
      writeFileSync(join(FIXTURE, '.env'), 'JWT_SECRET=never-served\n');
      // Beside the portal's folder: what a path with `..` would reach.
      writeFileSync(SECRET, 'SECRET-NEXT-TO-THE-PORTAL\n');
      api = await startApi({ env: { PORTAL_DIR: FIXTURE } });
    });

    afterAll(async () => {
      await api.close();
    });

    it('/ answers index.html, revalidated on every visit, under the security headers', async () => {
      const response = await api.root.get('/').expect(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.text).toBe(INDEX);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      // Revalidation is cheap: the validator answers 304 without the body.
      const again = await api.root.get('/').set('If-None-Match', String(response.headers.etag)).expect(304);
      expect(again.text).toBe('');
    });

    it('a reload of any page of the portal’s router answers index.html with 200, a ticket’s verification link included', async () => {
      for (const path of ['/candidate/x', '/candidate/signup', '/candidate/signup/', `/verify/${TOKEN}`, '/verify/abc', '/login?from=%2Fcentre', '/%E8%80%83%E7%82%B9', '/apidocs']) {
        const response = await api.root.get(path);
        expect([path, response.status, response.headers['content-type'], response.headers['cache-control']]).toEqual([path, 200, 'text/html; charset=utf-8', 'no-cache']);
        expect(response.text).toBe(INDEX);
      }
    });

    it('a hashed file under /assets is sent with a year-long immutable cache; any other file is revalidated', async () => {
      const script = await api.root.get('/assets/index-5f3a9c.js').expect(200);
      expect(script.headers['content-type']).toMatch(/^(text|application)\/javascript; charset=utf-8$/);
      expect(script.headers['cache-control']).toBe(YEAR_IMMUTABLE);
      expect(script.text).toBe(SCRIPT);
      const manifest = await api.root.get('/manifest.webmanifest').expect(200);
      expect(manifest.headers['cache-control']).toBe('no-cache');
      expect(manifest.text).toBe('{"name":"门户"}\n');
    });

    it('a missing asset or file answers the JSON 404, never index.html', async () => {
      for (const path of ['/assets/index-0000000.js', '/assets/', '/assets', '/favicon.ico', '/robots.txt', '/old/app.css']) {
        const response = await api.root.get(path);
        expect([path, response.status, response.body.code]).toEqual([path, 404, 'NOT_FOUND']);
        expect(response.text).not.toContain('<!doctype html>');
      }
    });

    it('/api/… never answers the portal: an unknown route gets the API’s JSON 404 with its code, whatever the spelling', async () => {
      for (const path of ['/api/nope', '/api', '/api/', '/api/candidate/signup', '/API/nope', '/%61pi/nope', '/api/verify']) {
        const response = await api.root.get(path);
        expectNotFoundJson(response);
        expect(response.body.message).toEqual({ zh: '记录不存在', en: 'Not found' });
      }
    });

    it('no API route is shadowed: health, verification, login, the docs and the queue board answer as before', async () => {
      const health = await api.root.get('/api/health').expect(200);
      expect(health.body.status).toBe('ok');
      await api.root.get('/api/health/live').expect(200, { status: 'ok' });
      expect((await api.root.get('/api/verify/not-a-token').expect(400)).body.code).toBe('TICKET_TOKEN_INVALID');
      expect((await api.root.post('/api/auth/login').send({ username: 'nobody', password: 'x' }).expect(401)).body.code).toBe('INVALID_CREDENTIALS');
      expect((await api.root.get('/api/auth/me').expect(401)).body.code).toBe('UNAUTHENTICATED');
      expect((await api.root.get('/api/queues').expect(401)).body.code).toBe('UNAUTHENTICATED');
      expect((await api.root.get('/api/docs/openapi.json').expect(200)).body.openapi).toMatch(/^3\./);
    });

    it('only GET and HEAD reach the portal: a POST to a page is the JSON 404', async () => {
      expectNotFoundJson(await api.root.post('/candidate/signup').send({}));
      expectNotFoundJson(await api.root.delete('/'));
    });

    it('HEAD answers the headers of the GET, without a body', async () => {
      for (const [path, cacheControl, length] of [
        ['/', 'no-cache', Buffer.byteLength(INDEX)],
        ['/candidate/signup', 'no-cache', Buffer.byteLength(INDEX)],
        ['/assets/index-5f3a9c.js', YEAR_IMMUTABLE, Buffer.byteLength(SCRIPT)],
      ] as const) {
        const response = await api.root.head(path).expect(200);
        expect([path, response.headers['cache-control'], Number(response.headers['content-length'])]).toEqual([path, cacheControl, length]);
        expect(response.text ?? '').toBe('');
      }
      expect((await api.root.head('/assets/gone-1.js')).status).toBe(404);
      expect((await api.root.head('/api/health/live')).status).toBe(200);
    });

    it('a path with `..` (plain or encoded), a hidden file or an empty segment is refused with the JSON 404', async () => {
      const attempts = [
        '/../portal-secret.txt',
        '/assets/../../portal-secret.txt',
        '/%2e%2e/portal-secret.txt',
        '/%2E%2E%2Fportal-secret.txt',
        '/assets/..%2f..%2fportal-secret.txt',
        '/..%5cportal-secret.txt',
        '/candidate/../../portal-secret.txt',
        '/.env',
        '/assets/%2e%2e/index.html',
        '//portal-secret.txt',
        '/./index.html',
      ];
      for (const path of attempts) {
        const response = await rawGet(api.url, path);
        expect([path, response.status, response.contentType]).toEqual([path, 404, 'application/json; charset=utf-8']);
        expect(JSON.parse(response.body).code).toBe('NOT_FOUND');
        expect(response.body).not.toContain('SECRET');
        expect(response.body).not.toContain('never-served');
      }
    });
  });

  describe('no portal built', () => {
    it('the API starts; the portal’s pages say in plain words that it is not built; the API answers as ever', async () => {
      // The test environment's PORTAL_DIR is a folder nothing builds.
      const api = await startApi();
      try {
        for (const path of ['/', '/candidate/signup', `/verify/${TOKEN}`, '/index.html']) {
          const response = await api.root.get(path);
          expect([path, response.status, response.headers['content-type'], response.headers['cache-control']]).toEqual([path, 404, 'text/plain; charset=utf-8', 'no-store']);
          expect(response.text).toContain('The portal is not built: run `npm run --workspace @agp/web build`');
          expect(response.text).toContain('门户网站尚未构建');
          // The message names no folder of the server.
          expect(response.text).not.toContain(TEST_ENVIRONMENT.PORTAL_DIR);
        }
        expect((await api.root.head('/')).status).toBe(404);
        expect((await api.root.get('/assets/index-5f3a9c.js').expect(404)).body.code).toBe('NOT_FOUND');
        expectNotFoundJson(await api.root.get('/api/nope'));
        await api.root.get('/api/health/live').expect(200);
      } finally {
        await api.close();
      }
    });

    it('a portal built while the API runs is served at once', async () => {
      const later = resolve(TEST_ENVIRONMENT.RUN_DIR, 'portal-built-later');
      rmSync(later, { recursive: true, force: true });
      const api = await startApi({ env: { PORTAL_DIR: later } });
      try {
        expect((await api.root.get('/candidate/signup')).status).toBe(404);
        mkdirSync(later, { recursive: true });
        writeFileSync(join(later, 'index.html'), INDEX);
        expect((await api.root.get('/candidate/signup').expect(200)).text).toBe(INDEX);
      } finally {
        await api.close();
      }
    });
  });

  describe('the real portal (vite build of apps/web) in Chromium, under the API’s security headers', () => {
    const BUILT = resolve(TEST_ENVIRONMENT.RUN_DIR, 'portal-built');
    let api: TestApi;
    let browser: Browser;

    beforeAll(async () => {
      execFileSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--outDir', BUILT, '--emptyOutDir', '--logLevel', 'warn'], { cwd: resolve('apps/web'), stdio: 'pipe' });
      api = await startApi({ env: { PORTAL_DIR: BUILT } });
      await resetData(api.dataSource);
      await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
      browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await api?.close();
    });

    it('a reloaded deep link runs the app with nothing refused by the policy and no console error; the login goes to /api on the same origin', async () => {
      const page = await browser.newPage();
      try {
        const problems: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warn') problems.push(message.text());
        });
        page.on('pageerror', (error) => problems.push(String(error)));
        // Page-side code as text: this project compiles without the DOM library.
        await page.evaluateOnNewDocument(
          "window.violations = []; document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.effectiveDirective + ' ' + e.blockedURI));",
        );
        const requests: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        const response = await page.goto(`${api.url}/candidate/signup`, { waitUntil: 'load' });
        expect(response?.status()).toBe(200);
        expect(response?.headers()['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
        // The portal's router sends a visitor who is not logged in to its login page.
        await page.waitForSelector('#username', { timeout: 30_000 });
        expect(new URL(page.url()).pathname).toBe('/login');
        // antd writes its styles as <style> elements at run time: the policy lets them apply.
        expect(await page.evaluate('document.querySelectorAll("style").length')).toBeGreaterThan(0);
        await page.type('#username', 'centre');
        await page.type('#password', PASSWORD);
        await page.click('button[type=submit]');
        // The deep link was a candidate's page: a centre administrator lands on the centre's own first page instead.
        await page.waitForFunction('document.body.innerText.includes("（省级管理员）")', { timeout: 30_000 });
        expect(new URL(page.url()).pathname).toBe('/centre/sessions');
        expect(await page.evaluate('window.violations')).toEqual([]);
        expect(problems).toEqual([]);
        expect(requests.every((url) => url.startsWith(`${api.url}/`) || url.startsWith('data:'))).toBe(true);
        expect(requests).toContain(`${api.url}/api/auth/login`);
      } finally {
        await page.close();
      }
    });
  });
});
