/**
 * `npm run bench:web`: what the portal costs a person's browser, against the built API serving the built portal.
 *
 * 1. JavaScript per role: the gzip size of every script the login page and each role's first page load, beside
 *    all the portal's JavaScript (the naive single bundle a portal without route splitting would send).
 * 2. The candidate's home page until usable (its heading shown, nothing loading), in headless Chromium with the CPU
 *    4x slower, beside the same page at full speed; medians of several loads.
 * 3. A base's queue of 5,000 sign-ups: one page, filtered on the server, beside the naive way (every page fetched
 *    to filter in the browser), and the queue page in Chromium (4x slower CPU) until its first page of rows shows
 *    and until a name filter's answer shows.
 */
import { AppConfig, validateEnvironment } from '@app/common/config';
import { buildDataSourceOptions } from '@app/database';
import { TokenStateStore } from '@app/identity/tokens/token-state.store';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { request } from 'undici';
import { runLoad } from '../support/http-load';
import { createCandidates, submitRequests } from '../support/signup-data';

const API = process.env.BENCH_API_URL ?? 'http://127.0.0.1:3105';
const DIST = resolve(__dirname, '../../apps/web/dist/assets');
const PASSWORD = 'Demo#2024';
const QUEUE_SIZE = 5000;
const LOADS = 5;
const BASE = '福州市第一总医院';

const ROLES = [
  { role: 'CANDIDATE', username: 'cand-lin', home: '/candidate' },
  { role: 'BASE_REVIEWER', username: 'base-fuzhou1', home: '/base/signups' },
  { role: 'CITY_REVIEWER', username: 'city-fuzhou', home: '/city/signups' },
  { role: 'CENTRE_ADMIN', username: 'centre', home: '/centre/sessions' },
  { role: 'CHECKER', username: 'checker', home: '/checker' },
];

const gzipOf = (file: string) => gzipSync(readFileSync(resolve(DIST, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function login(username: string): Promise<{ accessToken: string; refreshToken: string }> {
  const answer = await request(`${API}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  const body = (await answer.body.json()) as { accessToken: string; refreshToken: string };
  if (answer.statusCode !== 200) throw new Error(`login ${username}: ${answer.statusCode} ${JSON.stringify(body)}`);
  return body;
}

/** A page whose tab already holds a login (the refresh token in sessionStorage, as after a reload). */
async function loggedInPage(browser: Browser, username: string, cpuSlowdown: number): Promise<Page> {
  const { refreshToken } = await login(username);
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
  await context.addInitScript((token) => {
    const storage = (globalThis as unknown as { sessionStorage: { setItem(key: string, value: string): void } }).sessionStorage;
    storage.setItem('agp.refresh', token);
  }, refreshToken);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  return page;
}

/** The scripts a page loads until it is usable, by file name. */
function recordScripts(page: Page): Set<string> {
  const scripts = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js')) scripts.add(basename(url.pathname));
  });
  return scripts;
}

/** Until the page's own heading shows and nothing is loading any more: milliseconds since navigation began. */
async function untilUsable(page: Page, path: string): Promise<number> {
  await page.goto(`${API}${path}`);
  await page.locator('main h2').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('.ant-spin-spinning, .ant-skeleton-active') === null, undefined, { timeout: 60_000 });
  return page.evaluate(() => performance.now());
}

async function javascriptPerRole(browser: Browser): Promise<void> {
  const all = readdirSync(DIST).filter((file) => file.endsWith('.js'));
  const total = all.reduce((sum, file) => sum + gzipOf(file), 0);
  console.log('\n1. JavaScript each first page loads (gzip -9 of the built files)');
  console.log(`   naive baseline, every script of the portal in one bundle: ${kb(total)} (${all.length} files)`);
  const loginPage = await browser.newPage();
  const loginScripts = recordScripts(loginPage);
  await loginPage.goto(`${API}/login`);
  await loginPage.getByRole('heading', { name: '登录' }).waitFor();
  await loginPage.waitForLoadState('networkidle');
  const loginSize = [...loginScripts].reduce((sum, file) => sum + gzipOf(file), 0);
  console.log(`   login page: ${kb(loginSize)} in ${loginScripts.size} files (target ≤ 300 KB) ${loginSize <= 300 * 1024 ? 'MET' : 'NOT MET'}`);
  // Not JavaScript, but loaded by every first page too: Ant Design's styles rendered at build time.
  const styles = readdirSync(DIST).filter((file) => file.endsWith('.css'));
  console.log(`   beside it, every page's stylesheet (antd's styles rendered at build time): ${kb(styles.reduce((sum, file) => sum + gzipOf(file), 0))} in ${styles.length} file(s)`);
  await loginPage.context().close();
  for (const { role, username, home } of ROLES) {
    const page = await loggedInPage(browser, username, 1);
    const scripts = recordScripts(page);
    await untilUsable(page, home);
    await page.waitForLoadState('networkidle');
    const size = [...scripts].reduce((sum, file) => sum + gzipOf(file), 0);
    const charts = [...scripts].some((file) => /recharts|chart/i.test(file));
    console.log(`   ${role.padEnd(14)} ${home.padEnd(18)} ${kb(size).padStart(9)} in ${String(scripts.size).padStart(2)} files${charts ? ' (includes charts)' : ''}`);
    await page.context().close();
  }
}

async function candidateHome(browser: Browser): Promise<void> {
  console.log(`\n2. The candidate's home page until usable (heading shown, nothing loading), median of ${LOADS} loads`);
  for (const slowdown of [1, 4]) {
    const times: number[] = [];
    for (let i = 0; i < LOADS; i += 1) {
      const page = await loggedInPage(browser, 'cand-lin', slowdown);
      times.push(await untilUsable(page, '/candidate'));
      await page.context().close();
    }
    const verdict = slowdown === 4 ? ` (target ≤ 2000 ms) ${median(times) <= 2000 ? 'MET' : 'NOT MET'}` : ' (reference: full speed)';
    console.log(`   CPU ${slowdown}x slower: ${median(times).toFixed(0)} ms [${times.map((t) => t.toFixed(0)).join(', ')}]${verdict}`);
  }
}

async function baseQueue(browser: Browser, config: AppConfig): Promise<void> {
  const dataSource = new DataSource({ ...buildDataSourceOptions(config.database), migrationsRun: false });
  await dataSource.initialize();
  const tokenState = new TokenStateStore(config);
  const [session] = await dataSource.query("SELECT id FROM assessment_session WHERE signup_opens_at <= NOW() AND signup_closes_at > NOW() ORDER BY id DESC LIMIT 1");
  if (!session) throw new Error('the demo session open for sign-up is missing (DEMO_SEED)');
  const tokens = await createCandidates(dataSource, config, tokenState, 1, QUEUE_SIZE, BASE);
  const submitted = await runLoad(API, submitRequests(Number(session.id), tokens), 16);
  await tokenState.onModuleDestroy();
  await dataSource.destroy();
  console.log(`\n3. A base's queue of ${QUEUE_SIZE} sign-ups (${submitted.statuses[201] ?? 0} submitted through the API for this run)`);

  const { accessToken } = await login('base-fuzhou1');
  const headers = { authorization: `Bearer ${accessToken}` };
  const onePage = await runLoad(API, Array.from({ length: 20 }, (_, i) => ({ method: 'GET' as const, path: `/api/signups?sessionId=${session.id}&status=SUBMITTED&page=${(i % 10) + 1}&pageSize=20`, headers })), 1);
  const filtered = await runLoad(API, Array.from({ length: 20 }, (_, i) => ({ method: 'GET' as const, path: `/api/signups?sessionId=${session.id}&name=${encodeURIComponent(`考生1-${i * 37}`)}&pageSize=20`, headers })), 1);
  const naive: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    const pages = await runLoad(API, Array.from({ length: QUEUE_SIZE / 200 }, (_, i) => ({ method: 'GET' as const, path: `/api/signups?sessionId=${session.id}&page=${i + 1}&pageSize=200`, headers })), 1);
    if (pages.statuses[200] !== QUEUE_SIZE / 200) throw new Error(`naive paging: ${JSON.stringify(pages.statuses)}`);
    naive.push(performance.now() - started);
  }
  console.log(`   server paging, one page of 20:        median ${onePage.p50Ms.toFixed(1)} ms, p99 ${onePage.p99Ms.toFixed(1)} ms (20 requests)`);
  console.log(`   server filter by name, page of 20:    median ${filtered.p50Ms.toFixed(1)} ms, p99 ${filtered.p99Ms.toFixed(1)} ms (20 requests)`);
  console.log(`   naive: every page (25 × 200) to filter in the browser: median ${median(naive).toFixed(0)} ms per filter`);

  const page = await loggedInPage(browser, 'base-fuzhou1', 4);
  const shown = await untilUsable(page, '/base/signups');
  await page.locator('.ant-table-row').first().waitFor();
  const rows = await page.locator('.ant-table-row').count();
  const nameFilter = page.getByLabel(/姓名/).first();
  let filterMs = NaN;
  if (await nameFilter.count()) {
    const started = await page.evaluate(() => performance.now());
    await nameFilter.fill('考生1-4321');
    await nameFilter.press('Enter');
    await page.getByText('考生1-4321').first().waitFor({ timeout: 30_000 });
    filterMs = (await page.evaluate(() => performance.now())) - started;
  }
  console.log(`   queue page in Chromium, CPU 4x slower: first ${rows} rows usable after ${shown.toFixed(0)} ms; a name filter answered in ${Number.isNaN(filterMs) ? 'n/a (no name filter found)' : `${filterMs.toFixed(0)} ms`}`);
  await page.context().close();
}

async function main(): Promise<void> {
  const config = new AppConfig(validateEnvironment(process.env));
  const browser = await chromium.launch({ executablePath: config.tickets.chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    await javascriptPerRole(browser);
    await candidateHome(browser);
    await baseQueue(browser, config);
  } finally {
    await browser.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
