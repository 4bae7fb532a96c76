import axe from 'axe-core';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import {
  ACCOUNTS,
  ALL_ROWS,
  AUDIT,
  CHANGED_ROWS,
  ERROR_ROWS,
  IMPORT_WITH_ERRORS,
  LARGE_IMPORT,
  ORGANISATIONS,
  PUBLICATION,
  refusal,
  RESULTS,
  SESSION_TOKEN,
  SESSIONS,
  SKILLS_ROWS,
  STATISTICS,
} from './support/centre-scoring-fixtures.ts';

declare global {
  interface Window {
    axe: typeof axe;
  }
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../../var/screenshots/portal', import.meta.url));
/** A build of its own: the other browser tests run beside this one and empty the shared dist/ when they build. */
const OUT_DIR = fileURLToPath(new URL('../../../var/web-test/centre-scoring', import.meta.url));

interface Answer {
  status?: number;
  json?: unknown;
  body?: string;
  headers?: Record<string, string>;
}
/** One stubbed route: "GET /score-imports/4" (the path under /api) → the answer, from the request and its URL. */
type Handlers = Record<string, (request: Request, url: URL) => Answer | Promise<Answer>>;

/** What every signed-in centre page asks for: the login resumed from the tab's refresh token, sessions, organisations. */
const COMMON: Handlers = {
  'POST /auth/refresh': () => ({ json: SESSION_TOKEN }),
  'POST /auth/logout': () => ({ status: 204 }),
  'GET /sessions': () => ({ json: SESSIONS }),
  'GET /organisations': () => ({ json: ORGANISATIONS }),
};

/** Rows of an import, by the outcome asked for. */
const rowsByOutcome = (_: Request, url: URL): Answer => {
  const outcome = url.searchParams.get('outcome');
  return { json: outcome === 'ERROR' ? ERROR_ROWS : outcome === 'CHANGED' ? CHANGED_ROWS : outcome ? { items: [], total: 0 } : ALL_ROWS };
};

/** Every page with the data it shows, for the accessibility pass and the screenshots. */
const PAGE_DATA: Handlers = {
  'GET /sessions/2/score-imports': () => ({ json: [IMPORT_WITH_ERRORS] }),
  'GET /score-imports/4': () => ({ json: IMPORT_WITH_ERRORS }),
  'GET /score-imports/4/rows': rowsByOutcome,
  'GET /sessions/2/results/publication': () => ({ json: PUBLICATION }),
  'GET /sessions/2/results': () => ({ json: RESULTS }),
  'GET /sessions/2/statistics': () => ({ json: STATISTICS }),
  'GET /audit': () => ({ json: AUDIT }),
  'GET /accounts': () => ({ json: ACCOUNTS }),
};

/** The built portal in Debian's Chromium, signed in as the centre, the API stubbed with the real API's answers. */
describe('Centre scoring pages: score import, publication and corrections, statistics, audit, accounts', () => {
  let server: PreviewServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  let pageErrors: string[];
  /** Requests no stub answered: a page asking the API for something it should not. */
  let unexpected: string[];

  before(async () => {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
    server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { host: '127.0.0.1', port: 0, strictPort: true } });
    origin = server.resolvedUrls!.local[0].replace(/\/$/, '');
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
    });
    // One context for every test: its pages share the HTTP cache, so the portal's chunks download once.
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, handlers: Handlers): Promise<void> {
    // A new tab: its own sessionStorage, its own stubs.
    page = await context.newPage();
    pageErrors = [];
    unexpected = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      // A refusal the test asked for is logged by Chromium as a failed resource; anything else is a fault.
      if ((message.type() === 'error' || message.type() === 'warning') && !message.text().startsWith('Failed to load resource')) pageErrors.push(message.text());
    });
    // The tab holds a refresh token, as after a login: the portal resumes the centre's session from it.
    await page.addInitScript(() => sessionStorage.setItem('agp.refresh', 'refresh'));
    await page.route('**/api/**', async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      const key = `${request.method()} ${url.pathname.replace(/^\/api/, '')}`;
      const handler = handlers[key] ?? COMMON[key];
      if (!handler) {
        unexpected.push(key);
        await route.fulfill({ status: 404, json: refusal('NOT_FOUND', '记录不存在', 'Not found') });
        return;
      }
      const answer = await handler(request, url);
      if (answer.body !== undefined) await route.fulfill({ status: answer.status ?? 200, body: answer.body, headers: answer.headers });
      else await route.fulfill({ status: answer.status ?? 200, json: answer.json });
    });
    await page.goto(`${origin}${path}`);
  }

  async function close(): Promise<void> {
    assert.deepEqual(unexpected, [], 'requests no stub expected');
    assert.deepEqual(pageErrors, []);
    await page.close();
  }

  async function violations(): Promise<Array<{ id: string; impact: string | null | undefined; nodes: string[] }>> {
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
    const found = await page.evaluate(async () =>
      (await window.axe.run(document)).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })),
    );
    return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  it('previews a score file row by row, filtered by outcome: errors in Chinese with their code, changes as before → after', async () => {
    const asked: Array<string | null> = [];
    await open('/centre/scores/4', {
      'GET /score-imports/4': () => ({ json: IMPORT_WITH_ERRORS }),
      'GET /score-imports/4/rows': (request, url) => {
        asked.push(url.searchParams.get('outcome'));
        return rowsByOutcome(request, url);
      },
    });
    await page.getByRole('heading', { level: 2, name: '成绩导入预览' }).waitFor();
    await page.getByText('文件中有 4 行错误，不能提交。').waitFor();
    assert.equal(await page.getByRole('button', { name: '提交导入' }).count(), 0, 'a file with errors offers no commit');
    assert.match(await page.getByText('错误原因：').locator('..').innerText(), /姓名与证件号码不符 1 行[\s\S]*证件号码被 Excel 改写 1 行/);
    assert.match(await page.getByText(/^大小与格式/).locator('..').innerText(), /CSV，GBK\/GB18030 编码/);

    await page.getByText('错误（4）').click();
    await page.getByText('姓名"赵敏x"与培训对象登记的"赵敏"不一致').waitFor();
    const errorTable = await page.locator('.ant-table-tbody').innerText();
    assert.match(errorTable, /证件号码被表格软件当作数字处理/);
    assert.match(errorTable, /ID_NUMBER_MANGLED/);
    assert.doesNotMatch(errorTable, /李娜/, 'only the rows in error');
    await page.screenshot({ path: `${SCREENSHOTS}/centre-scoring-preview-errors.png`, fullPage: true });

    await page.getByText('变更（2）').click();
    await page.getByText('原成绩').first().waitFor({ state: 'attached' });
    const changedRow = await page.locator('tr', { hasText: '王芳' }).innerText();
    assert.match(changedRow, /66\s*合格[\s\S]*→[\s\S]*缺考/);
    assert.deepEqual(asked, [null, 'ERROR', 'CHANGED']);
    await close();
  });

  it('uploads a file as multipart to the session and subject chosen, and explains a header refused by the API', async () => {
    const uploads: Array<{ path: string; contentType: string; body: string }> = [];
    let attempt = 0;
    await open('/centre/scores', {
      'GET /sessions/2/score-imports': () => ({ json: [IMPORT_WITH_ERRORS] }),
      'POST /sessions/2/score-imports/SKILLS': (request) => {
        uploads.push({ path: new URL(request.url()).pathname, contentType: request.headers()['content-type'] ?? '', body: request.postDataBuffer()?.toString('utf8') ?? '' });
        attempt += 1;
        return attempt === 1
          ? { status: 400, json: refusal('SPREADSHEET_COLUMNS_INVALID', '表头与模板不符', 'The header row does not match the template', { missing: ['证件号码', '病例分析'], unknown: ['身份证', '分数'] }) }
          : { status: 201, json: IMPORT_WITH_ERRORS };
      },
      'GET /score-imports/4': () => ({ json: IMPORT_WITH_ERRORS }),
      'GET /score-imports/4/rows': rowsByOutcome,
    });
    await page.getByRole('heading', { level: 2, name: '成绩导入' }).waitFor();
    await page.getByText('theory-2026-errors.csv').waitFor();
    await page.locator('label', { hasText: '临床实践技能考核' }).click();
    await page.getByText('将导入到：演示批次（报名开放中）2026 · 临床实践技能考核').waitFor();
    assert.equal(await page.getByRole('radio', { name: '临床实践技能考核' }).isChecked(), true);
    await page.locator('input[type=file]').setInputFiles({ name: '技能成绩.csv', mimeType: 'text/csv', buffer: Buffer.from('姓名,身份证,分数\r\n张伟,350102199701015002,60\r\n') });
    await page.getByRole('button', { name: '上传并预览' }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, /表头与模板不符/);
    assert.match(text, /缺少的列：证件号码、病例分析/);
    assert.match(text, /无法识别的列：身份证、分数/);
    assert.match(text, /SPREADSHEET_COLUMNS_INVALID/);
    await page.screenshot({ path: `${SCREENSHOTS}/centre-scoring-upload-refused.png`, fullPage: true });

    assert.equal(uploads[0].path, '/api/sessions/2/score-imports/SKILLS');
    assert.match(uploads[0].contentType, /^multipart\/form-data; boundary=/);
    assert.match(uploads[0].body, /name="file"; filename="技能成绩.csv"/);
    assert.match(uploads[0].body, /张伟,350102199701015002,60/);

    // Uploaded again: the preview opens.
    await page.getByRole('button', { name: '上传并预览' }).click();
    await page.waitForURL(`${origin}/centre/scores/4`);
    await page.getByText('文件中有 4 行错误，不能提交。').waitFor();
    assert.equal(uploads.length, 2);
    await close();
  });

  it('commits a large file through the worker: 202, then live progress until it is written', async () => {
    // What GET /score-imports/9 answers now; the test moves the worker on once the page has shown each step.
    let current: typeof LARGE_IMPORT = LARGE_IMPORT;
    let commits = 0;
    await open('/centre/scores/9', {
      'GET /score-imports/9': () => ({ json: current }),
      'GET /score-imports/9/rows': () => ({ json: SKILLS_ROWS }),
      'POST /score-imports/9/commit': () => {
        commits += 1;
        // The API's 202: the worker has it; the count still says the preview's rows.
        current = { ...LARGE_IMPORT, status: 'COMMITTING', canCommit: false };
        return { status: 202, json: current };
      },
    });
    await page.getByText('预览完成，没有错误行。提交后将写入 30000 条成绩。').waitFor();
    await page.getByText('李娜').waitFor();
    assert.match(await page.locator('tr', { hasText: '张伟' }).innerText(), /总分 286\s*合格[\s\S]*→[\s\S]*总分 292\s*不合格[\s\S]*病例分析 82[\s\S]*关键项不合格：基本技能操作·无菌操作/);
    await page.getByRole('button', { name: '提交导入' }).click();
    await page.getByRole('button', { name: /^提\s*交$/ }).click();

    await page.getByText('正在后台写入成绩：共 30000 行，正在写入…').waitFor();
    current = { ...current, processedRows: 20000 };
    await page.getByText('正在后台写入成绩：已写入 20000 / 30000 行').waitFor();
    assert.equal(await page.getByRole('progressbar').getAttribute('aria-valuenow'), '66');
    await page.screenshot({ path: `${SCREENSHOTS}/centre-scoring-commit-progress.png`, fullPage: true });
    current = { ...current, status: 'COMMITTED', processedRows: 30000, committedAt: '2026-12-03T17:10:00.000Z' };
    await page.getByText('已于 2026-12-04 01:10 导入。').waitFor();
    assert.equal(await page.getByRole('progressbar').count(), 0);
    assert.equal(commits, 1);
    await close();
  });

  it('publishes a subject: RESULTS_INCOMPLETE shows the count, then publishing anyway needs the acknowledgement and a reason', async () => {
    const bodies: unknown[] = [];
    await open('/centre/results', {
      'GET /sessions/2/results/publication': () => ({ json: PUBLICATION }),
      'GET /sessions/2/results': () => ({ json: RESULTS }),
      'POST /sessions/2/results/THEORY/publish': (request) => {
        bodies.push(request.postDataJSON());
        return bodies.length === 1
          ? {
              status: 409,
              json: refusal('RESULTS_INCOMPLETE', '仍有审核通过的考生没有成绩记录（缺考也须录入）；确认后须填写理由方可公布', 'Some approved candidates have no result', {
                missing: 3,
                traineeIds: [1, 2, 4],
                acknowledgeWith: 'acknowledgeMissing: true and a reason',
              }),
            }
          : { json: { sessionId: 2, subject: 'THEORY', published: true, publishedAt: '2026-12-04T01:01:12+08:00', results: 48, missing: 3 } };
      },
    });
    await page.getByRole('button', { name: '公布专业理论考试成绩' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /^公\s*布$/ }).click();

    await dialog.getByText('仍有 3 名审核通过的考生没有专业理论考试成绩记录。').waitFor();
    const anyway = dialog.getByRole('button', { name: '仍然公布' });
    assert.equal(await anyway.isDisabled(), true, 'not without the acknowledgement');
    await page.screenshot({ path: `${SCREENSHOTS}/centre-scoring-publish-incomplete.png` });
    await dialog.getByRole('checkbox', { name: /仍然公布/ }).check();
    await anyway.click();
    await dialog.getByText('仍然公布须填写理由').waitFor();
    assert.equal(bodies.length, 1, 'no second request without a reason');
    await dialog.getByLabel(/理由/).fill('3 名考生未在国家平台报名，不在国家成绩文件中');
    await anyway.click();

    await page.getByRole('status').getByText('专业理论考试成绩已于 2026-12-04 01:01 公布，共 48 条；3 名考生没有成绩。考生现在可以查看。').waitFor();
    assert.deepEqual(bodies, [{}, { acknowledgeMissing: true, reason: '3 名考生未在国家平台报名，不在国家成绩文件中' }]);
    await close();
  });

  it('corrects a published skills result with its version and a reason; a conflict is explained', async () => {
    let sent: unknown;
    await open('/centre/results', {
      'GET /sessions/2/results/publication': () => ({ json: PUBLICATION }),
      'GET /sessions/2/results': () => ({ json: RESULTS }),
      'POST /attempts/1/corrections': (request) => {
        sent = request.postDataJSON();
        return { status: 409, json: refusal('CONFLICT', '数据已被他人修改，请刷新后重试', 'The record changed meanwhile; reload and retry', { currentVersion: 3 }) };
      },
    });
    await page.getByRole('button', { name: '更正（张伟，临床实践技能考核）' }).click();
    const dialog = page.getByRole('dialog');
    assert.equal(await dialog.getByLabel(/^病例分析/).inputValue(), '82');
    await dialog.getByLabel(/^病例分析/).fill('85');
    await dialog.getByLabel(/更正理由/).fill('阅卷复核发现登分错误');
    await dialog.getByRole('button', { name: '保存更正' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /数据已被他人修改，请刷新后重试[\s\S]*刷新列表后再操作[\s\S]*CONFLICT/);
    assert.deepEqual(sent, {
      expectedVersion: 2,
      reason: '阅卷复核发现登分错误',
      stations: { CASE_ANALYSIS: 85, MEDICAL_RECORD: 70, AUX_EXAM_READING: 70, BASIC_PROCEDURES: 70 },
      failedCriticalItems: [],
    });
    await close();
  });

  it('draws the statistics as charts loaded with that page only, with the table and the exports', async () => {
    const scripts: string[] = [];
    await open('/centre/scores', {
      'GET /sessions/2/score-imports': () => ({ json: [] }),
      'GET /sessions/2/statistics': () => ({ json: STATISTICS }),
      'GET /sessions/2/statistics.csv': () => ({
        body: '\uFEFF培训基地,科目,类别,合格率\r\n福建省级机关医院,专业理论考试,首考,71.4%\r\n',
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': "attachment; filename=\"statistics.csv\"; filename*=UTF-8''2026%E5%B9%B4%E7%BB%9F%E8%AE%A1.csv" },
      }),
    });
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.getByRole('heading', { level: 2, name: '成绩导入' }).waitFor();
    assert.equal(scripts.filter((s) => /statistics-page/.test(s)).length, 0, 'the charts are not downloaded with the other pages');

    await page.getByRole('navigation').getByRole('link', { name: '统计' }).click();
    await page.getByRole('heading', { level: 2, name: '统计' }).waitFor();
    assert.ok(scripts.some((s) => /statistics-page/.test(s)), 'the statistics chunk loads with its page');
    await page.getByRole('figure', { name: /各基地合格率/ }).waitFor();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    // Two bases in one published subject, and first attempts against retakes.
    assert.equal(await page.locator('.recharts-bar-rectangle').count(), 4);
    assert.match(await page.getByRole('figure', { name: /各基地合格率/ }).innerText(), /福建省级机关医院[\s\S]*福州市第一总医院/);
    const table = await page.locator('.ant-table-tbody').innerText();
    assert.match(table, /全部合计\s+专业理论考试\s+合计\s+24\s+21\s+17\s+4\s+2\s+1\s+81\.0%/);
    await page.screenshot({ path: `${SCREENSHOTS}/centre-scoring-statistics-export.png`, fullPage: true });

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    assert.equal(file.suggestedFilename(), '2026年统计.csv');
    await close();
  });

  it('searches the audit trail with its filters, server paging, and shows a record before and after', async () => {
    const queries: string[] = [];
    await open('/centre/audit', {
      'GET /audit': (_, url) => {
        queries.push(url.search);
        return { json: AUDIT };
      },
    });
    await page.getByText('更正成绩').first().waitFor();
    await page.getByLabel('操作', { exact: true }).fill('SCORE_CORRECTED');
    await page.getByLabel('对象编号').fill('95');
    await page.getByRole('button', { name: /^查\s*询$/ }).click();
    await page.waitForURL(/action=SCORE_CORRECTED/);
    await page.getByTitle('3', { exact: true }).click();
    await page.waitForTimeout(200);
    const last = new URLSearchParams(queries.at(-1));
    assert.equal(last.get('action'), 'SCORE_CORRECTED');
    assert.equal(last.get('entityId'), '95');
    assert.equal(last.get('page'), '3');
    assert.equal(last.get('pageSize'), '20');

    await page.getByRole('button', { name: '展开' }).first().click();
    const details = await page.locator('.ant-table-expanded-row').first().innerText();
    assert.match(details, /理由：阅卷复核发现登分错误/);
    assert.match(details, /成绩（score），已改\s+100\.00\s+61\.00/);
    await page.screenshot({ path: `${SCREENSHOTS}/centre-scoring-audit-details.png`, fullPage: true });
    await close();
  });

  it('creates an account and shows its one-time password with a copy button; a refused unlock is explained', async () => {
    let created: unknown;
    await open('/centre/accounts', {
      'GET /accounts': () => ({ json: ACCOUNTS }),
      'POST /accounts': (request) => {
        created = request.postDataJSON();
        return {
          status: 201,
          json: {
            temporaryPassword: 'yxsiheXxJc24xE6N',
            account: { id: 9, username: 'checker-fz02', role: 'CHECKER', displayName: '福州考点核验员二', organisationId: 2, organisationName: '福州市', phone: null, active: true, mustChangePassword: true, locked: false, createdAt: '2026-12-03T17:08:00.000Z' },
          },
        };
      },
      'POST /accounts/3/unlock': () => ({ status: 409, json: refusal('ACCOUNT_NOT_LOCKED', '该账号未被锁定', 'This account is not locked') }),
    });
    await page.getByRole('button', { name: '新建账号' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名（登录名）').fill('checker-fz02');
    await dialog.getByLabel('角色').click();
    await page.getByTitle('考点核验员').click();
    await dialog.getByLabel('所属机构').click();
    await page.getByTitle('福州市', { exact: true }).click();
    await dialog.getByLabel('名称').fill('福州考点核验员二');
    await dialog.getByRole('button', { name: '创建账号' }).click();

    const password = page.getByTestId('temporary-password');
    await password.waitFor();
    assert.equal(await password.innerText(), 'yxsiheXxJc24xE6N');
    await page.getByText('临时密码只显示这一次，关闭后无法再次查看。').waitFor();
    await page.getByRole('button', { name: '复制密码' }).click();
    await page.getByText('已复制到剪贴板。').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'yxsiheXxJc24xE6N');
    assert.deepEqual(created, { username: 'checker-fz02', role: 'CHECKER', organisationId: 2, displayName: '福州考点核验员二', phone: null });
    await page.screenshot({ path: `${SCREENSHOTS}/centre-scoring-account-password.png` });
    await page.getByRole('button', { name: '我已记下，关闭' }).click();
    await page.getByRole('status').getByText('已创建账号 checker-fz02。').waitFor();

    await page.getByRole('button', { name: '解锁（base-fuzhou1）' }).click();
    await page.getByRole('dialog').getByLabel(/理由/).fill('本人来电核实身份');
    await page.getByRole('dialog').getByRole('button', { name: '解除锁定' }).click();
    const alert = page.getByRole('dialog').getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /该账号未被锁定[\s\S]*无需解锁[\s\S]*ACCOUNT_NOT_LOCKED/);
    await close();
  });

  for (const [name, path, heading] of [
    ['scores', '/centre/scores', '成绩导入'],
    ['preview', '/centre/scores/4', '成绩导入预览'],
    ['results', '/centre/results', '成绩发布与更正'],
    ['statistics', '/centre/statistics', '统计'],
    ['audit', '/centre/audit', '操作日志'],
    ['accounts', '/centre/accounts', '账号管理'],
  ] as const) {
    it(`${name}: no serious or critical accessibility violation (axe-core), on a computer's screen and on a phone's`, async () => {
      await open(path, PAGE_DATA);
      await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
      await page.locator('.ant-table-row, .recharts-bar-rectangle').first().waitFor();
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: width === 375 ? 740 : 900 });
        assert.deepEqual(await violations(), [], `${path} at ${width} px`);
        await page.screenshot({ path: `${SCREENSHOTS}/centre-scoring-${name}${width === 375 ? '-375' : ''}.png`, fullPage: true });
      }
      await close();
    });
  }
});
