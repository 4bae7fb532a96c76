import { CANDIDATE_RULES, TicketContent, ticketDocumentHtml, ticketPageHtml } from './ticket-template';

const ticket: TicketContent = {
  sessionName: '2024年福建省临床类别助理全科医生培训结业考核',
  subject: 'SKILLS',
  candidateName: '陈𠮷',
  idNumberMasked: '350102********1233',
  ticketNumber: '20242FZ00001',
  baseName: '福州市第一总医院',
  examDate: '2024年4月19日',
  examSlot: '08:00–11:30',
  siteName: '考点',
  siteAddress: '地址',
  roomName: '第3站组',
  seat: 12,
  photoDataUrl: 'data:image/jpeg;base64,AAAA',
  qrDataUrl: 'data:image/png;base64,BBBB',
  issuer: '福建省全科医学培训中心',
  issuedOn: '2024年4月13日',
};

describe('TK-2 ticket template', () => {
  it('TK-2 carries every field a ticket must show', () => {
    const html = ticketPageHtml(ticket);
    for (const value of ['临床实践技能考核准考证', '陈𠮷', '350102********1233', '20242FZ00001', '福州市第一总医院', '2024年4月19日', '08:00–11:30', '第3站组', '>12<', ...CANDIDATE_RULES]) {
      expect(html).toContain(value);
    }
    expect(ticketPageHtml({ ...ticket, subject: 'THEORY' })).toContain('专业理论考试准考证');
  });

  it('TK-2 escapes every text field, so a name cannot inject markup', () => {
    const html = ticketPageHtml({ ...ticket, candidateName: '<script>alert(1)</script>', siteAddress: '"a" & \'b\'' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;a&quot; &amp; &#39;b&#39;');
  });

  it('TK-2 embeds only data URLs of the expected image types', () => {
    expect(() => ticketPageHtml({ ...ticket, photoDataUrl: 'https://example.org/p.jpg' })).toThrow(RangeError);
    expect(() => ticketPageHtml({ ...ticket, photoDataUrl: 'data:image/png;base64,AAAA' })).toThrow(RangeError);
    expect(() => ticketPageHtml({ ...ticket, qrDataUrl: 'javascript:alert(1)' })).toThrow(RangeError);
  });

  it('TK-2 one document holds many tickets, one A4 page each', () => {
    const html = ticketDocumentHtml([ticket, { ...ticket, ticketNumber: '20242FZ00002' }]);
    expect(html.match(/<section class="ticket">/g)).toHaveLength(2);
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('font-synthesis: none');
  });
});
