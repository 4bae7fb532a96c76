import { CandidateNotice, messageKey, MESSAGE_KINDS } from './candidate-notice';
import { closingText, composeMail, composeMessage, openingText, spanText } from './compose-message.rules';

const SESSION = { sessionId: 3, sessionName: '2024年福建省临床类别助理全科医生培训结业考核', signupId: 61 };

const APPLICATION = { roundId: 1, roundName: '2025年福建省临床类别助理全科医生培训招录', applicationId: 12 };
const CITY = { level: 'CITY' as const, name: '设区市卫健委' };
const CENTRE_LEVEL = { level: 'CENTRE' as const, name: '福建省全科医学培训中心' };

/** One notice of every kind, as the writers build them. */
const EVERY_KIND: CandidateNotice[] = [
  { kind: 'SIGNUP_BASE_APPROVED', facts: SESSION },
  { kind: 'SIGNUP_APPROVED', facts: { ...SESSION, subjects: ['THEORY', 'SKILLS'] } },
  { kind: 'SIGNUP_REJECTED', facts: { ...SESSION, by: 'CENTRE', reason: '证件信息不符' } },
  { kind: 'SIGNUP_RETURNED', facts: { ...SESSION, reason: '照片不清晰', correctBefore: '2024-03-14T00:00:00+08:00' } },
  { kind: 'SIGNUP_VOIDED', facts: { ...SESSION, correctBefore: '2024-03-14T00:00:00+08:00' } },
  { kind: 'SIGNUP_CANCELLED', facts: { ...SESSION, reason: '学历造假' } },
  {
    kind: 'TICKETS_READY',
    facts: {
      sessionId: 3,
      sessionName: SESSION.sessionName,
      subject: 'SKILLS',
      ticketNumber: '20242FZ00001',
      exam: { startsAt: '2024-04-19T08:00:00+08:00', endsAt: '2024-04-19T11:30:00+08:00' },
      siteName: '福州考点',
      siteAddress: '福州市鼓楼区杨桥路 1 号',
      printWindow: { startsAt: '2024-04-13T00:00:00+08:00', endsAt: '2024-04-20T00:00:00+08:00' },
    },
  },
  {
    kind: 'SESSION_RESCHEDULED',
    facts: {
      sessionId: 3,
      sessionName: SESSION.sessionName,
      subject: 'SKILLS',
      before: { startsAt: '2024-04-19T08:00:00+08:00', endsAt: '2024-04-19T11:30:00+08:00' },
      after: { startsAt: '2024-04-26T08:00:00+08:00', endsAt: '2024-04-26T11:30:00+08:00' },
      siteName: '福州考点',
      reason: '突发公共卫生事件',
      ticketReissued: true,
    },
  },
  { kind: 'SESSION_CANCELLED', facts: { sessionId: 3, sessionName: SESSION.sessionName, subject: 'SKILLS', reason: '不可抗力' } },
  { kind: 'RESULTS_PUBLISHED', facts: { sessionId: 3, sessionName: SESSION.sessionName, subject: 'THEORY' } },
  { kind: 'THREE_YEAR_LIMIT_APPROACHING', facts: { rotationEndYear: 2022, lastAllowedYear: 2024, deadline: '2024-12-31', remainingSubjects: ['SKILLS'], remainingYears: [2024] } },
  { kind: 'RECRUITMENT_REVIEW_PASSED', facts: { ...APPLICATION, by: CITY, next: CENTRE_LEVEL } },
  { kind: 'RECRUITMENT_REJECTED', facts: { ...APPLICATION, by: CENTRE_LEVEL, reason: '学历不符合要求' } },
  { kind: 'RECRUITMENT_RETURNED', facts: { ...APPLICATION, by: CITY, reason: '单位同意函未盖章', correctBefore: '2025-07-09T00:00:00+08:00' } },
  { kind: 'RECRUITMENT_WITHDRAWN', facts: { ...APPLICATION, correctBefore: '2025-07-09T00:00:00+08:00' } },
  { kind: 'RECRUITMENT_RESULTS_PUBLISHED', facts: { ...APPLICATION, resultsVisibleAt: '2025-08-20T09:00:00+08:00' } },
  { kind: 'RECRUITMENT_ADMITTED', facts: { ...APPLICATION, baseName: '福建医科大学附属第一医院', reportBy: '2025-09-01T00:00:00+08:00' } },
  { kind: 'RECRUITMENT_NOT_ADMITTED', facts: APPLICATION },
  { kind: 'RECRUITMENT_NOTICE_READY', facts: { ...APPLICATION, baseName: '福建医科大学附属第一医院' } },
  { kind: 'RECRUITMENT_NO_SHOW', facts: { ...APPLICATION, baseName: '福建医科大学附属第一医院', reportBy: '2025-09-01T00:00:00+08:00', consequence: '取消录取资格，取消下一年度报名资格（闽卫科教函〔2025〕1号）' } },
];

describe('composeMessage: what a candidate reads, from the kind and its facts', () => {
  it('every kind has a title and a body in Chinese', () => {
    expect(EVERY_KIND.map((notice) => notice.kind)).toEqual([...MESSAGE_KINDS]);
    for (const notice of EVERY_KIND) {
      const { title, body } = composeMessage(notice);
      expect([notice.kind, title.length > 0 && title.length <= 200, /[\u4e00-\u9fff]/.test(body)]).toEqual([notice.kind, true, true]);
    }
  });

  it('FA-8 a return gives the reason and the deadline as the notice writes it (a window closing at 00:00 ends at 24:00 the day before)', () => {
    expect(composeMessage(EVERY_KIND[3])).toEqual({
      title: '报名被退回修改',
      body: '您在“2024年福建省临床类别助理全科医生培训结业考核”的报名已被培训基地退回修改。理由：照片不清晰。请在 2024年3月13日24:00（北京时间）前修改并重新提交；逾期未重新提交的，报名作废。',
    });
  });

  it('FA-8 voiding names the review window\'s end it missed', () => {
    expect(composeMessage(EVERY_KIND[4]).body).toBe('您在“2024年福建省临床类别助理全科医生培训结业考核”被退回修改的报名未在资格审核结束（2024年3月13日24:00，北京时间）前重新提交，报名已作废。');
  });

  it('FA-8 / FA-9 the base\'s approval says the centre reviews next; the reviewer of a rejection is named with the reason', () => {
    expect(composeMessage(EVERY_KIND[0]).body).toContain('已通过培训基地资格审核，正在等待省全科医学培训中心复审');
    expect(composeMessage(EVERY_KIND[1])).toMatchObject({ title: '报名资格审核通过' });
    expect(composeMessage(EVERY_KIND[1]).body).toContain('报考科目：专业理论考试、临床实践技能考核');
    expect(composeMessage(EVERY_KIND[2]).body).toBe('您在“2024年福建省临床类别助理全科医生培训结业考核”的报名未通过省全科医学培训中心资格审核。理由：证件信息不符');
    expect(composeMessage({ kind: 'SIGNUP_REJECTED', facts: { ...SESSION, by: 'BASE', reason: '无法按期完成轮转' } }).body).toContain('未通过培训基地资格审核。理由：无法按期完成轮转');
  });

  it('FA-11 a cancellation says the results go with it', () => {
    expect(composeMessage(EVERY_KIND[5])).toEqual({
      title: '考试资格已取消',
      body: '经核实，您在“2024年福建省临床类别助理全科医生培训结业考核”提交的报考信息不真实，已取消本次考试资格，本次考核成绩（如有）一并取消。理由：学历造假',
    });
  });

  it('RC-5 recruitment: a passed level names who reviews next; a return its reason and deadline; a withdrawal the deadline missed', () => {
    const [passed, rejected, returned, withdrawn] = EVERY_KIND.slice(-9, -5).map(composeMessage);
    expect(passed.body).toContain('正在等待福建省全科医学培训中心审核');
    expect(composeMessage({ kind: 'RECRUITMENT_REVIEW_PASSED', facts: { ...APPLICATION, by: CENTRE_LEVEL, next: null } }).title).toBe('招录报名资格审核通过');
    expect(rejected.body).toContain('理由：学历不符合要求');
    expect(returned.body).toContain('单位同意函未盖章');
    expect(returned.body).toContain('2025年7月8日24:00');
    expect(withdrawn.body).toContain('视为自动放弃');
  });

  it('RC-6 / RC-7 admission: results time, the base and the last day to report (24:00), the notice, a no-show\'s ban', () => {
    const [published, admitted, notAdmitted, noticeReady, noShow] = EVERY_KIND.slice(-5).map(composeMessage);
    expect(published.body).toBe('“2025年福建省临床类别助理全科医生培训招录”录取结果已发布，请于 2025年8月20日09:00（北京时间）起登录平台查看录取结果及说明。');
    expect(composeMessage({ kind: 'RECRUITMENT_RESULTS_PUBLISHED', facts: { ...APPLICATION, resultsVisibleAt: null } }).body).toContain('录取结果已发布，请登录平台查看');
    const stage = composeMessage({ kind: 'RECRUITMENT_RESULTS_PUBLISHED', facts: { ...APPLICATION, resultsVisibleAt: '2025-04-26T00:00:00+08:00', stage: '第一志愿' } });
    expect(stage.title).toBe('招录第一志愿录取结果已发布');
    expect(stage.body).toContain('第一志愿录取结果已发布，请于 2025年4月26日00:00（北京时间）起登录平台查看');
    expect(admitted).toMatchObject({ title: '已被福建医科大学附属第一医院录取' });
    expect(admitted.body).toContain('请于 2025年8月31日24:00（北京时间）前到培训基地报到');
    expect(composeMessage({ kind: 'RECRUITMENT_ADMITTED', facts: { ...APPLICATION, baseName: 'B', reportBy: null } }).body).toContain('请按录取通知书要求到培训基地报到');
    expect(notAdmitted.body).toContain('未被录取');
    expect(noticeReady.body).toContain('录取通知书（福建医科大学附属第一医院）已生成');
    expect(noShow.body).toBe(
      '您在“2025年福建省临床类别助理全科医生培训招录”中被福建医科大学附属第一医院录取，未在 2025年8月31日24:00（北京时间）前报到，录取资格已取消。处理：取消录取资格，取消下一年度报名资格（闽卫科教函〔2025〕1号）',
    );
    expect(composeMessage({ kind: 'RECRUITMENT_NO_SHOW', facts: { ...APPLICATION, baseName: 'B', reportBy: '2025-09-01T00:00:00+08:00', consequence: null } }).body).toMatch(/录取资格已取消。$/);
  });

  it('RC-7 / RC-8 a no-show the base recorded gives the base\'s reason and the policy\'s verdict, whatever the deadline', () => {
    const recorded = { ...APPLICATION, baseName: '福建医科大学附属第一医院', reportBy: '2025-09-01T00:00:00+08:00', consequence: '录取后未按时报到，取消录取资格，取消2026年度报名资格（闽卫科教函〔2025〕1号）', reason: '已考取其他单位' };
    expect(composeMessage({ kind: 'RECRUITMENT_NO_SHOW', facts: recorded })).toEqual({
      title: '登记为未报到，录取资格已取消',
      body: '您在“2025年福建省临床类别助理全科医生培训招录”中被福建医科大学附属第一医院录取，培训基地已登记您未报到，原因：已考取其他单位。录取资格已取消。处理：录取后未按时报到，取消录取资格，取消2026年度报名资格（闽卫科教函〔2025〕1号）',
    });
    // A round without a reporting deadline: the base's record is the only way a place is lost.
    expect(composeMessage({ kind: 'RECRUITMENT_NO_SHOW', facts: { ...recorded, reportBy: null, consequence: null } }).body).toMatch(/原因：已考取其他单位。录取资格已取消。$/);
  });

  it('TK-1 tickets ready: number, slot, site and the print window in Beijing time', () => {
    expect(composeMessage(EVERY_KIND[6])).toEqual({
      title: '临床实践技能考核准考证已生成',
      body:
        '您在“2024年福建省临床类别助理全科医生培训结业考核”的临床实践技能考核准考证已生成，准考证号 20242FZ00001。考试时间：2024年4月19日 08:00–11:30；' +
        '考点：福州考点（福州市鼓楼区杨桥路 1 号）。请于 2024年4月13日00:00 至 2024年4月19日24:00（北京时间）登录本平台打印准考证。',
    });
  });

  it('FA-12 a reschedule gives the old and new time, the reason, and that the ticket was made again', () => {
    expect(composeMessage(EVERY_KIND[7])).toEqual({
      title: '临床实践技能考核时间调整',
      body:
        '“2024年福建省临床类别助理全科医生培训结业考核”临床实践技能考核（考点：福州考点）的考试时间已调整：由 2024年4月19日 08:00–11:30 改为 2024年4月26日 08:00–11:30（北京时间）。' +
        '调整原因：突发公共卫生事件。准考证已按新时间重新生成，原准考证作废，请在打印时间内重新打印。',
    });
    const days = composeMessage({
      kind: 'SESSION_RESCHEDULED',
      facts: {
        sessionId: 3,
        sessionName: 'S',
        subject: 'THEORY',
        before: { startsAt: '2024-05-12T00:00:00+08:00', endsAt: '2024-05-13T00:00:00+08:00' },
        after: { startsAt: '2024-05-19T00:00:00+08:00', endsAt: '2024-05-21T00:00:00+08:00' },
        siteName: null,
        reason: '国家统一调整',
        ticketReissued: false,
      },
    });
    expect(days.body).toBe('“S”专业理论考试的考试时间已调整：由 2024年5月12日 00:00–24:00 改为 2024年5月19日00:00 至 2024年5月20日24:00（北京时间）。调整原因：国家统一调整。');
  });

  it('FA-12 a cancellation names the subject, or the whole session', () => {
    expect(composeMessage(EVERY_KIND[8])).toEqual({ title: '临床实践技能考核取消', body: '“2024年福建省临床类别助理全科医生培训结业考核”临床实践技能考核已取消。原因：不可抗力。后续安排将通过消息中心另行通知。' });
    expect(composeMessage({ kind: 'SESSION_CANCELLED', facts: { sessionId: 3, sessionName: 'S', subject: null, reason: '不可抗力' } }).title).toBe('本次结业考核取消');
  });

  it('SC-4 results published; SC-1 the theory notice adds that no recheck is taken', () => {
    expect(composeMessage(EVERY_KIND[9])).toEqual({
      title: '专业理论考试成绩已公布',
      body: '“2024年福建省临床类别助理全科医生培训结业考核”专业理论考试成绩已公布，请登录本平台查询成绩、是否合格及有效期。专业理论考试成绩以标准分形式报告，不接受成绩复核申请。单科考核结果 3 年（含考试当年）内有效。',
    });
    expect(composeMessage({ kind: 'RESULTS_PUBLISHED', facts: { sessionId: 3, sessionName: 'S', subject: 'SKILLS' } }).body).not.toContain('复核');
  });

  it('SC-7 the three-year limit: by when, what remains, the years left, and what follows', () => {
    expect(composeMessage(EVERY_KIND[10])).toEqual({
      title: '结业考核三年期限临近',
      body:
        '您于 2022 年结束轮转，须在 2022–2024 年内（至 2024-12-31）通过结业考核。尚需通过：临床实践技能考核；还可参加 2024 年的考核（每年一次，不设补考，这是最后一次机会）。' +
        '逾期未通过（含未参加）的，如再次申请结业考核，须自费重新参加培训。',
    });
    const two = composeMessage({
      kind: 'THREE_YEAR_LIMIT_APPROACHING',
      facts: { rotationEndYear: 2023, lastAllowedYear: 2025, deadline: '2025-12-31', remainingSubjects: ['THEORY', 'SKILLS'], remainingYears: [2024, 2025] },
    });
    expect(two.body).toContain('尚需通过：专业理论考试、临床实践技能考核；还可参加 2024 年、2025 年的考核（每年一次，不设补考，共 2 次机会）');
  });
});

describe('times as a candidate reads them (Beijing)', () => {
  it('FA-1 a closing instant at 00:00 reads 24:00 of the day before; any other keeps its day', () => {
    expect(closingText('2024-03-14T00:00:00+08:00')).toBe('2024年3月13日24:00');
    expect(closingText('2024-03-13T16:00:00.000Z')).toBe('2024年3月13日24:00');
    expect(closingText('2024-07-11T17:00:00+08:00')).toBe('2024年7月11日17:00');
    expect(openingText('2024-02-29T08:00:00+08:00')).toBe('2024年2月29日08:00');
    expect(spanText({ startsAt: '2024-04-19T13:30:00+08:00', endsAt: '2024-04-19T17:00:00+08:00' })).toBe('2024年4月19日 13:30–17:00');
    expect(() => closingText('soon')).toThrow(RangeError);
  });
});

describe('composeMail: the e-mail of a message', () => {
  it('the title as the subject, with the platform\'s name; the body with a greeting and the channel\'s note', () => {
    const mail = composeMail('林晓华', composeMessage(EVERY_KIND[3]));
    expect(mail.subject).toBe('【助理全科医生培训结业考核平台】报名被退回修改');
    expect(mail.text.startsWith('林晓华，您好：\n\n您在“2024年福建省临床类别助理全科医生培训结业考核”的报名已被培训基地退回修改。')).toBe(true);
    expect(mail.text).toContain('以上内容以平台消息中心为准。本邮件由系统自动发送，请勿回复。');
  });
});

describe('messageKey: what makes a message one of a kind', () => {
  it('joins the kind and the named parts in order', () => {
    expect(messageKey('SIGNUP_RETURNED', { signup: 61, version: 4 })).toBe('SIGNUP_RETURNED:signup=61:version=4');
    expect(messageKey('THREE_YEAR_LIMIT_APPROACHING', { trainee: 9, deadline: '2024-12-31' })).toBe('THREE_YEAR_LIMIT_APPROACHING:trainee=9:deadline=2024-12-31');
  });

  it('refuses text that is not printable ASCII (names and reasons never make a key) and keys longer than the column', () => {
    expect(() => messageKey('SIGNUP_RETURNED', { reason: '照片' })).toThrow(RangeError);
    expect(() => messageKey('SIGNUP_RETURNED', { signup: 'a b' })).toThrow(RangeError);
    expect(() => messageKey('SIGNUP_RETURNED', { signup: 'x'.repeat(200) })).toThrow(/longer than 160/);
  });
});
