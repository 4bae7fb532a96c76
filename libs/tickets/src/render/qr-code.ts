import QRCode from 'qrcode';

/** The QR image printed on a ticket, as a PNG data URL (error correction M: survives a smudged print). */
export function qrCodeDataUrl(payload: string): Promise<string> {
  return QRCode.toDataURL(payload, { errorCorrectionLevel: 'M', margin: 1, width: 320 });
}
