import { reviewHistory, SignupAuditFact } from './review-history.rules';

const fact = (action: string, at: string, extra: Partial<SignupAuditFact> = {}): SignupAuditFact => ({ action, reason: null, after: null, at, ...extra });

describe('reviewHistory', () => {
  it('FA-8 FA-9 a sign-up returned by the base, corrected and approved twice: every step with its level, outcome, reason and time', () => {
    const steps = reviewHistory([
      fact('SIGNUP_DRAFT_SAVED', '2024-03-01T09:00:00+08:00', { after: { status: 'DRAFT' } }),
      fact('SIGNUP_SUBMITTED', '2024-03-01T09:05:00+08:00', { after: { status: 'SUBMITTED' } }),
      fact('SIGNUP_BASE_RETURN', '2024-03-05T10:00:00+08:00', { reason: ' 照片不清晰 ', after: { status: 'RETURNED' } }),
      fact('SIGNUP_SUBMITTED', '2024-03-06T08:30:00+08:00', { after: { status: 'SUBMITTED' } }),
      fact('SIGNUP_BASE_APPROVE', '2024-03-07T11:00:00+08:00', { after: { status: 'BASE_APPROVED' } }),
      fact('SIGNUP_CENTRE_APPROVE', '2024-03-10T15:00:00+08:00', { after: { status: 'APPROVED' } }),
    ]);
    expect(steps.map((s) => [s.kind, s.level, s.levelLabel.zh, s.outcome.zh, s.reason, s.status, s.at])).toEqual([
      ['SUBMITTED', 'CANDIDATE', '本人', '提交报名', null, 'SUBMITTED', '2024-03-01T09:05:00+08:00'],
      ['BASE_RETURNED', 'BASE', '培训基地', '退回修改', '照片不清晰', 'RETURNED', '2024-03-05T10:00:00+08:00'],
      ['SUBMITTED', 'CANDIDATE', '本人', '提交报名', null, 'SUBMITTED', '2024-03-06T08:30:00+08:00'],
      ['BASE_APPROVED', 'BASE', '培训基地', '审核通过', null, 'BASE_APPROVED', '2024-03-07T11:00:00+08:00'],
      ['CENTRE_APPROVED', 'CENTRE', '省全科医学培训中心', '复审通过', null, 'APPROVED', '2024-03-10T15:00:00+08:00'],
    ]);
  });

  it('FA-9 FA-11 rejections and cancellations carry their reason; an approval never does', () => {
    const steps = reviewHistory([
      fact('SIGNUP_CENTRE_REJECT', '2024-03-10T15:00:00+08:00', { reason: '学历证明不符', after: { status: 'REJECTED' } }),
      fact('SIGNUP_BASE_REJECT', '2024-03-09T15:00:00+08:00', { reason: '未完成轮转', after: { status: 'REJECTED' } }),
      fact('SIGNUP_CANCEL_FALSE_INFORMATION', '2024-04-01T09:00:00+08:00', { reason: '提供虚假学历信息', after: { status: 'CANCELLED', voidedResults: [3] } }),
      fact('SIGNUP_BASE_APPROVE', '2024-03-07T11:00:00+08:00', { reason: 'stray', after: { status: 'BASE_APPROVED' } }),
    ]);
    expect(steps.map((s) => [s.kind, s.outcome.zh, s.reason])).toEqual([
      ['CENTRE_REJECTED', '复审不通过', '学历证明不符'],
      ['BASE_REJECTED', '审核不通过', '未完成轮转'],
      ['CANCELLED_FALSE_INFORMATION', '因信息不实取消报名', '提供虚假学历信息'],
      ['BASE_APPROVED', '审核通过', null],
    ]);
  });

  it('FA-8 a return left uncorrected is voided by the platform; a withdrawal is the candidate\'s; unknown actions are left out', () => {
    const steps = reviewHistory([
      fact('SIGNUP_WITHDRAWN', '2024-03-02T09:00:00+08:00', { after: { status: 'DRAFT' } }),
      fact('SIGNUP_VOID_UNCORRECTED', '2024-03-14T00:00:00+08:00', { after: { status: 'VOIDED' } }),
      fact('SIGNUP_SOMETHING_ELSE', '2024-03-15T00:00:00+08:00'),
    ]);
    expect(steps.map((s) => [s.kind, s.level, s.levelLabel.zh, s.status])).toEqual([
      ['WITHDRAWN', 'CANDIDATE', '本人', 'DRAFT'],
      ['VOIDED_UNCORRECTED', 'SYSTEM', '平台', 'VOIDED'],
    ]);
    expect(reviewHistory([])).toEqual([]);
  });
});
