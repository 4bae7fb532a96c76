import type { Browser } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';

/**
 * Renders HTML to PDF with the system's Chromium (never a downloaded browser). One browser is reused for
 * every document; each render gets its own page, closed afterwards.
 */
export class PdfRenderer {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly executablePath: string) {}

  async render(html: string, timeoutMs = 30_000): Promise<Buffer> {
    const browser = await this.launch();
    // A crashed or disconnected browser is replaced on the next render.
    if (!browser.connected) {
      this.browser = null;
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
    return this.browser ? ((await this.browser).process()?.pid ?? null) : null;
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser).close();
  }

  private launch(): Promise<Browser> {
    this.browser ??= puppeteer.launch({
      protocolTimeout: 60_000,
      executablePath: this.executablePath,
      headless: true,
      // The flags a headless Chromium needs on a server: no sandbox as root, no GPU, no calls home.
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    return this.browser;
  }
}
