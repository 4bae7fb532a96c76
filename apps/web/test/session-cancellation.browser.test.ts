import axe from 'axe-core';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Request, type Route } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import type { components } from '../src/api/schema.generated.ts';

declare global {
  interface Window {
    axe: typeof axe;
  }
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../../var/screenshots/portal', import.meta.url));
// Its own build directory: the other browser tests build the portal at the same time.
const OUT_DIR = fileURLToPath(new URL('../../../var/web-test-build/session-cancellation', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/candidate/', import.meta.url));
/** The pages' "now": the demo session's sign-up and review windows are open. */
const NOW = new Date('2026-12-04T10:00:00+08:00');
const REASON = '受台风影响，技能考核考点无法正常组织考试';

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(`${FIXTURES}${name}.json`, 'utf8')) as T;
}

type Schemas = components['schemas'];
type SessionView = Schemas['SessionView'];
type SignupView = Schemas['SignupView'];

// The API's answers for the demo data (fixtures kept as they came), and the same after the centre called SKILLS off.
const DEMO: SessionView = fixture<SessionView[]>('sessions').find((session) => session.id === 2)!;
const SKILLS_OFF: SessionView = {
  ...DEMO,
  cancellations: [{ subject: 'SKILLS', reason: REASON, cancelledAt: '2026-12-04T10:00:00+08:00', wholeSession: false }],
  version: DEMO.version + 1,
};
const APPROVED: SignupView = fixture<SignupView>('signup-approved');
const IMPACT: Schemas['SessionCancellationImpact'] = {
  sessionId: 2,
  sessionCancelled: false,
  subjects: [
    { subject: 'THEORY', cancelled: false, candidates: 2 },
    { subject: 'SKILLS', cancelled: false, candidates: 3 },
  ],
  wholeSession: { candidates: 3 },
};
const IMPACT_AFTER: Schemas['SessionCancellationImpact'] = {
  ...IMPACT,
  subjects: [
    { subject: 'THEORY', cancelled: false, candidates: 2 },
    { subject: 'SKILLS', cancelled: true, candidates: 0 },
  ],
  wholeSession: { candidates: 2 },
};
const CANCELLED_MESSAGE: Schemas['MessageView'] = {
  id: 9,
  kind: 'SESSION_CANCELLED',
  title: '临床实践技能考核取消',
  body: `“${DEMO.name}”临床实践技能考核已取消。原因：${REASON}。后续安排将通过消息中心另行通知。`,
  facts: { sessionId: 2, sessionName: DEMO.name, subject: 'SKILLS', reason: REASON },
  createdAt: '2026-12-04T10:00:00+08:00',
  read: false,
  readAt: null,
};

const login = (role: 'CENTRE_ADMIN' | 'CANDIDATE') => ({
  accessToken: 'access',
  expiresIn: 900,
  refreshToken: 'refresh-token-0123456789',
  refreshExpiresIn: 43200,
  passwordChangeRequired: false,
  user:
    role === 'CENTRE_ADMIN'
      ? { id: 1, username: 'centre', role, displayName: '省全科医学培训中心', organisationId: 1, traineeId: null }
      : { id: 12, username: 'cand-xm', role, displayName: '黄志强', organisationId: 8, traineeId: 4 },
});

type Answer = { status?: number; json?: unknown; body?: Buffer; contentType?: string };
type Handler = (request: Request) => Answer;

const refusal = (status: number, code: string, zh: string, details?: unknown): Answer => ({ status, json: { code, message: { zh, en: code }, details } });

function baseApi(role: 'CENTRE_ADMIN' | 'CANDIDATE'): Record<string, Handler> {
  return {
    'POST /auth/refresh': () => ({ json: login(role) }),
    'GET /sessions': () => ({ json: [SKILLS_OFF] }),
    'GET /sessions/2': () => ({ json: DEMO }),
    'GET /organisations': () => ({ json: fixture('organisations') }),
    'GET /me/profile': () => ({ json: fixture('profile') }),
    'GET /me/photo': () => ({ body: readFileSync(`${FIXTURES}photo.jpg`), contentType: 'image/jpeg' }),
    'GET /me/standing': () => ({ json: fixture('standing') }),
    'GET /me/results': () => ({ json: fixture('results') }),
    'GET /me/messages/unread-count': () => ({ json: { unread: 1 } }),
    'GET /me/messages': () => ({ json: { items: [CANCELLED_MESSAGE], total: 1 } }),
  };
}

describe('FA-12 cancellation in the portal: the centre’s confirmation, the candidate’s pages', () => {
  let server: PreviewServer;
  let browser: Browser;
  let context: BrowserContext;
  let origin: string;

  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
    server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { host: '127.0.0.1', port: 0, strictPort: true } });
    origin = server.resolvedUrls!.local[0].replace(/\/$/, '');
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
    });
    context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'UTC' });
    await context.clock.setFixedTime(NOW);
    await context.addInitScript(() => sessionStorage.setItem('agp.refresh', 'refresh-token-0123456789'));
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  interface Opened {
    page: Page;
    sent: Array<{ method: string; path: string; body: unknown }>;
    pageErrors: string[];
  }

  async function open(path: string, role: 'CENTRE_ADMIN' | 'CANDIDATE', overrides: Record<string, Handler> = {}): Promise<Opened> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const api = { ...baseApi(role), ...overrides };
    const opened: Opened = { page, sent: [], pageErrors: [] };
    page.on('pageerror', (error) => opened.pageErrors.push(error.message));
    page.on('console', (message) => {
      // An answer the test made a refusal is logged by the browser as a failed load: expected.
      if (message.type() === 'error' && message.text().startsWith('Failed to load resource')) return;
      if (message.type() === 'error' || message.type() === 'warning') opened.pageErrors.push(message.text());
    });
    await page.route('**/api/**', async (route: Route) => {
      const request = route.request();
      const url = new URL(request.url());
      const apiPath = url.pathname.replace(/^\/api/, '');
      const body: unknown = (request.headers()['content-type'] ?? '').includes('application/json') ? request.postDataJSON() : null;
      opened.sent.push({ method: request.method(), path: apiPath, body });
      const handler = api[`${request.method()} ${apiPath}`];
      if (!handler) return route.fulfill({ status: 404, json: { code: 'NOT_FOUND', message: { zh: '记录不存在', en: 'Not found' } } });
      const answer = handler(request);
      if (answer.body) return route.fulfill({ status: answer.status ?? 200, body: answer.body, contentType: answer.contentType });
      return route.fulfill({ status: answer.status ?? 200, json: answer.json });
    });
    await page.goto(`${origin}${path}`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    return opened;
  }

  async function axeViolations(page: Page): Promise<Array<{ id: string; nodes: string[] }>> {
    await page.mouse.move(0, 0);
    await page.addScriptTag({ content: axe.source });
    return page.evaluate(async () =>
      (await window.axe.run(document)).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })),
    );
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/session-cancellation-${name}.png`, fullPage: true });

  it('FA-12 the centre cancels one subject: the dialog counts the candidates, asks for the reason, sends it; the subject shows as cancelled', async () => {
    let session = DEMO;
    let impact = IMPACT;
    const { page, sent, pageErrors } = await open('/centre/sessions/2', 'CENTRE_ADMIN', {
      'GET /sessions/2': () => ({ json: session }),
      'GET /sessions/2/cancellation-impact': () => ({ json: impact }),
      'POST /sessions/2/cancel': () => {
        session = SKILLS_OFF;
        impact = IMPACT_AFTER;
        const result: Schemas['SessionCancellationResult'] = { sessionId: 2, subjects: ['SKILLS'], wholeSession: false, reason: REASON, affectedSignups: 3, cancelledSignups: 1, session: SKILLS_OFF };
        return { json: result };
      },
    });
    const card = page.getByTestId('session-cancellation');
    await card.waitFor();
    assert.match(await card.locator('li[data-subject="SKILLS"]').innerText(), /按计划进行/);

    await card.getByRole('button', { name: '取消考试：临床实践技能考核' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('cancellation-impact').waitFor();
    assert.match(await dialog.getByTestId('cancellation-impact').innerText(), /将影响 3 名考生/);
    assert.match(await dialog.innerText(), /临床实践技能考核将从这些考生的报名中移除/);
    const confirm = dialog.getByRole('button', { name: '确认取消考试' });
    // No reason, no cancellation: blank is no reason either.
    assert.equal(await confirm.isDisabled(), true);
    await dialog.getByLabel('取消原因（必填）').fill('   ');
    assert.equal(await confirm.isDisabled(), true);
    await dialog.getByLabel('取消原因（必填）').fill(REASON);
    assert.equal(await confirm.isDisabled(), false);
    assert.deepEqual(await axeViolations(page), []);
    await shot(page, 'centre-dialog');
    assert.equal(sent.filter((r) => r.path === '/sessions/2/cancel').length, 0, 'nothing is sent before the confirmation');

    await confirm.click();
    await page.getByText('已取消临床实践技能考核，已通知 3 名考生。').waitFor();
    await dialog.waitFor({ state: 'detached' });
    assert.deepEqual(sent.find((r) => r.method === 'POST' && r.path === '/sessions/2/cancel')?.body, { subject: 'SKILLS', reason: REASON });
    const skills = await card.locator('li[data-subject="SKILLS"]').innerText();
    assert.match(skills, /已取消/);
    assert.match(skills, new RegExp(`原因：${REASON}`));
    assert.match(await card.innerText(), /其中 1 人因没有剩余科目，报名随之取消/);
    // THEORY still runs and can still be called off on its own.
    assert.equal(await card.getByRole('button', { name: '取消考试：专业理论考试' }).isVisible(), true);
    assert.match(await page.getByText(/正在编辑第 \d+ 版/).innerText(), new RegExp(`第 ${SKILLS_OFF.version} 版`));
    assert.deepEqual(await axeViolations(page), []);
    await shot(page, 'centre-done');
    await card.screenshot({ path: `${SCREENSHOTS}/session-cancellation-centre-card.png` });
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('FA-12 a refused cancellation of the whole session says why in the dialog, and the session stays as it was', async () => {
    const { page, pageErrors } = await open('/centre/sessions/2', 'CENTRE_ADMIN', {
      'GET /sessions/2': () => ({ json: SKILLS_OFF }),
      'GET /sessions/2/cancellation-impact': () => ({ json: IMPACT_AFTER }),
      'POST /sessions/2/cancel': () => refusal(409, 'SESSION_RESULTS_RECORDED', '该科目已录入成绩（考试已举行），不能取消考试', { subject: 'THEORY' }),
    });
    const card = page.getByTestId('session-cancellation');
    await card.waitFor();
    assert.equal(await card.getByRole('button', { name: '取消考试：临床实践技能考核' }).count(), 0, 'a cancelled subject offers no second cancellation');
    await card.getByRole('button', { name: '取消整个考核批次' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('cancellation-impact').waitFor();
    assert.match(await dialog.getByTestId('cancellation-impact').innerText(), /将影响 2 名考生/);
    await dialog.getByLabel('取消原因（必填）').fill('省卫健委通知：本年度结业考核整体取消');
    await dialog.getByRole('button', { name: '确认取消考试' }).click();
    await dialog.getByText('该科目已录入成绩（考试已举行），不能取消考试').waitFor();
    assert.match(await dialog.innerText(), /错误代码：SESSION_RESULTS_RECORDED/);
    await shot(page, 'centre-refused');
    await dialog.getByRole('button', { name: '不取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await card.getByRole('button', { name: '取消整个考核批次' }).isVisible(), true);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('FA-12 the candidate sees the cancellation on the sign-up page, the ticket page and in the message centre', async () => {
    const theoryOnly: SignupView = { ...APPROVED, subjects: ['THEORY'], cancelledSubjects: ['SKILLS'], version: APPROVED.version + 1 };
    const { page, pageErrors } = await open('/candidate/signup?session=2', 'CANDIDATE', { 'GET /me/signups': () => ({ json: [theoryOnly] }) });
    const notice = page.getByTestId('cancellation-notice');
    await notice.waitFor();
    const text = await notice.innerText();
    assert.match(text, /临床实践技能考核已取消/);
    assert.match(text, new RegExp(`全科中心于 2026-12-04 10:00 取消，原因：${REASON}`));
    assert.match(text, /您报考的临床实践技能考核随之取消，相应准考证已作废/);
    assert.match(text, /您仍报考专业理论考试，不受影响/);
    assert.deepEqual(await axeViolations(page), []);
    await shot(page, 'candidate-signup');

    await page.goto(`${origin}/candidate/tickets?session=2`);
    await page.getByTestId('cancellation-notice').waitFor();
    const skillsCard = page.locator('.ant-card', { has: page.getByRole('heading', { name: '临床实践技能考核' }) });
    assert.match(await skillsCard.innerText(), /临床实践技能考核已取消/);
    assert.equal(await skillsCard.getByRole('button', { name: /下载准考证/ }).count(), 0);
    assert.deepEqual(await axeViolations(page), []);
    await shot(page, 'candidate-tickets');

    await page.goto(`${origin}/candidate/messages`);
    const message = page.locator('[data-message="9"]');
    await message.waitFor();
    assert.match(await message.innerText(), /临床实践技能考核取消/);
    assert.match(await message.innerText(), new RegExp(`原因：${REASON}`));
    await message.getByRole('button', { name: '查看报名' }).click();
    await page.waitForURL(/\/candidate\/signup\?session=2$/);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('FA-12 a sign-up left with no subject shows as cancelled by the exam’s cancellation, not for anything the candidate did', async () => {
    const cancelled: SignupView = {
      ...APPROVED,
      status: 'CANCELLED',
      statusLabel: { zh: '考试已取消（不可抗力），本次报名随之取消', en: 'Cancelled: the exam was called off (force majeure)' },
      subjects: [],
      cancelledSubjects: ['SKILLS'],
      lastReason: REASON,
    };
    const { page, pageErrors } = await open('/candidate/signup?session=2', 'CANDIDATE', { 'GET /me/signups': () => ({ json: [cancelled] }) });
    await page.getByTestId('cancellation-notice').waitFor();
    const body = await page.locator('main').innerText();
    assert.match(body, /考试已取消（不可抗力），本次报名随之取消/);
    assert.match(body, /您本批次的报名随之取消，这不是您的原因/);
    assert.doesNotMatch(body, /虚假/);
    await shot(page, 'candidate-signup-cancelled');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});
