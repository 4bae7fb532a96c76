import axe from 'axe-core';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import {
  ADMITTED,
  FIRST_STAGE_NOT_YET,
  APPLICANT_LOGIN,
  APPROVED,
  CHONGQING_ROUND,
  DRAFT,
  DRAFT_COMPLETE,
  DRAFT_ID_FRONT,
  DRAFT_WITH_CHOICES,
  HISTORY_APPROVED,
  HISTORY_RESUBMITTED,
  HISTORY_RETURNED,
  HISTORY_SUBMITTED,
  NOW,
  RETURNED,
  ROUND,
  ROUND_RESULTS_OUT,
  ROUND_SUMMARY,
  SUBMITTED,
  TRAINEE_LOGIN,
} from './support/recruitment-fixtures.ts';

declare global {
  interface Window {
    axe: typeof axe;
  }
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = fileURLToPath(new URL('../../../var/web-test/recruitment-applicant', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../../var/screenshots/portal', import.meta.url));
const JPEG = readFileSync(fileURLToPath(new URL('./fixtures/candidate/photo.jpg', import.meta.url)));
/** A PNG's first bytes: the API judges the content, not the name. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

interface Answer {
  status?: number;
  json?: unknown;
  body?: Buffer;
  headers?: Record<string, string>;
}
type Handler = Answer | ((request: Request) => Answer);
type Routes = Record<string, Handler>;

interface Sent {
  key: string;
  body: string | null;
}

const refusal = (status: number, code: string, zh: string, details?: unknown): Answer => ({ status, json: { code, message: { zh, en: code }, ...(details === undefined ? {} : { details }) } });

describe('Recruitment pages of an applicant', () => {
  let server: PreviewServer;
  let browser: Browser;
  let origin: string;

  before(async () => {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
    server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { host: '127.0.0.1', port: 0, strictPort: true } });
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

  /** Opens `path` (logged in as `login`, unless null) with the API stubbed by `routes`; the computer's zone is UTC. */
  async function open(path: string, routes: Routes, login: typeof APPLICANT_LOGIN | null = APPLICANT_LOGIN, width = 1280): Promise<{ page: Page; sent: Sent[]; errors: string[] }> {
    const page = await browser.newPage({ locale: 'zh-CN', timezoneId: 'UTC', viewport: { width, height: 900 }, acceptDownloads: true });
    await page.clock.setFixedTime(NOW);
    const sent: Sent[] = [];
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const defaults: Routes = {
      'POST /auth/refresh': { json: login },
      'GET /me/messages/unread-count': { json: { unread: 0 } },
      'GET /recruitment/rounds': { json: [ROUND_SUMMARY] },
      'GET /recruitment/rounds/3': { json: ROUND },
    };
    await page.route('**/api/**', async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      const key = `${request.method()} ${url.pathname.replace(/^\/api/, '')}`;
      sent.push({ key, body: request.postData() });
      const handler = routes[key] ?? defaults[key];
      if (!handler) return route.fulfill({ status: 404, json: { code: 'NOT_FOUND', message: { zh: '资源不存在', en: 'Not found' } } });
      const answer = typeof handler === 'function' ? handler(request) : handler;
      if (answer.body) return route.fulfill({ status: answer.status ?? 200, body: answer.body, headers: answer.headers });
      return route.fulfill({ status: answer.status ?? 200, json: answer.json, headers: answer.headers });
    });
    if (login) await page.addInitScript(() => sessionStorage.setItem('agp.refresh', 'refresh'));
    await page.goto(`${origin}${path}`);
    return { page, sent, errors };
  }

  async function expectAccessible(page: Page): Promise<void> {
    await page.mouse.move(0, 0);
    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate(async () =>
      (await window.axe.run(document)).violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) })),
    );
    assert.deepEqual(violations, []);
  }

  /** Full page at desktop width, then at 375 px: nothing wider than the phone. */
  async function screenshots(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `${SCREENSHOTS}/recruitment-applicant-${name}.png`, fullPage: true });
    await page.setViewportSize({ width: 375, height: 740 });
    await page.waitForTimeout(150);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(overflow <= 375, `${name}: the page is ${overflow} px wide on a 375 px phone`);
    await page.screenshot({ path: `${SCREENSHOTS}/recruitment-applicant-${name}-375.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it('RC-1 registration as an applicant: a refused password shown at the field, then the account lands on recruitment', async () => {
    let attempts = 0;
    const { page, sent, errors } = await open('/login', {
      'POST /recruitment/applicants': () =>
        ++attempts === 1 ? refusal(400, 'PASSWORD_CONTAINS_USERNAME', '密码不能包含用户名') : { status: 201, json: APPLICANT_LOGIN },
      'GET /me/recruitment/applications': { json: [] },
    }, null);
    await page.getByRole('link', { name: '注册招录报名账号' }).click();
    await page.getByRole('heading', { name: '招录报名注册' }).waitFor();
    assert.equal(await page.getByRole('radio', { name: '招录报名（新学员）' }).isChecked(), true);
    await page.getByLabel('姓名').fill('林晓');
    await page.getByLabel('证件号码').fill('350102200001010023');
    await page.getByLabel('手机号码').fill('1380000');
    await page.getByLabel('用户名').fill('linxiao');
    await page.getByLabel('密码').fill('linxiao-2025');
    await page.getByRole('button', { name: '注册并进入招录报名' }).click();
    // The phone is checked here first, at its field.
    await page.getByText('请填写 11 位手机号码').waitFor();
    assert.equal(attempts, 0);
    await page.getByLabel('手机号码').fill('13800000000');
    await page.getByRole('button', { name: '注册并进入招录报名' }).click();
    const passwordItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('密码') });
    await passwordItem.getByText('密码不能包含用户名').waitFor();
    await expectAccessible(page);
    await screenshots(page, 'register-error');
    await page.getByLabel('密码').fill('Fj#clinic-2025');
    await page.getByRole('button', { name: '注册并进入招录报名' }).click();
    await page.getByRole('heading', { level: 2, name: '招录报名', exact: true }).waitFor();
    assert.match(page.url(), /\/candidate\/recruitment$/);
    const body = JSON.parse(sent.filter((each) => each.key === 'POST /recruitment/applicants').at(-1)!.body!) as Record<string, string>;
    assert.deepEqual(body, { name: '林晓', idType: 'RESIDENT_ID', idNumber: '350102200001010023', phone: '13800000000', username: 'linxiao', password: 'Fj#clinic-2025' });
    // An applicant's menu: recruitment and messages, none of the trainee's pages.
    const menu = page.getByRole('navigation', { name: '主菜单' });
    await menu.getByRole('link', { name: '招录报名' }).waitFor();
    await menu.getByRole('link', { name: /消息中心/ }).waitFor();
    for (const hidden of ['考核报名', '准考证', '成绩与有效期', '我的首页']) assert.equal(await menu.getByRole('link', { name: hidden }).count(), 0, hidden);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a trainee keeps their menu, with recruitment added, and is told their account cannot apply', async () => {
    const { page, sent } = await open('/candidate/recruitment', {}, TRAINEE_LOGIN);
    await page.getByText('您当前使用的是结业考核考生账号').waitFor();
    const menu = page.getByRole('navigation', { name: '主菜单' });
    for (const shown of ['我的首页', '考核报名', '准考证', '成绩与有效期', '招录报名']) await menu.getByRole('link', { name: shown }).waitFor();
    assert.equal(sent.filter((each) => each.key === 'GET /me/recruitment/applications').length, 0, 'a trainee has no applications to ask for');
    await page.close();
  });

  it('RC-1 … RC-4: fill in, a refused upload in the API\'s words, choices with adjustment, submit; then the verdict and the review timeline', async () => {
    let current: typeof DRAFT | null = null;
    let created = 0;
    const { page, sent, errors } = await open('/candidate', {
      'GET /me/recruitment/applications': () => ({ json: current ? [current] : [] }),
      'POST /me/recruitment/rounds/3/applications': () => {
        if (++created === 1) return refusal(400, 'APPLICANT_FACTS_INVALID', '报名信息填写不完整或不合法', { problems: [{ path: 'facts.education.graduationYear', message: { zh: '须为 1950–2026 之间的年份', en: 'must be a year' } }] });
        current = DRAFT;
        return { status: 201, json: DRAFT };
      },
      'PUT /me/recruitment/applications/57/documents/ID_FRONT': (request) => {
        const bytes = request.postDataBuffer() ?? Buffer.alloc(0);
        if (bytes.includes(PNG.subarray(0, 8))) return refusal(415, 'DOCUMENT_NOT_JPEG', '材料须为 JPG 格式图片（按文件内容判断，改扩展名无效）');
        current = DRAFT_ID_FRONT;
        return { json: DRAFT_ID_FRONT };
      },
      'PUT /me/recruitment/applications/57/documents/ID_BACK': () => ((current = { ...DRAFT_COMPLETE, documents: DRAFT_COMPLETE.documents.slice(0, 2), documentCheck: { complete: false, missing: DRAFT.documentCheck.missing.slice(1) } }), { json: current }),
      'PUT /me/recruitment/applications/57/documents/DIPLOMA': () => ((current = DRAFT_COMPLETE), { json: DRAFT_COMPLETE }),
      'GET /recruitment/applications/57/documents/ID_FRONT': { body: JPEG, headers: { 'content-type': 'image/jpeg' } },
      'PUT /me/recruitment/applications/57/choices': () => ((current = DRAFT_WITH_CHOICES), { json: DRAFT_WITH_CHOICES }),
      'POST /me/recruitment/applications/57/submit': () => ((current = SUBMITTED), { json: SUBMITTED }),
      'GET /recruitment/applications/57/review-history': { json: HISTORY_SUBMITTED },
    });
    // An applicant's home is the recruitment page.
    await page.getByRole('heading', { level: 2, name: '招录报名', exact: true }).waitFor();
    assert.match(page.url(), /\/candidate\/recruitment$/);
    await page.getByText('您还没有招录报名').waitFor();
    assert.match(await page.locator('[data-round="FJ-2025"]').innerText(), /2025-06-25 00:00 至 2025-07-10 17:00[\s\S]*距报名截止还有 9 天 7 小时/);
    await expectAccessible(page);
    await screenshots(page, 'rounds');

    await page.getByRole('button', { name: '查看招录计划并报名' }).click();
    await page.getByRole('heading', { level: 2, name: ROUND.name }).waitFor();
    // Quotas per base and type.
    // How the round admits, in plain words.
    await page.getByTestId('admission-rule').getByText('平行志愿，按省级排名成绩录取，之后调剂（优先调剂到工作单位所在市的基地）').waitFor();
    const plan = page.getByRole('table', { name: '各培训基地招录计划' });
    assert.match(await plan.getByRole('row', { name: /漳州市医院/ }).innerText(), /6\s+0\s+6/);
    await page.getByText('尚未与任何医疗卫生机构建立劳动关系的人员').waitFor();
    await page.getByRole('radio', { name: /社会人/ }).check();
    await page.getByRole('button', { name: '创建报名并下一步' }).click();
    // The server's problem at its field.
    const yearItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('毕业年份') });
    await yearItem.getByText('须为 1950–2026 之间的年份').waitFor();
    await expectAccessible(page);
    await screenshots(page, 'profile-error');
    await page.getByRole('button', { name: '创建报名并下一步' }).click();
    await page.getByRole('heading', { name: '第二步：上传报名材料' }).waitFor();
    const create = JSON.parse(sent.filter((each) => each.key === 'POST /me/recruitment/rounds/3/applications').at(-1)!.body!) as { applicantType: string; employerCityId: unknown; facts: Record<string, unknown> };
    assert.equal(create.applicantType, 'INDEPENDENT');
    assert.equal(create.employerCityId, null);
    assert.deepEqual(create.facts.education, { level: 'COLLEGE', major: 'CLINICAL_MEDICINE', fullTime: true, lengthYears: 3, graduationYear: 2025, diplomaHeld: true, overseas: false });
    assert.equal(create.facts.employment, null);

    // Documents: what is missing in the API's words; a PNG named .jpg refused with its message.
    await page.getByText('身份证正反面：缺少身份证人像面、身份证国徽面').waitFor();
    await page.getByLabel('选择身份证人像面文件').setInputFiles({ name: 'id.jpg', mimeType: 'image/jpeg', buffer: PNG });
    await page.locator('[data-kind="ID_FRONT"]').getByRole('alert').getByText('材料须为 JPG 格式图片（按文件内容判断，改扩展名无效）').waitFor();
    await expectAccessible(page);
    await screenshots(page, 'document-refused');
    // Too large for the round: refused before it is sent.
    await page.getByLabel('选择身份证人像面文件').setInputFiles({ name: 'big.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([JPEG, Buffer.alloc(310_000)]) });
    await page.locator('[data-kind="ID_FRONT"]').getByText(/超过本批次规定的 300 KB/).waitFor();
    await page.getByLabel('选择身份证人像面文件').setInputFiles({ name: 'id.jpg', mimeType: 'image/jpeg', buffer: JPEG });
    await page.locator('[data-kind="ID_FRONT"]').getByText('已上传', { exact: true }).waitFor();
    await page.getByText('身份证正反面：缺少身份证国徽面').waitFor();
    await page.getByRole('button', { name: '查看已上传的身份证人像面' }).click();
    const preview = page.getByRole('dialog', { name: '已上传的身份证人像面' });
    await preview.getByRole('img', { name: '已上传的身份证人像面' }).waitFor();
    assert.ok(await preview.getByRole('img', { name: '已上传的身份证人像面' }).evaluate((image: HTMLImageElement) => image.naturalWidth > 0), 'the stored JPEG is shown');
    // Closed once it has finished opening: a click on the close button while the dialog still zooms in can miss it.
    await page.waitForFunction(() => !document.querySelector('.ant-modal.ant-zoom-appear, .ant-modal.ant-zoom-enter'));
    await preview.locator('.ant-modal-close').click();
    await preview.waitFor({ state: 'hidden' });
    await page.getByLabel('选择身份证国徽面文件').setInputFiles({ name: 'back.jpg', mimeType: 'image/jpeg', buffer: JPEG });
    await page.getByLabel('选择毕业证书文件').setInputFiles({ name: 'diploma.jpg', mimeType: 'image/jpeg', buffer: JPEG });
    await page.getByText('所需材料已上传齐全。').waitFor();
    assert.equal(sent.filter((each) => each.key.startsWith('PUT /me/recruitment/applications/57/documents/')).length, 4, 'the oversized file was never sent');

    // Choices: only bases with seats for an INDEPENDENT applicant; adjustment explained.
    await page.getByRole('button', { name: '下一步：填报志愿' }).click();
    await page.getByRole('heading', { name: '第三步：填报志愿' }).waitFor();
    await page.getByText('被调剂录取后即视为您接受该基地').waitFor();
    await page.getByLabel('第一志愿').click();
    assert.equal(await page.locator('.ant-select-item-option').filter({ hasText: '漳州市医院' }).count(), 0, 'no seats for an INDEPENDENT applicant there');
    await page.locator('.ant-select-item-option').filter({ hasText: '福州市第一总医院' }).click();
    await page.getByLabel('第二志愿').click();
    await page.locator('.ant-select-dropdown').last().locator('.ant-select-item-option').filter({ hasText: '厦门大学附属第一医院' }).click();
    await page.getByRole('checkbox', { name: '同意调剂' }).check();
    // Both dropdowns closed (their leaving animation over): a closing one is still in the page, and in axe's way.
    await page.waitForFunction(() => !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)'));
    await expectAccessible(page);
    await page.getByRole('button', { name: '保存志愿并下一步' }).click();
    await page.getByRole('heading', { name: '第四步：确认并提交' }).waitFor();
    assert.deepEqual(JSON.parse(sent.find((each) => each.key === 'PUT /me/recruitment/applications/57/choices')!.body!), { baseIds: [101, 102], acceptsAdjustment: true, expectedVersion: 4 });

    // Submit with a confirmation.
    await page.getByRole('button', { name: '提交报名' }).click();
    const confirm = page.getByRole('dialog', { name: '确认提交报名？' });
    await confirm.getByText('弄虚作假的将取消报名和录取资格').waitFor();
    await confirm.getByRole('button', { name: '确认提交' }).click();
    assert.deepEqual(JSON.parse(sent.find((each) => each.key === 'POST /me/recruitment/applications/57/submit')!.body!), { expectedVersion: 5 });

    // The verdict rule by rule under its policy version, and the review chain.
    const verdict = page.getByTestId('verdict');
    await verdict.getByText('依据：fujian 第 2025.1 版，判定于 2025-07-01 10:10').waitFor();
    assert.match(await verdict.getByRole('row', { name: /学历与专业/ }).innerText(), /符合[\s\S]*学历为高职（专科），专业为临床医学：符合[\s\S]*学历：高职（专科）[\s\S]*RC-2\.education/);
    const timeline = page.getByTestId('timeline');
    await timeline.getByText('本人：提交报名').waitFor();
    assert.match(await timeline.innerText(), /本人：提交报名\s*2025-07-01 10:12[\s\S]*培训基地：正在审核[\s\S]*审核截止 2025-07-20 17:00[\s\S]*省全科医学中心（录取后复核）：录取后进行/);
    await timeline.getByText('等待培训基地审核').waitFor();
    await expectAccessible(page);
    await screenshots(page, 'submitted');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('RC-6 a round admitting by base assessments says so, with each choice round’s assessment days and results time in Beijing time', async () => {
    const { page, errors } = await open('/candidate/recruitment/rounds/4', { 'GET /recruitment/rounds/4': { json: CHONGQING_ROUND }, 'GET /me/recruitment/applications': { json: [] } });
    await page.getByRole('heading', { level: 2, name: CHONGQING_ROUND.name }).waitFor();
    const rule = page.getByTestId('admission-rule');
    await rule.waitFor();
    assert.deepEqual((await rule.innerText()).split('\n').map((line) => line.trim()).filter(Boolean), [
      '录取方式：按第一、二志愿顺序由基地考核录取，之后调剂（按调剂考核成绩）',
      '第一志愿：考核时间 2025-04-24 至 2025-04-25，结果公布时间 2025-04-26 00:00（北京时间）',
      '第二志愿：考核时间 2025-04-27，结果公布时间 2025-04-28 00:00（北京时间）',
      '调剂：考核时间 2025-04-29，结果公布时间 2025-04-30 00:00（北京时间）',
    ]);
    await expectAccessible(page);
    await screenshots(page, 'round-base-assessment');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('RC-2 refusal at submit: the failed rules are shown, the draft stays editable', async () => {
    const failed = { ...SUBMITTED.verdict!, eligible: false, failedRules: ['RC-2.in-training' as const], checks: SUBMITTED.verdict!.checks.map((each) => (each.rule === 'RC-2.in-training' ? { ...each, outcome: 'FAIL' as const, explanation: { zh: '正在福州市第一总医院参加助理全科医生培训：不符合', en: '' } } : each)) };
    const { page } = await open('/candidate/recruitment/rounds/3', {
      'GET /me/recruitment/applications': { json: [DRAFT_WITH_CHOICES] },
      'POST /me/recruitment/applications/57/submit': refusal(409, 'APPLICANT_NOT_ELIGIBLE', '不符合本批次报名条件，详见逐条审核结果', { verdict: failed }),
    });
    await page.getByText('提交', { exact: true }).click();
    await page.getByRole('button', { name: '提交报名' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认提交' }).click();
    await page.getByText('不符合本批次报名条件，详见逐条审核结果').waitFor();
    assert.match(await page.getByTestId('verdict').getByRole('row', { name: /在培或退培人员/ }).innerText(), /不符合[\s\S]*正在福州市第一总医院参加助理全科医生培训/);
    await page.close();
  });

  it('RC-5 a returned application: the reason and the deadline to correct, and resubmission', async () => {
    let resubmitted = false;
    const { page, sent } = await open('/candidate/recruitment', {
      'GET /me/recruitment/applications': { json: [RETURNED] },
      'POST /me/recruitment/applications/57/submit': () => ((resubmitted = true), { json: { ...SUBMITTED, version: 8 } }),
      'GET /recruitment/applications/57/review-history': () => ({ json: resubmitted ? HISTORY_RESUBMITTED : HISTORY_RETURNED }),
    });
    await page.locator('[data-application="57"]').getByText('请于 2025-07-05 17:00 前修改并重新提交').waitFor();
    await page.getByRole('link', { name: '继续填写' }).click();
    const alert = page.getByRole('alert').filter({ hasText: '报名被退回修改' });
    await alert.getByText('报名被退回修改：毕业证书照片不清晰，请重新拍摄上传').waitFor();
    assert.match(await alert.innerText(), /请于 2025-07-05 17:00 前按要求修改后重新提交（还有 4 天 7 小时），逾期未修改的视为自动放弃/);
    // The return as recorded: the base by name, its reason, the deadline to correct, and when it was returned.
    const returnStep = page.getByTestId('timeline').locator('[data-step="RETURNED"]');
    await returnStep.waitFor();
    assert.match(await returnStep.innerText(), /福州市第一总医院：退回修改\s*退回原因：毕业证书照片不清晰，请重新拍摄上传\s*请于 2025-07-05 17:00 前修改并重新提交（还有 4 天 7 小时）[\s\S]*2025-07-01 15:30/);
    assert.match(await page.getByTestId('timeline').innerText(), /本人：提交报名[\s\S]*福州市第一总医院：退回修改/);
    await expectAccessible(page);
    await screenshots(page, 'returned');
    // Still editable: the documents can be replaced, then the last step resubmits.
    await page.getByRole('button', { name: '重新上传毕业证书' }).or(page.getByText('上传材料', { exact: true })).first().waitFor();
    await page.getByText('提交', { exact: true }).click();
    await page.getByRole('heading', { name: '第四步：修改后重新提交' }).waitFor();
    await page.getByRole('button', { name: '重新提交报名' }).click();
    await page.getByRole('dialog', { name: '确认重新提交报名？' }).getByRole('button', { name: '确认提交' }).click();
    await page.getByTestId('timeline').getByText('培训基地：正在审核').waitFor();
    // Corrected: the return stays in the timeline with its reason, followed by the resubmission.
    await page.getByTestId('timeline').getByText('本人：修改后重新提交').waitFor();
    assert.match(await page.getByTestId('timeline').innerText(), /福州市第一总医院：退回修改\s*退回原因：毕业证书照片不清晰，请重新拍摄上传\s*修改截止 2025-07-05 17:00[\s\S]*本人：修改后重新提交[\s\S]*培训基地：正在审核/);
    assert.deepEqual(JSON.parse(sent.find((each) => each.key === 'POST /me/recruitment/applications/57/submit')!.body!), { expectedVersion: 7 });
    await page.close();
  });

  it('RC-6 / RC-7 results: admitted, why per choice, the reporting deadline and the admission notice', async () => {
    const { page } = await open('/candidate/recruitment/rounds/3', {
      'GET /recruitment/rounds/3': { json: ROUND_RESULTS_OUT },
      'GET /me/recruitment/applications': { json: [APPROVED] },
      'GET /recruitment/rounds/3/admission/mine': { json: ADMITTED },
      'GET /recruitment/applications/57/review-history': { json: HISTORY_APPROVED },
      'GET /recruitment/rounds/3/admission/mine/notice': {
        body: Buffer.from('%PDF-1.7\n%%EOF\n'),
        headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent('录取通知书-林晓.pdf')}` },
      },
    });
    const result = page.getByTestId('admission');
    await result.getByText('已录取', { exact: true }).waitFor();
    await result.getByText('厦门大学附属第一医院（第二志愿录取）').waitFor();
    await result.getByText(/第一志愿 福州市第一总医院（社会人名额）：您的排名第 23 位，该基地本轮录取至第 20 位（最低分 81.5），未被录取。/).waitFor();
    assert.match(await result.innerText(), /报到截止\s*2025-08-20 17:00（还有 50 天 7 小时）/);
    await page.getByTestId('timeline').getByText('福州市第一总医院：审核通过').waitFor();
    assert.match(await page.getByTestId('timeline').innerText(), /福州市第一总医院：审核通过[\s\S]*资格审核全部通过，等待录取[\s\S]*省全科医学中心（录取后复核）：录取后进行/);
    const [download] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: '下载录取通知书（PDF）' }).click()]);
    assert.equal(download.suggestedFilename(), '录取通知书-林晓.pdf');
    await expectAccessible(page);
    await screenshots(page, 'results');
    await page.close();
  });

  it('RC-6 a round published round by round: the first-choice stage read as such, and the next stage’s day when it is not out yet', async () => {
    const { page } = await open('/candidate/recruitment/rounds/3', {
      'GET /recruitment/rounds/3': { json: ROUND_RESULTS_OUT },
      'GET /me/recruitment/applications': { json: [APPROVED] },
      'GET /recruitment/rounds/3/admission/mine': { json: FIRST_STAGE_NOT_YET },
    });
    const result = page.getByTestId('admission');
    await result.getByText('暂未录取', { exact: true }).waitFor();
    await result.getByText('以下为第一志愿录取结果；后续志愿或调剂录取尚未进行，结果公布后会在此更新并通知您。').waitFor();
    await result.getByText('结果：暂未录取，后续录取尚未进行。').waitFor();
    assert.equal(await result.getByText('未被录取', { exact: true }).count(), 0);
    await expectAccessible(page);
    await screenshots(page, 'results-first-stage');
    await page.close();

    const early = await open('/candidate/recruitment/rounds/3', {
      'GET /recruitment/rounds/3': { json: ROUND_RESULTS_OUT },
      'GET /me/recruitment/applications': { json: [APPROVED] },
      'GET /recruitment/rounds/3/admission/mine': {
        status: 409,
        json: { code: 'ADMISSION_RESULTS_NOT_VISIBLE', message: { zh: '录取结果尚未到公布时间', en: 'Admission results are not visible yet' }, details: { visibleFrom: '2025-07-02T01:00:00.000Z' } },
      },
    });
    await early.page.getByText('录取结果将于 2025-07-02 09:00 公布（还有', { exact: false }).waitFor();
    await early.page.close();
  });

  it('RC-6 results before their time: when they come out, without asking the API', async () => {
    const { page, sent } = await open('/candidate/recruitment/rounds/3', { 'GET /me/recruitment/applications': { json: [APPROVED] }, 'GET /recruitment/applications/57/review-history': { json: HISTORY_APPROVED } });
    await page.getByText('录取结果将于 2025-08-01 09:00 公布（还有 30 天 23 小时）。').waitFor();
    assert.equal(sent.filter((each) => each.key.includes('/admission/mine')).length, 0);
    await page.close();
  });
});
