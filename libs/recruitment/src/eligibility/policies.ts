import { EligibilityPolicy, PolicyReference } from './eligibility.types';

/**
 * The three shipped policies, transcribed from the notices (SPEC Part D, seeds 000, 002, 003, 004). Where a notice
 * is silent, nothing is added; where it leaves a choice to the reader, `notes` says which reading is taken.
 */

const ALL_PRIMARY_CARE = ['TOWNSHIP_HOSPITAL', 'VILLAGE_CLINIC', 'COMMUNITY_HEALTH_CENTRE', 'OTHER_PRIMARY_CARE'] as const;

/** 闽卫科教函〔2025〕551号 一、培训对象; 〔2023〕1295号 一、招收对象. */
export const FUJIAN_POLICY: EligibilityPolicy = {
  id: 'fujian',
  version: '2025.1',
  jurisdiction: 'FUJIAN',
  name: { zh: '福建省临床类别助理全科医生培训招录资格', en: 'Fujian assistant GP recruitment eligibility' },
  source: '闽卫科教函〔2025〕551号；闽卫科教函〔2023〕1295号',
  criteria: [
    { kind: 'EDUCATION', levels: ['COLLEGE'], majors: ['CLINICAL_MEDICINE'] },
    { kind: 'GRADUATION_YEAR', from: null, latestAfterRoundYear: 0 },
    {
      kind: 'PRIMARY_CARE',
      groups: [
        {
          id: 'township-2009-2014',
          label: { zh: '2009—2014年进入乡镇卫生院工作且未接受全科培训', en: 'joined a township hospital in 2009–2014, no GP training' },
          statuses: ['EMPLOYED'],
          facilities: ['TOWNSHIP_HOSPITAL'],
          ruralOnly: false,
          withinJurisdiction: true,
          startYears: { from: 2009, to: 2014 },
          noPriorTraining: ['GP_RESIDENCY', 'ASSISTANT_GP'],
        },
        {
          id: 'primary-care-2015-on',
          label: { zh: '2015年起进入或拟进入我省基层医疗卫生机构工作', en: 'joined or joining Fujian primary care from 2015 on' },
          statuses: ['EMPLOYED', 'INTENDING'],
          facilities: [...ALL_PRIMARY_CARE],
          ruralOnly: false,
          withinJurisdiction: true,
          startYears: { from: 2015, to: null },
          noPriorTraining: [],
        },
      ],
    },
    { kind: 'NO_ACTIVE_BAN' },
  ],
  bans: [
    { event: 'FALSE_INFORMATION', cancelsPlace: true, term: null, scope: 'ISSUING_JURISDICTION', source: '凡弄虚作假的，一经查实，取消当年录取资格' },
    {
      event: 'NO_SHOW',
      cancelsPlace: true,
      term: { kind: 'NEXT_YEAR' },
      scope: 'ISSUING_JURISDICTION',
      source: '未在规定时间内报到者，取消录取资格和下一年度我省助理全科医生培训报名资格',
    },
    {
      event: 'ADJUSTED_NO_SHOW',
      cancelsPlace: true,
      term: { kind: 'NEXT_YEAR' },
      scope: 'ISSUING_JURISDICTION',
      source: '调剂成功但未按时报到者取消下一年度我省助理全科医生培训报名资格',
    },
  ],
  notes: [
    'Both groups must work (or be about to work) in Fujian: the 2015-on group says 我省; the 2009–2014 group is read the same way.',
    '"未接受…培训" counts training in progress or completed; a withdrawal does not count as having received training.',
    'The 2023 independents notice admits only those about to join primary care; the same policy serves it, since the 2009–2014 group is employed by definition.',
  ],
};

/** 重庆市2025年助理全科医生培训招收 一、报名资格; 六（二）政策保障. */
export const CHONGQING_POLICY: EligibilityPolicy = {
  id: 'chongqing',
  version: '2025.1',
  jurisdiction: 'CHONGQING',
  name: { zh: '重庆市助理全科医生培训招收资格', en: 'Chongqing assistant GP recruitment eligibility' },
  source: '重庆市卫生健康委员会办公室 2025年3月31日通知及附件1',
  criteria: [
    { kind: 'NATIONALITY', accepted: ['MAINLAND', 'HONG_KONG', 'MACAU', 'TAIWAN'] },
    { kind: 'EDUCATION', levels: ['COLLEGE'], majors: ['CLINICAL_MEDICINE'] },
    { kind: 'FULL_TIME', lengthYears: 3 },
    { kind: 'GRADUATION_YEAR', from: null, latestAfterRoundYear: 0 },
    {
      kind: 'PRIMARY_CARE',
      groups: [
        {
          id: 'rural-primary-care',
          label: { zh: '拟在或已在乡镇卫生院、村卫生室等农村基层医疗机构从事全科医疗工作', en: 'working or about to work in rural primary care' },
          statuses: ['EMPLOYED', 'INTENDING'],
          facilities: [...ALL_PRIMARY_CARE],
          ruralOnly: true,
          withinJurisdiction: false,
          startYears: null,
          noPriorTraining: [],
        },
      ],
    },
    { kind: 'NOT_SPONSORED', excluded: ['ORIENTED', 'LOCALLY_ORIENTED', 'COMMISSIONED'] },
    { kind: 'NOT_SERVING_MILITARY' },
    { kind: 'NOT_IN_TRAINING', programmes: ['ASSISTANT_GP'], withdrawnYears: 2, on: 'LAST_SIGNUP_DAY' },
    { kind: 'NO_ACTIVE_BAN' },
  ],
  bans: [
    {
      event: 'FALSE_INFORMATION',
      cancelsPlace: true,
      term: { kind: 'YEARS', years: 2 },
      scope: 'EVERY_JURISDICTION',
      source: '弄虚作假的招收对象，一经核实，取消其报名、培训资格，且2年内不得报名参加助理全科医生培训',
    },
    {
      event: 'WITHDREW_AFTER_ADMISSION',
      cancelsPlace: true,
      term: { kind: 'YEARS', years: 2 },
      scope: 'EVERY_JURISDICTION',
      source: '已录取的培训对象，因个人原因退出培训的，2年内不得报名参加助理全科医生培训',
    },
  ],
  notes: [
    'Withdrawal is judged on the last day of sign-up, the same day for every applicant of the round.',
    'The notice says "2年内不得报名参加助理全科医生培训" without naming a place, so its bans hold in every jurisdiction.',
    'The physical-fitness condition (身体条件) is not a recorded fact and is left to the base assessment.',
  ],
};

/** 孝感市卫健委 2023年5月5日通知 二、招录对象. */
export const XIAOGAN_POLICY: EligibilityPolicy = {
  id: 'xiaogan',
  version: '2023.1',
  jurisdiction: 'XIAOGAN',
  name: { zh: '孝感市助理全科医生培训（西医）招录资格', en: 'Xiaogan assistant GP (Western medicine) recruitment eligibility' },
  source: '关于做好我市2023年助理全科医生培训（西医）招录工作的通知（孝感市卫生健康委员会，2023年5月5日）',
  criteria: [
    { kind: 'EDUCATION', levels: ['COLLEGE'], majors: ['CLINICAL_MEDICINE'] },
    { kind: 'GRADUATION_YEAR', from: null, latestAfterRoundYear: 0 },
    { kind: 'AGE_LIMIT', maxAge: 35, on: 'SIGNUP_OPENS' },
    { kind: 'LICENCE', excludeFull: true, excludeAssistantWithGpScope: true },
    { kind: 'EXCLUDED_EDUCATION', levels: ['SECONDARY', 'BACHELOR', 'MASTER', 'DOCTORATE'] },
    { kind: 'NO_ACTIVE_BAN' },
  ],
  bans: [],
  notes: [
    '"35周岁以下" includes 35 (以下 counts the number itself); age is taken on the first day of sign-up, the same day for everyone.',
    'Oriented students and employed staff are admitted, sent by the unit that commissions their training.',
    'An assistant licence whose scope already includes general practice is excluded: the notice admits assistants "执业范围没有加注全科医学".',
    'The notice sets no bans; bans of other jurisdictions that hold everywhere still apply.',
  ],
};

export const ELIGIBILITY_POLICIES: readonly EligibilityPolicy[] = [FUJIAN_POLICY, CHONGQING_POLICY, XIAOGAN_POLICY];

/** The policy a round names, at the version it names; null when there is none. */
export function findPolicy(reference: PolicyReference, policies: readonly EligibilityPolicy[] = ELIGIBILITY_POLICIES): EligibilityPolicy | null {
  return policies.find((policy) => policy.id === reference.id && policy.version === reference.version) ?? null;
}
