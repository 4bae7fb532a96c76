import { ApplicationAuditFact, applicationReviewHistory, deciderName } from './review-history';

const NAMES: Record<number, string> = { 4: '福州市第一总医院', 2: '福州市', 1: '福建省' };
const context = { jurisdiction: 'FUJIAN' as const, organisationName: (id: number) => NAMES[id] ?? null };

const at = (minute: number) => `2025-07-05T10:${String(minute).padStart(2, '0')}:00+08:00`;

describe('RC-5 the review history of an application, from what each step recorded', () => {
  const records: ApplicationAuditFact[] = [
    { action: 'RECRUITMENT_APPLICATION_CREATED', reason: null, before: null, after: { roundId: 1 }, at: at(0) },
    { action: 'RECRUITMENT_APPLICATION_SUBMITTED', reason: null, before: { status: 'DRAFT' }, after: { status: 'IN_REVIEW', policy: 'fujian@2025.1' }, at: at(1) },
    {
      action: 'RECRUITMENT_REVIEW_RETURN',
      reason: '单位同意函未盖章',
      before: { status: 'IN_REVIEW', stage: 'BEFORE_ADMISSION', step: 0 },
      after: { level: 'CITY', status: 'RETURNED', stage: 'BEFORE_ADMISSION', step: 0, correctBy: '2025-07-09T00:00:00+08:00', organisationId: 2 },
      at: at(2),
    },
    { action: 'RECRUITMENT_DOCUMENT_UPLOADED', reason: null, before: null, after: { kind: 'EMPLOYER_CONSENT' }, at: at(3) },
    { action: 'RECRUITMENT_APPLICATION_RESUBMITTED', reason: null, before: { status: 'RETURNED' }, after: { status: 'IN_REVIEW' }, at: at(4) },
    { action: 'RECRUITMENT_REVIEW_APPROVE', reason: null, before: { status: 'IN_REVIEW', stage: 'BEFORE_ADMISSION', step: 0 }, after: { level: 'CITY', status: 'IN_REVIEW', stage: 'BEFORE_ADMISSION', step: 1, organisationId: 2 }, at: at(5) },
    { action: 'RECRUITMENT_REVIEW_APPROVE', reason: null, before: { status: 'IN_REVIEW', stage: 'BEFORE_ADMISSION', step: 1 }, after: { level: 'CENTRE', status: 'APPROVED', stage: 'BEFORE_ADMISSION', step: 2, organisationId: 1 }, at: at(6) },
  ];

  it('RC-5 a return with its reason and deadline, then the resubmission and the approvals, in the order they happened', () => {
    const steps = applicationReviewHistory(records, context);
    expect(steps.map((step) => [step.kind, step.by, step.organisationName, step.outcome.zh, step.reason, step.correctBy, step.status, step.at])).toEqual([
      ['SUBMITTED', 'APPLICANT', null, '提交报名', null, null, 'IN_REVIEW', at(1)],
      ['RETURNED', 'CITY', '福州市卫生健康委员会', '退回修改', '单位同意函未盖章', '2025-07-09T00:00:00+08:00', 'RETURNED', at(2)],
      ['RESUBMITTED', 'APPLICANT', null, '修改后重新提交', null, null, 'IN_REVIEW', at(4)],
      ['APPROVED', 'CITY', '福州市卫生健康委员会', '审核通过', null, null, 'IN_REVIEW', at(5)],
      ['APPROVED', 'CENTRE', '福建省卫生健康委员会（委托福建省全科医学培训中心）', '审核通过', null, null, 'APPROVED', at(6)],
    ]);
    expect(steps[0].byLabel.zh).toBe('本人');
  });

  it('RC-5 a reviewer is named by organisation only; a record without its organisation names the level', () => {
    expect(deciderName('BASE', '福州市第一总医院', 'FUJIAN')).toBe('福州市第一总医院');
    expect(deciderName('BASE', null, 'FUJIAN')).toBe('培训基地');
    expect(deciderName('CITY', null, 'FUJIAN')).toBe('设区市卫健委');
    // 孝感市's city commission is its round's authority: named as the round's authority.
    expect(deciderName('CENTRE', '孝感市', 'XIAOGAN')).toBe('孝感市卫生健康委员会');
    const rejected = applicationReviewHistory(
      [{ action: 'RECRUITMENT_REVIEW_REJECT', reason: ' 学历不符合要求 ', before: { status: 'IN_REVIEW', stage: 'BEFORE_ADMISSION', step: 0 }, after: { level: 'BASE', status: 'REJECTED', stage: 'BEFORE_ADMISSION', step: 0 }, at: at(9) }],
      context,
    );
    expect(rejected).toEqual([
      {
        kind: 'REJECTED',
        by: 'BASE',
        byLabel: { zh: '培训基地', en: 'training base' },
        organisationName: '培训基地',
        stage: 'BEFORE_ADMISSION',
        outcome: { zh: '审核不通过', en: 'Rejected' },
        reason: '学历不符合要求',
        correctBy: null,
        status: 'REJECTED',
        at: at(9),
      },
    ]);
  });

  it('RC-5 the re-review after admission and a withdrawal by the deadline read as such', () => {
    const steps = applicationReviewHistory(
      [
        { action: 'RECRUITMENT_RE_REVIEW_STARTED', reason: null, before: { status: 'APPROVED' }, after: { status: 'IN_REVIEW', stage: 'AFTER_ADMISSION', step: 0, runId: 7 }, at: at(9) },
        { action: 'RECRUITMENT_REVIEW_APPROVE', reason: null, before: { status: 'IN_REVIEW', stage: 'AFTER_ADMISSION', step: 0 }, after: { level: 'CENTRE', status: 'CONFIRMED', stage: 'AFTER_ADMISSION', step: 1, organisationId: 1 }, at: at(10) },
        { action: 'RECRUITMENT_RETURN_EXPIRED', reason: '退回修改后逾期未修改，视为自动放弃 / Returned for correction and not corrected in time', before: { status: 'RETURNED' }, after: { status: 'WITHDRAWN' }, at: at(11) },
        { action: 'RECRUITMENT_REVIEW_APPROVE', reason: null, before: null, after: { status: 'APPROVED' }, at: at(12) },
      ],
      { jurisdiction: 'CHONGQING', organisationName: () => '重庆市' },
    );
    expect(steps.map((step) => [step.kind, step.by, step.organisationName, step.outcome.zh, step.status])).toEqual([
      ['RE_REVIEW_STARTED', 'SYSTEM', null, '拟录取，进入录取后复审', 'IN_REVIEW'],
      ['APPROVED', 'CENTRE', '重庆市卫生健康委员会', '录取后复审通过', 'CONFIRMED'],
      ['WITHDRAWN', 'SYSTEM', null, '退回后逾期未修改，视为自动放弃', 'WITHDRAWN'],
    ]);
  });
});
