import QRCode from 'qrcode';
import { crc32, inflateSync } from 'node:zlib';
import { qrCodeDataUrl, qrCodePng } from './qr-code';

/** Reads back the 1-bit greyscale PNG the encoder writes: chunk CRCs, header, and one bit per pixel. */
function readPng(png: Buffer): { width: number; height: number; dark: (x: number, y: number) => boolean } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks = new Map<string, Buffer>();
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    const typeAndData = png.subarray(offset + 4, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(typeAndData));
    chunks.set(typeAndData.subarray(0, 4).toString('latin1'), typeAndData.subarray(4));
    offset += 12 + length;
  }
  const header = chunks.get('IHDR')!;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  expect([...header.subarray(8)]).toEqual([1, 0, 0, 0, 0]);
  expect(chunks.has('IEND')).toBe(true);
  const raw = inflateSync(chunks.get('IDAT')!);
  const stride = 1 + Math.ceil(width / 8);
  expect(raw.length).toBe(stride * height);
  return { width, height, dark: (x, y) => (raw[y * stride + 1 + (x >> 3)] & (0x80 >> (x & 7))) === 0 };
}

describe('TK-6 QR code image', () => {
  const token = 't1.WyIyMDI0MkZaMDAwMDEiLDEyMzQ1NjcsMV0.w47ciBXISJ9kc4l49EAI-FljRVRfC6po72_PXFPlcYk';

  it('TK-6 draws every module of the code, four pixels a side, inside a one-module quiet zone', () => {
    const { modules } = QRCode.create(token, { errorCorrectionLevel: 'M' });
    const image = readPng(qrCodePng(token));
    expect(image.width).toBe((modules.size + 2) * 4);
    expect(image.height).toBe(image.width);
    for (let y = 0; y < image.height; y += 1) {
      for (let x = 0; x < image.width; x += 1) {
        const row = Math.floor(y / 4) - 1;
        const column = Math.floor(x / 4) - 1;
        const inside = row >= 0 && column >= 0 && row < modules.size && column < modules.size;
        expect(image.dark(x, y)).toBe(inside && modules.get(row, column) === 1);
      }
    }
  });

  it('TK-6 comes as a PNG data URL for the template', async () => {
    expect(await qrCodeDataUrl(token)).toBe(`data:image/png;base64,${qrCodePng(token).toString('base64')}`);
  });
});
