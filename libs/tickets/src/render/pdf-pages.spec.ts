import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PdfPages } from './pdf-pages';

/** Every cross-reference entry in use must point at the object it names, and startxref at the table. */
function crossReferenceProblems(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const start = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  if (!text.startsWith('xref\n', start)) return ['startxref does not point at the table'];
  const problems: string[] = [];
  const lines = text.slice(start).split('\n');
  for (let line = 1; !lines[line].startsWith('trailer'); ) {
    const [first, count] = lines[line].split(' ').map(Number);
    for (let k = 0; k < count; k += 1) {
      const entry = lines[line + 1 + k];
      if (entry.length !== 19) problems.push(`entry ${first + k} is not 20 bytes`);
      if (entry.endsWith(' n ') && !text.startsWith(`${first + k} 0 obj\n`, Number(entry.slice(0, 10)))) problems.push(`object ${first + k} is not at its offset`);
    }
    line += 1 + count;
  }
  return problems;
}

describe('TK-5 cutting a batch PDF into one PDF per ticket', () => {
  let whole: Buffer;

  beforeAll(async () => {
    const document = await PDFDocument.create();
    document.setTitle('准考证');
    const font = await document.embedFont(StandardFonts.Helvetica);
    for (let index = 0; index < 3; index += 1) {
      const page = document.addPage([300 + index, 400]);
      page.drawText(`ticket ${index + 1}`, { x: 20, y: 350, font, size: 14 });
    }
    whole = Buffer.from(await document.save({ useObjectStreams: false }));
  });

  it('TK-5 gives each page a whole PDF of its own, in order, with its font and the document information', async () => {
    const pages = await PdfPages.load(whole);
    expect(pages.count).toBe(3);
    for (let index = 0; index < 3; index += 1) {
      const pdf = pages.page(index);
      expect(pdf.subarray(0, 8).toString('latin1')).toBe(whole.subarray(0, 8).toString('latin1'));
      expect(crossReferenceProblems(pdf)).toEqual([]);
      const single = await PDFDocument.load(pdf);
      expect(single.getPageCount()).toBe(1);
      expect(single.getPage(0).getWidth()).toBe(300 + index);
      expect(single.getTitle()).toBe('准考证');
      expect(pdf.toString('latin1')).toContain('/BaseFont /Helvetica');
      expect(pdf.length).toBeLessThan(whole.length);
    }
  });

  it('TK-5 each file has one cross-reference subsection from 0 whose free entries form one list, as a never-updated file must', async () => {
    const pages = await PdfPages.load(whole);
    const text = pages.page(2).toString('latin1');
    const start = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    const lines = text.slice(start).split('\n');
    const [first, count] = lines[1].split(' ').map(Number);
    expect(first).toBe(0);
    expect(lines[2 + count]).toBe('trailer');
    expect(text).toContain(`/Size ${count} `);
    const entries = lines.slice(2, 2 + count);
    const free = entries.flatMap((entry, number) => (entry.endsWith(' f ') ? [number] : []));
    expect(free[0]).toBe(0);
    // Following the list from object 0 visits every free number once and ends at 0.
    const visited: number[] = [];
    for (let next = Number(entries[0].slice(0, 10)); next !== 0; next = Number(entries[next].slice(0, 10))) visited.push(next);
    expect(visited).toEqual(free.slice(1));
  });

  it('TK-5 cuts the same page to the same bytes every time', async () => {
    const pages = await PdfPages.load(whole);
    const first = pages.page(1);
    pages.page(2);
    expect(pages.page(1).equals(first)).toBe(true);
  });

  it('TK-5 refuses what is not a PDF', async () => {
    await expect(PdfPages.load(Buffer.from('hello, world'))).rejects.toThrow();
  });
});
