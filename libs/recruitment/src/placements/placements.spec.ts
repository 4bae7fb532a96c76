import { noShowMessage, noticeReadyMessage, outcomeMessage, recordedNoShowMessage, resultsPublishedMessage } from './applicant-messages';
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
  const FACTS = { accountId: 7, roundId: 3, roundName: '重庆市2025年助理全科医生培训招收', applicationId: 41 };
  const VISIBLE = new Date('2025-04-29T16:00:00Z');

  it('RC-6 results: told at once, to the account, with when to look; one per application and run', () => {
    const message = resultsPublishedMessage(FACTS, 9, VISIBLE);
    expect(message).toEqual({
      accountId: 7,
      kind: 'RECRUITMENT_RESULTS_PUBLISHED',
      dedupeKey: 'RECRUITMENT_RESULTS_PUBLISHED:application=41:run=9',
      facts: { roundId: 3, roundName: FACTS.roundName, applicationId: 41, resultsVisibleAt: '2025-04-30T00:00:00+08:00', stage: null },
    });
    expect(message.visibleFrom).toBeUndefined();
  });

  it('RC-6 results of one stage name it (a round published round by round)', () => {
    expect(resultsPublishedMessage(FACTS, 9, VISIBLE, '第一志愿').facts).toMatchObject({ stage: '第一志愿' });
  });

  it('RC-6 the outcome is shown only from the results time; admitted names the base and the reporting deadline', () => {
    const admitted = outcomeMessage(FACTS, 9, { admitted: true, baseName: '重庆医科大学附属第一医院', reportingDeadline: new Date('2025-08-31T16:00:00Z') }, VISIBLE);
    expect(admitted).toMatchObject({
      kind: 'RECRUITMENT_ADMITTED',
      visibleFrom: VISIBLE,
      dedupeKey: 'RECRUITMENT_ADMITTED:application=41:run=9',
      facts: { baseName: '重庆医科大学附属第一医院', reportBy: '2025-09-01T00:00:00+08:00' },
    });
    expect(outcomeMessage(FACTS, 9, { admitted: false }, null)).toMatchObject({ kind: 'RECRUITMENT_NOT_ADMITTED', visibleFrom: null, dedupeKey: 'RECRUITMENT_NOT_ADMITTED:application=41:run=9' });
  });

  it('RC-7 the notice and the no-show are told once per application (a retried job or sweep writes nothing new)', () => {
    expect(noticeReadyMessage(FACTS, 'B', VISIBLE)).toMatchObject({ kind: 'RECRUITMENT_NOTICE_READY', dedupeKey: 'RECRUITMENT_NOTICE_READY:application=41', visibleFrom: VISIBLE });
    const noShow = noShowMessage(FACTS, 'B', new Date('2025-08-31T16:00:00Z'), '录取后未按时报到，取消录取资格（通知）');
    expect(noShow).toMatchObject({ kind: 'RECRUITMENT_NO_SHOW', dedupeKey: 'RECRUITMENT_NO_SHOW:application=41', facts: { reportBy: '2025-09-01T00:00:00+08:00', consequence: '录取后未按时报到，取消录取资格（通知）' } });
  });

  it('RC-7 a no-show the base recorded carries its reason, under the same key as the deadline\'s (a place is lost once)', () => {
    const recorded = recordedNoShowMessage(FACTS, 'B', '已考取其他单位', new Date('2025-08-31T16:00:00Z'), '录取后未按时报到，取消录取资格（通知）');
    expect(recorded).toEqual({
      accountId: 7,
      kind: 'RECRUITMENT_NO_SHOW',
      dedupeKey: noShowMessage(FACTS, 'B', new Date('2025-08-31T16:00:00Z'), null).dedupeKey,
      facts: { roundId: 3, roundName: FACTS.roundName, applicationId: 41, baseName: 'B', reportBy: '2025-09-01T00:00:00+08:00', consequence: '录取后未按时报到，取消录取资格（通知）', reason: '已考取其他单位' },
    });
    expect(recordedNoShowMessage(FACTS, 'B', '因病', null, null).facts).toMatchObject({ reportBy: null, consequence: null, reason: '因病' });
  });
});
