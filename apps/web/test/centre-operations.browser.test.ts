import axe from 'axe-core';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Request, type Route } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { BOARD_LINK, EXCEPTIONS, TICKET_FAILURES } from './support/portal-gap-fixtures.ts';

declare global {
  interface Window {
    axe: typeof axe;
  }
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../../var/screenshots/portal', import.meta.url));
// Its own build directory: the other browser tests build the portal at the same time.
const OUT_DIR = fileURLToPath(new URL('../../../var/web-test-build/centre-operations', import.meta.url));
/** The pages' "now": inside the demo session's sign-up and review windows. */
const NOW = new Date('2026-12-04T10:00:00+08:00');

// Bodies as the API answered them for the demo data (trimmed to what the pages read).
const span = (opensAt: string, closesAt: string) => ({ opensAt, closesAt });
const DEMO_SESSION = {
  id: 2,
  code: 'DEMO-2026-12-04',
  name: '演示批次（报名开放中）2026',
  year: 2026,
  ruleSetVersion: 'demo-2026.1',
  signupWindow: span('2026-12-03T00:00:00+08:00', '2026-12-18T00:00:00+08:00'),
  reviewWindow: span('2026-12-03T00:00:00+08:00', '2026-12-25T00:00:00+08:00'),
  admittedRotationEndYears: { from: 2024, to: 2026 },
  rotationCutoff: '2027-01-29',
  subjects: [
    { subject: 'SKILLS', ticketMode: 'PLATFORM', ticketWindow: span('2027-01-03T00:00:00+08:00', '2027-01-10T00:00:00+08:00'), exam: span('2027-01-10T00:00:00+08:00', '2027-01-13T00:00:00+08:00') },
    { subject: 'THEORY', ticketMode: 'NATIONAL_SITE', ticketWindow: span('2027-01-23T00:00:00+08:00', '2027-01-28T00:00:00+08:00'), exam: span('2027-01-28T00:00:00+08:00', '2027-01-29T00:00:00+08:00') },
  ],
  resultsNote: null,
  theoryPassRule: { passLine: 60, maxScore: 100, maxDecimalPlaces: 1 },
  skillsPassRule: {
    totalPassLine: 240,
    stationMinimums: { CASE_ANALYSIS: 50, MEDICAL_RECORD: 50, AUX_EXAM_READING: 50, BASIC_PROCEDURES: 50 },
    stationMaximums: { CASE_ANALYSIS: 100, MEDICAL_RECORD: 100, AUX_EXAM_READING: 100, BASIC_PROCEDURES: 100 },
    criticalItems: ['BASIC_PROCEDURES.aseptic', 'BASIC_PROCEDURES.patient-safety'],
  },
  cancellations: [],
  cancelled: false,
  version: 3,
};
const FJ_2024 = {
  ...DEMO_SESSION,
  id: 1,
  code: 'FJ-2024',
  name: '2024年福建省临床类别助理全科医生培训结业考核',
  year: 2024,
  ruleSetVersion: 'fujian-2024.1',
  signupWindow: span('2024-02-29T08:00:00+08:00', '2024-03-11T00:00:00+08:00'),
  reviewWindow: span('2024-03-04T00:00:00+08:00', '2024-03-14T00:00:00+08:00'),
  admittedRotationEndYears: { from: 2022, to: 2024 },
  rotationCutoff: '2024-12-01',
  subjects: [
    { subject: 'SKILLS', ticketMode: 'PLATFORM', ticketWindow: span('2024-04-13T00:00:00+08:00', '2024-04-20T00:00:00+08:00'), exam: span('2024-04-19T00:00:00+08:00', '2024-04-22T00:00:00+08:00') },
    { subject: 'THEORY', ticketMode: 'NATIONAL_SITE', ticketWindow: span('2024-05-07T00:00:00+08:00', '2024-05-13T00:00:00+08:00'), exam: span('2024-05-12T00:00:00+08:00', '2024-05-13T00:00:00+08:00') },
  ],
  resultsNote: '7月（具体时间另行通知）',
  version: 1,
};
const SIGNUP_ROW = {
  id: 3,
  sessionId: 2,
  traineeId: 3,
  name: '王芳',
  idNumberMasked: '350102********3589',
  baseId: 4,
  baseName: '福州市第一总医院',
  cityName: '福州市',
  cohort: '2021',
  rotationEndDate: '2023-06-30',
  subjects: ['THEORY', 'SKILLS'],
  status: 'BASE_APPROVED',
  statusLabel: '培训基地审核通过，等待全科中心复审',
  eligible: true,
  submittedAt: '2026-12-04T01:12:00+08:00',
  lastReason: null,
};
const check = (rule: string, zh: string, outcome: string, explanation: string, extra: object = {}) => ({ rule, title: { zh, en: zh }, data: {}, outcome, explanation: { zh: explanation, en: explanation }, ...extra });
const SIGNUP_VIEW = {
  id: 3,
  sessionId: 2,
  traineeId: 3,
  baseId: 4,
  status: 'BASE_APPROVED',
  statusLabel: { zh: '培训基地审核通过，等待全科中心复审', en: 'Approved by the base, awaiting the centre’s review' },
  subjects: ['THEORY', 'SKILLS'],
  verdict: {
    ruleSetVersion: 'demo-2026.1',
    evaluatedAt: '2026-12-03T17:12:00.445Z',
    eligible: true,
    retrainingRequired: false,
    subjects: { firstTime: true, validPasses: [], needed: ['THEORY', 'SKILLS'] },
    checks: [
      check('FA-1', '报名时间', 'PASS', '当前时间 2026-12-04 01:12 在报名时间（2026-12-03 至 2026-12-17）内：符合'),
      check('FA-2.rotation', '结束轮转时间', 'EXCEPTED', '结束轮转年份 2023 不在本次招考范围 2024–2026 年内：不符合；中心已批准例外（1，2026-12-04T01:12:00+08:00）：服兵役期间轮转顺延，经省卫健委批准', {
        exception: { reason: '服兵役期间轮转顺延，经省卫健委批准', grantedBy: '1', grantedAt: '2026-12-03T17:12:00.398Z' },
      }),
      check('FA-3', '三年期限', 'PASS', '2023 年结束轮转，可参加 2023–2025 年的结业考核：符合'),
    ],
    failedRules: [],
  },
  lastReason: null,
  submittedAt: '2026-12-04T01:12:00+08:00',
  baseReviewedAt: '2026-12-04T01:12:03+08:00',
  centreReviewedAt: null,
  version: 3,
};
const SITES = [
  {
    id: 1,
    sessionId: 2,
    code: 'FZ',
    name: '福建省全科医学培训中心考点',
    address: '福州市鼓楼区示例路1号',
    createdAt: '2026-12-03T17:12:16.082Z',
    slots: [
      { id: 1, siteId: 1, date: '2027-01-10', startsAt: '08:00', endsAt: '11:30', rooms: [{ id: 'G1', name: '第1站组', capacity: 1 }], createdAt: '2026-12-03T17:12:20.468Z' },
      { id: 2, siteId: 1, date: '2027-01-11', startsAt: '13:30', endsAt: '17:00', rooms: [{ id: 'G1', name: '第1站组', capacity: 2 }], createdAt: '2026-12-03T17:12:23.096Z' },
    ],
  },
];
const SEATING = {
  sessionId: 2,
  candidates: 4,
  seated: 3,
  newlySeated: 1,
  unseated: [{ signupId: 4, name: '黄志强', reason: 'NO_CAPACITY', detail: '全部 2 个场次共 3 个座位已满 / no free seat: all 3 seats in 2 slot(s) are taken' }],
  load: [
    { slotId: '1', roomId: 'G1', capacity: 1, used: 1 },
    { slotId: '2', roomId: 'G1', capacity: 2, used: 2 },
  ],
};
const ROSTER_REPORT = {
  sessionId: 2,
  nationalRows: 5,
  localTheorySignups: 4,
  matched: 3,
  invalidRows: [{ rowNumber: 6, problem: 'BAD_LENGTH', message: { zh: '居民身份证号码位数不正确，应为18位，前17位为数字，最后一位为数字或X', en: 'Wrong length' } }],
  bases: [
    {
      baseId: 4,
      baseName: '福州市第一总医院',
      missingNationally: [{ signupId: 3, name: '王芳', idNumberMasked: '350102********3589', status: 'BASE_APPROVED' }],
      missingLocally: [],
      nameMismatches: [{ signupId: 2, rowNumber: 3, localName: '陈𠮷', nationalName: '陈吉', idNumberMasked: '350102********2463' }],
    },
    { baseId: null, baseName: '未在本省登记 / not registered in the province', missingNationally: [], missingLocally: [{ rowNumber: 5, name: '张三丰', idNumberMasked: '350102********5555' }], nameMismatches: [] },
  ],
};
const AUDIT = {
  items: [
    {
      id: '18',
      occurredAt: '2026-12-03T17:12:00.405Z',
      actorUserId: 1,
      actorRole: 'CENTRE_ADMIN',
      action: 'ELIGIBILITY_EXCEPTION_GRANTED',
      entityType: 'trainee',
      entityId: '3',
      scopeBaseId: 4,
      reason: '服兵役期间轮转顺延，经省卫健委批准',
      before: null,
      after: { sessionId: 2, rule: 'FA-2.rotation' },
    },
  ],
  total: 1,
};
const TRAINEE = {
  id: 3,
  name: '王芳',
  idType: 'RESIDENT_ID',
  idNumberMasked: '350102********3589',
  baseId: 4,
  cityId: 2,
  cohort: '2021',
  rotationEndDate: '2023-06-30',
  phaseTheoryPassed: true,
  processAssessmentPassed: true,
  retrainingRequired: true,
  sex: 'F',
  birthDate: '1996-01-05',
  phone: '13800000000',
  hasPhoto: true,
  photoLocked: false,
  version: 2,
};
const ORGANISATIONS = [
  { id: 1, kind: 'PROVINCE', name: '福建省', parentId: null, cityId: null, createdAt: '2026-12-03T16:45:01.523Z' },
  { id: 2, kind: 'CITY', name: '福州市', parentId: 1, cityId: null, createdAt: '2026-12-03T16:45:01.527Z' },
  { id: 4, kind: 'BASE', name: '福州市第一总医院', parentId: 2, cityId: 2, createdAt: '2026-12-03T16:45:01.530Z' },
];
const REFRESHED = {
  accessToken: 'access',
  expiresIn: 900,
  refreshToken: 'refresh-token-0123456789',
  refreshExpiresIn: 43200,
  passwordChangeRequired: false,
  user: { id: 1, username: 'centre', role: 'CENTRE_ADMIN', displayName: '省全科医学培训中心', organisationId: 1, traineeId: null },
};
// A 1×1 JPEG, the photo's stand-in.
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
  'base64',
);

type Answer = { status?: number; json?: unknown; body?: Buffer; contentType?: string };
type Handler = (request: Request) => Answer | Promise<Answer>;

const refusal = (status: number, code: string, zh: string, details?: unknown): Answer => ({ status, json: { code, message: { zh, en: code }, details } });

/** The API's answers by "METHOD /path" (paths relative to /api, query left out). */
function defaultApi(): Record<string, Handler> {
  return {
    'POST /auth/refresh': () => ({ json: REFRESHED }),
    'GET /sessions': () => ({ json: [DEMO_SESSION, FJ_2024] }),
    'GET /sessions/2': () => ({ json: DEMO_SESSION }),
    'GET /organisations': () => ({ json: ORGANISATIONS }),
    'GET /signups': () => ({ json: { items: [SIGNUP_ROW], total: 1, page: 1, pageSize: 20 } }),
    'GET /signups/3': () => ({ json: SIGNUP_VIEW }),
    'GET /trainees/3/photo': () => ({ body: JPEG, contentType: 'image/jpeg' }),
    'GET /trainees/3': () => ({ json: TRAINEE }),
    'GET /trainees': () => ({ json: { items: [TRAINEE], total: 1 } }),
    'GET /audit': () => ({ json: AUDIT }),
    'GET /sessions/2/sites': () => ({ json: SITES }),
    'GET /sessions/2/tickets/progress': () => ({ json: { total: 3, done: 3, failed: 0, pending: 0 } }),
    'GET /sessions/2/exceptions': () => ({ json: EXCEPTIONS }),
    'GET /sessions/2/tickets/failures': () => ({ json: TICKET_FAILURES }),
    'POST /queues/board-link': () => ({ status: 201, json: BOARD_LINK }),
  };
}

describe('Centre operations pages', () => {
  let server: PreviewServer;
  let browser: Browser;
  /** One context for every test: the portal's files come from its cache after the first page (each page has its own tab storage). */
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
    context = await browser.newContext({ locale: 'zh-CN' });
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
    /** every request that reached the stubbed API, in order */
    sent: Array<{ method: string; path: string; query: URLSearchParams; body: unknown; contentType: string }>;
    pageErrors: string[];
  }

  /** A centre admin whose login resumes from the tab (refresh stubbed), on `path`, the API answering from `api`. */
  async function open(path: string, overrides: Record<string, Handler> = {}, width = 1280): Promise<Opened> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: width < 768 ? 740 : 900 });
    const api = { ...defaultApi(), ...overrides };
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
      const contentType = request.headers()['content-type'] ?? '';
      let body: unknown = null;
      if (contentType.includes('application/json')) body = request.postDataJSON();
      else if (request.postData()) body = request.postData();
      opened.sent.push({ method: request.method(), path: apiPath, query: url.searchParams, body, contentType });
      const handler = api[`${request.method()} ${apiPath}`];
      if (!handler) return route.fulfill({ status: 404, json: { code: 'NOT_FOUND', message: { zh: '记录不存在', en: 'Not found' } } });
      const answer = await handler(request);
      if (answer.body) return route.fulfill({ status: answer.status ?? 200, body: answer.body, contentType: answer.contentType });
      return route.fulfill({ status: answer.status ?? 200, json: answer.json });
    });
    await page.goto(`${origin}${path}`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    return opened;
  }

  async function axeViolations(page: Page): Promise<Array<{ id: string; impact: string | null | undefined; nodes: string[] }>> {
    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate(async () =>
      (await window.axe.run(document)).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })),
    );
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  async function screenshots(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `${SCREENSHOTS}/centre-operations-${name}.png`, fullPage: true });
  }

  it('lists the sessions with their calendars in Beijing time', async () => {
    const { page, pageErrors } = await open('/centre/sessions');
    await page.getByRole('link', { name: DEMO_SESSION.name }).waitFor();
    const table = await page.locator('table').innerText();
    assert.match(table, /报名中/);
    assert.match(table, /2026-12-03 00:00\s*至 2026-12-18 00:00/);
    assert.match(table, /2024–2026 年结束轮转/);
    assert.match(table, /考试已结束/);
    assert.deepEqual(await axeViolations(page), []);
    await screenshots(page, 'sessions');
    await page.setViewportSize({ width: 375, height: 740 });
    await screenshots(page, 'sessions-375');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('session editor: sends the change with its version and reason, and shows the server’s problem at its field', async () => {
    let sent: Record<string, unknown> | undefined;
    const { page, pageErrors } = await open('/centre/sessions/2', {
      'PUT /sessions/2': (request) => {
        sent = request.postDataJSON() as Record<string, unknown>;
        return refusal(400, 'SESSION_CONFIG_INVALID', '考核批次配置不合法', {
          problems: ['signupWindow must open before it closes', 'theoryPassRule: passLine 120 must lie between 0 and maxScore 100', 'each subject once'],
        });
      },
    });
    // Beijing wall-clock values, whatever the computer's zone.
    assert.equal(await page.getByLabel('报名开始时间').inputValue(), '2026-12-03T00:00');
    await page.getByLabel('报名截止时间').fill('2026-12-01T18:00');
    await page.locator('#theoryPassRule_passLine').fill('120');
    await page.getByLabel('修改原因（记入操作日志）').fill('按省卫健委通知调整报名截止时间');
    await page.getByRole('button', { name: '保存修改' }).click();
    await page.getByText('请修改以下内容后再保存').waitFor();

    assert.equal(sent?.expectedVersion, 3);
    assert.equal(sent?.reason, '按省卫健委通知调整报名截止时间');
    assert.deepEqual(sent?.signupWindow, { opensAt: '2026-12-03T00:00:00+08:00', closesAt: '2026-12-01T18:00:00+08:00' });
    assert.deepEqual((sent?.subjects as Array<{ subject: string }>).map((s) => s.subject), ['THEORY', 'SKILLS']);
    // At the field, in Chinese: the closing time of the window, the theory pass line.
    const closes = page.locator('.ant-form-item').filter({ has: page.getByLabel('报名截止时间') });
    assert.match(await closes.innerText(), /开始时间须早于截止时间/);
    assert.equal(await closes.locator('.ant-form-item-has-error, .ant-form-item-control').first().evaluate((el) => el.closest('.ant-form-item')!.classList.contains('ant-form-item-has-error')), true);
    const passLine = page.locator('.ant-form-item').filter({ has: page.locator('#theoryPassRule_passLine') });
    assert.match(await passLine.innerText(), /合格线须在 0 与满分 100 之间/);
    // The refusal itself, and a problem about the session as a whole, at the top.
    const alerts = await page.getByRole('alert').allInnerTexts();
    assert.ok(alerts.some((text) => /考核批次配置不合法/.test(text) && /SESSION_CONFIG_INVALID/.test(text)), alerts.join('\n'));
    assert.match(await page.getByText('请修改以下内容后再保存').locator('..').innerText(), /每个科目只能出现一次/);
    // Changing the field takes its problem away.
    await page.getByLabel('报名截止时间').fill('2026-12-18T00:00');
    await page.waitForFunction(() => !document.body.innerText.includes('开始时间须早于截止时间'));
    assert.deepEqual(await axeViolations(page), []);
    await screenshots(page, 'session-editor-problems');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('session editor: a stale version is explained and the newest one can be loaded', async () => {
    let reads = 0;
    const { page } = await open('/centre/sessions/2', {
      'GET /sessions/2': () => ({ json: reads++ === 0 ? DEMO_SESSION : { ...DEMO_SESSION, resultsNote: '成绩于 2027 年 3 月公布', version: 4 } }),
      'PUT /sessions/2': () => refusal(409, 'CONFLICT', '数据已被他人修改，请刷新后重试', { currentVersion: 4 }),
    });
    await page.getByLabel('修改原因（记入操作日志）').fill('调整成绩发布说明');
    await page.getByRole('button', { name: '保存修改' }).click();
    const warning = page.getByRole('alert').filter({ hasText: '未保存：此批次已被他人修改' });
    assert.match(await warning.innerText(), /您是在第 3 版的基础上修改的，而此批次现已是第 4 版/);
    assert.match(await warning.innerText(), /CONFLICT/);
    await page.getByRole('button', { name: /载入最新版本/ }).click();
    await page.getByText('正在编辑第 4 版').waitFor();
    assert.equal(await page.getByLabel('成绩发布说明（可选）').inputValue(), '成绩于 2027 年 3 月公布');
    await page.close();
  });

  it('session editor: creates a session from a copy of another', async () => {
    let sent: Record<string, unknown> | undefined;
    const created = { ...DEMO_SESSION, id: 9, code: 'FJ-2027', name: '2027年结业考核', version: 1 };
    const { page, pageErrors } = await open('/centre/sessions/new', {
      'POST /sessions': (request) => {
        sent = request.postDataJSON() as Record<string, unknown>;
        return { status: 201, json: created };
      },
      'GET /sessions/9': () => ({ json: created }),
    });
    await page.getByRole('combobox', { name: '复制已有批次的设置（可选）' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'FJ-2024' }).click();
    await page.getByLabel('批次编号').fill('FJ-2027');
    await page.getByLabel('批次名称').fill('2027年结业考核');
    await page.getByRole('button', { name: '创建考核批次' }).click();
    await page.waitForURL(`${origin}/centre/sessions/9`);
    await page.getByText('考核批次已创建。').waitFor();
    assert.equal(sent?.code, 'FJ-2027');
    assert.equal(sent?.ruleSetVersion, 'fujian-2024.1');
    assert.deepEqual(sent?.signupWindow, FJ_2024.signupWindow);
    assert.equal('reason' in (sent ?? {}), false);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('re-review queue: pages from the server, shows photo and verdict, approves with the version read', async () => {
    let decision: unknown;
    const { page, sent, pageErrors } = await open('/centre/signups', {
      'POST /signups/3/centre-review': (request) => {
        decision = request.postDataJSON();
        return { json: { ...SIGNUP_VIEW, status: 'APPROVED', statusLabel: { zh: '资格审核通过', en: 'Approved' }, centreReviewedAt: '2026-12-04T10:00:00+08:00', version: 4 } };
      },
    });
    await page.getByRole('button', { name: '复审：王芳' }).waitFor();
    const list = sent.find((r) => r.path === '/signups')!;
    assert.equal(list.query.get('status'), 'BASE_APPROVED');
    assert.equal(list.query.get('sessionId'), '2');
    assert.equal(list.query.get('page'), '1');
    assert.equal(list.query.get('pageSize'), '20');
    await page.getByRole('button', { name: '复审：王芳' }).click();
    await page.getByRole('img', { name: '王芳的报名照片' }).waitFor();
    const drawer = page.locator('.ant-drawer-content');
    assert.match(await drawer.innerText(), /例外通过/);
    assert.match(await drawer.innerText(), /服兵役期间轮转顺延，经省卫健委批准/);
    // Times in the explanations are shown as the portal shows times, not as the API wrote them.
    assert.match(await drawer.innerText(), /中心已批准例外（1，2026-12-04 01:12）/);
    assert.match(await drawer.innerText(), /当前时间 2026-12-04 01:12 在报名时间（2026-12-03 至 2026-12-17）内：符合/);
    assert.deepEqual(await axeViolations(page), []);
    await screenshots(page, 'signup-drawer');
    await page.getByRole('button', { name: '复审通过' }).click();
    await page.getByRole('button', { name: '确认通过' }).click();
    await drawer.getByText('已复审通过。考生照片已锁定').waitFor();
    assert.deepEqual(decision, { decision: 'APPROVE', expectedVersion: 3 });
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('re-review queue: a refusal is shown in Chinese with its code; a cancellation sends its reason', async () => {
    let cancelled: unknown;
    const { page } = await open('/centre/signups', {
      'POST /signups/3/centre-review': () => refusal(409, 'REVIEW_WINDOW_CLOSED', '审核时间已结束'),
      'POST /signups/3/cancel': (request) => {
        cancelled = request.postDataJSON();
        return { json: { ...SIGNUP_VIEW, status: 'CANCELLED', statusLabel: { zh: '报名已取消', en: 'Cancelled' }, version: 4 } };
      },
    });
    await page.getByRole('button', { name: '复审：王芳' }).click();
    await page.getByRole('button', { name: '不通过…' }).click();
    await page.getByLabel('不通过的理由（考生可见）').fill('照片不符合要求');
    await page.getByRole('button', { name: '确认不通过' }).click();
    const refused = page.getByRole('alert').filter({ hasText: '审核时间已结束' });
    assert.match(await refused.innerText(), /错误代码：REVIEW_WINDOW_CLOSED/);
    await screenshots(page, 'signup-refused');
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('button', { name: '取消报名（信息不实）…' }).click();
    await page.getByLabel('取消的理由（记入日志，考生可见）').fill('经核实，学历信息不实');
    await page.getByRole('button', { name: '确认取消报名' }).click();
    await page.getByText(/已取消报名。其准考证已作废/).waitFor();
    assert.deepEqual(cancelled, { reason: '经核实，学历信息不实' });
    await page.close();
  });

  it('exceptions: grants one for a trainee and a rule with its reason, and lists the session\'s exceptions from the API', async () => {
    let granted: unknown;
    const { page, sent, pageErrors } = await open('/centre/exceptions', {
      'POST /sessions/2/exceptions': (request) => {
        granted = request.postDataJSON();
        return { status: 201, json: { id: 7 } };
      },
    });
    // Who, masked ID, base, rule, reason and who granted it, as the API lists them for the chosen session.
    await page.getByRole('cell', { name: '王芳（350102********3589）' }).waitFor();
    assert.match(
      await page.locator('table').innerText(),
      /2026-12-04 01:12\s+王芳（350102\*{8}3589）\s+福州市第一总医院\s+结束轮转时间（FA-2）\s+服兵役期间轮转顺延，经省卫健委批准\s+省全科医学培训中心/,
    );
    const listed = sent.find((request) => request.method === 'GET' && request.path === '/sessions/2/exceptions')!;
    assert.deepEqual([listed.query.get('page'), listed.query.get('pageSize')], ['1', '10']);
    assert.equal(sent.filter((request) => request.path === '/audit').length, 0);
    await page.getByLabel('学员').fill('王');
    await page.locator('.ant-select-item-option').filter({ hasText: '王芳（350102********3589，福州市第一总医院' }).click();
    await page.getByLabel('例外的规则').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '三年期限（FA-3）' }).click();
    await page.getByLabel('理由（记入日志，显示在资格核验结果中）').fill('因服兵役中断培训两年，经省卫健委批准延长考核期限');
    // The list is read again after a grant.
    await Promise.all([
      page.waitForRequest((request) => request.method() === 'GET' && new URL(request.url()).pathname === '/api/sessions/2/exceptions'),
      page.getByRole('button', { name: '批准例外' }).click(),
    ]);
    await page.getByText('已记录例外（编号 7）：三年期限（FA-3）').waitFor();
    assert.deepEqual(granted, { traineeId: 3, rule: 'FA-3', reason: '因服兵役中断培训两年，经省卫健委批准延长考核期限' });
    assert.deepEqual(await axeViolations(page), []);
    await screenshots(page, 'exceptions');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('sites: shows sites and slots, seats with the report of who is not seated and why, issues ticket numbers', async () => {
    const { page, sent, pageErrors } = await open('/centre/sites', {
      'POST /sessions/2/seating': () => ({ json: SEATING }),
      'POST /sessions/2/ticket-numbers': () => ({ json: { issued: 3, alreadyIssued: 0 } }),
    });
    await page.getByText('福建省全科医学培训中心考点（代码 FZ）').waitFor();
    assert.match(await page.locator('table').first().innerText(), /2027-01-11\s+13:30–17:00\s+第1站组（G1，2）/);
    await page.getByRole('button', { name: '编排座位' }).click();
    await page.getByText('编排完成，但有 1 名考生没有座位，见下表。').waitFor();
    const unseated = page.locator('table').filter({ hasText: '黄志强' });
    assert.match(await unseated.innerText(), /座位不足\s+全部 2 个场次共 3 个座位已满\s+增加场次或考场座位后/);
    assert.match(await page.locator('table').filter({ hasText: '已用 / 座位数' }).innerText(), /福建省全科医学培训中心考点 2027-01-11 13:30–17:00\s+第1站组\s+2 \/ 2/);
    await page.getByRole('button', { name: '生成准考证号' }).click();
    await page.getByText('本次新发 3 个准考证号，此前已有 0 个。').waitFor();
    assert.deepEqual(
      sent.filter((r) => r.method === 'POST' && r.path.startsWith('/sessions')).map((r) => r.path),
      ['/sessions/2/seating', '/sessions/2/ticket-numbers'],
    );
    assert.deepEqual(await axeViolations(page), []);
    await screenshots(page, 'sites');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('sites: a new site’s refusal lists its problem in Chinese', async () => {
    const { page } = await open('/centre/sites', {
      'POST /sessions/2/sites': () => refusal(400, 'SESSION_CONFIG_INVALID', '考核批次配置不合法', { problems: ['site code FZ is already used in this session'] }),
    });
    await page.getByRole('button', { name: '添加考点' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('考点名称').fill('第二考点');
    await dialog.getByLabel('考点代码').fill('fz');
    await dialog.getByLabel('地址').fill('福州市鼓楼区示例路2号');
    await dialog.getByRole('button', { name: '添加考点' }).click();
    await dialog.getByText('考点代码 FZ 已被本批次的其他考点使用，请换一个').waitFor();
    assert.match(await dialog.getByRole('alert').innerText(), /SESSION_CONFIG_INVALID/);
    await page.close();
  });

  it('tickets: generation’s progress bar follows the worker until every ticket is done', async () => {
    // What the progress endpoint answers, one poll after another.
    const sequence = [
      { total: 3, done: 1, failed: 0, pending: 2 },
      { total: 3, done: 2, failed: 0, pending: 1 },
      { total: 3, done: 3, failed: 0, pending: 0 },
    ];
    let polls = 0;
    const { page, pageErrors } = await open('/centre/tickets', {
      'GET /sessions/2/tickets/progress': () => ({ json: polls === 0 ? { total: 0, done: 0, failed: 0, pending: 0 } : sequence[Math.min(polls - 1, 2)] }),
      'POST /sessions/2/tickets/generate': () => {
        polls = 1;
        return { json: { issued: 3, jobs: 3, progress: { total: 3, done: 0, failed: 0, pending: 3 } } };
      },
    });
    await page.getByText('还没有准考证：请先在“考点与编排”中编排座位，再点击“生成准考证”。').waitFor();
    page.on('request', (request) => {
      if (request.url().endsWith('/tickets/progress') && polls > 0) polls += 1;
    });
    await page.getByRole('button', { name: '生成准考证', exact: true }).click();
    await page.getByText('本次新发准考证号 3 个，排队生成 PDF 3 份。').waitFor();
    const bar = page.getByRole('progressbar');
    await page.getByText('全部完成：3 张准考证已生成。').waitFor({ timeout: 10_000 });
    assert.equal(await bar.getAttribute('aria-valuenow'), '100');
    assert.match(await page.getByText(/已生成 3/).innerText(), /已生成 3/);
    assert.ok(polls >= 3, `progress asked ${polls} times`);
    const asked = polls;
    // Finished: no more polling.
    await page.waitForTimeout(1500);
    assert.ok(polls <= asked + 1, `still polling after the end (${polls} > ${asked})`);
    // The queue board opens in a new tab at a one-time link the API gives (a new tab has no access token).
    await context.route('**/api/queues/enter**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>队列看板</title>' }));
    try {
      const [board] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: '任务队列看板（新标签页打开）' }).click()]);
      await board.waitForURL(`${origin}${BOARD_LINK.url}`);
      assert.equal(await board.evaluate((): boolean => window.opener === null), true);
      await board.close();
    } finally {
      await context.unroute('**/api/queues/enter**');
    }
    assert.deepEqual(await axeViolations(page), []);
    await screenshots(page, 'tickets');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('tickets: failures are counted and explained; moving a slot (FA-12) says how many tickets were made again', async () => {
    let moved: unknown;
    const { page } = await open('/centre/tickets', {
      'GET /sessions/2/tickets/progress': () => ({ json: { total: 3, done: 2, failed: 1, pending: 0 } }),
      'POST /sessions/2/tickets/generate': () => ({ json: { issued: 0, jobs: 1, progress: { total: 3, done: 2, failed: 0, pending: 1 } } }),
      'PUT /sessions/2/slots/2/schedule': (request) => {
        moved = request.postDataJSON();
        return { json: { ticketsRegenerated: 2 } };
      },
    });
    await page.getByText('生成结束：2 张成功，1 张失败。').waitFor();
    // The failed ticket, whose it is and why, under the progress bar; generating again retries it.
    const failures = page.locator('section[aria-labelledby="ticket-failures-title"]');
    await failures.getByRole('cell', { name: '20262FZ00003' }).waitFor();
    assert.match(await failures.locator('table').innerText(), /20262FZ00003\s+黄志强（350102\*{8}4713）\s+厦门市海沧医院\s+临床实践技能考核\s+考生没有报名照片：请考生上传照片后重新生成/);
    assert.deepEqual(await axeViolations(page), []);
    await screenshots(page, 'tickets-failures');
    await Promise.all([
      page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith('/sessions/2/tickets/generate')),
      failures.getByRole('button', { name: '重新生成失败的准考证' }).click(),
    ]);
    await page.getByLabel('场次').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '13:30' }).click();
    assert.equal(await page.getByLabel('新日期').inputValue(), '2027-01-11');
    await page.getByLabel('新日期').fill('2027-01-12');
    await page.getByLabel('调整原因（记入日志，通知考生）').fill('突发公共卫生事件，下午场顺延一天');
    await page.getByRole('button', { name: '调整并重新生成准考证' }).click();
    await page.getByText('已将 福建省全科医学培训中心考点 2027-01-11 13:30–17:00 调整为 2027-01-12 13:30–17:00，重新生成 2 张准考证。').waitFor();
    assert.deepEqual(moved, { date: '2027-01-12', startsAt: '13:30', endsAt: '17:00', reason: '突发公共卫生事件，下午场顺延一天' });
    await page.setViewportSize({ width: 375, height: 740 });
    await screenshots(page, 'tickets-375');
    await page.close();
  });

  it('national roster: uploads the file as multipart field "file" and shows the report as tables', async () => {
    const { page, sent, pageErrors } = await open('/centre/national-roster', {
      'POST /sessions/2/national-roster/reconcile': () => ({ json: ROSTER_REPORT }),
    });
    await page.getByLabel('名单文件').setInputFiles({ name: 'national.csv', mimeType: 'text/csv', buffer: Buffer.from('姓名,证件号码\n林晓华,350102199903121233\n') });
    await page.getByRole('button', { name: '上传并核对' }).click();
    await page.getByText(/核对完成：2 个基地有差异，文件中 1 行无法识别/).waitFor();
    const upload = sent.find((r) => r.path === '/sessions/2/national-roster/reconcile')!;
    assert.match(upload.contentType, /^multipart\/form-data; boundary=/);
    assert.match(String(upload.body), /name="file"; filename="national.csv"/);
    assert.match(await page.locator('table').filter({ hasText: '王芳' }).innerText(), /王芳\s+350102\*{8}3589\s+3\s+基地通过，待中心复审/);
    assert.match(await page.locator('table').filter({ hasText: '国家网站姓名' }).innerText(), /陈𠮷\s+陈吉/);
    assert.match(await page.locator('table').filter({ hasText: '张三丰' }).innerText(), /5\s+张三丰/);
    assert.ok(await page.getByText('未在本省登记', { exact: true }).isVisible());
    assert.deepEqual(await axeViolations(page), []);
    await screenshots(page, 'national-roster');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});
