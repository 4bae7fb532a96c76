import QRCode from 'qrcode';
import sharp from 'sharp';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Pixels per module and quiet-zone modules of the ticket's QR image (libs/tickets/src/render/qr-code.ts). */
const MODULE_PIXELS = 4;
const QUIET_ZONE_MODULES = 1;

/** The modules of the QR code that encodes `text` as the tickets do (one byte segment, correction M), dark = true. */
export function qrModules(text: string): boolean[][] {
  const { modules } = QRCode.create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, column) => modules.get(row, column) === 1));
}

/**
 * The QR codes printed in a PDF, read back module by module: poppler's pdfimages takes every image out as it is
 * embedded, the square ones are the codes, and each module is read at its centre. Compared with `qrModules(text)`,
 * this tells which text a printed code carries.
 */
export async function printedQrCodes(pdfFile: string): Promise<boolean[][][]> {
  const dir = mkdtempSync(join(tmpdir(), 'printed-qr-'));
  try {
    execFileSync('pdfimages', ['-png', pdfFile, join(dir, 'image')]);
    const codes: boolean[][][] = [];
    for (const name of readdirSync(dir).sort()) {
      const { data, info } = await sharp(join(dir, name)).greyscale().raw().toBuffer({ resolveWithObject: true });
      if (info.width !== info.height || info.width % MODULE_PIXELS !== 0) continue;
      const size = info.width / MODULE_PIXELS - 2 * QUIET_ZONE_MODULES;
      const dark = (row: number, column: number) => {
        const x = (column + QUIET_ZONE_MODULES) * MODULE_PIXELS + MODULE_PIXELS / 2;
        const y = (row + QUIET_ZONE_MODULES) * MODULE_PIXELS + MODULE_PIXELS / 2;
        return data[(y * info.width + x) * info.channels] < 128;
      };
      codes.push(Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, column) => dark(row, column))));
    }
    return codes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
