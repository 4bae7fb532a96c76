import { ParseSpeeds, PDFArray, PDFContext, PDFDict, PDFDocument, PDFName, PDFObject, PDFPageLeaf, PDFRef, PDFStream } from 'pdf-lib';

const PARENT = PDFName.of('Parent');
const INHERITABLE = PDFPageLeaf.InheritableEntries.map((key) => PDFName.of(key));

/**
 * Cuts a PDF into one PDF per page. Each page's file keeps the object numbers the objects have in the whole,
 * so an object many pages share (a font, a colour profile) is serialised once and its bytes reused for every
 * page; copying pages into new documents would clone and serialise every font again for every page, which
 * cost more time and garbage than the rest of a batch. Numbers a page does not use are free entries of one
 * cross-reference subsection, as a file that was never updated must have.
 */
export class PdfPages {
  /** Bytes of the objects a second page has used, kept for the pages after it; a page's own objects are not kept. */
  private readonly shared = new Map<number, Buffer>();
  private readonly usedOnce = new Set<number>();

  private constructor(
    private readonly context: PDFContext,
    private readonly pages: Array<{ ref: PDFRef; node: PDFPageLeaf }>,
    private readonly header: Buffer,
  ) {}

  static async load(pdf: Uint8Array): Promise<PdfPages> {
    // Parsed in one go rather than yielding every 100 objects: a batch of tickets takes a few tens of milliseconds.
    const document = await PDFDocument.load(pdf, { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false });
    const version = Buffer.from(pdf.subarray(0, 8)).toString('latin1');
    if (!/^%PDF-\d\.\d$/.test(version)) throw new Error('not a PDF');
    // The version of the whole, then a comment of high bytes that marks the file as binary.
    const header = Buffer.concat([Buffer.from(`${version}\n%`, 'latin1'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a])]);
    return new PdfPages(
      document.context,
      document.getPages().map((page) => ({ ref: page.ref, node: page.node })),
      header,
    );
  }

  get count(): number {
    return this.pages.length;
  }

  /** Page `index` alone: the page, everything it refers to, the document information, a new page tree and catalogue. */
  page(index: number): Buffer {
    const { ref, node } = this.pages[index];
    // The page tree stays behind, so what the page inherits from it moves onto the page.
    for (const key of INHERITABLE) {
      const inherited = node.get(key) ? undefined : node.getInheritableAttribute(key);
      if (inherited) node.set(key, inherited);
    }
    const pagesNumber = this.context.largestObjectNumber + 1;
    const catalogNumber = pagesNumber + 1;
    node.set(PARENT, PDFRef.of(pagesNumber));

    const refs = new Map<number, PDFRef>();
    this.collect(ref, refs);
    const info = this.context.trailerInfo.Info;
    if (info instanceof PDFRef) this.collect(info, refs);
    const parts: Buffer[] = [this.header];
    const offsets: Array<[number, number, number]> = [];
    let length = this.header.length;
    const add = (objectNumber: number, generation: number, bytes: Buffer) => {
      offsets.push([objectNumber, generation, length]);
      parts.push(bytes);
      length += bytes.length;
    };
    for (const objectRef of [...refs.values()].sort((a, b) => a.objectNumber - b.objectNumber)) {
      add(objectRef.objectNumber, objectRef.generationNumber, this.bytesOf(objectRef));
    }
    add(pagesNumber, 0, Buffer.from(`${pagesNumber} 0 obj\n<< /Type /Pages /Kids [ ${ref.toString()} ] /Count 1 >>\nendobj\n`, 'latin1'));
    add(catalogNumber, 0, Buffer.from(`${catalogNumber} 0 obj\n<< /Type /Catalog /Pages ${pagesNumber} 0 R >>\nendobj\n`, 'latin1'));

    const trailer = `trailer\n<< /Size ${catalogNumber + 1} /Root ${catalogNumber} 0 R${info instanceof PDFRef ? ` /Info ${info.toString()}` : ''} >>\nstartxref\n${length}\n%%EOF\n`;
    parts.push(Buffer.from(crossReference(offsets, catalogNumber + 1) + trailer, 'latin1'));
    return Buffer.concat(parts);
  }

  /** Every object reachable from `ref`, but not through a Parent link (that way lies the whole document). */
  private collect(ref: PDFRef, into: Map<number, PDFRef>): void {
    const pending: PDFObject[] = [ref];
    while (pending.length > 0) {
      const object = pending.pop();
      if (object instanceof PDFRef) {
        const target = into.has(object.objectNumber) ? undefined : this.context.lookup(object);
        if (target) {
          into.set(object.objectNumber, object);
          pending.push(target);
        }
      } else if (object instanceof PDFDict) {
        for (const [key, value] of object.entries()) if (key !== PARENT) pending.push(value);
      } else if (object instanceof PDFArray) {
        for (let index = 0; index < object.size(); index += 1) pending.push(object.get(index));
      } else if (object instanceof PDFStream) {
        pending.push(object.dict);
      }
    }
  }

  private bytesOf(ref: PDFRef): Buffer {
    const kept = this.shared.get(ref.objectNumber);
    if (kept) return kept;
    const object = this.context.lookup(ref)!;
    const opening = `${ref.objectNumber} ${ref.generationNumber} obj\n`;
    const closing = '\nendobj\n';
    const bytes = Buffer.alloc(opening.length + object.sizeInBytes() + closing.length);
    bytes.write(opening, 0, 'latin1');
    const written = object.copyBytesInto(bytes, opening.length);
    bytes.write(closing, opening.length + written, 'latin1');
    if (this.usedOnce.has(ref.objectNumber)) this.shared.set(ref.objectNumber, bytes);
    else this.usedOnce.add(ref.objectNumber);
    return bytes;
  }
}

/**
 * A cross-reference table of one subsection 0 … size-1 (ISO 32000-1, 7.5.4): objects in use point at their
 * offsets; every other number, object 0 first, is a free entry in the linked list of free numbers.
 */
function crossReference(objects: Array<[number, number, number]>, size: number): string {
  const inUse = new Map(objects.map(([number, generation, offset]) => [number, `${String(offset).padStart(10, '0')} ${String(generation).padStart(5, '0')} n \n`]));
  const free: number[] = [];
  for (let number = 1; number < size; number += 1) if (!inUse.has(number)) free.push(number);
  const nextFree = new Map(free.map((number, index) => [number, free[index + 1] ?? 0]));
  const lines: string[] = [`${String(free[0] ?? 0).padStart(10, '0')} 65535 f \n`];
  for (let number = 1; number < size; number += 1) {
    lines.push(inUse.get(number) ?? `${String(nextFree.get(number)).padStart(10, '0')} 00000 f \n`);
  }
  return `xref\n0 ${size}\n${lines.join('')}`;
}
