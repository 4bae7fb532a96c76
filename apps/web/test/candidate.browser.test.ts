import axe from 'axe-core';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { HISTORY_RETURNED, PHOTO_REQUIREMENTS, SEAT } from './support/portal-gap-fixtures.ts';

declare global {
  interface Window {
    axe: typeof axe;
  }
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../../var/screenshots/portal', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/candidate/', import.meta.url));

/** Answers of the real API (demo data), kept as they came: shapes the portal must read. */
function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(`${FIXTURES}${name}.json`, 'utf8')) as T;
}
const PHOTO = readFileSync(`${FIXTURES}photo.jpg`);

type Json = Record<string, unknown>;
const sessions = fixture<Json[]>('sessions');
const approved = fixture('signup-approved');
/** Thursday 2026-12-04 10:00 in Beijing: the demo session's sign-up window is open, its review window too. */
const NOW = new Date('2026-12-04T10:00:00+08:00');

/** The approved sign-up of the demo data in another state, as the API shows it in that state. */
function signupIn(status: string, changes: Json = {}): Json {
  const labels: Record<string, { zh: string; en: string }> = {
    SUBMITTED: { zh: '报名信息已提交，等待审核', en: 'Submitted, awaiting review' },
    RETURNED: { zh: '已退回修改，请在资格审核结束前修改并重新提交', en: 'Returned for correction; correct and resubmit before the review window ends' },
    REJECTED: { zh: '资格审核不通过', en: 'Rejected' },
    APPROVED: { zh: '资格审核通过', en: 'Approved' },
  };
  return { ...approved, status, statusLabel: labels[status], ...changes };
}

interface Answer {
  status?: number;
  json?: unknown;
  body?: Buffer;
  headers?: Record<string, string>;
}
type Handler = Answer | ((request: Request) => Answer);
/** "METHOD /path" (relative to /api) → answer; what a test does not set falls back to DEFAULTS. */
type Routes = Record<string, Handler>;

const LOGIN = {
  accessToken: 'access',
  expiresIn: 900,
  refreshToken: 'refresh',
  refreshExpiresIn: 43200,
  passwordChangeRequired: false,
  user: { id: 12, username: 'cand-xm', role: 'CANDIDATE', displayName: '黄志强', organisationId: 8, traineeId: 4 },
};

const DEFAULTS: Routes = {
  'POST /auth/refresh': { json: LOGIN },
  'POST /auth/logout': { status: 204 },
  'GET /sessions': { json: sessions },
  'GET /me/signups': { json: [] },
  'GET /me/profile': { json: fixture('profile') },
  'GET /organisations': { json: fixture('organisations') },
  'GET /sessions/2/eligibility': { json: fixture('eligibility-first-time') },
  'GET /me/photo': { body: PHOTO, headers: { 'content-type': 'image/jpeg' } },
  'GET /me/standing': { json: fixture('standing') },
  'GET /me/results': { json: fixture('results') },
  'GET /me/messages/unread-count': { json: { unread: 0 } },
  'GET /me/photo/requirements': { json: PHOTO_REQUIREMENTS },
};

interface Sent {
  key: string;
  query: string;
  body: string | null;
  contentType: string | null;
}

describe('Candidate pages', () => {
  let server: PreviewServer;
  let browser: Browser;
  let origin: string;

  before(async () => {
    await build({ root: ROOT, logLevel: 'warn' });
    server = await preview({ root: ROOT, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: true } });
    origin = server.resolvedUrls!.local[0].replace(/\/$/, '');
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * Opens `path` as the demo candidate, logged in (the API stubbed with `routes`). The computer's zone is UTC and its
   * clock NOW: every date shown must still be Beijing time.
   */
  async function open(path: string, routes: Routes = {}, width = 1280, clocks: { computer: Date; platform?: Date } = { computer: NOW }): Promise<{ page: Page; sent: Sent[]; errors: string[] }> {
    const page = await browser.newPage({ locale: 'zh-CN', timezoneId: 'UTC', viewport: { width, height: 900 }, acceptDownloads: true });
    await page.clock.setFixedTime(clocks.computer);
    // The API's Date header, when the test says what the platform's clock reads.
    const dated = (headers?: Record<string, string>) => (clocks.platform ? { ...headers, date: clocks.platform.toUTCString() } : headers);
    const sent: Sent[] = [];
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/api/**', async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      const key = `${request.method()} ${url.pathname.replace(/^\/api/, '')}`;
      sent.push({ key, query: url.search, body: request.postData(), contentType: request.headers()['content-type'] ?? null });
      const handler = routes[key] ?? DEFAULTS[key];
      if (!handler) return route.fulfill({ status: 404, json: { code: 'NOT_FOUND', message: { zh: '资源不存在', en: 'Not found' } } });
      const answer = typeof handler === 'function' ? handler(request) : handler;
      // A slow network: the page has drawn (its clock read) before the first answer other than the login's.
      if (clocks.platform && key !== 'POST /auth/refresh') await new Promise((resolve) => setTimeout(resolve, 500));
      if (answer.body) return route.fulfill({ status: answer.status ?? 200, body: answer.body, headers: dated(answer.headers) });
      return route.fulfill({ status: answer.status ?? 200, json: answer.json, headers: dated(answer.headers) });
    });
    // Logged in before, as after a reload of the tab: the portal resumes the login from the refresh token.
    await page.addInitScript(() => sessionStorage.setItem('agp.refresh', 'refresh'));
    await page.goto(`${origin}${path}`);
    return { page, sent, errors };
  }

  /** axe-core on the whole document; `exclude` leaves out elements outside the candidate's pages (CSS selectors). */
  async function expectAccessible(page: Page, exclude: string[] = []): Promise<void> {
    // Judged at rest: the pointer is not left hovering over the button just clicked.
    await page.mouse.move(0, 0);
    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate(async (excluded) =>
      (await window.axe.run({ include: [['html']], exclude: excluded.map((selector) => [selector]) })).violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) })),
      exclude,
    );
    assert.deepEqual(violations, []);
  }

  async function screenshots(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `${SCREENSHOTS}/candidate-${name}.png`, fullPage: true });
    await page.setViewportSize({ width: 375, height: 740 });
    await page.screenshot({ path: `${SCREENSHOTS}/candidate-${name}-375.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it('home: the sign-up state with its next step, every date with a countdown, and a calendar file of them', async () => {
    const { page, errors } = await open('/candidate', { 'GET /me/signups': { json: [signupIn('SUBMITTED')] }, 'GET /me/messages/unread-count': { json: { unread: 2 } } });
    await page.getByRole('heading', { level: 2, name: '我的首页' }).waitFor();
    await page.getByText('条未读消息').waitFor();
    assert.match(await page.getByRole('link', { name: '去消息中心查看' }).getAttribute('href') ?? '', /\/candidate\/messages$/);
    await page.getByText('您的培训基地将在资格审核期（2026-12-03 至 2026-12-24）内审核，通过后由全科中心复审。').waitFor();
    // Windows are half-open: the one closing at 2026-12-18 00:00 reads "2026-12-17 24:00"; the countdown from 10:00.
    assert.match(await page.locator('[data-date="signup"]').innerText(), /2026-12-03 至 2026-12-17[\s\S]*距报名截止还有 13 天 14 小时/);
    assert.match(await page.locator('[data-date="ticket-SKILLS"]').innerText(), /2027-01-03 至 2027-01-09[\s\S]*距开放打印还有 29 天 14 小时/);
    assert.match(await page.locator('[data-date="ticket-THEORY"]').innerText(), /中国卫生人才网/);
    assert.match(await page.locator('[data-date="exam-THEORY"]').innerText(), /2027-01-28/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /添加到日历/ }).click()]);
    assert.equal(download.suggestedFilename(), '结业考核日程-DEMO-2026-12-04.ics');
    const ics = readFileSync(await download.path(), 'utf8');
    const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
    assert.equal(lines.filter((line) => line === 'BEGIN:VEVENT').length, 6, 'sign-up, review, and each subject\'s ticket window and exam');
    assert.ok(lines.includes('UID:DEMO-2026-12-04-signup@agp-portal'));
    assert.ok(lines.includes('DTSTART:20261202T160000Z'));
    assert.ok(lines.includes('DTEND:20261217T160000Z'));
    assert.ok(lines.includes('SUMMARY:演示批次（报名开放中）2026：专业理论考试'));
    assert.ok(lines.includes('DTSTART:20270127T160000Z'));
    await screenshots(page, 'home');
    // The frame's unread badges (shell, not these pages) are named "消息中心，2 条未读" while they read "消息 2": axe's
    // label-content-name-mismatch. Left to the frame; everything else of the page is judged.
    await expectAccessible(page, ['header a[href="/candidate/messages"]', 'nav a[href="/candidate/messages"]']);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('home: a computer whose clock is days behind judges the sign-up window on the platform’s clock as soon as the API answers', async () => {
    // The computer reads 2026-12-01, before sign-up opens (12-03); the platform reads NOW, inside the window.
    const { page, errors } = await open('/candidate', {}, 1280, { computer: new Date('2026-12-01T10:00:00+08:00'), platform: NOW });
    await page.getByRole('heading', { level: 2, name: '我的首页' }).waitFor();
    assert.match(await page.locator('[data-date="signup"]').innerText(), /距报名截止还有 13 天 14 小时/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('home: past the three-year limit the next step says so instead of inviting a sign-up (FA-3, SC-7)', async () => {
    const standing = fixture<Json & { retraining: Json }>('standing');
    const expired = { ...standing, retraining: { ...standing.retraining, rotationEndYear: 2023, lastAllowedYear: 2025, deadline: '2025-12-31', remainingYears: [], yearsLeft: 0, state: 'RETRAINING_REQUIRED' } };
    const { page } = await open('/candidate', { 'GET /me/standing': { json: expired } });
    await page.getByText('三年期限已过，须重新参加培训').waitFor();
    assert.ok(await page.getByText('2023 年结束轮转，可参加结业考核的年份为 2023–2025 年，已用完。').isVisible());
    assert.equal(await page.getByRole('button', { name: '去报名' }).count(), 0);
    await page.close();
  });

  it('profile: the record, the stored photo and its rules; a refused photo in words; a saved phone number', async () => {
    let photoAnswer: Answer = { status: 400, json: fixture('refusal-photo-background') };
    const { page, sent, errors } = await open('/candidate/profile', {
      'PUT /me/photo': () => photoAnswer,
      'PATCH /me/profile': (request) => ({ json: { ...fixture<Json>('profile'), ...(request.postDataJSON() as Json) } }),
    });
    await page.getByRole('heading', { level: 2, name: '个人信息与照片' }).waitFor();
    await page.getByText('厦门市海沧医院').waitFor();
    assert.ok(await page.getByText('350102********4713').isVisible());
    const stored = page.getByRole('img', { name: '我已上传的证件照' });
    await stored.waitFor();
    assert.equal(await stored.evaluate((image: HTMLImageElement) => image.naturalWidth), 413);
    assert.ok(await page.getByText('文件不超过 300 KB。').isVisible());
    // The white-background rule in the numbers the server applies.
    assert.ok(await page.getByText('白色背景按照片上方和两侧的边缘判断：红、绿、蓝三色的平均值都不低于 200（满值 255），且相差不超过 30。').isVisible());

    await page.locator('input[type=file]').setInputFiles({ name: 'blue.jpg', mimeType: 'image/jpeg', buffer: PHOTO });
    await page.getByText('413×579 像素，JPEG').waitFor();
    await page.getByRole('button', { name: '上传这张照片' }).click();
    const refusal = await page.getByRole('alert').filter({ hasText: '照片背景须为白色' }).innerText();
    assert.match(refusal, /平均颜色为 RGB\(59, 130, 246\)，不是白色/);
    assert.match(refusal, /PHOTO_BACKGROUND_NOT_WHITE/);
    const upload = sent.find((request) => request.key === 'PUT /me/photo');
    assert.match(upload?.contentType ?? '', /^multipart\/form-data; boundary=/);
    assert.match(upload?.body ?? '', /name="file"; filename="blue.jpg"/);
    await screenshots(page, 'profile-photo-refused');

    photoAnswer = { json: fixture('profile') };
    await page.getByRole('button', { name: '上传这张照片' }).click();
    await page.getByText('照片已上传').waitFor();

    await page.getByLabel('联系电话').fill('13912345678');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存').waitFor();
    assert.deepEqual(JSON.parse(sent.find((request) => request.key === 'PATCH /me/profile')?.body ?? '{}'), { phone: '13912345678' });
    await expectAccessible(page);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('profile: the photo rules are the server\'s: another deployment\'s limits are shown, and a chosen photo is checked against them', async () => {
    const larger = { ...PHOTO_REQUIREMENTS, maxBytes: 500 * 1024, minWidth: 420, minHeight: 588, whiteBackground: { ...PHOTO_REQUIREMENTS.whiteBackground, required: false } };
    const { page, sent, errors } = await open('/candidate/profile', { 'GET /me/photo/requirements': { json: larger } });
    const guidance = page.getByTestId('photo-guidance');
    await guidance.waitFor();
    const text = await guidance.innerText();
    assert.match(text, /文件不超过 500 KB。/);
    assert.match(text, /宽 420–1000 像素、高 588–1400 像素，宽高比约 0\.714/);
    assert.doesNotMatch(text, /白色背景|300 KB/);
    assert.equal(sent.filter((request) => request.key === 'GET /me/photo/requirements').length, 1);
    // The 413×579 demo photo is below this deployment's minimum: said before it is sent.
    await page.locator('input[type=file]').setInputFiles({ name: 'small.jpg', mimeType: 'image/jpeg', buffer: PHOTO });
    await page.getByText('413×579 像素，小于 420×588。').waitFor();
    await screenshots(page, 'profile-photo-rules');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('profile: a document without birth data lets the candidate give sex and birth date, and sends them', async () => {
    const passport = { ...fixture<Json>('profile'), idType: 'PASSPORT', idNumberMasked: 'E1****678', sex: null, birthDate: null };
    const { page, sent } = await open('/candidate/profile', {
      'GET /me/profile': { json: passport },
      'PATCH /me/profile': (request) => ({ json: { ...passport, ...(request.postDataJSON() as Json) } }),
    });
    await page.getByText('您的证件号码不含性别和出生日期，请如实填写。', { exact: false }).waitFor();
    assert.equal(await page.getByText('未填写').count(), 2);
    await page.getByRole('radio', { name: '女' }).check();
    await page.getByLabel('出生日期').fill('1998-07-04');
    await page.getByLabel('出生日期').press('Enter');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存').waitFor();
    assert.deepEqual(JSON.parse(sent.find((request) => request.key === 'PATCH /me/profile')?.body ?? '{}'), { phone: '13800000000', sex: 'F', birthDate: '1998-07-04' });
    assert.equal(await page.getByText('未填写').count(), 0);
    await page.close();
  });

  it('sign-up: the verdict rule by rule with its data, both subjects for a first-timer, submit after checking', async () => {
    let signups: Json[] = [];
    const { page, sent, errors } = await open('/candidate/signup', {
      'GET /me/signups': () => ({ json: signups }),
      'POST /me/signups/2/submit': () => {
        signups = [signupIn('SUBMITTED', { id: 3, traineeId: 4, baseId: 8, submittedAt: '2026-12-04T10:00:00+08:00' })];
        return { json: fixture('submitted') };
      },
    });
    await page.getByRole('heading', { level: 2, name: '考核报名' }).waitFor();
    await page.getByText('逐条核对 8 项报名条件：全部符合').waitFor();
    assert.equal(await page.locator('li[data-rule]').count(), 8);
    const rotation = await page.locator('li[data-rule="FA-2.rotation"]').innerText();
    assert.match(rotation, /结束轮转时间/);
    assert.match(rotation, /符合/);
    assert.match(rotation, /结束轮转时间：\s*2025-06-30/);
    assert.match(rotation, /结束轮转须早于：\s*2027-01-29/);
    // The rule's ISO instants and [opens, closes) read as Beijing dates.
    assert.match(await page.locator('li[data-rule="FA-1"]').innerText(), /2026-12-03 00:00 至 2026-12-17 24:00/);
    for (const name of ['专业理论考试', '临床实践技能考核']) {
      const box = page.getByRole('checkbox', { name });
      assert.ok(await box.isChecked());
      assert.ok(await box.isDisabled());
    }
    assert.equal(await page.getByText('首次参加结业考核，须同时报考两个科目。').count(), 2);
    assert.ok(await page.getByText('报考专业理论考试的考生，还须在中国卫生人才网报名').isVisible());
    await screenshots(page, 'signup');
    await expectAccessible(page);

    await page.getByRole('button', { name: '提交报名' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('专业理论考试、临床实践技能考核').waitFor();
    await dialog.getByRole('button', { name: '确认提交' }).click();
    await page.getByText('报名信息已提交，等待审核。这才表示报名成功').waitFor();
    assert.deepEqual(JSON.parse(sent.find((request) => request.key === 'POST /me/signups/2/submit')?.body ?? '{}'), { subjects: ['THEORY', 'SKILLS'] });
    assert.ok(sent.find((request) => request.key === 'GET /sessions/2/eligibility'));
    await page.getByRole('button', { name: '撤回报名' }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('sign-up: a refusal of the API is shown in Chinese with its code', async () => {
    const { page } = await open('/candidate/signup', {
      'POST /me/signups/2/submit': {
        status: 409,
        json: { code: 'SIGNUP_WINDOW_CLOSED', message: { zh: '不在报名时间内，漏报、逾期不予补报', en: 'Sign-up is closed; late sign-ups are not accepted' }, details: { opensAt: '2026-12-03T00:00:00+08:00', closesAt: '2026-12-18T00:00:00+08:00' } },
      },
    });
    await page.getByRole('button', { name: '提交报名' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认提交' }).click();
    const alert = await page.getByRole('alert').filter({ hasText: '不在报名时间内' }).innerText();
    assert.match(alert, /漏报、逾期不予补报/);
    assert.match(alert, /SIGNUP_WINDOW_CLOSED/);
    await page.close();
  });

  it('sign-up: a return shows its reason and the deadline to correct; the correction can be kept as a draft', async () => {
    const returned = signupIn('RETURNED', { id: 3, traineeId: 4, baseId: 8, lastReason: '联系电话无法接通，请核对后重新提交', baseReviewedAt: '2026-12-04T09:12:00+08:00', submittedAt: '2026-12-03T20:30:00+08:00' });
    const { page, sent, errors } = await open('/candidate/signup', {
      'GET /me/signups': { json: [returned] },
      'GET /me/signups/2/history': { json: HISTORY_RETURNED },
      'PUT /me/signups/2/draft': { json: { ...returned, verdict: null } },
    });
    await page.getByText('报名被退回，请修改后重新提交').waitFor();
    assert.ok(await page.getByText('退回原因：联系电话无法接通，请核对后重新提交。').isVisible());
    assert.ok(await page.getByText('请在 2026-12-24 24:00 前修改并重新提交（还有 20 天 14 小时），逾期未修改的报名作废。').first().isVisible());
    const steps = await page.locator('.ant-steps').innerText();
    assert.match(steps, /培训基地退回修改/);
    assert.match(steps, /2026-12-04 09:12 退回，原因：联系电话无法接通/);
    // The review record: both returns with their reasons, the correction between them, oldest first.
    const record = page.getByTestId('review-step');
    await record.first().waitFor();
    assert.deepEqual(
      (await record.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim()),
      [
        '2026-12-03 09:05 本人：提交报名',
        '2026-12-03 15:20 培训基地：退回修改 原因：照片背景不是白色',
        '2026-12-03 20:30 本人：提交报名',
        '2026-12-04 09:12 培训基地：退回修改 原因：联系电话无法接通，请核对后重新提交',
      ],
    );
    assert.ok(await page.getByRole('button', { name: '重新提交报名' }).isEnabled());
    await page.getByRole('button', { name: /保存草稿/ }).click();
    await page.getByText('修改已保存，但还没有重新提交。请在 2026-12-24 24:00 前点击“重新提交报名”。').waitFor();
    assert.deepEqual(JSON.parse(sent.find((request) => request.key === 'PUT /me/signups/2/draft')?.body ?? '{}'), { subjects: ['THEORY', 'SKILLS'] });
    await screenshots(page, 'signup-returned');
    await expectAccessible(page);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('sign-up: a rejection shows its reason and ends the steps there', async () => {
    const rejected = signupIn('REJECTED', { lastReason: '经基地评估，2027 年 1 月 29 日前无法完成剩余轮转', baseReviewedAt: '2026-12-04T09:30:00+08:00', centreReviewedAt: null });
    const { page } = await open('/candidate/signup', { 'GET /me/signups': { json: [rejected] } });
    await page.getByText('原因：经基地评估，2027 年 1 月 29 日前无法完成剩余轮转。').first().waitFor();
    const steps = await page.locator('.ant-steps').innerText();
    assert.match(steps, /2026-12-04 09:30 审核不通过/);
    assert.doesNotMatch(steps, /全科中心复审/);
    await page.close();
  });

  it('sign-up: a retaker may take only the subject still needed; the valid pass is shown as the reason', async () => {
    const { page, sent } = await open('/candidate/signup?session=3', { 'GET /sessions/3/eligibility': { json: fixture('eligibility-retaker') } });
    await page.getByText('已于 2026 年通过，有效期至 2028 年底，不能重复报考。').waitFor();
    const skills = page.getByRole('checkbox', { name: '临床实践技能考核' });
    assert.equal(await skills.isChecked(), false);
    assert.ok(await skills.isDisabled());
    const theory = page.getByRole('checkbox', { name: '专业理论考试' });
    assert.ok(await theory.isChecked());
    assert.ok(await theory.isEnabled());
    assert.match(await page.locator('li[data-rule="FA-4"]').innerText(), /仍有效的合格成绩：\s*临床实践技能考核 2026 年合格，有效期至 2028 年底/);
    assert.ok(sent.some((request) => request.key === 'GET /sessions/3/eligibility'));
    await page.close();
  });

  it('tickets: the PDF inside its window, a countdown before it, the national-site note for THEORY, a refusal explained', async () => {
    const [demo, ...others] = sessions as Array<Json & { subjects: Array<Json & { subject: string; ticketWindow: Json }> }>;
    const ticketsOpen = { ...demo, subjects: demo.subjects.map((entry) => (entry.subject === 'SKILLS' ? { ...entry, ticketWindow: { ...entry.ticketWindow, opensAt: '2026-12-03T00:00:00+08:00' } } : entry)) };
    let ticket: Answer = { body: Buffer.from('%PDF-1.7\n%stub\n'), headers: { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="20262FZ00001.pdf"' } };
    const { page, sent, errors } = await open('/candidate/tickets', {
      'GET /sessions': { json: [ticketsOpen, ...others] },
      'GET /me/signups': { json: [approved] },
      'GET /me/tickets/2/SKILLS': () => ticket,
      'GET /me/seat/2': { json: SEAT },
    });
    await page.getByRole('heading', { level: 2, name: '准考证' }).waitFor();
    // TK-4: the seat as the centre arranged it, before any PDF is opened.
    const seat = page.locator('.ant-descriptions').filter({ hasText: '我的考场' });
    await seat.waitFor();
    assert.match((await seat.innerText()).replace(/\s+/g, ' '), /考点 福建省全科医学培训中心考点 地址 福州市鼓楼区示例路1号 时间（北京时间） 2027-01-11 13:30–17:00 考场（站组） 第1站组 座位号 2 准考证号 20262FZ00002/);
    const theory = await page.locator('.ant-card').filter({ hasText: '专业理论考试准考证不在本平台打印' }).innerText();
    assert.match(theory, /2027-01-23 至 2027-01-27/);
    assert.match(theory, /通过姓名和证件编号登录\s*中国卫生人才网（http:\/\/www\.21wecan\.com）打印准考证/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载准考证（PDF）' }).click()]);
    assert.match(download.suggestedFilename(), /\.pdf$/);
    assert.ok(sent.some((request) => request.key === 'GET /me/tickets/2/SKILLS'));
    // The button is dimmed while the download runs; judged once it is done.
    await page.locator('.ant-btn-loading').waitFor({ state: 'detached' });
    await screenshots(page, 'tickets');
    await expectAccessible(page);

    ticket = { status: 409, json: { code: 'TICKET_NOT_READY', message: { zh: '准考证尚未生成，请稍后再试', en: 'The admit ticket is not ready yet' } } };
    await page.getByRole('button', { name: '下载准考证（PDF）' }).click();
    const alert = await page.getByRole('alert').filter({ hasText: '准考证尚未生成' }).innerText();
    assert.match(alert, /TICKET_NOT_READY/);
    assert.ok(await page.getByText('准考证正在生成或更新').isVisible());
    assert.deepEqual(errors, []);
    await page.close();

    // Before the window: when it opens, and how long until then.
    const early = await open('/candidate/tickets', {
      'GET /me/signups': { json: [approved] },
      'GET /me/seat/2': { status: 404, json: { code: 'SEAT_NOT_ASSIGNED', message: { zh: '尚未安排考场：全科中心审核通过报名并编排考场后显示', en: 'No seat yet' } } },
    });
    await early.page.getByText('起可在本页下载打印').waitFor();
    await early.page.getByText('尚未安排考场').waitFor();
    assert.equal(early.sent.filter((request) => request.key === 'GET /me/seat/2').length, 1);
    assert.equal(await early.page.getByTestId('ticket-countdown-SKILLS').innerText(), '还有 29 天 14 小时');
    assert.equal(await early.page.getByRole('button', { name: '下载准考证（PDF）' }).count(), 0);
    await early.page.close();
  });

  it('results and standing: scores after publication with valid-until, the three-year limit as what remains and by when', async () => {
    const { page, errors } = await open('/candidate/results');
    await page.getByRole('heading', { level: 2, name: '成绩与有效期' }).waitFor();
    const theory = await page.locator('[data-subject="THEORY"]').first().innerText();
    assert.match(theory, /标准分\s*55\.5/);
    assert.match(theory, /不合格/);
    assert.match(theory, /不接受成绩复核申请/);
    const skills = await page.locator('[data-subject="SKILLS"]').first().innerText();
    assert.match(skills, /总分\s*293\.5/);
    assert.match(skills, /有效期至\s*2028-12-31/);
    assert.match(skills, /病历书写\s*75\.5/);
    assert.equal(await page.getByTestId('limit-headline').innerText(), '还剩 2 次机会（2027 年、2028 年），须在 2028-12-31 前通过专业理论考试。');
    const certificate = await page.locator('li[data-rule="SC-6.theory"]').innerText();
    assert.match(certificate, /不符合/);
    await screenshots(page, 'results');
    await expectAccessible(page);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('results: before publication the page says so, and where theory scores also appear', async () => {
    const { page } = await open('/candidate/results', { 'GET /me/results': { json: [] } });
    await page.getByText('暂无已公布的成绩。').waitFor();
    assert.ok(await page.getByText(/专业理论考试成绩同时在中国卫生人才网公布/).isVisible());
    await page.close();
  });
  it('messages: newest first with unread marked, each with where to act on it; mark one or all read', async () => {
    const page1 = fixture<{ items: Json[]; unread: number; total: number; page: number; pageSize: number }>('messages');
    let items = page1.items;
    const listing = () => ({ json: { ...page1, items, unread: items.filter((item) => !item.read).length } });
    const { page, sent, errors } = await open('/candidate/messages', {
      'GET /me/messages': listing,
      'POST /me/messages/1/read': () => {
        items = items.map((item) => (item.id === 1 ? { ...item, read: true, readAt: '2026-12-04T10:00:00+08:00' } : item));
        return { json: items.find((item) => item.id === 1) };
      },
      'POST /me/messages/read-all': () => {
        const marked = items.filter((item) => !item.read).length;
        items = items.map((item) => ({ ...item, read: true, readAt: '2026-12-04T10:00:00+08:00' }));
        return { json: { marked, unread: 0 } };
      },
    });
    await page.getByRole('heading', { level: 2, name: '消息中心' }).waitFor();
    await page.getByText('2 条未读').waitFor();
    const returned = page.locator('li[data-message="1"]');
    assert.match(await returned.innerText(), /报名被退回修改[\s\S]*理由：照片不清晰[\s\S]*2026年12月24日24:00/);
    assert.ok(await returned.getByRole('button', { name: '修改并重新提交' }).isVisible());
    assert.equal(await page.getByText('未读', { exact: true }).count(), 2);
    await screenshots(page, 'messages');
    await expectAccessible(page);

    await returned.getByRole('button', { name: '标为已读' }).click();
    await page.getByText('1 条未读').waitFor();
    assert.ok(sent.some((request) => request.key === 'POST /me/messages/1/read'));
    await page.getByRole('button', { name: '全部标为已读' }).click();
    await page.getByText('没有未读消息').waitFor();
    assert.ok(sent.some((request) => request.key === 'POST /me/messages/read-all'));
    assert.equal(await page.getByText('未读', { exact: true }).count(), 0);

    await page.locator('li[data-message="2"]').getByRole('button', { name: '查看报名' }).click();
    await page.waitForURL(`${origin}/candidate/signup?session=2`);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
