/** Everything printed on one admission notice (录取通知书); values arrive formatted, the template escapes and lays out. */
export interface AdmissionNoticeContent {
  roundName: string;
  applicantName: string;
  idNumberMasked: string;
  baseName: string;
  applicantType: string;
  /** e.g. 2025年8月31日 */
  reportBy: string | null;
  issuer: string;
  issuedOn: string;
  /** data: URL of the QR code image (PNG) that opens the public verification page. */
  qrDataUrl: string;
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Data URLs are produced by the platform, never by users; anything else is refused rather than embedded. */
function assertPngDataUrl(value: string): string {
  if (!value.startsWith('data:image/png;base64,')) throw new RangeError('expected a PNG data URL');
  return value;
}

function noticePage(notice: AdmissionNoticeContent): string {
  const e = escapeHtml;
  const reportLine = notice.reportBy ? `请于${e(notice.reportBy)}前持本通知书及有效身份证件到培训基地报到。` : '请按培训基地通知的时间持本通知书及有效身份证件报到。';
  return `<section class="notice">
  <h1>${e(notice.roundName)}</h1>
  <h2>录取通知书</h2>
  <p class="greeting">${e(notice.applicantName)}同志（证件号码：${e(notice.idNumberMasked)}）：</p>
  <p>经资格审核和录取程序，您已被录取为<strong>${e(notice.baseName)}</strong>助理全科医生培训对象（${e(notice.applicantType)}）。</p>
  <p>${reportLine}实际报到日期为培训年限起始认定依据。未按时报到者，取消录取资格，并按招录政策限制报名。</p>
  <div class="verify"><img class="qr" src="${assertPngDataUrl(notice.qrDataUrl)}" alt="核验二维码"><p>扫描二维码核验本通知书真伪</p></div>
  <footer><span>${e(notice.issuer)}</span><span>${e(notice.issuedOn)}</span></footer>
</section>`;
}

/** One A4 page per notice, the fonts of the admit tickets (so the same installed CJK faces serve both). */
export function admissionNoticeHtml(notices: readonly AdmissionNoticeContent[]): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>录取通知书</title>
<style>
  @page { size: A4; margin: 20mm 18mm; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: "AR PL UMing CN", "HanaMinA", "HanaMinB", serif; font-synthesis: none; color: #111; font-size: 13pt; line-height: 1.9; }
  .notice { page-break-after: always; border: 2px solid #8b0000; padding: 12mm; min-height: 250mm; display: flex; flex-direction: column; }
  .notice:last-child { page-break-after: auto; }
  h1 { font-size: 15pt; text-align: center; margin: 0; font-weight: normal; }
  h2 { font-size: 26pt; text-align: center; letter-spacing: 8pt; margin: 4mm 0 10mm; font-weight: normal; color: #8b0000; }
  p { text-indent: 2em; margin: 0 0 4mm; }
  p.greeting { text-indent: 0; }
  strong { font-weight: normal; text-decoration: underline; }
  .verify { margin-top: 10mm; display: flex; flex-direction: column; align-items: center; }
  .verify p { text-indent: 0; font-size: 9pt; color: #333; }
  .qr { width: 32mm; height: 32mm; image-rendering: pixelated; }
  footer { margin-top: auto; display: flex; flex-direction: column; align-items: flex-end; }
</style></head>
<body>${notices.map(noticePage).join('\n')}</body></html>`;
}

/** The portal's page a notice's QR code opens: `/verify-admission/{token}`; it asks GET /api/recruitment/notices/verify/{token}. */
export const NOTICE_VERIFICATION_PAGE = '/verify-admission/';

export function noticeVerificationUrl(publicOrigin: string, token: string): string {
  return `${publicOrigin.replace(/\/+$/, '')}${NOTICE_VERIFICATION_PAGE}${encodeURIComponent(token)}`;
}
