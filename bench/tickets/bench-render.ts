/**
 * Renderer-only measurement (no queue yet): tickets per second and peak memory for
 *   (a) a naive renderer that launches a browser per ticket, on a sample, and
 *   (b) one browser rendering many tickets per page.pdf() call,
 * in the same run, against Debian's Chromium with the installed fonts.
 */
import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { formatTicketNumber, PdfRenderer, qrCodeDataUrl, ticketDocumentHtml, TicketContent } from '@app/tickets';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TOTAL = Number(process.env.BENCH_TICKETS ?? 1000);
const NAIVE_SAMPLE = Number(process.env.BENCH_NAIVE_SAMPLE ?? 20);
const PER_DOCUMENT = Number(process.env.BENCH_TICKETS_PER_PDF ?? 100);

async function tickets(count: number): Promise<TicketContent[]> {
  const photo = `data:image/jpeg;base64,${(await samplePortraitJpeg()).toString('base64')}`;
  return Promise.all(
    Array.from({ length: count }, async (_, i) => ({
      sessionName: '2024年福建省临床类别助理全科医生培训结业考核',
      subject: 'SKILLS' as const,
      candidateName: i % 7 === 0 ? '陈𠮷' : `考生${i}`,
      idNumberMasked: '350102********1233',
      ticketNumber: formatTicketNumber({ year: 2024, subject: 'SKILLS', siteCode: 'FZ', sequence: i + 1 }),
      baseName: '福州市第一总医院',
      examDate: '2024年4月19日',
      examSlot: '08:00–11:30',
      siteName: '福建省全科医学培训中心考点',
      siteAddress: '福州市鼓楼区示例路1号',
      roomName: `第${(i % 12) + 1}站组`,
      seat: (i % 30) + 1,
      photoDataUrl: photo,
      qrDataUrl: await qrCodeDataUrl(`bench-${i}`),
      issuer: '福建省全科医学培训中心',
      issuedOn: '2024年4月13日',
    })),
  );
}

function peakRss(): () => number {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  return () => {
    clearInterval(timer);
    return Math.round(peak / 1024 / 1024);
  };
}

async function main(): Promise<void> {
  const all = await tickets(TOTAL);

  let stop = peakRss();
  let started = Date.now();
  for (const ticket of all.slice(0, NAIVE_SAMPLE)) {
    const renderer = new PdfRenderer(CHROMIUM);
    await renderer.render(ticketDocumentHtml([ticket]));
    await renderer.close();
  }
  const naive = NAIVE_SAMPLE / ((Date.now() - started) / 1000);
  const naiveRss = stop();

  const renderer = new PdfRenderer(CHROMIUM);
  await renderer.render(ticketDocumentHtml(all.slice(0, 1))); // browser start-up is not per ticket
  stop = peakRss();
  started = Date.now();
  let bytes = 0;
  for (let i = 0; i < all.length; i += PER_DOCUMENT) bytes += (await renderer.render(ticketDocumentHtml(all.slice(i, i + PER_DOCUMENT)))).length;
  const batched = all.length / ((Date.now() - started) / 1000);
  const batchedRss = stop();
  await renderer.close();

  console.log(`naive: a browser per ticket, ${NAIVE_SAMPLE} tickets: ${naive.toFixed(2)} tickets/s, peak node RSS ${naiveRss} MiB`);
  console.log(`reused browser, ${PER_DOCUMENT} tickets per page.pdf(), ${TOTAL} tickets: ${batched.toFixed(1)} tickets/s, ${(bytes / TOTAL / 1024).toFixed(0)} KiB per ticket, peak node RSS ${batchedRss} MiB`);
  console.log(`ratio: ${(batched / naive).toFixed(0)}x (renderer only; the queue, storage and per-candidate PDFs are not in this figure)`);
}

void main();
