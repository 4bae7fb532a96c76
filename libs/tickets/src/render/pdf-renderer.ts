import type { Browser } from 'puppeteer';
import puppeteer from 'puppeteer';

/**
 * Renders HTML to PDF with the system's Chromium (never a downloaded browser). One browser is reused for
 * every document; each render gets its own page, closed afterwards.
 */
export class PdfRenderer {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly executablePath: string) {}

  async render(html: string, timeoutMs = 30_000): Promise<Buffer> {
    const browser = await this.launch();
    const page = await browser.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
      // Fonts load asynchronously even for local faces; print only once every glyph can be drawn.
      await page.evaluate('document.fonts.ready.then(() => true)');
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, timeout: timeoutMs });
      return Buffer.from(pdf);
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser).close();
  }

  private launch(): Promise<Browser> {
    this.browser ??= puppeteer.launch({
      executablePath: this.executablePath,
      headless: true,
      // The flags a headless Chromium needs on a server: no sandbox as root, no GPU, no calls home.
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    return this.browser;
  }
}
