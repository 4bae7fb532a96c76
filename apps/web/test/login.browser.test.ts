import axe from 'axe-core';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import type { components } from '../src/api/schema.generated.ts';

declare global {
  interface Window {
    axe: typeof axe;
  }
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = fileURLToPath(new URL('../../../var/web-test/login', import.meta.url));
const TITLE = '助理全科医生培训结业考核与招录平台';
/** Under the project's var/, beside the other tests' output: every run writes them again, to be looked at. */
const SCREENSHOTS = fileURLToPath(new URL('../../../var/screenshots/portal', import.meta.url));

/** The built portal (vite build, served by vite preview) in Debian's Chromium; the API is stubbed per test. */
describe('Login page', () => {
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  let origin: string;
  /** Errors and warnings the page logged or threw (React's and antd's warnings about misuse included). */
  let pageErrors: string[];

  before(async () => {
    // Each test file builds into a folder of its own: the files run in parallel.
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
    server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { host: '127.0.0.1', port: 0, strictPort: true } });
    origin = server.resolvedUrls!.local[0].replace(/\/$/, '');
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // No sandbox as root (CI), no GPU, no calls home.
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openLogin(): Promise<void> {
    page = await browser.newPage({ locale: 'zh-CN' });
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') pageErrors.push(message.text());
    });
    await page.goto(`${origin}/`);
    // The root sends a visitor who is not logged in to the login page.
    await page.waitForURL(`${origin}/login`);
    await page.getByRole('heading', { level: 2, name: '登录' }).waitFor();
  }

  it('shows the product title and a labelled login form', async () => {
    await openLogin();
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), TITLE);
    assert.ok(await page.getByLabel('用户名').isVisible());
    assert.ok(await page.getByLabel('密码').isVisible());
    assert.ok(await page.getByRole('button', { name: /登\s*录/ }).isVisible());
    assert.equal(await page.title(), TITLE);
    assert.deepEqual(pageErrors, []);
    // Looked at by a person after a run, on a computer's screen and on a phone's.
    await page.screenshot({ path: `${SCREENSHOTS}/login.png`, fullPage: true });
    await page.setViewportSize({ width: 375, height: 740 });
    await page.screenshot({ path: `${SCREENSHOTS}/login-375.png`, fullPage: true });
    await page.close();
  });

  it('has no accessibility violations (axe-core, WCAG 2.1 A and AA and best practices)', async () => {
    await openLogin();
    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })));
    assert.deepEqual(violations, []);
    await page.close();
  });

  it('logs in with POST /api/auth/login and shows who is logged in', async () => {
    await openLogin();
    let sent: unknown;
    // The candidate's first page asks for the sessions, the candidate's sign-ups, profile and unread messages: none yet.
    const firstPage: Record<string, unknown> = {
      '/api/sessions': [],
      '/api/me/signups': [],
      '/api/me/messages/unread-count': { unread: 0 },
      '/api/me/profile': { id: 5, name: '林晓', idType: 'RESIDENT_ID', idNumberMasked: '350102********1233', baseId: 4, cityId: 2, cohort: '2024', rotationEndDate: '2026-06-30', phaseTheoryPassed: true, processAssessmentPassed: true, retrainingRequired: false, sex: 'M', birthDate: '1999-03-12', phone: '13800000000', hasPhoto: true, photoLocked: false, version: 1 },
    };
    await page.route('**/api/**', (route) => {
      const answer = firstPage[new URL(route.request().url()).pathname];
      return answer === undefined ? route.fallback() : route.fulfill({ json: answer });
    });
    await page.route('**/api/auth/login', async (route) => {
      sent = route.request().postDataJSON();
      await route.fulfill({
        json: { accessToken: 'access', expiresIn: 900, refreshToken: 'refresh', refreshExpiresIn: 43200, passwordChangeRequired: false, user: { id: 7, username: 'cand-lin', role: 'CANDIDATE', displayName: '林晓', organisationId: 3, traineeId: 5 } },
      });
    });
    await page.route('**/api/me/messages/unread-count', (route) => route.fulfill({ json: { unread: 2 } }));
    await page.getByLabel('用户名').fill('cand-lin');
    await page.getByLabel('密码').fill('Demo#2024');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    // A candidate lands on their own first page, their name and role in the title bar.
    await page.waitForURL(`${origin}/candidate`);
    await page.getByText('林晓（考生）').waitFor();
    // The header links to the message centre with the unread count.
    await page.getByRole('link', { name: /^消息.*（2 条未读）$/ }).first().waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/logged-in.png`, fullPage: true });
    assert.deepEqual(sent, { username: 'cand-lin', password: 'Demo#2024' });
    // The access token is kept in memory; only the refresh token stays, for this tab only, so a reload keeps the login.
    assert.deepEqual(await page.evaluate(() => [localStorage.length, Object.keys(sessionStorage)]), [0, ['agp.refresh']]);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('shows the API refusal in Chinese', async () => {
    await openLogin();
    await page.route('**/api/auth/login', (route) =>
      route.fulfill({ status: 401, json: { code: 'INVALID_CREDENTIALS', message: { zh: '用户名或密码错误', en: 'Wrong username or password' } } }),
    );
    await page.getByLabel('用户名').fill('cand-lin');
    await page.getByLabel('密码').fill('wrong');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    const alert = await page.getByRole('alert').innerText();
    assert.match(alert, /用户名或密码错误/);
    assert.match(alert, /INVALID_CREDENTIALS/);
    await page.screenshot({ path: `${SCREENSHOTS}/login-refused.png`, fullPage: true });
    await page.close();
  });
  it("an admission notice's QR page, on a phone: genuine and held, genuine but lost, not genuine", async () => {
    const held: components['schemas']['AdmissionNoticeVerification'] = {
      genuine: true,
      name: '郑凯',
      idMasked: '3501**********1234',
      roundName: '2025年福建省助理全科医生培训招录',
      baseName: '福州市第一总医院',
      applicantType: 'INDEPENDENT',
      status: 'ADMITTED',
      statusText: '已录取，待报到',
    };
    const answers: Record<string, { status: number; json: unknown }> = {
      held: { status: 200, json: held },
      lost: { status: 200, json: { ...held, status: 'NO_SHOW', statusText: '未按时报到，录取资格取消' } },
      forged: { status: 404, json: { code: 'NOTICE_TOKEN_INVALID', message: { zh: '录取通知书二维码无效', en: 'The admission notice code is not genuine' } } },
    };
    for (const [token, answer] of Object.entries(answers)) {
      page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 375, height: 740 } });
      pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      // Public: no login, and no other call than the verification.
      await page.route('**/api/**', (route) => route.fulfill({ status: 401, json: { code: 'UNAUTHENTICATED', message: { zh: '请先登录', en: 'Authentication is required' } } }));
      await page.route(`**/api/recruitment/notices/verify/${token}`, (route) => route.fulfill(answer));
      await page.goto(`${origin}/verify-admission/${token}`);
      const heading = token === 'held' ? '录取通知书真实有效' : token === 'lost' ? '录取通知书真实，但录取资格已不存在' : '无法核验此录取通知书';
      await page.getByRole('heading', { name: heading }).waitFor();
      if (token !== 'forged') {
        assert.ok(await page.getByText('福州市第一总医院').isVisible());
        assert.ok(await page.getByText('3501**********1234').isVisible());
      } else {
        assert.match(await page.getByRole('alert').innerText(), /录取通知书二维码无效/);
      }
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), 'readable at 375 px without scrolling sideways');
      await page.addScriptTag({ content: axe.source });
      const serious = await page.evaluate(async () => (await window.axe.run(document)).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id));
      assert.deepEqual(serious, []);
      assert.deepEqual(pageErrors, []);
      await page.screenshot({ path: `${SCREENSHOTS}/verify-admission-${token}-375.png`, fullPage: true });
      await page.close();
    }
  });
});
