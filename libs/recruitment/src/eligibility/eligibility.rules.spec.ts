import { beijingToInstant, noticeWindow } from '@app/common/time';
import { BanRecord } from '../bans';
import { Jurisdiction } from '../jurisdiction';
import { judgeApplicant, referenceDate } from './eligibility.rules';
import { ApplicantFacts, EligibilityPolicy, JudgementContext, RecruitmentVerdict } from './eligibility.types';
import { CHONGQING_POLICY, ELIGIBILITY_POLICIES, FUJIAN_POLICY, findPolicy, XIAOGAN_POLICY } from './policies';

// ---------- builders ----------

const ROUNDS: Record<Jurisdiction, JudgementContext['round']> = {
  FUJIAN: { code: 'FJ-2025', year: 2025, jurisdiction: 'FUJIAN', signupWindow: noticeWindow('2025-07-01 08:00', '2025-07-11 17:00') },
  CHONGQING: { code: 'CQ-2025', year: 2025, jurisdiction: 'CHONGQING', signupWindow: noticeWindow('2025-04-07', '2025-04-21 18:00') },
  XIAOGAN: { code: 'XG-2023', year: 2023, jurisdiction: 'XIAOGAN', signupWindow: noticeWindow('2023-05-04', '2023-06-30') },
};

const ID = '350102199001011234';

function context(jurisdiction: Jurisdiction, records: BanRecord[] = [], judgedAt?: string): JudgementContext {
  const round = ROUNDS[jurisdiction];
  return { round, judgedAt: judgedAt ? beijingToInstant(judgedAt) : new Date(round.signupWindow.opensAt.getTime() + 3600_000), banHistory: { idNumber: ID, records } };
}

/** A 2025 graduate of a 3-year full-time clinical-medicine college programme, about to join a rural Fujian township hospital. */
function facts(change: Partial<ApplicantFacts> = {}): ApplicantFacts {
  return {
    birthDate: '2003-03-01',
    citizenship: 'MAINLAND',
    education: { level: 'COLLEGE', major: 'CLINICAL_MEDICINE', fullTime: true, lengthYears: 3, graduationYear: 2025, diplomaHeld: false, overseas: false },
    employment: { status: 'INTENDING', facility: 'TOWNSHIP_HOSPITAL', rural: true, regionCode: '350181', startYear: null },
    sponsorship: 'NONE',
    servingMilitary: false,
    trainingRecords: [],
    licence: { qualification: 'NONE', gpScope: false },
    ...change,
  };
}

const education = (change: Partial<NonNullable<ApplicantFacts['education']>>): ApplicantFacts['education'] => ({ ...facts().education!, ...change });
const employment = (change: Partial<NonNullable<ApplicantFacts['employment']>>): ApplicantFacts['employment'] => ({ ...facts().employment!, ...change });

function outcome(verdict: RecruitmentVerdict, rule: string): 'PASS' | 'FAIL' | undefined {
  return verdict.checks.find((check) => check.rule === rule)?.outcome;
}

const judge = (policy: EligibilityPolicy, applicant: ApplicantFacts, jurisdiction = policy.jurisdiction, records: BanRecord[] = []) =>
  judgeApplicant(policy, applicant, context(jurisdiction, records));

// ---------- the verdict ----------

describe('RC-2 verdicts', () => {
  it('RC-2 lists every criterion of the policy in its order, stamped with the policy id and version', () => {
    const verdict = judge(CHONGQING_POLICY, facts({ employment: employment({ regionCode: '500101' }) }));
    expect(verdict).toMatchObject({ policyId: 'chongqing', policyVersion: '2025.1', roundCode: 'CQ-2025', eligible: true, failedRules: [] });
    expect(verdict.checks.map((check) => check.rule)).toEqual([
      'RC-2.nationality',
      'RC-2.education',
      'RC-2.full-time',
      'RC-2.graduation-year',
      'RC-2.primary-care',
      'RC-2.sponsorship',
      'RC-2.military',
      'RC-2.in-training',
      'RC-8',
    ]);
    for (const check of verdict.checks) {
      expect(check.label.zh.length).toBeGreaterThan(0);
      expect(check.label.en.length).toBeGreaterThan(0);
      expect(check.explanation.zh).toMatch(/：符合$/);
      expect(check.explanation.en).toMatch(/: eligible$/);
    }
    expect(verdict.evaluatedAt).toBe('2025-04-06T17:00:00.000Z');
  });

  it('RC-2 the data of a check is what the rule used', () => {
    const verdict = judge(XIAOGAN_POLICY, facts({ birthDate: '1990-01-15', education: education({ graduationYear: 2012, diplomaHeld: true }) }), 'XIAOGAN');
    expect(verdict.checks.find((check) => check.rule === 'RC-2.age')?.data).toEqual({ birthDate: '1990-01-15', referenceDate: '2023-05-04', maxAge: 35, age: 33 });
    expect(verdict.checks.find((check) => check.rule === 'RC-2.graduation-year')?.data).toEqual({ graduationYear: 2012, earliest: null, latest: 2023 });
  });

  it('RC-2 a policy of another jurisdiction is a bug upstream, refused with RangeError', () => {
    expect(() => judgeApplicant(FUJIAN_POLICY, facts(), context('CHONGQING'))).toThrow(RangeError);
  });

  it('RC-2 the same facts pass or fail by the policy data alone', () => {
    const applicant = facts({ birthDate: '1980-01-01', education: education({ graduationYear: 2001, diplomaHeld: true }) });
    const noAgeLimit: EligibilityPolicy = { ...XIAOGAN_POLICY, version: 'test', criteria: XIAOGAN_POLICY.criteria.filter((criterion) => criterion.kind !== 'AGE_LIMIT') };
    expect(judge(XIAOGAN_POLICY, applicant).failedRules).toEqual(['RC-2.age']);
    expect(judge(noAgeLimit, applicant).eligible).toBe(true);
    expect(judge(noAgeLimit, applicant).policyVersion).toBe('test');
  });

  it('RC-2 the three policies are found by id and version, and only so', () => {
    expect(ELIGIBILITY_POLICIES.map((policy) => `${policy.id}@${policy.version}`)).toEqual(['fujian@2025.1', 'chongqing@2025.1', 'xiaogan@2023.1']);
    expect(findPolicy({ id: 'fujian', version: '2025.1' })).toBe(FUJIAN_POLICY);
    expect(findPolicy({ id: 'fujian', version: '2024.1' })).toBeNull();
    expect(new Set(ELIGIBILITY_POLICIES.map((policy) => policy.jurisdiction)).size).toBe(3);
  });

  it('RC-2 reference days are the same for every applicant of a round', () => {
    const round = context('CHONGQING', [], '2025-04-15 10:00');
    expect(referenceDate('SIGNUP_OPENS', round)).toBe('2025-04-07');
    expect(referenceDate('LAST_SIGNUP_DAY', round)).toBe('2025-04-21');
    expect(referenceDate('JUDGED_ON', round)).toBe('2025-04-15');
  });
});

// ---------- Fujian ----------

describe('RC-2 Fujian', () => {
  const township2009to2014 = (startYear: number) => employment({ status: 'EMPLOYED', facility: 'TOWNSHIP_HOSPITAL', startYear, regionCode: '350722' });

  it('RC-2 Fujian a township-hospital doctor of 2009–2014 without GP training is accepted', () => {
    const verdict = judge(FUJIAN_POLICY, facts({ employment: township2009to2014(2011), education: education({ graduationYear: 2010, diplomaHeld: true }) }));
    expect(verdict.eligible).toBe(true);
    expect(verdict.checks.find((check) => check.rule === 'RC-2.primary-care')?.data.matchedGroups).toEqual(['township-2009-2014']);
  });

  it.each([
    [2009, 'PASS'],
    [2014, 'PASS'],
    [2008, 'FAIL'],
  ] as const)('RC-2 Fujian township start year %i (2009–2014 boundary) → %s', (year, expected) => {
    expect(outcome(judge(FUJIAN_POLICY, facts({ employment: township2009to2014(year) })), 'RC-2.primary-care')).toBe(expected);
  });

  it('RC-2 Fujian the 2009–2014 group is refused after GP residency or assistant GP training, not after a withdrawal', () => {
    const trained = (status: 'IN_TRAINING' | 'COMPLETED' | 'WITHDRAWN', programme: 'GP_RESIDENCY' | 'ASSISTANT_GP') =>
      judge(FUJIAN_POLICY, facts({ employment: township2009to2014(2012), trainingRecords: [{ programme, status, withdrawnOn: status === 'WITHDRAWN' ? '2016-01-01' : null, where: '福州' }] }));
    expect(outcome(trained('COMPLETED', 'GP_RESIDENCY'), 'RC-2.primary-care')).toBe('FAIL');
    expect(outcome(trained('IN_TRAINING', 'ASSISTANT_GP'), 'RC-2.primary-care')).toBe('FAIL');
    expect(trained('COMPLETED', 'GP_RESIDENCY').checks.find((check) => check.rule === 'RC-2.primary-care')?.explanation.zh).toContain('已接受全科专业住院医师规范化培训');
    expect(outcome(trained('WITHDRAWN', 'ASSISTANT_GP'), 'RC-2.primary-care')).toBe('PASS');
  });

  it.each([
    ['a 2015-on community health centre doctor', employment({ status: 'EMPLOYED', facility: 'COMMUNITY_HEALTH_CENTRE', startYear: 2015, rural: false })],
    ['a 2024 village clinic doctor', employment({ status: 'EMPLOYED', facility: 'VILLAGE_CLINIC', startYear: 2024 })],
    ['a graduate about to join primary care', employment({ status: 'INTENDING', facility: 'OTHER_PRIMARY_CARE', startYear: null })],
  ])('RC-2 Fujian 2015-on primary care is accepted: %s', (_, work) => {
    const verdict = judge(FUJIAN_POLICY, facts({ employment: work }));
    expect(verdict.eligible).toBe(true);
    expect(verdict.checks.find((check) => check.rule === 'RC-2.primary-care')?.data.matchedGroups).toEqual(['primary-care-2015-on']);
  });

  it.each([
    ['a county hospital', employment({ status: 'EMPLOYED', facility: 'NOT_PRIMARY_CARE', startYear: 2018 }), '非基层医疗卫生机构'],
    ['primary care outside Fujian', employment({ status: 'EMPLOYED', facility: 'TOWNSHIP_HOSPITAL', startYear: 2018, regionCode: '500101' }), '单位须在福建省'],
    ['no workplace at all', null, '未填写工作单位'],
    ['a township hospital joined in 2008', employment({ status: 'EMPLOYED', facility: 'TOWNSHIP_HOSPITAL', startYear: 2008 }), '入职年份2008'],
  ])('RC-2 Fujian is refused for %s', (_, work, words) => {
    const verdict = judge(FUJIAN_POLICY, facts({ employment: work }));
    expect(verdict.failedRules).toEqual(['RC-2.primary-care']);
    expect(verdict.checks.find((check) => check.rule === 'RC-2.primary-care')?.explanation.zh).toContain(words);
  });

  it('RC-2 Fujian wants a college clinical-medicine graduate of this year or before', () => {
    expect(judge(FUJIAN_POLICY, facts({ education: education({ level: 'BACHELOR' }) })).failedRules).toEqual(['RC-2.education']);
    expect(judge(FUJIAN_POLICY, facts({ education: education({ major: 'OTHER' }) })).failedRules).toEqual(['RC-2.education']);
    expect(judge(FUJIAN_POLICY, facts({ education: null })).failedRules).toEqual(['RC-2.education', 'RC-2.graduation-year']);
    expect(outcome(judge(FUJIAN_POLICY, facts({ education: education({ graduationYear: 2025 }) })), 'RC-2.graduation-year')).toBe('PASS');
    expect(outcome(judge(FUJIAN_POLICY, facts({ education: education({ graduationYear: 2026 }) })), 'RC-2.graduation-year')).toBe('FAIL');
  });

  it('RC-2 Fujian has no age limit and no sponsorship exclusion: its policy does not list them', () => {
    const verdict = judge(FUJIAN_POLICY, facts({ birthDate: '1970-01-01', sponsorship: 'ORIENTED' }));
    expect(verdict.eligible).toBe(true);
    expect(verdict.checks.map((check) => check.rule)).toEqual(['RC-2.education', 'RC-2.graduation-year', 'RC-2.primary-care', 'RC-8']);
  });
});

// ---------- Chongqing ----------

describe('RC-2 Chongqing', () => {
  const chongqing = (change: Partial<ApplicantFacts> = {}) => facts({ employment: employment({ regionCode: '500113' }), ...change });

  it.each(['HONG_KONG', 'MACAU', 'TAIWAN', 'MAINLAND'] as const)('RC-2 Chongqing Chinese nationality from %s is accepted', (citizenship) => {
    const verdict = judge(CHONGQING_POLICY, chongqing({ citizenship }));
    expect(verdict.eligible).toBe(true);
  });

  it('RC-2 Chongqing a foreign national or a missing nationality is refused', () => {
    expect(judge(CHONGQING_POLICY, chongqing({ citizenship: 'FOREIGN' })).failedRules).toEqual(['RC-2.nationality']);
    expect(judge(CHONGQING_POLICY, chongqing({ citizenship: null })).failedRules).toEqual(['RC-2.nationality']);
  });

  it.each(['ORIENTED', 'LOCALLY_ORIENTED', 'COMMISSIONED'] as const)('RC-2 Chongqing a %s student is refused', (sponsorship) => {
    const verdict = judge(CHONGQING_POLICY, chongqing({ sponsorship }));
    expect(verdict.failedRules).toEqual(['RC-2.sponsorship']);
    expect(verdict.checks.find((check) => check.rule === 'RC-2.sponsorship')?.explanation.zh).toContain('不予招收');
  });

  it('RC-2 Chongqing serving military are refused', () => {
    expect(judge(CHONGQING_POLICY, chongqing({ servingMilitary: true })).failedRules).toEqual(['RC-2.military']);
  });

  it('RC-2 Chongqing wants a 3-year full-time college degree', () => {
    expect(judge(CHONGQING_POLICY, chongqing({ education: education({ fullTime: false }) })).failedRules).toEqual(['RC-2.full-time']);
    expect(judge(CHONGQING_POLICY, chongqing({ education: education({ lengthYears: 5 }) })).failedRules).toEqual(['RC-2.full-time']);
  });

  it('RC-2 Chongqing rural primary care anywhere, working or about to', () => {
    expect(judge(CHONGQING_POLICY, chongqing({ employment: employment({ status: 'EMPLOYED', startYear: 2019, regionCode: '510000' }) })).eligible).toBe(true);
    expect(judge(CHONGQING_POLICY, chongqing({ employment: employment({ rural: false }) })).failedRules).toEqual(['RC-2.primary-care']);
  });

  const withdrawn = (withdrawnOn: string | null) =>
    chongqing({ trainingRecords: [{ programme: 'ASSISTANT_GP', status: 'WITHDRAWN', withdrawnOn, where: '四川省某基地' }] });

  it('RC-2 Chongqing someone who withdrew 1 year ago is refused', () => {
    const verdict = judge(CHONGQING_POLICY, withdrawn('2024-04-21'));
    expect(verdict.failedRules).toEqual(['RC-2.in-training']);
    expect(verdict.checks.find((check) => check.rule === 'RC-2.in-training')?.explanation.zh).toBe(
      '2024-04-21在四川省某基地退培，至2025-04-21未满2年（2026-04-21起可报名）：不符合',
    );
  });

  it('RC-2 Chongqing someone who withdrew 3 years ago is accepted', () => {
    expect(judge(CHONGQING_POLICY, withdrawn('2022-04-21')).eligible).toBe(true);
  });

  it.each([
    ['2023-04-21', 'PASS'], // exactly two years before the last day of sign-up
    ['2023-04-22', 'FAIL'], // one day short
    [null, 'FAIL'], // a withdrawal without a date cannot show two years
  ] as const)('RC-2 Chongqing withdrawal boundary: withdrew %s → %s', (on, expected) => {
    expect(outcome(judge(CHONGQING_POLICY, withdrawn(on)), 'RC-2.in-training')).toBe(expected);
  });

  it('RC-2 Chongqing anyone in assistant GP training anywhere is refused; a GP residency or a completed training is not this rule', () => {
    const records = (programme: 'ASSISTANT_GP' | 'GP_RESIDENCY', status: 'IN_TRAINING' | 'COMPLETED') => chongqing({ trainingRecords: [{ programme, status, withdrawnOn: null, where: '福建省' }] });
    expect(judge(CHONGQING_POLICY, records('ASSISTANT_GP', 'IN_TRAINING')).failedRules).toEqual(['RC-2.in-training']);
    expect(outcome(judge(CHONGQING_POLICY, records('GP_RESIDENCY', 'IN_TRAINING')), 'RC-2.in-training')).toBe('PASS');
    expect(outcome(judge(CHONGQING_POLICY, records('ASSISTANT_GP', 'COMPLETED')), 'RC-2.in-training')).toBe('PASS');
  });
});

// ---------- Xiaogan ----------

describe('RC-2 Xiaogan', () => {
  const xiaogan = (change: Partial<ApplicantFacts> = {}) => facts({ birthDate: '1998-06-01', education: education({ graduationYear: 2023 }), ...change });
  const degree = (level: 'BACHELOR' | 'SECONDARY') => education({ level, graduationYear: 2020, diplomaHeld: true });

  it('RC-2 Xiaogan a 36-year-old is refused', () => {
    const verdict = judge(XIAOGAN_POLICY, xiaogan({ birthDate: '1986-09-01' }));
    expect(verdict.failedRules).toEqual(['RC-2.age']);
    expect(verdict.checks.find((check) => check.rule === 'RC-2.age')?.explanation.zh).toBe(
      '1986-09-01出生，至报名开始日（2023-05-04）36周岁，要求35周岁以下（含35周岁）：不符合',
    );
  });

  it.each([
    ['1988-05-04', 'PASS'], // 35 on the first day of sign-up
    ['1987-05-05', 'PASS'], // 35, turning 36 the next day
    ['1987-05-04', 'FAIL'], // turns 36 that very day
    [null, 'FAIL'],
  ] as const)('RC-2 Xiaogan age boundary: born %s → %s', (birthDate, expected) => {
    expect(outcome(judge(XIAOGAN_POLICY, xiaogan({ birthDate })), 'RC-2.age')).toBe(expected);
  });

  it("RC-2 Xiaogan a bachelor's degree is refused", () => {
    const verdict = judge(XIAOGAN_POLICY, xiaogan({ education: degree('BACHELOR') }));
    expect(verdict.eligible).toBe(false);
    expect(verdict.failedRules).toEqual(['RC-2.education', 'RC-2.education-excluded']);
    expect(verdict.checks.find((check) => check.rule === 'RC-2.education-excluded')?.explanation.zh).toBe(
      '学历为本科；中专、本科、硕士研究生、博士研究生学历不在招录之列：不符合',
    );
  });

  it('RC-2 Xiaogan a secondary-school graduate is refused', () => {
    expect(judge(XIAOGAN_POLICY, xiaogan({ education: degree('SECONDARY') })).failedRules).toEqual(['RC-2.education', 'RC-2.education-excluded']);
  });

  it('RC-2 Xiaogan a full physician licence is refused', () => {
    const verdict = judge(XIAOGAN_POLICY, xiaogan({ licence: { qualification: 'FULL', gpScope: false } }));
    expect(verdict.failedRules).toEqual(['RC-2.licence']);
    expect(verdict.checks.find((check) => check.rule === 'RC-2.licence')?.explanation.zh).toBe('已取得执业医师资格，不在招录之列：不符合');
  });

  it('RC-2 Xiaogan an assistant licence without GP scope is accepted; with GP scope it is refused', () => {
    expect(judge(XIAOGAN_POLICY, xiaogan({ licence: { qualification: 'ASSISTANT', gpScope: false } })).eligible).toBe(true);
    expect(judge(XIAOGAN_POLICY, xiaogan({ licence: { qualification: 'ASSISTANT', gpScope: true } })).failedRules).toEqual(['RC-2.licence']);
  });

  it('RC-2 Xiaogan admits oriented students and those without a primary-care post', () => {
    expect(judge(XIAOGAN_POLICY, xiaogan({ sponsorship: 'ORIENTED', employment: null })).eligible).toBe(true);
  });
});

// ---------- RC-8 in the verdict ----------

describe('RC-8 bans in the verdict', () => {
  const ban = (change: Partial<BanRecord>): BanRecord => ({
    idNumber: ID,
    kind: 'NO_SHOW',
    occurredOn: '2024-09-01',
    round: { code: 'FJ-2024', year: 2024, jurisdiction: 'FUJIAN' },
    policy: { id: 'fujian', version: '2025.1' },
    term: { kind: 'NEXT_YEAR' },
    scope: 'ISSUING_JURISDICTION',
    source: '未在规定时间内报到者，取消录取资格和下一年度我省助理全科医生培训报名资格',
    ...change,
  });

  it('RC-8 a Fujian no-show of last year is refused in Fujian this year, with the reason', () => {
    const verdict = judge(FUJIAN_POLICY, facts(), 'FUJIAN', [ban({})]);
    expect(verdict.failedRules).toEqual(['RC-8']);
    expect(verdict.checks.find((check) => check.rule === 'RC-8')?.explanation.zh).toContain('取消2025年度报名资格（限福建省）');
  });

  it('RC-8 a Fujian ban does not reach Chongqing; a Chongqing ban reaches Fujian', () => {
    const chongqingApplicant = facts({ employment: employment({ regionCode: '500113' }) });
    expect(judge(CHONGQING_POLICY, chongqingApplicant, 'CHONGQING', [ban({})]).eligible).toBe(true);
    const falseInformation = ban({
      kind: 'FALSE_INFORMATION',
      occurredOn: '2024-05-01',
      round: { code: 'CQ-2024', year: 2024, jurisdiction: 'CHONGQING' },
      term: { kind: 'YEARS', years: 2 },
      scope: 'EVERY_JURISDICTION',
    });
    expect(judge(FUJIAN_POLICY, facts(), 'FUJIAN', [falseInformation]).failedRules).toEqual(['RC-8']);
  });

  it("RC-8 another person's record is no ban", () => {
    expect(judge(FUJIAN_POLICY, facts(), 'FUJIAN', [ban({ idNumber: '11010519491231002X' })]).eligible).toBe(true);
  });
});
