import { admissionResultMessage, reportingDeadlineMessage } from './applicant-messages';
import { AdmissionNoticeContent, admissionNoticeHtml, noticeVerificationUrl } from './notice-template';

const QR = 'data:image/png;base64,iVBORw0KGgo=';

const notice = (partial: Partial<AdmissionNoticeContent> = {}): AdmissionNoticeContent => ({
  roundName: '2025年福建省临床类别助理全科医生培训招录',
  applicantName: '张三',
  idNumberMasked: '350102********1011',
  baseName: '福州市第一总医院',
  applicantType: '单位人',
  reportBy: '2025年8月31日',
  issuer: '福建省',
  issuedOn: '2025年7月29日',
  qrDataUrl: QR,
  ...partial,
});

describe('RC-6 admission notice (录取通知书)', () => {
  it('RC-6 the QR code opens the portal’s verification page for the notice’s token', () => {
    expect(noticeVerificationUrl('https://agp.example.org/', 'abc_DEF-123')).toBe('https://agp.example.org/verify-admission/abc_DEF-123');
  });

  it('RC-6 one page per notice, with the base, the reporting day and the QR image; names are escaped', () => {
    const html = admissionNoticeHtml([notice(), notice({ applicantName: '<script>x</script>', reportBy: null })]);
    expect(html.match(/<section class="notice">/g)).toHaveLength(2);
    expect(html).toContain('福州市第一总医院');
    expect(html).toContain('请于2025年8月31日前');
    expect(html).toContain('请按培训基地通知的时间');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('RC-6 only the platform’s own PNG data URL is embedded as the QR image', () => {
    expect(() => admissionNoticeHtml([notice({ qrDataUrl: 'https://evil.example/qr.png' })])).toThrow(RangeError);
  });
});

describe('RC-7 messages to applicants', () => {
  it('RC-6 results: where and from when to look', () => {
    const message = admissionResultMessage(7, '重庆市2025年助理全科医生培训招收', new Date('2025-04-29T16:00:00Z'));
    expect(message).toMatchObject({ accountId: 7, kind: 'ADMISSION_RESULT' });
    expect(message.body).toContain('2025-04-30T00:00:00+08:00');
  });

  it('RC-7 the reporting deadline, and what a no-show costs', () => {
    const message = reportingDeadlineMessage(7, '2025年福建省临床类别助理全科医生培训招录', '福州市第一总医院', new Date('2025-08-31T16:00:00Z'));
    expect(message.kind).toBe('REPORTING_DEADLINE');
    expect(message.body).toContain('福州市第一总医院');
    expect(message.body).toContain('取消录取资格');
    expect(reportingDeadlineMessage(7, 'R', 'B', null).body).toContain('请按通知要求');
  });
});
