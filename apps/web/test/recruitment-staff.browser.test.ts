import axe from 'axe-core';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import type { components } from '../src/api/schema.generated.ts';
import {
  applicationView,
  AUTHORITY_STANDING,
  BASE_PAGE,
  BASE_STANDING,
  BASE_TOKEN,
  CENTRE_TOKEN,
  CITY_PAGE,
  CITY_STANDING,
  CITY_TOKEN,
  DOCUMENT_IMAGE,
  IMPORT_WITH_ERRORS,
  OUTCOMES,
  PLACEMENTS,
  refusal,
  RETURNS,
  ROUND_DETAIL,
  ROUNDS,
  RUN_PREVIEW,
  RUN_PUBLISHED,
  FUJIAN_STAGES,
  FUJIAN_STAGES_PUBLISHED,
  CHONGQING_TOKEN,
  CHONGQING_STANDING,
  CHONGQING_ROUNDS,
  CHONGQING_STAGES,
  CHONGQING_FIRST_RUN,
  CHONGQING_SECOND_PREVIEW,
  CHONGQING_OUTCOMES,
  storedScores,
  reviewHistory,
  XIAOGAN_ROUNDS,
  XIAOGAN_STANDING,
  XIAOGAN_TOKEN,
} from './support/recruitment-staff-fixtures.ts';
import { settledOptions } from './support/dropdown.ts';

declare global {
  interface Window {
    axe: typeof axe;
  }
}

type Schemas = components['schemas'];

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../../var/screenshots/portal', import.meta.url));
/** A build of its own: the other browser tests run beside this one and empty the shared dist/ when they build. */
const OUT_DIR = fileURLToPath(new URL('../../../var/web-test/recruitment-staff', import.meta.url));

interface Answer {
  status?: number;
  json?: unknown;
  body?: Buffer;
  contentType?: string;
}
/** One stubbed route: "GET /recruitment/applications" (the path under /api) → the answer. */
type Handlers = Record<string, (request: Request, url: URL) => Answer | Promise<Answer>>;

interface Actor {
  token: Schemas['SessionToken'];
  standing: Schemas['RecruitmentStandingView'];
  rounds: Schemas['RecruitmentRoundSummary'][];
}
const BASE: Actor = { token: BASE_TOKEN, standing: BASE_STANDING, rounds: ROUNDS };
const CITY: Actor = { token: CITY_TOKEN, standing: CITY_STANDING, rounds: ROUNDS };
const CENTRE: Actor = { token: CENTRE_TOKEN, standing: AUTHORITY_STANDING, rounds: ROUNDS };
const XIAOGAN: Actor = { token: XIAOGAN_TOKEN, standing: XIAOGAN_STANDING, rounds: XIAOGAN_ROUNDS };
const CHONGQING: Actor = { token: CHONGQING_TOKEN, standing: CHONGQING_STANDING, rounds: CHONGQING_ROUNDS };

/** What every recruitment page of the actor reads: the login resumed, the standing, the rounds of the jurisdiction. */
function common(actor: Actor): Handlers {
  return {
    'POST /auth/refresh': () => ({ json: actor.token }),
    'POST /auth/logout': () => ({ status: 204 }),
    'GET /recruitment/me/standing': () => ({ json: actor.standing }),
    'GET /recruitment/rounds': () => ({ json: actor.rounds }),
    'GET /recruitment/rounds/11': () => ({ json: ROUND_DETAIL }),
  };
}

const json = (request: Request): Record<string, unknown> => JSON.parse(request.postData() ?? '{}') as Record<string, unknown>;

describe('Recruitment pages of bases, city commissions and the round’s authority', () => {
  let server: PreviewServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  let pageErrors: string[];
  let unexpected: string[];
  let sent: Array<{ key: string; url: URL; request: Request }>;

  before(async () => {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
    server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { host: '127.0.0.1', port: 0, strictPort: true } });
    origin = server.resolvedUrls!.local[0].replace(/\/$/, '');
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
    });
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  async function open(actor: Actor, path: string, handlers: Handlers): Promise<void> {
    page = await context.newPage();
    pageErrors = [];
    unexpected = [];
    sent = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      // A refusal the test asked for is logged by Chromium as a failed resource; anything else is a fault.
      if ((message.type() === 'error' || message.type() === 'warning') && !message.text().startsWith('Failed to load resource')) pageErrors.push(message.text());
    });
    await page.addInitScript(() => sessionStorage.setItem('agp.refresh', 'refresh'));
    const base = common(actor);
    await page.route('**/api/**', async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      const key = `${request.method()} ${url.pathname.replace(/^\/api/, '')}`;
      sent.push({ key, url, request });
      const handler = handlers[key] ?? base[key];
      if (!handler) {
        unexpected.push(key);
        await route.fulfill({ status: 404, json: refusal('NOT_FOUND', '记录不存在', 'Not found') });
        return;
      }
      const answer = await handler(request, url);
      if (answer.body !== undefined) await route.fulfill({ status: answer.status ?? 200, body: answer.body, contentType: answer.contentType });
      else await route.fulfill({ status: answer.status ?? 200, json: answer.json });
    });
    await page.goto(`${origin}${path}`);
  }

  async function close(): Promise<void> {
    assert.deepEqual(unexpected, [], 'requests no stub expected');
    assert.deepEqual(pageErrors, []);
    await page.close();
  }

  /** Serious and critical violations in the page, or only in an open dialog. */
  async function violations(within?: string): Promise<Array<{ id: string; impact: string | null | undefined; nodes: string[] }>> {
    await page.mouse.move(0, 0);
    // A dialog still zooming in, a toast moving in or a dropdown sliding away is half drawn: the page is measured once
    // they have settled.
    await page.waitForFunction(
      () => !document.querySelector('.ant-zoom-appear, .ant-zoom-enter, .ant-zoom-leave, .ant-move-up-appear, .ant-move-up-enter, .ant-move-up-leave, .ant-slide-up-appear, .ant-slide-up-enter, .ant-slide-up-leave'),
    );
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
    const found = await page.evaluate(
      async (selector) => (await window.axe.run(selector ? { include: [selector] } : document)).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })),
      within,
    );
    return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  async function shoot(name: string): Promise<void> {
    await page.screenshot({ path: `${SCREENSHOTS}/recruitment-staff-${name}.png`, fullPage: true });
  }

  async function choose(label: string, option: string): Promise<void> {
    await page.locator('.ant-select', { has: page.getByLabel(label) }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
    await page.waitForFunction(() => !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)'));
  }

  const queries = (key: string) => sent.filter((s) => s.key === key).map((s) => Object.fromEntries(s.url.searchParams));

  it('a base sees the applications the API scoped to it, asks with its filters only, and has no authority controls', async () => {
    await open(BASE, '/base/recruitment/applications', { 'GET /recruitment/applications': () => ({ json: BASE_PAGE }) });
    await page.getByRole('heading', { level: 2, name: '招录报名审核' }).waitFor();
    await page.getByText('共 3 条').waitFor();
    assert.deepEqual(queries('GET /recruitment/applications')[0], { status: 'IN_REVIEW', page: '1', pageSize: '20' });
    // Rows waiting for this level say so; one waiting for the city says whose turn it is.
    assert.match(await page.getByRole('row', { name: /林晓华/ }).innerText(), /待本级审核[\s\S]*查看与审核/);
    assert.match(await page.getByRole('row', { name: /陈静/ }).innerText(), /待市卫生健康委审核[\s\S]*查看/);
    // A base never narrows to a base (the API's scope is its own) and has no authority sections.
    assert.equal(await page.getByLabel('培训基地').count(), 0);
    const nav = page.getByRole('navigation', { name: '招录工作' });
    assert.deepEqual(await nav.getByRole('link').allInnerTexts(), ['报名审核', '考核与排名成绩', '报到与名单']);
    assert.equal(await page.getByText('生成录取预览').count(), 0);

    await choose('报名类型', '社会人');
    await page.waitForFunction(() => true);
    await choose('招录计划', '2025年福建省助理全科医生培训招录（2025）');
    await page.waitForTimeout(200);
    const last = queries('GET /recruitment/applications').at(-1);
    assert.deepEqual(last, { status: 'IN_REVIEW', applicantType: 'INDEPENDENT', roundId: '11', page: '1', pageSize: '20' });
    assert.ok(sent.every((s) => !s.url.searchParams.has('baseId')), 'a base never asks for a base');
    assert.deepEqual(await violations(), []);
    await shoot('base-list');
    await close();
  });

  it('a base returns an application for correction with a reason and a Beijing deadline; a stale version is refused in words', async () => {
    let attempt = 0;
    const decisions: Array<Record<string, unknown>> = [];
    await open(BASE, '/base/recruitment/applications/101', {
      'GET /recruitment/applications/101': () => ({ json: applicationView(101, '林晓华') }),
      'GET /recruitment/applications/101/review-history': () => ({ json: reviewHistory(101) }),
      'GET /recruitment/applications/101/documents/ID_FRONT': () => ({ body: DOCUMENT_IMAGE, contentType: 'image/jpeg' }),
      'GET /recruitment/applications/101/documents/DIPLOMA': () => ({ body: DOCUMENT_IMAGE, contentType: 'image/jpeg' }),
      'POST /recruitment/applications/101/review': (request) => {
        decisions.push(json(request));
        attempt += 1;
        if (attempt === 1) return { status: 409, json: refusal('APPLICATION_CHANGED', '报名信息已被修改，请刷新后重试', 'The application changed meanwhile; reload and try again') };
        return { json: applicationView(101, '林晓华', { status: 'RETURNED', nextReviewer: null, returned: { level: 'BASE', reason: '毕业证书照片不清晰', correctBy: '2025-07-10T17:00:00+08:00' }, version: 4 }) };
      },
    });
    await page.getByRole('heading', { level: 2, name: /报名详情：林晓华/ }).waitFor();
    await page.getByRole('img', { name: '毕业证书' }).waitFor();
    assert.equal(await page.getByRole('img', { name: '身份证人像面' }).evaluate((img: HTMLImageElement) => img.naturalWidth > 0), true, 'the document is shown');
    assert.match(await page.locator('.ant-card', { hasText: '资格核验' }).innerText(), /年龄[\s\S]*符合[\s\S]*26周岁/);
    // The recorded steps: who decided (the organisation), the reason and the deadline, oldest first.
    await page.locator('.ant-card', { hasText: '审核记录' }).getByText('身份证照片反光').waitFor();
    assert.match(
      await page.locator('.ant-card', { hasText: '审核记录' }).innerText(),
      /2025-07-02 09:30\s+本人\s+提交报名[\s\S]*2025-07-03 10:00\s+福州市第一总医院\s+退回修改\s+身份证照片反光\s+2025-07-06 17:00[\s\S]*2025-07-04 08:15\s+本人\s+修改后重新提交/,
    );
    assert.deepEqual(await violations(), []);
    await shoot('base-application');

    await page.getByRole('button', { name: '退回修改' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '退回修改' }).click();
    await dialog.getByText('请填写原因').waitFor();
    await dialog.getByText('请选择修改截止时间').waitFor();
    assert.equal(decisions.length, 0, 'nothing is sent without a reason and a deadline');
    await dialog.getByLabel('退回原因（报名人可见）').fill('毕业证书照片不清晰');
    await dialog.getByLabel('修改截止时间（北京时间）').fill('2025-07-10 17:00');
    await dialog.getByLabel('修改截止时间（北京时间）').press('Enter');
    await dialog.getByRole('button', { name: '退回修改' }).click();
    await dialog.getByText('报名信息已被修改，请刷新后重试').waitFor();
    assert.ok(await dialog.getByText('错误代码：APPLICATION_CHANGED').isVisible());
    assert.deepEqual(await violations('.ant-modal'), []);
    await shoot('base-return');
    await dialog.getByRole('button', { name: '退回修改' }).click();
    await page.getByText('基地退回修改：毕业证书照片不清晰').or(page.getByText('培训基地退回修改：毕业证书照片不清晰')).waitFor();
    assert.deepEqual(decisions[1], { decision: 'RETURN', reason: '毕业证书照片不清晰', correctBy: '2025-07-10T17:00:00+08:00', expectedVersion: 3 });
    // Returned: nothing left for this level to decide.
    assert.equal(await page.getByRole('button', { name: '审核通过' }).count(), 0);
    await close();
  });

  it('a base sees the scores it stored in the entry fields, per choice round; imports a file checked row by row; enters one score', async () => {
    const imports: string[] = [];
    const saved: Array<{ path: string; body: Record<string, unknown> }> = [];
    let second = storedScores('SECOND', [[105, '郑凯', null], [106, '赵敏', 79]]);
    await open(BASE, '/base/recruitment/scores', {
      'GET /recruitment/rounds/11/assessment-scores/FIRST': () => ({ json: storedScores('FIRST', [[105, '郑凯', 86], [107, '钱进', null]]) }),
      'GET /recruitment/rounds/11/assessment-scores/SECOND': () => ({ json: second }),
      'POST /recruitment/rounds/11/assessment-scores/SECOND/import': (request, url) => {
        imports.push(`${url.pathname} commit=${url.searchParams.get('commit')} ${request.headers()['content-type']?.split(';')[0]}`);
        return { json: IMPORT_WITH_ERRORS };
      },
      'PUT /recruitment/rounds/11/assessment-scores/SECOND/105': (request, url) => {
        saved.push({ path: url.pathname, body: json(request) });
        second = storedScores('SECOND', [[105, '郑凯', 88.5], [106, '赵敏', 79]]);
        return { json: { applicationId: 105, baseId: 4, kind: 'SECOND', score: 88.5 } satisfies Schemas['RankingScoreView'] };
      },
    });
    await page.getByRole('heading', { level: 2, name: '招录考核成绩' }).waitFor();
    await page.getByRole('row', { name: /钱进/ }).waitFor();
    assert.deepEqual(queries('GET /recruitment/rounds/11/assessment-scores/FIRST')[0], { page: '1', pageSize: '20' });
    // What was stored shows in its field, marked as entered; an applicant without a score has an empty field.
    assert.equal(await page.getByRole('spinbutton', { name: '郑凯的成绩' }).inputValue(), '86.00');
    assert.ok(await page.getByRole('row', { name: /郑凯/ }).getByText('已录入').isVisible());
    assert.equal(await page.getByRole('button', { name: '保存成绩：郑凯' }).isDisabled(), true);
    assert.equal(await page.getByRole('spinbutton', { name: '钱进的成绩' }).inputValue(), '');
    assert.ok(await page.getByRole('row', { name: /钱进/ }).getByText('未录入').isVisible());
    await shoot('base-scores-first');
    await page.locator('label', { hasText: '第二志愿' }).click();
    assert.equal(await page.getByRole('radio', { name: '第二志愿' }).isChecked(), true);
    await page.getByRole('row', { name: /赵敏/ }).waitFor();
    assert.equal(await page.getByRole('spinbutton', { name: '赵敏的成绩' }).inputValue(), '79.00');
    assert.equal(await page.getByRole('row', { name: /钱进/ }).count(), 0, 'another round’s applicants are not listed');
    await page.locator('input[type=file]').setInputFiles({ name: '考核成绩.csv', mimeType: 'text/csv', buffer: Buffer.from('证件号码,姓名,成绩\r\n') });
    await page.getByRole('button', { name: '上传并检查' }).click();
    await page.getByText('文件共 3 行，其中 2 行有错误，不能提交。').waitFor();
    assert.deepEqual(imports, ['/api/recruitment/rounds/11/assessment-scores/SECOND/import commit=false multipart/form-data']);
    const errors = await page.locator('table', { has: page.locator('caption', { hasText: '有错误的行' }) }).innerText();
    assert.match(errors, /3\s+赵敏x[\s\S]*姓名与证件号码不符[\s\S]*“赵敏”不一致/);
    assert.match(errors, /4\s+孙丽[\s\S]*成绩无效/);
    assert.doesNotMatch(errors, /郑凯/, 'only the rows in error');
    assert.equal(await page.getByRole('button', { name: '提交导入' }).count(), 0, 'a file with errors offers no commit');

    await page.getByRole('spinbutton', { name: '郑凯的成绩' }).fill('88.5');
    await page.getByRole('row', { name: /郑凯/ }).getByText('未保存').waitFor();
    await page.getByRole('button', { name: '保存成绩：郑凯' }).click();
    await page.getByText('已保存成绩 88.5').waitFor();
    assert.deepEqual(saved, [{ path: '/api/recruitment/rounds/11/assessment-scores/SECOND/105', body: { score: 88.5 } }]);
    // Read again after the save: the field now shows the stored score.
    await page.getByRole('row', { name: /郑凯/ }).getByText('已录入').waitFor();
    assert.equal(await page.getByRole('spinbutton', { name: '郑凯的成绩' }).inputValue(), '88.50');
    assert.equal(queries('GET /recruitment/rounds/11/assessment-scores/SECOND').length, 2);
    // The centre's ranking score is not a base's to enter.
    assert.ok(sent.every((s) => !s.key.includes('ranking-scores')));
    assert.deepEqual(await violations(), []);
    await shoot('base-scores');
    await close();
  });

  it('a base records an arrival (the day) and a no-show (the reason); the return lists who did not report and why', async () => {
    const recorded: Array<{ key: string; body: Record<string, unknown> }> = [];
    let placements = PLACEMENTS;
    await open(BASE, '/base/recruitment/placements', {
      'GET /recruitment/rounds/11/placements': () => ({ json: placements }),
      'GET /recruitment/rounds/11/returns': () => ({ json: RETURNS }),
      'POST /recruitment/rounds/11/placements/105/arrival': (request) => {
        recorded.push({ key: 'arrival', body: json(request) });
        placements = placements.map((p) => (p.applicationId === 105 ? { ...p, status: 'REPORTED', reportedOn: '2025-08-20', traineeId: 78 } : p));
        return { json: placements[0] };
      },
      'POST /recruitment/rounds/11/placements/106/no-show': (request) => {
        recorded.push({ key: 'no-show', body: json(request) });
        if (recorded.filter((r) => r.key === 'no-show').length === 1) return { status: 409, json: refusal('REPORTING_REFUSED', '报到登记不符合规定', 'The record is refused') };
        placements = placements.map((p) => (p.applicationId === 106 ? { ...p, status: 'NO_SHOW', noShowReason: '已被其他单位录用' } : p));
        return { json: placements[1] };
      },
    });
    await page.getByRole('heading', { level: 2, name: '招录报到' }).waitFor();
    const admitted = page.locator('.ant-card', { hasText: '录取名单' });
    await admitted.getByRole('row', { name: /郑凯/ }).waitFor();
    // Only those still to report can be recorded.
    assert.equal(await admitted.getByRole('row', { name: /钱进/ }).getByRole('button').count(), 0);
    await page.getByRole('button', { name: '登记报到：郑凯' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('报到日期（北京时间，培训自该日开始）').fill('2025-08-20');
    await dialog.getByLabel('报到日期（北京时间，培训自该日开始）').press('Enter');
    await dialog.getByRole('button', { name: '确认登记' }).click();
    await page.getByText('已登记郑凯报到').waitFor();
    await admitted.getByRole('row', { name: /郑凯/ }).getByText('报到日期：2025-08-20').waitFor();

    await page.getByRole('button', { name: '登记未报到：赵敏' }).click();
    const noShow = page.getByRole('dialog', { name: '登记未报到：赵敏' });
    // The base is told before it confirms: the place goes, and the applicant reads the reason in their messages.
    await noShow.getByText('系统会通过消息中心告知本人，消息中含此原因').waitFor();
    await noShow.getByRole('button', { name: '确认登记' }).click();
    await noShow.getByText('请填写未报到原因').waitFor();
    await noShow.getByLabel('未报到原因（写入报到情况汇总）').fill('已被其他单位录用');
    await shoot('base-no-show');
    await noShow.getByRole('button', { name: '确认登记' }).click();
    await noShow.getByText('报到登记不符合规定').waitFor();
    await noShow.getByRole('button', { name: '确认登记' }).click();
    await page.getByText('已登记赵敏未报到，已通过消息中心告知本人').waitFor();
    assert.deepEqual(recorded, [
      { key: 'arrival', body: { reportedOn: '2025-08-20' } },
      { key: 'no-show', body: { reason: '已被其他单位录用' } },
      { key: 'no-show', body: { reason: '已被其他单位录用' } },
    ]);
    assert.match(await page.locator('table', { has: page.locator('caption', { hasText: '各基地合计' }) }).innerText(), /福州市第一总医院\s+3\s+1\s+0\s+2/);
    assert.ok(await page.getByRole('button', { name: '导出汇总 Excel' }).isVisible());
    assert.deepEqual(await violations(), []);
    await shoot('base-placements');
    await close();
  });

  it('a city commission reviews at its level when it is its turn, reads the rest, and narrows by base', async () => {
    const decisions: Array<Record<string, unknown>> = [];
    await open(CITY, '/city/recruitment/applications', {
      'GET /recruitment/applications': () => ({ json: CITY_PAGE }),
      'GET /recruitment/applications/102/review-history': () => ({ json: reviewHistory(102) }),
      'GET /recruitment/applications/102': () => ({ json: applicationView(102, '陈静', { applicantType: 'EMPLOYED', employerCityId: 2, employerCityName: '福州市', nextReviewer: 'CITY', nextReviewerLabel: { zh: '设区市卫健委审核', en: 'City' }, documents: [] }) }),
      'GET /recruitment/applications/104/review-history': () => ({ json: reviewHistory(104) }),
      'GET /recruitment/applications/104': () => ({ json: applicationView(104, '吴芳', { applicantType: 'EMPLOYED', employerCityName: '福州市', documents: [] }) }),
      'POST /recruitment/applications/102/review': (request) => {
        decisions.push(json(request));
        return { json: applicationView(102, '陈静', { status: 'IN_REVIEW', nextReviewer: 'CENTRE', nextReviewerLabel: { zh: '省级复核', en: 'Centre' }, documents: [], version: 4 }) };
      },
    });
    await page.getByRole('heading', { level: 2, name: '招录报名' }).waitFor();
    await page.getByText('共 2 条').waitFor();
    assert.deepEqual(await page.getByRole('navigation', { name: '招录工作' }).getByRole('link').allInnerTexts(), ['招录计划', '报名审核']);
    await choose('招录计划', '2025年福建省助理全科医生培训招录（2025）');
    await choose('培训基地', '福州市第一总医院');
    await page.waitForTimeout(200);
    assert.deepEqual(queries('GET /recruitment/applications').at(-1), { status: 'IN_REVIEW', roundId: '11', baseId: '4', page: '1', pageSize: '20' });
    assert.deepEqual(await violations(), []);
    await shoot('city-list');

    await page.getByRole('button', { name: '查看：吴芳' }).click();
    await page.getByRole('heading', { level: 2, name: /吴芳/ }).waitFor();
    await page.getByText('现在由培训基地初审审核，本级只能查看。').waitFor();
    assert.equal(await page.getByRole('button', { name: '审核通过' }).count(), 0);
    await page.getByRole('link', { name: '返回报名列表' }).click();

    await page.getByRole('button', { name: '查看与审核：陈静' }).click();
    await page.getByRole('heading', { level: 2, name: /陈静/ }).waitFor();
    await page.getByRole('button', { name: '审核通过' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '确认通过' }).click();
    await page.getByText('现在由省级复核审核，本级只能查看。').waitFor();
    assert.deepEqual(decisions, [{ decision: 'APPROVE', expectedVersion: 3 }]);
    assert.deepEqual(await violations(), []);
    await shoot('city-application');
    await close();
  });

  it('孝感市’s city commission is its round’s authority: it gets the authority pages, with its rounds’ configuration', async () => {
    await open(XIAOGAN, '/city/recruitment', {
      'GET /recruitment/rounds/21': () => ({
        json: {
          ...ROUND_DETAIL,
          id: 21,
          code: 'XG-2023',
          name: '2023年孝感市助理全科医生培训招录',
          jurisdiction: 'XIAOGAN',
          jurisdictionName: XIAOGAN_STANDING.jurisdictionName,
          choicesMax: 1,
          // Its notice gives no assessment days: the round says they come later.
          ranking: {
            kind: 'BASE_ASSESSMENT',
            rounds: [
              { round: 'FIRST', label: { zh: '第一志愿', en: 'first choices' }, assessment: { opensAt: null, closesAt: null }, resultsVisibleAt: null },
              { round: 'ADJUSTMENT', label: { zh: '调剂', en: 'adjustment' }, assessment: { opensAt: '2023-07-10T08:00:00+08:00', closesAt: '2023-07-10T17:00:00+08:00' }, resultsVisibleAt: '2023-07-12T09:00:00+08:00' },
            ],
          },
          admissionRule: {
            mechanism: 'SEQUENTIAL_CHOICES',
            adjustment: { enabled: true, preference: 'NONE', rankBy: 'ADJUSTMENT_SCORE' },
            summary: { zh: '按第一志愿由基地考核录取，之后调剂（按调剂考核成绩）', en: 'first choices admitted by the bases’ assessments, then adjustment (by the adjustment assessment)' },
          },
        } satisfies Schemas['RecruitmentRoundDetail'],
      }),
    });
    await page.getByRole('heading', { level: 2, name: '招录计划' }).waitFor();
    await page.waitForURL(`${origin}/city/recruitment/rounds`);
    assert.deepEqual(await page.getByRole('navigation', { name: '招录工作' }).getByRole('link').allInnerTexts(), ['招录计划', '报名审核', '考核与排名成绩', '录取', '报到与名单']);
    await page.getByText('湖北省孝感市的招录计划（本部门为招录主管部门）', { exact: false }).waitFor();
    assert.match(await page.locator('.ant-card', { hasText: '招录名额' }).innerText(), /福州市第一总医院[\s\S]*10\s+5\s+15/);
    // How the round admits, and each choice round's assessment as its notice gives it.
    const overview = await page.locator('.ant-card', { hasText: 'XG-2023' }).innerText();
    assert.match(overview, /录取方式\s*按第一志愿由基地考核录取，之后调剂（按调剂考核成绩）/);
    assert.match(overview, /排名依据\s*各培训基地按志愿轮次考核/);
    assert.match(overview, /最多 1 个/);
    const schedule = await page.locator('.ant-card', { hasText: '基地考核安排' }).innerText();
    assert.match(schedule, /第一志愿\s*考核时间 另行通知；结果公布 另行通知/);
    assert.match(schedule, /调剂\s*考核时间 2023-07-10 08:00 至 2023-07-10 17:00；结果公布 2023-07-12 09:00/);
    assert.deepEqual(await violations(), []);
    await shoot('xiaogan-rounds');
    await close();
  });

  it('the authority previews a run and publishes it behind a confirmation with its counts; refusals are explained', async () => {
    let runs: Schemas['AdmissionRunView'][] = [];
    let stages = FUJIAN_STAGES;
    let publishes = 0;
    await open(CENTRE, '/centre/recruitment/admission', {
      'GET /recruitment/rounds/11/admission-runs/stages': () => ({ json: stages }),
      'GET /recruitment/rounds/11/admission-runs': () => ({ json: runs }),
      'POST /recruitment/rounds/11/admission-runs': () => {
        runs = [RUN_PREVIEW];
        return { status: 201, json: RUN_PREVIEW };
      },
      'GET /recruitment/rounds/11/admission-runs/31/outcomes': () => ({ json: OUTCOMES }),
      'POST /recruitment/rounds/11/admission-runs/31/publish': () => {
        publishes += 1;
        if (publishes === 1) return { status: 409, json: refusal('ADMISSION_INPUTS_CHANGED', '预览后报名或成绩已变化，请重新预览', 'Applications or scores changed since the preview; preview again') };
        if (publishes === 2) return { status: 409, json: refusal('ADMISSION_ALREADY_PUBLISHED', '本批次录取结果已发布', 'This round’s admission is already published') };
        runs = [RUN_PUBLISHED];
        stages = FUJIAN_STAGES_PUBLISHED;
        return { json: RUN_PUBLISHED };
      },
    });
    await page.getByRole('heading', { level: 2, name: '录取' }).waitFor();
    await page.getByText('还没有录取方案：请先生成录取预览').waitFor();
    // Fujian publishes once: the default stage is the final one (every round).
    assert.equal(await page.locator('.ant-form-item', { hasText: '计算至' }).locator('.ant-select-selection-item').innerText(), '调剂录取（最终结果）');
    await page.getByRole('button', { name: '生成录取预览' }).click();
    await page.getByText('录取方案 #31').waitFor();
    assert.deepEqual(json(sent.find((each) => each.key === 'POST /recruitment/rounds/11/admission-runs')!.request), { through: 'ADJUSTMENT' });
    const tracks = await page.locator('.ant-card', { hasText: '各基地录取情况' }).innerText();
    assert.match(tracks, /福州市第一总医院\s+单位人\s+10\s+10\s+0\s+78\.5/);
    assert.match(tracks, /厦门市第一医院\s+社会人\s+4\s+3\s+1\s+69/);
    await page.getByText('第一志愿 福州市第一总医院：综合排名第 31 位，该基地录取至第 5 位，轮到您时名额已满，未被录取。').waitFor();
    assert.deepEqual(await violations(), []);
    await shoot('authority-preview');

    await page.getByRole('button', { name: '发布录取结果' }).click();
    const dialog = page.getByRole('dialog', { name: '确认发布录取结果' });
    assert.match(await dialog.innerText(), /参与录取 40 人，录取 25 人，未录取 15 人；招录名额 27 个，剩余 2 个/);
    assert.deepEqual(await violations('.ant-modal'), []);
    await shoot('authority-publish-confirm');
    await dialog.getByRole('button', { name: '确认发布' }).click();
    await page.getByText('发布未完成：预览后报名或成绩已变化，请重新预览').waitFor();
    await page.getByText('生成预览后，审核结果、成绩或计划又有变化（预览已过时）', { exact: false }).waitFor();
    await page.getByRole('button', { name: '发布录取结果' }).click();
    await dialog.getByRole('button', { name: '确认发布' }).click();
    await page.getByText('发布未完成：本批次录取结果已发布').waitFor();
    await page.getByText('该阶段（或其后的阶段）的录取结果已经发布，不能再次发布。').waitFor();
    await shoot('authority-publish-refused');
    await page.getByRole('button', { name: '发布录取结果' }).click();
    await dialog.getByRole('button', { name: '确认发布' }).click();
    await page.getByText('本招录计划的录取结果已全部发布。').waitFor();
    assert.equal(publishes, 3);
    assert.equal(await page.getByRole('button', { name: '发布录取结果' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: '生成录取预览' }).isDisabled(), true);
    assert.match(await page.locator('.ant-card', { hasText: '录取阶段' }).first().innerText(), /志愿录取[\s\S]*已由后续阶段一并发布[\s\S]*调剂录取（最终结果）[\s\S]*已发布（方案 #31）/);
    await close();
  });

  it('a round published round by round (Chongqing): the stages with their results days, the next stage chosen, the preview continuing the published one', async () => {
    let runs: Schemas['AdmissionRunView'][] = [CHONGQING_FIRST_RUN];
    await open(CHONGQING, '/centre/recruitment/admission', {
      'GET /recruitment/rounds/41': () => ({ json: { ...ROUND_DETAIL, id: 41, code: 'CQ-2025', name: CHONGQING_ROUNDS[0].name, jurisdiction: 'CHONGQING' } }),
      'GET /recruitment/rounds/41/admission-runs/stages': () => ({ json: CHONGQING_STAGES }),
      'GET /recruitment/rounds/41/admission-runs': () => ({ json: runs }),
      'POST /recruitment/rounds/41/admission-runs': () => {
        runs = [CHONGQING_SECOND_PREVIEW, CHONGQING_FIRST_RUN];
        return { status: 201, json: CHONGQING_SECOND_PREVIEW };
      },
      'GET /recruitment/rounds/41/admission-runs/51/outcomes': () => ({ json: CHONGQING_OUTCOMES }),
      'GET /recruitment/rounds/41/admission-runs/52/outcomes': () => ({ json: CHONGQING_OUTCOMES }),
    });
    await page.getByRole('heading', { level: 2, name: '录取' }).waitFor();
    await page.getByText('已发布至第一志愿录取；后续阶段在此基础上计算', { exact: false }).waitFor();
    const table = await page.locator('.ant-card', { hasText: '录取阶段' }).first().innerText();
    assert.match(table, /第一志愿录取\s+2025-04-26 00:00\s+已发布（方案 #51）/);
    assert.match(table, /第二志愿录取\s+2025-04-28 00:00\s+待计算/);
    assert.match(table, /调剂录取（最终结果）\s+2025-04-30 00:00\s+待计算/);
    // The published first stage is shown, and cannot be published again.
    await page.getByText('录取方案 #51').waitFor();
    assert.equal(await page.getByRole('button', { name: '发布录取结果' }).count(), 0);

    await page.locator('.ant-form-item', { hasText: '计算至' }).locator('.ant-select-selector').click();
    assert.deepEqual(await settledOptions(page), ['第二志愿录取', '调剂录取（最终结果）']);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '第二志愿录取' }).click();
    await page.getByRole('button', { name: '生成录取预览' }).click();
    await page.getByText('录取方案 #52').waitFor();
    assert.deepEqual(json(sent.find((each) => each.key === 'POST /recruitment/rounds/41/admission-runs')!.request), { through: 'SECOND' });
    const run = await page.locator('.ant-card', { hasText: '录取方案 #52' }).first().innerText();
    assert.match(run, /第二志愿录取，接续已发布方案 #51/);
    assert.match(run, /2025-04-28 00:00/);
    assert.match(await page.locator('.ant-card', { hasText: '各基地录取情况' }).innerText(), /重庆市合川区人民医院[\s\S]*第一志愿 0 人；第二志愿 1 人（最低 70）/);
    assert.deepEqual(await violations(), []);
    await shoot('authority-stage-preview');
    await close();
  });

  it('every other authority page passes axe: rounds, review queue, ranking scores, placements', async () => {
    const pages: Array<[string, string, Handlers]> = [
      ['/centre/recruitment/rounds', '招录计划', {}],
      ['/centre/recruitment/applications', '招录报名审核', { 'GET /recruitment/applications': () => ({ json: CITY_PAGE }) }],
      ['/centre/recruitment/scores', '招录排名成绩', { 'GET /recruitment/rounds/11/ranking-scores': () => ({ json: storedScores('RANKING', [[105, '郑凯', 91.5], [106, '赵敏', null]]) }) }],
      [
        '/centre/recruitment/placements',
        '报到与录取名单',
        { 'GET /recruitment/rounds/11/placements': () => ({ json: PLACEMENTS }), 'GET /recruitment/rounds/11/returns': () => ({ json: RETURNS }) },
      ],
    ];
    for (const [path, title, handlers] of pages) {
      await open(CENTRE, path, handlers);
      await page.getByRole('heading', { level: 2, name: title }).waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await violations(), [], path);
      await shoot(`authority-${path.split('/').at(-1)}`);
      // A central ranking round says so, and has no base assessment schedule.
      if (path.endsWith('rounds')) {
        await page.getByText('平行志愿，按省级排名成绩录取，之后调剂（优先调剂到工作单位所在市的基地）').waitFor();
        assert.equal(await page.locator('.ant-card', { hasText: '基地考核安排' }).count(), 0);
      }
      // The authority's ranking scores stored so far fill their fields.
      if (path.endsWith('scores')) assert.equal(await page.getByRole('spinbutton', { name: '郑凯的成绩' }).inputValue(), '91.50');
      // The authority's placements are an overview: recording is the base's.
      if (path.endsWith('placements')) assert.equal(await page.getByRole('button', { name: /登记报到/ }).count(), 0);
      await close();
    }
  });
});
