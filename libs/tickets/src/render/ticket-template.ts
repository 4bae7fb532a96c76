import { Subject } from '@app/assessment/rules/subject';

/** Everything printed on one admit ticket (TK-2). Values arrive formatted; the template only escapes and lays out. */
export interface TicketContent {
  sessionName: string;
  subject: Subject;
  candidateName: string;
  idNumberMasked: string;
  ticketNumber: string;
  baseName: string;
  examDate: string;
  examSlot: string;
  siteName: string;
  siteAddress: string;
  roomName: string;
  seat: number;
  /** data: URL of the candidate's JPEG photo */
  photoDataUrl: string;
  /** data: URL of the QR code image */
  qrDataUrl: string;
  issuer: string;
  issuedOn: string;
}

const SUBJECT_TITLES: Record<Subject, string> = { THEORY: '专业理论考试', SKILLS: '临床实践技能考核' };

/** 考生须知: what candidates are told on the ticket. */
export const CANDIDATE_RULES = [
  '考生须凭本准考证和有效身份证件原件，按规定时间到达考点，逾期30分钟不得入场。',
  '考生须按准考证上的考场、站组和座号参加考核，服从考务人员安排。',
  '严禁携带手机、智能手表等电子设备及任何资料进入考场；已携带的须关机并存放于指定位置。',
  '考核期间不得交头接耳、抄袭或协助他人作弊，违纪违规者按《医师资格考试违纪违规处理规定》有关精神处理。',
  '本准考证须妥善保管，不得涂改；请用A4纸打印，正反面均有效信息以本页为准。',
];

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Data URLs are produced by the platform, never by users; anything else is refused rather than embedded. */
function assertDataUrl(value: string, kind: 'image/jpeg' | 'image/png' | 'image/svg+xml'): string {
  if (!value.startsWith(`data:${kind};base64,`)) throw new RangeError(`expected a ${kind} data URL`);
  return value;
}

/** A4 ticket page. Fonts: AR PL UMing (a Song face) first, HanaMin A/B for rare characters outside it (𠮷, 𪅙), so no glyph is missing. */
export function ticketPageHtml(ticket: TicketContent): string {
  const e = escapeHtml;
  const row = (label: string, value: string) => `<tr><th>${label}</th><td>${e(value)}</td></tr>`;
  return `<section class="ticket">
  <header>
    <h1>${e(ticket.sessionName)}</h1>
    <h2>${SUBJECT_TITLES[ticket.subject]}准考证</h2>
  </header>
  <div class="body">
    <table class="facts">
      ${row('准考证号', ticket.ticketNumber)}
      ${row('姓　　名', ticket.candidateName)}
      ${row('证件号码', ticket.idNumberMasked)}
      ${row('培训基地', ticket.baseName)}
      ${row('考核日期', ticket.examDate)}
      ${row('考核时间', ticket.examSlot)}
      ${row('考　　点', ticket.siteName)}
      ${row('考点地址', ticket.siteAddress)}
      ${row('考场站组', ticket.roomName)}
      ${row('座　　号', String(ticket.seat))}
    </table>
    <div class="side">
      <img class="photo" alt="照片" src="${assertDataUrl(ticket.photoDataUrl, 'image/jpeg')}">
      <img class="qr" alt="二维码" src="${assertDataUrl(ticket.qrDataUrl, 'image/png')}">
      <p class="qr-note">扫码核验准考证真伪</p>
    </div>
  </div>
  <section class="rules">
    <h3>考生须知</h3>
    <ol>${CANDIDATE_RULES.map((rule) => `<li>${e(rule)}</li>`).join('')}</ol>
  </section>
  <footer><span>${e(ticket.issuer)}</span><span>${e(ticket.issuedOn)}</span></footer>
</section>`;
}

/** One HTML document of many tickets, one per A4 page: a single page.pdf() renders a whole batch. */
export function ticketDocumentHtml(tickets: TicketContent[]): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>准考证</title>
<style>
  @page { size: A4; margin: 18mm 16mm; }
  * { box-sizing: border-box; }
  /* TrueType faces only, and no synthetic bold: both keep every glyph a real embedded CID font in the PDF. */
  body { margin: 0; font-family: "AR PL UMing CN", "HanaMinA", "HanaMinB", serif; font-synthesis: none; color: #111; }
  .ticket { page-break-after: always; border: 2px solid #111; padding: 10mm 10mm 8mm; min-height: 250mm; display: flex; flex-direction: column; }
  .ticket:last-child { page-break-after: auto; }
  header { text-align: center; border-bottom: 1px solid #111; padding-bottom: 4mm; margin-bottom: 6mm; }
  h1 { font-size: 17pt; margin: 0 0 2mm; font-weight: normal; }
  h2 { font-size: 22pt; margin: 0; letter-spacing: 4pt; font-weight: normal; }
  .body { display: flex; gap: 8mm; }
  .facts { flex: 1; border-collapse: collapse; font-size: 12.5pt; }
  .facts th, .facts td { border: 1px solid #444; padding: 2.6mm 3mm; text-align: left; vertical-align: middle; }
  .facts th { width: 30mm; background: #f2f2f2; font-weight: normal; white-space: nowrap; }
  .side { width: 40mm; display: flex; flex-direction: column; align-items: center; gap: 4mm; }
  .photo { width: 35mm; height: 49mm; object-fit: cover; border: 1px solid #444; }
  .qr { width: 34mm; height: 34mm; image-rendering: pixelated; }
  .qr-note { font-size: 9pt; margin: 0; color: #333; }
  .rules { margin-top: 8mm; font-size: 11pt; line-height: 1.65; }
  .rules h3 { font-size: 13pt; margin: 0 0 2mm; }
  .rules ol { margin: 0; padding-left: 6mm; }
  footer { margin-top: auto; display: flex; justify-content: space-between; font-size: 11pt; padding-top: 6mm; }
</style></head>
<body>${tickets.map(ticketPageHtml).join('\n')}</body></html>`;
}
