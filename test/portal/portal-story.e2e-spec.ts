/**
 * The final assessment through the portal only, as its people use it: the real API (serving the built portal),
 * the real worker (rendering tickets in Chromium, delivering messages), MySQL and Redis, and Debian's Chromium
 * driven by playwright-core. The clock moves through the Fujian 2024 calendar. Every page visited is saved under
 * var/screenshots/story/ and checked with axe-core (no serious or critical violation).
 */
import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { TicketTokens } from '@app/tickets';
import * as iconv from 'iconv-lite';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createFujian2024Session, createStaff, login, bearer, PASSWORD, residentId, rosterCsv } from '../support/fixtures';
import { logIn, openPortalBrowser, PortalBrowser, screenshot, seriousViolations } from '../support/portal-browser';
import { printedQrCodes, qrModules } from '../support/printed-qr';
import { resetData, startApi, TestApi } from '../support/test-api';
import { startWorker } from '../support/test-worker';

const PORTAL = resolve('var/test-portal-story');
const DOWNLOADS = resolve('var/test-downloads-story');
const PUBLIC_ORIGIN = 'https://portal.story.test';
const BASE = '福州市第一总医院';
const NAME = '林晓华';
const ID_NUMBER = residentId('19990312', '123');

describe('The portal, end to end: roster → sign-up → return → approvals → tickets → scores → results → ticket check (UI only)', () => {
  let api: TestApi;
  let worker: Awaited<ReturnType<typeof startWorker>>;
  let portal: PortalBrowser;
  let sessionId: number;
  let ticketFile: string;

  /** The clock of the API and of the worker, moved together. */
  const setClock = (instant: string) => {
    api.clock.set(instant);
    worker.clock.set(instant);
  };

  /** A person at a computer, logged in through the login page. */
  async function as(username: string, password = PASSWORD) {
    const person = await portal.person();
    await logIn(person.page, api.url, username, password);
    return person;
  }

  /** The page as it is: saved to look at, and no serious or critical accessibility violation. */
  async function look(page: Page, name: string): Promise<void> {
    await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
    await screenshot(page, 'story', name);
    expect({ page: name, violations: await seriousViolations(page) }).toEqual({ page: name, violations: [] });
  }

  beforeAll(async () => {
    mkdirSync(DOWNLOADS, { recursive: true });
    execFileSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--outDir', PORTAL, '--emptyOutDir', '--logLevel', 'warn'], { cwd: resolve('apps/web'), stdio: 'pipe' });
    // 2024-03-01 10:00 Beijing: the sign-up window of the Fujian 2024 session is open.
    api = await startApi({ now: '2024-03-01T02:00:00Z', env: { PORTAL_DIR: PORTAL, PUBLIC_ORIGIN } });
    await resetData(api.dataSource);
    worker = await startWorker('2024-03-01T02:00:00Z', { PUBLIC_ORIGIN });
    sessionId = await createFujian2024Session(api);
    await createStaff(api, 'base1', 'BASE_REVIEWER', BASE);
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    portal = await openPortalBrowser();
  }, 180_000);

  afterAll(async () => {
    await portal?.close();
    await worker?.close();
    await api?.close();
  });

  it('a base imports its roster', async () => {
    // The browsers keep their own (real) clock: the pages judge windows on the platform's, from the Date header.
    expect((await api.http.get('/health/live')).headers.date).toBe(api.clock.now().toUTCString());
    const { page, problems } = await as('base1');
    await page.goto(`${api.url}/base/trainees`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.locator('input[type=file]').setInputFiles({ name: '名册.csv', mimeType: 'text/csv', buffer: iconv.encode(rosterCsv([{ name: NAME, idNumber: ID_NUMBER }]), 'gbk') });
    await page.getByRole('button', { name: '检查文件（不写入）' }).click();
    await page.getByText('检查通过，尚未写入。').waitFor();
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByText(/已导入：新增 1 人/).waitFor();
    await look(page, '01-base-roster-imported');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the trainee registers, uploads a photo and signs up', async () => {
    const { page, problems } = await portal.person();
    await page.goto(`${api.url}/register`);
    await page.getByLabel('姓名').fill(NAME);
    await page.getByLabel('证件号码').fill(ID_NUMBER);
    await page.getByLabel('用户名').fill('linxh');
    await page.getByLabel('密码').fill('Lin-xiaohua-2024!');
    await look(page, '02-register');
    await page.getByRole('button', { name: '注册并登录' }).click();
    await page.waitForURL(`${api.url}/candidate`);
    await page.getByRole('heading', { level: 2, name: '我的首页' }).waitFor();
    await look(page, '03-candidate-home');

    await page.goto(`${api.url}/candidate/profile`);
    await page.locator('input[type=file]').setInputFiles({ name: '证件照.jpg', mimeType: 'image/jpeg', buffer: await samplePortraitJpeg() });
    await page.getByRole('button', { name: '上传这张照片' }).click();
    await page.getByText('照片已上传').waitFor();
    // The roster has no phone number; the sign-up needs one (FA-6).
    await page.getByLabel('联系电话').fill('13800000000');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存').waitFor();
    await look(page, '04-candidate-profile');

    await page.goto(`${api.url}/candidate/signup`);
    await page.getByText(/全部符合/).first().waitFor();
    await page.getByRole('button', { name: '提交报名' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认提交' }).click();
    await page.getByText(/报名信息已提交，等待审核/).first().waitFor();
    await look(page, '05-candidate-submitted');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the base returns it with a reason, the trainee corrects it, the base and the centre approve', async () => {
    setClock('2024-03-05T01:00:00Z'); // the review window is open
    const base = await as('base1');
    await base.page.goto(`${api.url}/base/signups`);
    await base.page.getByRole('button', { name: `查看与审核：${NAME}` }).click();
    await base.page.locator('.ant-drawer-content').getByText('资格核验：全部规则符合').waitFor();
    await look(base.page, '06-base-review-drawer');
    await base.page.locator('.ant-drawer-content').getByRole('button', { name: '退回修改' }).click();
    const returning = base.page.locator('.ant-modal').filter({ hasText: `退回修改：${NAME}` });
    await returning.locator('textarea').fill('联系电话无法接通，请核对后重新提交');
    await returning.getByRole('button', { name: '确认退回' }).click();
    await base.page.getByText(new RegExp(`${NAME}：已退回修改`)).waitFor();

    const candidate = await as('linxh', 'Lin-xiaohua-2024!');
    await candidate.page.goto(`${api.url}/candidate/signup`);
    await candidate.page.getByText('报名被退回，请修改后重新提交').waitFor();
    await candidate.page.getByText(/联系电话无法接通/).first().waitFor();
    await look(candidate.page, '07-candidate-returned');
    await candidate.page.goto(`${api.url}/candidate/profile`);
    await candidate.page.getByLabel('联系电话').fill('13912345678');
    await candidate.page.getByRole('button', { name: /保\s*存/ }).click();
    await candidate.page.getByText('已保存').waitFor();
    await candidate.page.goto(`${api.url}/candidate/signup`);
    await candidate.page.getByRole('button', { name: '重新提交报名' }).click();
    await candidate.page.getByRole('dialog').getByRole('button', { name: '确认提交' }).click();
    await candidate.page.getByText(/报名信息已提交，等待审核/).first().waitFor();

    await base.page.reload();
    await base.page.getByRole('button', { name: `查看与审核：${NAME}` }).click();
    await base.page.locator('.ant-drawer-content').getByRole('button', { name: '审核通过' }).click();
    await base.page.locator('.ant-modal').filter({ hasText: `审核通过：${NAME}` }).getByRole('button', { name: '确认通过' }).click();
    await base.page.getByText(`${NAME}：培训基地审核通过，等待全科中心复审`).waitFor();

    const centre = await as('centre');
    await centre.page.goto(`${api.url}/centre/signups`);
    await centre.page.getByRole('button', { name: `复审：${NAME}` }).click();
    await centre.page.getByRole('button', { name: '复审通过' }).click();
    await centre.page.getByRole('button', { name: '确认通过' }).click();
    await centre.page.getByText(/已复审通过。考生照片已锁定/).waitFor();
    await look(centre.page, '08-centre-approved');
    for (const person of [base, candidate, centre]) {
      expect(person.problems).toEqual([]);
      await person.context.close();
    }
  });

  it('the centre seats the candidate, generates the tickets and watches the progress bar finish', async () => {
    const token = await login(api, 'centre');
    const site = await api.http.post(`/sessions/${sessionId}/sites`).set(bearer(token)).send({ name: '福建省全科医学培训中心考点', code: 'FZ', address: '福州市鼓楼区示例路1号' }).expect(201);
    await api.http
      .post(`/sessions/${sessionId}/sites/${site.body.id}/slots`)
      .set(bearer(token))
      .send({ date: '2024-04-19', startsAt: '08:30', endsAt: '12:00', rooms: [{ id: 'G1', name: '第1站组', capacity: 30 }] })
      .expect(201);
    const { page, problems } = await as('centre');
    await page.goto(`${api.url}/centre/sites`);
    await page.getByRole('button', { name: '编排座位' }).click();
    await page.getByText(/编排完成/).first().waitFor();
    await look(page, '09-centre-seated');
    await page.goto(`${api.url}/centre/tickets`);
    await page.getByRole('button', { name: '生成准考证', exact: true }).click();
    await page.getByText('全部完成：1 张准考证已生成。').waitFor({ timeout: 90_000 });
    await look(page, '10-centre-tickets-done');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 150_000);

  it('inside its window the candidate downloads the ticket, whose QR code opens the portal\'s check page', async () => {
    setClock('2024-04-14T01:00:00Z'); // the SKILLS ticket window is open
    const { page, problems } = await as('linxh', 'Lin-xiaohua-2024!');
    await page.goto(`${api.url}/candidate/tickets`);
    await page.getByRole('heading', { level: 2, name: '准考证' }).waitFor();
    await look(page, '11-candidate-tickets');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载准考证（PDF）' }).click()]);
    ticketFile = resolve(DOWNLOADS, 'ticket.pdf');
    await download.saveAs(ticketFile);
    const [ticket] = await api.dataSource.query('SELECT ticket_number AS ticketNumber, signup_id AS signupId, revision FROM admit_ticket');
    const url = api.app.get(TicketTokens).verificationUrl({ ticketNumber: ticket.ticketNumber, signupId: Number(ticket.signupId), revision: Number(ticket.revision) });
    expect(url.startsWith(`${PUBLIC_ORIGIN}/verify/`)).toBe(true);
    expect(await printedQrCodes(ticketFile)).toEqual([qrModules(url)]);
    expect(problems).toEqual([]);
    await page.context().close();

    // An exam-site phone opens the QR's link (here on this test's origin): genuine, current, the person to compare.
    const phone = await portal.person({ phone: true });
    await phone.page.goto(`${api.url}${new URL(url).pathname}`);
    await phone.page.getByText('准考证有效').waitFor();
    expect(await phone.page.getByText(NAME).first().isVisible()).toBe(true);
    expect(await phone.page.getByRole('img', { name: `${NAME}的照片` }).isVisible()).toBe(true);
    expect(await phone.page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await look(phone.page, '12-phone-verify');
    expect(phone.problems).toEqual([]);
    await phone.context.close();
  }, 90_000);

  it('the centre imports the national GBK score file (preview, commit) and publishes; the candidate sees the result, its validity and a message', async () => {
    setClock('2024-06-20T01:00:00Z');
    const { page, problems } = await as('centre');
    await page.goto(`${api.url}/centre/scores`);
    await page.getByRole('radio', { name: '专业理论考试' }).check();
    const csv = iconv.encode(`姓名,证件号码,标准分\r\n${NAME},${ID_NUMBER},75.5\r\n`, 'gbk');
    await page.locator('input[type=file]').setInputFiles({ name: '理论成绩.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByRole('button', { name: '上传并预览' }).click();
    await page.getByRole('heading', { level: 2, name: '成绩导入预览' }).waitFor();
    await page.getByText(NAME).first().waitFor();
    await look(page, '13-centre-score-preview');
    await page.getByRole('button', { name: '提交导入' }).click();
    await page.getByRole('button', { name: /^提\s*交$/ }).click();
    await page.getByText(/已于 .* 导入。/).waitFor({ timeout: 60_000 });
    await page.goto(`${api.url}/centre/results`);
    await page.getByRole('button', { name: '公布专业理论考试成绩' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /^公\s*布$/ }).click();
    // The page's notice (a toast repeats the same words for a few seconds).
    await page.getByRole('status').filter({ hasText: /专业理论考试成绩已于 .* 公布/ }).waitFor();
    await look(page, '14-centre-published');
    expect(problems).toEqual([]);
    await page.context().close();

    const candidate = await as('linxh', 'Lin-xiaohua-2024!');
    await candidate.page.goto(`${api.url}/candidate/results`);
    await candidate.page.getByText('75.5').first().waitFor();
    await candidate.page.getByText(/有效期至/).first().waitFor();
    await look(candidate.page, '15-candidate-results');
    await candidate.page.goto(`${api.url}/candidate/messages`);
    await candidate.page.getByText('专业理论考试成绩已公布').first().waitFor();
    await look(candidate.page, '16-candidate-messages');
    expect(candidate.problems).toEqual([]);
    await candidate.context.close();
  }, 120_000);
});
