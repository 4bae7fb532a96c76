/**
 * Debian's Chromium driven by playwright-core, for the tests that use the portal as a person would: through
 * the pages only, against the real API (which serves the built portal), with what the page logged kept, a
 * screenshot of every page under var/screenshots/, and axe-core on each.
 */
import axe from 'axe-core';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOT_DIR = resolve(__dirname, '../../var/screenshots');

export interface PortalBrowser {
  browser: Browser;
  /** A new person at a new browser window (own cookies and storage), at a computer or at a 375 px phone. */
  person(options?: { phone?: boolean }): Promise<{ context: BrowserContext; page: Page; problems: string[] }>;
  close(): Promise<void>;
}

export async function openPortalBrowser(): Promise<PortalBrowser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // No sandbox as root (CI), no GPU, no calls home.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
  });
  return {
    browser,
    async person({ phone = false } = {}) {
      const context = await browser.newContext({
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        acceptDownloads: true,
        // axe-core is injected as an inline script, which the portal's own policy (script-src 'self') rightly refuses.
        bypassCSP: true,
        ...(phone ? { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 860 } }),
      });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      return { context, page, problems };
    },
    close: () => browser.close(),
  };
}

/** A full-page screenshot under var/screenshots/<folder>/<name>.png, written on every run to be looked at. */
export async function screenshot(page: Page, folder: string, name: string): Promise<void> {
  const directory = resolve(SCREENSHOT_DIR, folder);
  mkdirSync(directory, { recursive: true });
  await page.screenshot({ path: resolve(directory, `${name}.png`), fullPage: true });
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.1 A and AA and best practices). */
export async function seriousViolations(page: Page): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  await page.addScriptTag({ content: axe.source });
  // Runs in the page: its globals, not Node's (the tests' TypeScript has no DOM library).
  return page.evaluate(async () => {
    const page = globalThis as unknown as { axe: typeof axe; document: unknown };
    const result = await page.axe.run(page.document as Parameters<typeof axe.run>[0]);
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ id: violation.id, impact: violation.impact ?? '', nodes: violation.nodes.map((node) => node.target.join(' ')) }));
  });
}

/** Logs in through the login page as a person would, and waits for the role's first page. */
export async function logIn(page: Page, origin: string, username: string, password: string): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
