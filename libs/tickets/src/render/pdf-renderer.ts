import type { Browser } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';
import { ChromiumProfiles } from './chromium-profiles';

interface LaunchedBrowser {
  browser: Browser;
  profileDir: string | null;
}

/**
 * Renders HTML to PDF with the system's Chromium (never a downloaded browser). One browser is reused for
 * every document; each render gets its own page, closed afterwards.
 *
 * A worker killed with SIGKILL runs no shutdown code, and Chromium (in a process group of its own) used to
 * outlive it: about ten processes per kill. Two things now end them. Chromium talks to us over a pipe instead
 * of a WebSocket and exits when the pipe's other end closes, which the kernel does when the worker dies
 * (PR_SET_PDEATHSIG is out of Node's reach, and a wrapper would need a compiler). For a browser that does
 * not (hung, or launched before this), each browser gets a profile directory under RUN_DIR named after its
 * worker, and a starting worker kills the browsers whose worker is gone (ChromiumProfiles.sweep).
 */
export class PdfRenderer {
  private browser: Promise<LaunchedBrowser> | null = null;

  constructor(
    private readonly executablePath: string,
    private readonly profiles: ChromiumProfiles | null = null,
  ) {}

  async render(html: string, timeoutMs = 30_000): Promise<Buffer> {
    const { browser } = await this.launch();
    // A crashed or disconnected browser is replaced on the next render.
    if (!browser.connected) {
      await this.close().catch(() => undefined);
      return this.render(html, timeoutMs);
    }
    const page = await browser.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
      // Fonts load asynchronously even for local faces; print only once every glyph can be drawn.
      await page.evaluate('document.fonts.ready.then(() => true)');
      // Untagged: tickets are for printing, and splitting a batch into tickets drops the structure tree anyway;
      // without it the PDF is a third of the size and Chromium writes it faster.
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: false, timeout: timeoutMs });
      return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength); // a view, not a copy
    } catch (error) {
      // A hung render (timeout) or a dead browser: start a fresh browser for the next attempt.
      await this.close().catch(() => undefined);
      throw error;
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  /** The browser's process id, for monitoring its memory (null before the first render). */
  async browserPid(): Promise<number | null> {
    return this.browser ? ((await this.browser).browser.process()?.pid ?? null) : null;
  }

  async close(): Promise<void> {
    const launched = this.browser;
    this.browser = null;
    if (!launched) return;
    const { browser, profileDir } = await launched;
    try {
      await browser.close();
    } finally {
      if (profileDir && this.profiles) await this.profiles.remove(profileDir);
    }
  }

  private launch(): Promise<LaunchedBrowser> {
    if (!this.browser) {
      const launching = this.start();
      // A failed launch is not kept: the next render tries again.
      launching.catch(() => {
        if (this.browser === launching) this.browser = null;
      });
      this.browser = launching;
    }
    return this.browser;
  }

  private async start(): Promise<LaunchedBrowser> {
    const profileDir = this.profiles ? await this.profiles.create() : null;
    try {
      const browser = await puppeteer.launch({
        protocolTimeout: 60_000,
        executablePath: this.executablePath,
        headless: true,
        pipe: true,
        userDataDir: profileDir ?? undefined,
        // The flags a headless Chromium needs on a server: no sandbox as root, no GPU, no calls home.
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
      return { browser, profileDir };
    } catch (error) {
      if (profileDir && this.profiles) await this.profiles.remove(profileDir);
      throw error;
    }
  }
}
