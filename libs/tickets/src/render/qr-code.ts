import QRCode from 'qrcode';
import { crc32, deflateSync } from 'node:zlib';

/** Pixels per QR module: sharp when printed even if a viewer smooths the image, yet tiny to encode. */
const MODULE_PIXELS = 4;
const QUIET_ZONE_MODULES = 1;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const framed = Buffer.alloc(body.length + 8);
  framed.writeUInt32BE(data.length, 0);
  body.copy(framed, 4);
  framed.writeUInt32BE(crc32(body), body.length + 4);
  return framed;
}

/**
 * The QR code as a 1-bit greyscale PNG (error correction M: survives a smudged print). Encoded here rather
 * than by the library's RGBA encoder, which tries every PNG filter on every row and cost more than the
 * rest of a ticket's preparation together.
 */
export function qrCodePng(payload: string): Buffer {
  // One byte-mode segment: the verification URL (its token base64url) fits no other mode, and naming the mode
  // skips the library's search for an optimal mix of modes (most of its time and garbage).
  const { modules } = QRCode.create([{ data: Buffer.from(payload, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  const side = (modules.size + 2 * QUIET_ZONE_MODULES) * MODULE_PIXELS;
  const stride = 1 + Math.ceil(side / 8);
  // White everywhere (bit 1), each row led by filter byte 0 (none); dark modules clear their bits.
  const raw = Buffer.alloc(stride * side, 0xff);
  for (let y = 0; y < side; y += 1) raw[y * stride] = 0;
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (!modules.get(row, column)) continue;
      for (let dy = 0; dy < MODULE_PIXELS; dy += 1) {
        const line = ((row + QUIET_ZONE_MODULES) * MODULE_PIXELS + dy) * stride + 1;
        for (let dx = 0; dx < MODULE_PIXELS; dx += 1) {
          const x = (column + QUIET_ZONE_MODULES) * MODULE_PIXELS + dx;
          raw[line + (x >> 3)] &= ~(0x80 >> (x & 7));
        }
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter method, no interlace
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** The QR image printed on a ticket, as a PNG data URL. */
export function qrCodeDataUrl(payload: string): Promise<string> {
  return Promise.resolve(`data:image/png;base64,${qrCodePng(payload).toString('base64')}`);
}
