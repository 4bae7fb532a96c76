import type { components } from '../../src/api/schema.generated.ts';

/**
 * Answers of the recruitment API for an applicant (a candidate account without a trainee record), typed by the
 * OpenAPI document: a Fujian round open for sign-up, the application in each of its states, and its admission.
 * The words are those the API writes (eligibility rules, document check, admission explanation).
 */
type Schemas = components['schemas'];
type Application = Schemas['ApplicationView'];

/** Tuesday 2025-07-01 10:00 in Beijing: the round's sign-up window is open. */
export const NOW = new Date('2025-07-01T10:00:00+08:00');

export const APPLICANT_LOGIN: Schemas['SessionToken'] = {
  accessToken: 'access',
  expiresIn: 900,
  refreshToken: 'refresh',
  refreshExpiresIn: 43200,
  passwordChangeRequired: false,
  user: { id: 41, username: 'linxiao', role: 'CANDIDATE', displayName: '林晓', organisationId: null, traineeId: null },
};

export const TRAINEE_LOGIN: Schemas['SessionToken'] = { ...APPLICANT_LOGIN, user: { id: 12, username: 'cand-xm', role: 'CANDIDATE', displayName: '黄志强', organisationId: 8, traineeId: 4 } };

export const ROUND_SUMMARY: Schemas['RecruitmentRoundSummary'] = {
  id: 3,
  code: 'FJ-2025',
  name: '2025年福建省助理全科医生培训招录',
  year: 2025,
  jurisdiction: 'FUJIAN',
  jurisdictionName: { zh: '福建省', en: 'Fujian' },
  applicantTypes: ['EMPLOYED', 'INDEPENDENT'],
  signupOpensAt: '2025-06-25T00:00:00.000+08:00',
  signupClosesAt: '2025-07-10T17:00:00.000+08:00',
  signupOpen: true,
};

const level = (levelId: Schemas['ReviewLevel'], zh: string, opensAt: string, closesAt: string): Schemas['ReviewLevelView'] => ({ level: levelId, label: { zh, en: levelId }, window: { opensAt, closesAt } });

export const ROUND: Schemas['RecruitmentRoundDetail'] = {
  id: 3,
  code: 'FJ-2025',
  name: ROUND_SUMMARY.name,
  year: 2025,
  version: 4,
  jurisdiction: 'FUJIAN',
  jurisdictionName: { zh: '福建省', en: 'Fujian' },
  applicantTypes: ['EMPLOYED', 'INDEPENDENT'],
  signupOpensAt: ROUND_SUMMARY.signupOpensAt,
  signupClosesAt: ROUND_SUMMARY.signupClosesAt,
  signupOpen: true,
  choicesMax: 2,
  adjustmentOffered: true,
  ranking: { kind: 'CENTRE_RANKING', rounds: [] },
  admissionRule: {
    mechanism: 'CENTRAL_PARALLEL',
    adjustment: { enabled: true, preference: 'SAME_CITY_FIRST', rankBy: 'RANKING_SCORE' },
    summary: { zh: '平行志愿，按省级排名成绩录取，之后调剂（优先调剂到工作单位所在市的基地）', en: 'parallel choices, admitted by the provincial ranking score, then adjustment (bases of the employer’s city first)' },
  },
  quotaSplit: 'BY_BASE_AND_TYPE',
  bases: [
    { baseId: 101, name: '福州市第一总医院', cityId: 11, cityName: '福州市', seats: { EMPLOYED: 10, INDEPENDENT: 20 }, total: 30 },
    { baseId: 102, name: '厦门大学附属第一医院', cityId: 12, cityName: '厦门市', seats: { EMPLOYED: 8, INDEPENDENT: 12 }, total: 20 },
    { baseId: 103, name: '漳州市医院', cityId: 13, cityName: '漳州市', seats: { EMPLOYED: 6, INDEPENDENT: 0 }, total: 6 },
  ],
  documents: {
    formats: ['JPEG'],
    maxBytes: 307_200,
    photo: false,
    diplomaAlternatives: ['GRADUATION_PROMISE'],
    overseasDegreeCertification: true,
    physicianQualificationIfHeld: true,
    employed: { labourContract: true, employerConsent: true, countyLetterForLocallyOriented: true },
  },
  reviewChain: {
    EMPLOYED: [level('CITY', '设区市卫生健康委', '2025-07-11T08:00:00.000+08:00', '2025-07-15T17:00:00.000+08:00'), level('BASE', '培训基地', '2025-07-16T08:00:00.000+08:00', '2025-07-20T17:00:00.000+08:00')],
    INDEPENDENT: [level('BASE', '培训基地', '2025-06-25T08:00:00.000+08:00', '2025-07-20T17:00:00.000+08:00')],
    afterAdmission: [level('CENTRE', '省全科医学中心', '2025-08-05T08:00:00.000+08:00', '2025-08-10T17:00:00.000+08:00')],
  },
  admission: { opensAt: '2025-07-25T08:00:00.000+08:00', closesAt: '2025-07-31T17:00:00.000+08:00', resultsVisibleAt: '2025-08-01T09:00:00.000+08:00' },
  reportingDeadline: '2025-08-20T17:00:00.000+08:00',
  policy: {
    id: 'fujian',
    version: '2025.1',
    name: { zh: '福建省助理全科医生培训招录条件', en: 'Fujian assistant GP recruitment' },
    source: '闽卫科教函〔2025〕',
    criteria: [
      { zh: '临床医学专业三年制高职（专科）学历', en: 'Clinical medicine, 3-year college' },
      { zh: '全日制学历', en: 'Full-time' },
      { zh: '非在培或退培未满 3 年人员', en: 'Not in training' },
    ],
    notes: [],
  },
  notes: ['报名材料须为本人原件的清晰照片或扫描件。'],
};

const FACTS: Schemas['ApplicantFacts'] = {
  birthDate: null,
  citizenship: 'MAINLAND',
  education: { level: 'COLLEGE', major: 'CLINICAL_MEDICINE', fullTime: true, lengthYears: 3, graduationYear: 2025, diplomaHeld: true, overseas: false },
  employment: null,
  sponsorship: 'NONE',
  servingMilitary: false,
  trainingRecords: [],
  licence: { qualification: 'NONE', gpScope: false },
};

const ID_CARD_MISSING: Schemas['MissingDocumentView'] = {
  requirement: 'id-card',
  label: { zh: '身份证正反面', en: 'ID card, both sides' },
  reason: { zh: '所有报名人员', en: 'every applicant' },
  stillNeeded: [['ID_FRONT', 'ID_BACK']],
  message: { zh: '身份证正反面：缺少身份证人像面、身份证国徽面', en: 'ID card, both sides: missing front, back' },
};
const DIPLOMA_MISSING: Schemas['MissingDocumentView'] = {
  requirement: 'diploma',
  label: { zh: '毕业证书', en: 'Diploma' },
  reason: { zh: '所有报名人员', en: 'every applicant' },
  stillNeeded: [['DIPLOMA'], ['GRADUATION_PROMISE']],
  message: { zh: '毕业证书：缺少毕业证书（或应届毕业承诺书）', en: 'Diploma: missing diploma (or graduation promise)' },
};

const document = (kind: Schemas['DocumentKind'], zh: string, bytes: number): Schemas['ApplicationDocumentView'] => ({
  kind,
  label: { zh, en: kind },
  bytes,
  sha256: 'a'.repeat(64),
  uploadedAt: '2025-07-01T10:05:00.000+08:00',
});

export const DRAFT: Application = {
  id: 57,
  roundId: 3,
  roundCode: 'FJ-2025',
  roundName: ROUND.name,
  jurisdiction: 'FUJIAN',
  name: '林晓',
  idType: 'RESIDENT_ID',
  idMasked: '3501**********0023',
  phone: '138****0000',
  applicantType: 'INDEPENDENT',
  employerCityId: null,
  employerCityName: null,
  facts: FACTS,
  choices: [],
  acceptsAdjustment: false,
  documents: [],
  documentCheck: { complete: false, missing: [ID_CARD_MISSING, DIPLOMA_MISSING] },
  editable: true,
  eligible: null,
  status: 'DRAFT',
  statusLabel: { zh: '草稿（未提交）', en: 'Draft' },
  stage: 'BEFORE_ADMISSION',
  nextReviewer: null,
  nextReviewerLabel: null,
  returned: null,
  rejected: null,
  submittedAt: null,
  verdict: null,
  version: 1,
};

export const DRAFT_ID_FRONT: Application = {
  ...DRAFT,
  documents: [document('ID_FRONT', '身份证人像面', 184_320)],
  documentCheck: { complete: false, missing: [{ ...ID_CARD_MISSING, stillNeeded: [['ID_BACK']], message: { zh: '身份证正反面：缺少身份证国徽面', en: 'ID card: missing back' } }, DIPLOMA_MISSING] },
  version: 2,
};

export const DRAFT_COMPLETE: Application = {
  ...DRAFT,
  documents: [document('ID_FRONT', '身份证人像面', 184_320), document('ID_BACK', '身份证国徽面', 176_128), document('DIPLOMA', '毕业证书', 221_184)],
  documentCheck: { complete: true, missing: [] },
  version: 4,
};

export const DRAFT_WITH_CHOICES: Application = {
  ...DRAFT_COMPLETE,
  choices: [
    { order: 1, baseId: 101, baseName: '福州市第一总医院' },
    { order: 2, baseId: 102, baseName: '厦门大学附属第一医院' },
  ],
  acceptsAdjustment: true,
  version: 5,
};

const check = (rule: Schemas['RecruitmentRuleId'], zh: string, explanation: string, data: Schemas['CheckData'], outcome: 'PASS' | 'FAIL' = 'PASS'): Schemas['RecruitmentCheck'] => ({
  rule,
  label: { zh, en: rule },
  outcome,
  explanation: { zh: explanation, en: explanation },
  data,
});

export const VERDICT: Schemas['RecruitmentVerdict'] = {
  eligible: true,
  policyId: 'fujian',
  policyVersion: '2025.1',
  roundCode: 'FJ-2025',
  evaluatedAt: '2025-07-01T02:10:00.000Z',
  failedRules: [],
  checks: [
    check('RC-2.education', '学历与专业', '学历为高职（专科），专业为临床医学：符合', { requiredLevels: ['COLLEGE'], requiredMajors: ['CLINICAL_MEDICINE'], level: 'COLLEGE', major: 'CLINICAL_MEDICINE' }),
    check('RC-2.full-time', '全日制学历', '全日制，学制 3 年：符合', { requiredLengthYears: 3, fullTime: true, lengthYears: 3 }),
    check('RC-2.in-training', '在培或退培人员', '没有在培或退培未满 3 年的记录：符合', { referenceDate: '2025-06-25', withdrawnYears: 3, records: [] }),
    check('RC-8', '报名资格限制', '无限制报名的记录：符合', { records: 0, activeBans: [] }),
  ],
};

export const SUBMITTED: Application = {
  ...DRAFT_WITH_CHOICES,
  status: 'IN_REVIEW',
  statusLabel: { zh: '审核中', en: 'In review' },
  editable: false,
  eligible: true,
  nextReviewer: 'BASE',
  nextReviewerLabel: { zh: '培训基地', en: 'Base' },
  submittedAt: '2025-07-01T10:12:00.000+08:00',
  verdict: VERDICT,
  version: 6,
};

export const RETURNED: Application = {
  ...SUBMITTED,
  status: 'RETURNED',
  statusLabel: { zh: '已退回修改', en: 'Returned for correction' },
  editable: true,
  nextReviewer: null,
  nextReviewerLabel: null,
  returned: { level: 'BASE', reason: '毕业证书照片不清晰，请重新拍摄上传', correctBy: '2025-07-05T17:00:00.000+08:00' },
  version: 7,
};

export const APPROVED: Application = {
  ...SUBMITTED,
  status: 'APPROVED',
  statusLabel: { zh: '资格审核通过', en: 'Approved' },
  nextReviewer: null,
  nextReviewerLabel: null,
  version: 8,
};

type HistoryStep = Schemas['ApplicationReviewStep'];
const applicantStep = (kind: 'SUBMITTED' | 'RESUBMITTED', at: string): HistoryStep => ({
  kind,
  by: 'APPLICANT',
  byLabel: { zh: '本人', en: 'You' },
  organisationName: null,
  stage: null,
  outcome: kind === 'SUBMITTED' ? { zh: '提交报名', en: 'Submitted' } : { zh: '修改后重新提交', en: 'Corrected and resubmitted' },
  reason: null,
  correctBy: null,
  status: 'IN_REVIEW',
  at,
});
const baseDecision = (kind: 'APPROVED' | 'RETURNED', at: string, reason: string | null = null, correctBy: string | null = null): HistoryStep => ({
  kind,
  by: 'BASE',
  byLabel: { zh: '培训基地', en: 'training base' },
  organisationName: '福州市第一总医院',
  stage: 'BEFORE_ADMISSION',
  outcome: kind === 'APPROVED' ? { zh: '审核通过', en: 'Approved' } : { zh: '退回修改', en: 'Returned for correction' },
  reason,
  correctBy,
  status: kind === 'APPROVED' ? 'APPROVED' : 'RETURNED',
  at,
});
const history = (application: Application, steps: HistoryStep[]): Schemas['ApplicationReviewHistory'] => ({
  applicationId: application.id,
  roundId: application.roundId,
  status: application.status,
  statusLabel: application.statusLabel,
  steps,
});

/** What the API's review history answers at each point of the application's way. */
export const HISTORY_SUBMITTED = history(SUBMITTED, [applicantStep('SUBMITTED', '2025-07-01T10:12:00+08:00')]);
export const HISTORY_RETURNED = history(RETURNED, [...HISTORY_SUBMITTED.steps, baseDecision('RETURNED', '2025-07-01T15:30:00+08:00', '毕业证书照片不清晰，请重新拍摄上传', '2025-07-05T17:00:00+08:00')]);
export const HISTORY_RESUBMITTED = history({ ...SUBMITTED, version: 8 }, [...HISTORY_RETURNED.steps, applicantStep('RESUBMITTED', '2025-07-01T16:00:00+08:00')]);
export const HISTORY_APPROVED = history(APPROVED, [...HISTORY_SUBMITTED.steps, baseDecision('APPROVED', '2025-07-02T09:00:00+08:00')]);

/** Chongqing 2025 as the API reads its configuration: base assessments by choice round (days as its notice gives them). */
const assessed = (round: 'FIRST' | 'SECOND' | 'ADJUSTMENT', zh: string, opensAt: string, closesAt: string, resultsVisibleAt: string): Schemas['AssessmentRoundView'] => ({
  round,
  label: { zh, en: round },
  assessment: { opensAt, closesAt },
  resultsVisibleAt,
});
export const CHONGQING_ROUND: Schemas['RecruitmentRoundDetail'] = {
  ...ROUND,
  id: 4,
  code: 'CQ-2025',
  name: '重庆市2025年助理全科医生培训招收',
  jurisdiction: 'CHONGQING',
  jurisdictionName: { zh: '重庆市', en: 'Chongqing municipality' },
  applicantTypes: ['INDEPENDENT'],
  quotaSplit: 'BY_BASE',
  bases: [{ baseId: 201, name: '重庆市巴南区人民医院', cityId: 20, cityName: '重庆市区县', seats: { EMPLOYED: 0, INDEPENDENT: 5 }, total: 5 }],
  ranking: {
    kind: 'BASE_ASSESSMENT',
    rounds: [
      assessed('FIRST', '第一志愿', '2025-04-24T00:00:00+08:00', '2025-04-26T00:00:00+08:00', '2025-04-26T00:00:00+08:00'),
      assessed('SECOND', '第二志愿', '2025-04-27T00:00:00+08:00', '2025-04-28T00:00:00+08:00', '2025-04-28T00:00:00+08:00'),
      assessed('ADJUSTMENT', '调剂', '2025-04-29T00:00:00+08:00', '2025-04-30T00:00:00+08:00', '2025-04-30T00:00:00+08:00'),
    ],
  },
  admissionRule: {
    mechanism: 'SEQUENTIAL_CHOICES',
    adjustment: { enabled: true, preference: 'NONE', rankBy: 'ADJUSTMENT_SCORE' },
    summary: { zh: '按第一、二志愿顺序由基地考核录取，之后调剂（按调剂考核成绩）', en: 'first, then second choices admitted by the bases’ assessments, then adjustment (by the adjustment assessment)' },
  },
};

/** After the results time: the round as it then reads. */
export const ROUND_RESULTS_OUT: Schemas['RecruitmentRoundDetail'] = { ...ROUND, signupOpen: false, admission: { ...ROUND.admission, resultsVisibleAt: '2025-06-30T09:00:00.000+08:00' } };

export const ADMITTED: Schemas['MyAdmissionView'] = {
  roundId: 3,
  roundName: ROUND.name,
  stage: 'ADJUSTMENT',
  stageLabel: '调剂',
  finalStage: true,
  admitted: true,
  admittedBy: 'SECOND',
  baseName: '厦门大学附属第一医院',
  lines: [
    '第一志愿 福州市第一总医院（社会人名额）：您的排名第 23 位，该基地本轮录取至第 20 位（最低分 81.5），未被录取。',
    '第二志愿 厦门大学附属第一医院（社会人名额）：您的排名第 5 位，该基地本轮录取至第 12 位（最低分 74），已录取。',
    '录取结果：第二志愿录取，厦门大学附属第一医院。',
  ],
  placement: { status: 'ADMITTED', noticeStatus: 'READY', reportedOn: null },
  reportingDeadline: '2025-08-20T17:00:00.000+08:00',
};

/** A round published round by round, read after its first-choice results: not admitted yet, later rounds to come. */
export const FIRST_STAGE_NOT_YET: Schemas['MyAdmissionView'] = {
  roundId: 3,
  roundName: ROUND.name,
  stage: 'FIRST',
  stageLabel: '第一志愿',
  finalStage: false,
  admitted: false,
  admittedBy: null,
  baseName: null,
  lines: [
    '第一志愿 福州市第一总医院（社会人名额）：您的排名第 23 位，该基地本轮录取至第 20 位（最低分 81.5），未被录取。',
    '第二志愿 厦门大学附属第一医院（社会人名额）：本轮录取尚未进行。',
    '调剂：尚未进行。',
    '结果：暂未录取，后续录取尚未进行。',
  ],
  placement: null,
  reportingDeadline: '2025-08-20T17:00:00.000+08:00',
};
