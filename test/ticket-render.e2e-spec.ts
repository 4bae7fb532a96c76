import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { formatTicketNumber, PdfRenderer, qrCodeDataUrl, ticketDocumentHtml, TicketContent, TicketTokenSigner, ticketVerificationUrl } from '@app/tickets';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { Browser } from 'puppeteer-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** TK-2 on the real stack: Debian's Chromium, installed CJK fonts, poppler to read the PDF back. */
describe('TK-2 admit ticket rendering with Chromium and installed CJK fonts', () => {
  const renderer = new PdfRenderer(CHROMIUM);
  const dir = mkdtempSync(join(tmpdir(), 'ticket-'));
  const signer = new TicketTokenSigner(randomBytes(32));

  afterAll(async () => {
    await renderer.close();
  });

  const ticket = async (candidateName: string, sequence: number): Promise<TicketContent> => ({
    sessionName: '2024年福建省临床类别助理全科医生培训结业考核',
    subject: 'SKILLS',
    candidateName,
    idNumberMasked: '350102********1233',
    ticketNumber: formatTicketNumber({ year: 2024, subject: 'SKILLS', siteCode: 'FZ', sequence }),
    baseName: '福州市第一总医院',
    examDate: '2024年4月19日',
    examSlot: '08:00–11:30',
    siteName: '福建省全科医学培训中心考点',
    siteAddress: '福州市鼓楼区示例路1号',
    roomName: '第3站组',
    seat: 12,
    photoDataUrl: `data:image/jpeg;base64,${(await samplePortraitJpeg()).toString('base64')}`,
    // As printed: the portal's verification page for the ticket's signed token (a code of its real size).
    qrDataUrl: await qrCodeDataUrl(ticketVerificationUrl('https://agp.example.org', signer.sign({ ticketNumber: formatTicketNumber({ year: 2024, subject: 'SKILLS', siteCode: 'FZ', sequence }), signupId: 100_000 + sequence, revision: 1 }))),
    issuer: '福建省全科医学培训中心',
    issuedOn: '2024年4月13日',
  });

  it('TK-2 prints rare names (𠮷, 𪅙: CJK Extension B) with every font an embedded CID TrueType font, one A4 page per ticket', async () => {
    const pdf = await renderer.render(ticketDocumentHtml([await ticket('陈𠮷', 1), await ticket('李𪅙', 2)]));
    const file = join(dir, 'tickets.pdf');
    writeFileSync(file, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('陈𠮷');
    expect(text).toContain('李𪅙');
    expect(text).toContain('20242FZ00001');
    expect(text).toContain('20242FZ00002');
    expect(text).toContain('临床实践技能考核准考证');

    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+2/);
    expect(info).toMatch(/Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)/);

    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    // Columns: name type encoding emb sub uni object ID. No Type 3 outlines: every face is a named, embedded CID font.
    expect(fonts.every((line) => /CID TrueType +Identity-H +yes +yes +yes/.test(line))).toBe(true);
    expect(fonts.some((line) => /UMing/.test(line))).toBe(true);
    expect(fonts.some((line) => /HanaMinB/.test(line))).toBe(true);
  });

  it('TK-5 a browser that died is replaced: the next render succeeds', async () => {
    // The browsers the renderer launches, to see one disconnect (launched as before, only observed).
    const launched: Browser[] = [];
    const launch = puppeteer.launch.bind(puppeteer);
    const spy = jest.spyOn(puppeteer, 'launch').mockImplementation(async (options) => {
      const browser = await launch(options);
      launched.push(browser);
      return browser;
    });
    try {
      await renderer.close();
      await renderer.render(ticketDocumentHtml([await ticket('林晓华', 3)]));
    } finally {
      spy.mockRestore();
    }
    expect(launched).toHaveLength(1);
    const pid = await renderer.browserPid();
    expect(pid).not.toBeNull();
    expect(launched[0].process()?.pid).toBe(pid);
    const disconnected = new Promise((resolve) => launched[0].once('disconnected', resolve));
    process.kill(pid!, 'SIGKILL');
    await disconnected;
    const pdf = await renderer.render(ticketDocumentHtml([await ticket('林晓华', 4)]));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await renderer.browserPid()).not.toBe(pid);
  });
});
