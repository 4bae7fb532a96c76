import type { components } from '../../src/api/schema.generated.ts';

/**
 * Answers of the real API for recruitment's staff pages (Fujian 2025: a Fuzhou base, the Fuzhou city commission,
 * the province as the authority; Xiaogan 2023, whose city commission is its own authority), typed by the OpenAPI document.
 */
type Schemas = components['schemas'];

const user = (id: number, username: string, role: Schemas['SessionToken']['user']['role'], displayName: string, organisationId: number) => ({ id, username, role, displayName, organisationId, traineeId: null });
const token = (u: Schemas['SessionToken']['user']): Schemas['SessionToken'] => ({ accessToken: 'access', expiresIn: 900, refreshToken: 'refresh', refreshExpiresIn: 43200, passwordChangeRequired: false, user: u });

export const BASE_TOKEN = token(user(3, 'base-fuzhou1', 'BASE_REVIEWER', '福州市第一总医院培训办', 4));
export const CITY_TOKEN = token(user(5, 'city-fuzhou', 'CITY_REVIEWER', '福州市卫生健康委', 2));
export const XIAOGAN_TOKEN = token(user(8, 'city-xiaogan', 'CITY_REVIEWER', '孝感市卫生健康委', 30));
export const CENTRE_TOKEN = token(user(1, 'centre', 'CENTRE_ADMIN', '省全科医学培训中心', 1));

const FUJIAN = { zh: '福建省', en: 'Fujian province' };
export const BASE_STANDING: Schemas['RecruitmentStandingView'] = { kind: 'BASE', jurisdiction: 'FUJIAN', jurisdictionName: FUJIAN, cityId: 2, baseId: 4 };
export const CITY_STANDING: Schemas['RecruitmentStandingView'] = { kind: 'CITY', jurisdiction: 'FUJIAN', jurisdictionName: FUJIAN, cityId: 2, baseId: null };
export const AUTHORITY_STANDING: Schemas['RecruitmentStandingView'] = { kind: 'AUTHORITY', jurisdiction: 'FUJIAN', jurisdictionName: FUJIAN, cityId: null, baseId: null };
export const XIAOGAN_STANDING: Schemas['RecruitmentStandingView'] = { kind: 'AUTHORITY', jurisdiction: 'XIAOGAN', jurisdictionName: { zh: '湖北省孝感市', en: 'Xiaogan city, Hubei' }, cityId: null, baseId: null };

export const ROUNDS: Schemas['RecruitmentRoundSummary'][] = [
  { id: 11, code: 'FJ-2025', name: '2025年福建省助理全科医生培训招录', year: 2025, jurisdiction: 'FUJIAN', jurisdictionName: FUJIAN, applicantTypes: ['EMPLOYED', 'INDEPENDENT'], signupOpensAt: '2025-07-01T08:00:00+08:00', signupClosesAt: '2025-07-10T17:00:00+08:00', signupOpen: true },
  { id: 9, code: 'FJ-2024', name: '2024年福建省助理全科医生培训招录', year: 2024, jurisdiction: 'FUJIAN', jurisdictionName: FUJIAN, applicantTypes: ['EMPLOYED', 'INDEPENDENT'], signupOpensAt: '2024-07-01T08:00:00+08:00', signupClosesAt: '2024-07-10T17:00:00+08:00', signupOpen: false },
];

export const XIAOGAN_ROUNDS: Schemas['RecruitmentRoundSummary'][] = [
  { id: 21, code: 'XG-2023', name: '2023年孝感市助理全科医生培训招录', year: 2023, jurisdiction: 'XIAOGAN', jurisdictionName: XIAOGAN_STANDING.jurisdictionName, applicantTypes: ['EMPLOYED', 'INDEPENDENT'], signupOpensAt: '2023-05-04T08:00:00+08:00', signupClosesAt: '2023-06-30T17:00:00+08:00', signupOpen: false },
];

const window = (opensAt: string, closesAt: string) => ({ opensAt, closesAt });
const level = (lvl: Schemas['ReviewLevel'], zh: string, w: { opensAt: string; closesAt: string }): Schemas['ReviewLevelView'] => ({ level: lvl, label: { zh, en: lvl }, window: w });

export const ROUND_DETAIL: Schemas['RecruitmentRoundDetail'] = {
  id: 11,
  code: 'FJ-2025',
  name: '2025年福建省助理全科医生培训招录',
  year: 2025,
  version: 2,
  jurisdiction: 'FUJIAN',
  jurisdictionName: FUJIAN,
  signupOpensAt: '2025-07-01T08:00:00+08:00',
  signupClosesAt: '2025-07-10T17:00:00+08:00',
  signupOpen: true,
  admission: { opensAt: '2025-07-20T08:00:00+08:00', closesAt: '2025-07-25T17:00:00+08:00', resultsVisibleAt: '2025-07-26T09:00:00+08:00' },
  reportingDeadline: '2025-08-31T17:00:00+08:00',
  applicantTypes: ['EMPLOYED', 'INDEPENDENT'],
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
    { baseId: 4, name: '福州市第一总医院', cityId: 2, cityName: '福州市', seats: { EMPLOYED: 10, INDEPENDENT: 5 }, total: 15 },
    { baseId: 5, name: '厦门市第一医院', cityId: 7, cityName: '厦门市', seats: { EMPLOYED: 8, INDEPENDENT: 4 }, total: 12 },
  ],
  reviewChain: {
    EMPLOYED: [level('BASE', '培训基地初审', window('2025-07-01T08:00:00+08:00', '2025-07-12T17:00:00+08:00')), level('CITY', '设区市卫健委审核', window('2025-07-01T08:00:00+08:00', '2025-07-14T17:00:00+08:00')), level('CENTRE', '省级复核', window('2025-07-01T08:00:00+08:00', '2025-07-16T17:00:00+08:00'))],
    INDEPENDENT: [level('BASE', '培训基地初审', window('2025-07-01T08:00:00+08:00', '2025-07-12T17:00:00+08:00')), level('CENTRE', '省级复核', window('2025-07-01T08:00:00+08:00', '2025-07-16T17:00:00+08:00'))],
    afterAdmission: [],
  },
  documents: {
    diplomaAlternatives: [],
    employed: { countyLetterForLocallyOriented: false, employerConsent: true, labourContract: true },
    formats: ['JPEG'],
    maxBytes: 307200,
    overseasDegreeCertification: true,
    photo: true,
    physicianQualificationIfHeld: true,
  },
  policy: {
    id: 'fujian-2025',
    version: '2025.1',
    name: { zh: '福建省2025年招录条件', en: 'Fujian 2025' },
    source: '闽卫科教函〔2025〕',
    criteria: [
      { zh: '临床医学专业全日制高职（专科）学历', en: 'college degree' },
      { zh: '年龄不超过35周岁', en: 'age' },
    ],
    notes: [],
  },
  notes: ['单位人须经所在设区市卫健委审核。'],
};

const choice = (order: number, baseId: number, baseName: string): Schemas['ApplicationChoiceView'] => ({ order, baseId, baseName });
const row = (id: number, name: string, over: Partial<Schemas['ApplicationListRow']> = {}): Schemas['ApplicationListRow'] => ({
  id,
  name,
  idMasked: '3501**********1234',
  applicantType: 'INDEPENDENT',
  acceptsAdjustment: true,
  choices: [choice(1, 4, '福州市第一总医院'), choice(2, 5, '厦门市第一医院')],
  eligible: true,
  employerCityName: null,
  nextReviewer: 'BASE',
  phone: '13800000000',
  roundCode: 'FJ-2025',
  roundId: 11,
  status: 'IN_REVIEW',
  statusLabel: { zh: '审核中', en: 'In review' },
  submittedAt: '2025-07-03T10:15:00+08:00',
  version: 3,
  ...over,
});

/** What the API answers a base: only applications that chose it. */
export const BASE_PAGE: Schemas['ApplicationPage'] = {
  items: [row(101, '林晓华'), row(102, '陈静', { applicantType: 'EMPLOYED', employerCityName: '福州市', nextReviewer: 'CITY' }), row(103, '黄磊', { eligible: false })],
  page: 1,
  pageSize: 20,
  total: 3,
};

export const CITY_PAGE: Schemas['ApplicationPage'] = {
  items: [row(102, '陈静', { applicantType: 'EMPLOYED', employerCityName: '福州市', nextReviewer: 'CITY' }), row(104, '吴芳', { applicantType: 'EMPLOYED', employerCityName: '福州市', nextReviewer: 'BASE' })],
  page: 1,
  pageSize: 20,
  total: 2,
};

/** What the API answers for a score entry list: the approved applicants this scorer may score, each with its stored score. */
export function storedScores(kind: Schemas['StoredScorePage']['kind'], scores: Array<[number, string, number | null]>): Schemas['StoredScorePage'] {
  return {
    kind,
    items: scores.map(([applicationId, name, score]) => ({
      applicationId,
      name,
      idMasked: '3501**********1234',
      applicantType: 'INDEPENDENT',
      choices: [choice(1, 4, '福州市第一总医院'), choice(2, 5, '厦门市第一医院')],
      acceptsAdjustment: true,
      score,
    })),
    page: 1,
    pageSize: 20,
    total: scores.length,
  };
}

const check = (rule: Schemas['RecruitmentRuleId'], zh: string, outcome: 'PASS' | 'FAIL', explanation: string): Schemas['RecruitmentCheck'] => ({
  rule,
  label: { zh, en: rule },
  outcome,
  explanation: { zh: explanation, en: explanation },
  data: {},
});

export function applicationView(id: number, name: string, over: Partial<Schemas['ApplicationView']> = {}): Schemas['ApplicationView'] {
  return {
    id,
    name,
    idMasked: '3501**********1234',
    idType: 'RESIDENT_ID',
    applicantType: 'INDEPENDENT',
    acceptsAdjustment: true,
    choices: [choice(1, 4, '福州市第一总医院'), choice(2, 5, '厦门市第一医院')],
    documentCheck: { complete: true, missing: [] },
    documents: [
      { kind: 'ID_FRONT', label: { zh: '身份证人像面', en: 'ID front' }, bytes: 81234, sha256: 'a'.repeat(64), uploadedAt: '2025-07-03 10:10' },
      { kind: 'DIPLOMA', label: { zh: '毕业证书', en: 'Diploma' }, bytes: 120034, sha256: 'b'.repeat(64), uploadedAt: '2025-07-03 10:12' },
    ],
    editable: false,
    eligible: true,
    employerCityId: null,
    employerCityName: null,
    facts: {} as Schemas['ApplicantFacts'],
    jurisdiction: 'FUJIAN',
    nextReviewer: 'BASE',
    nextReviewerLabel: { zh: '培训基地初审', en: 'Base' },
    phone: '13800000000',
    rejected: null,
    returned: null,
    roundCode: 'FJ-2025',
    roundId: 11,
    roundName: '2025年福建省助理全科医生培训招录',
    stage: 'BEFORE_ADMISSION',
    status: 'IN_REVIEW',
    statusLabel: { zh: '审核中', en: 'In review' },
    submittedAt: '2025-07-03T10:15:00+08:00',
    verdict: {
      eligible: true,
      checks: [check('RC-2.education', '学历', 'PASS', '临床医学专业全日制高职（专科），符合'), check('RC-2.age', '年龄', 'PASS', '26周岁，未超过35周岁')],
      evaluatedAt: '2025-07-03T02:15:00Z',
      failedRules: [],
      policyId: 'fujian-2025',
      policyVersion: '2025.1',
      roundCode: 'FJ-2025',
    },
    version: 3,
    ...over,
  };
}

export const IMPORT_WITH_ERRORS: Schemas['RankingImportReport'] = {
  committed: false,
  encoding: 'gb18030',
  format: 'csv',
  totalRows: 3,
  errorRows: 2,
  rows: [
    { rowNumber: 2, name: '郑凯', idMasked: '3501**********1234', applicationId: 105, score: 86.5, problem: null, message: null },
    { rowNumber: 3, name: '赵敏x', idMasked: '3501**********5678', applicationId: null, score: 80, problem: 'NAME_MISMATCH', message: '姓名与证件号码登记的“赵敏”不一致' },
    { rowNumber: 4, name: '孙丽', idMasked: '3502**********0011', applicationId: null, score: 120.555, problem: 'SCORE_INVALID', message: '成绩最多两位小数' },
  ],
};

const placement = (applicationId: number, name: string, over: Partial<Schemas['PlacementView']> = {}): Schemas['PlacementView'] => ({
  applicationId,
  name,
  idMasked: '3501**********1234',
  applicantType: 'INDEPENDENT',
  admittedBy: 'FIRST',
  baseId: 4,
  baseName: '福州市第一总医院',
  noShowByDeadline: false,
  noShowReason: null,
  noticeStatus: 'READY',
  reportedOn: null,
  status: 'ADMITTED',
  traineeId: null,
  ...over,
});

export const PLACEMENTS: Schemas['PlacementView'][] = [placement(105, '郑凯'), placement(106, '赵敏', { admittedBy: 'ADJUSTMENT' }), placement(107, '钱进', { status: 'REPORTED', reportedOn: '2025-08-18', traineeId: 77 })];

export const RETURNS: Schemas['ReturnView'] = {
  roundId: 11,
  returnDeadline: '2025-08-31T09:00:00Z',
  rows: [
    { applicationId: 105, base: '福州市第一总医院', name: '郑凯', applicantType: '社会人', status: '待报到', reportedOn: null, reason: null },
    { applicationId: 106, base: '福州市第一总医院', name: '赵敏', applicantType: '社会人', status: '待报到', reportedOn: null, reason: null },
    { applicationId: 107, base: '福州市第一总医院', name: '钱进', applicantType: '社会人', status: '已报到', reportedOn: '2025-08-18', reason: null },
  ],
  totals: [{ base: '福州市第一总医院', admitted: 3, reported: 1, noShows: 0, pending: 2 }],
};

/** Fujian ranks centrally (平行志愿), then adjusts; it publishes once, so the run goes through the final stage. */
export const RUN_PREVIEW: Schemas['AdmissionRunView'] = {
  id: 31,
  roundId: 11,
  status: 'PREVIEW',
  mechanism: 'CENTRAL_PARALLEL',
  through: 'ADJUSTMENT',
  stageLabel: '调剂',
  finalStage: true,
  afterRunId: null,
  resultsVisibleFrom: '2025-07-26T01:00:00Z',
  applicants: 40,
  admitted: 25,
  quota: 27,
  rounds: ['PARALLEL', 'ADJUSTMENT'],
  createdAt: '2025-07-20T02:00:00Z',
  publishedAt: null,
  inputDigest: 'c'.repeat(64),
  seed: '5f1d3c0a9b7e4d21',
  tracks: [
    { baseId: 4, baseName: '福州市第一总医院', applicantType: 'EMPLOYED', quota: 10, admitted: 10, seatsLeft: 0, lastAdmittedScore: 78.5, rounds: [{ round: 'PARALLEL', admitted: 9, lastAdmittedScore: 80 }, { round: 'ADJUSTMENT', admitted: 1, lastAdmittedScore: 78.5 }] },
    { baseId: 4, baseName: '福州市第一总医院', applicantType: 'INDEPENDENT', quota: 5, admitted: 4, seatsLeft: 1, lastAdmittedScore: 70, rounds: [{ round: 'PARALLEL', admitted: 4, lastAdmittedScore: 70 }, { round: 'ADJUSTMENT', admitted: 0, lastAdmittedScore: null }] },
    { baseId: 5, baseName: '厦门市第一医院', applicantType: 'EMPLOYED', quota: 8, admitted: 8, seatsLeft: 0, lastAdmittedScore: 75, rounds: [{ round: 'PARALLEL', admitted: 8, lastAdmittedScore: 75 }, { round: 'ADJUSTMENT', admitted: 0, lastAdmittedScore: null }] },
    { baseId: 5, baseName: '厦门市第一医院', applicantType: 'INDEPENDENT', quota: 4, admitted: 3, seatsLeft: 1, lastAdmittedScore: 69, rounds: [{ round: 'PARALLEL', admitted: 2, lastAdmittedScore: 72 }, { round: 'ADJUSTMENT', admitted: 1, lastAdmittedScore: 69 }] },
  ],
};

export const RUN_PUBLISHED: Schemas['AdmissionRunView'] = { ...RUN_PREVIEW, status: 'PUBLISHED', publishedAt: '2025-07-21T02:00:00Z' };

const stage = (through: Schemas['AdmissionRound'], label: string, final: boolean, resultsVisibleFrom: string | null, state: Partial<Schemas['AdmissionStageView']> = {}): Schemas['AdmissionStageView'] => ({
  through,
  label,
  final,
  resultsVisibleFrom,
  publishedRunId: null,
  settled: false,
  previewable: true,
  ...state,
});

/** Fujian's stages before and after its one publication (through adjustment, the parallel round with it). */
export const FUJIAN_STAGES: Schemas['AdmissionStagesView'] = {
  roundId: 11,
  stages: [stage('PARALLEL', '平行志愿', false, '2025-07-26T01:00:00Z'), stage('ADJUSTMENT', '调剂', true, '2025-07-26T01:00:00Z')],
};
export const FUJIAN_STAGES_PUBLISHED: Schemas['AdmissionStagesView'] = {
  roundId: 11,
  stages: [
    stage('PARALLEL', '平行志愿', false, '2025-07-26T01:00:00Z', { settled: true, previewable: false }),
    stage('ADJUSTMENT', '调剂', true, '2025-07-26T01:00:00Z', { publishedRunId: 31, settled: true, previewable: false }),
  ],
};

/** Chongqing 2025 publishes round by round (04-26, 04-28, 04-30): the first-choice stage is out. */
export const CHONGQING_TOKEN = token(user(9, 'centre-cq', 'CENTRE_ADMIN', '重庆市卫生健康委员会', 40));
export const CHONGQING_STANDING: Schemas['RecruitmentStandingView'] = { kind: 'AUTHORITY', jurisdiction: 'CHONGQING', jurisdictionName: { zh: '重庆市', en: 'Chongqing' }, cityId: null, baseId: null };
export const CHONGQING_ROUNDS: Schemas['RecruitmentRoundSummary'][] = [
  { id: 41, code: 'CQ-2025', name: '重庆市2025年助理全科医生培训招收', year: 2025, jurisdiction: 'CHONGQING', jurisdictionName: CHONGQING_STANDING.jurisdictionName, applicantTypes: ['EMPLOYED', 'INDEPENDENT'], signupOpensAt: '2025-04-07T00:00:00+08:00', signupClosesAt: '2025-04-21T18:00:00+08:00', signupOpen: false },
];
export const CHONGQING_STAGES: Schemas['AdmissionStagesView'] = {
  roundId: 41,
  stages: [
    stage('FIRST', '第一志愿', false, '2025-04-25T16:00:00Z', { publishedRunId: 51, settled: true, previewable: false }),
    stage('SECOND', '第二志愿', false, '2025-04-27T16:00:00Z'),
    stage('ADJUSTMENT', '调剂', true, '2025-04-29T16:00:00Z'),
  ],
};
const cqTrack = (baseId: number, baseName: string, quota: number, first: number, second: number | null): Schemas['AdmissionTrackView'] => ({
  baseId,
  baseName,
  applicantType: null,
  quota,
  admitted: first + (second ?? 0),
  seatsLeft: quota - first - (second ?? 0),
  lastAdmittedScore: null,
  rounds: [{ round: 'FIRST', admitted: first, lastAdmittedScore: first > 0 ? 88 : null }, ...(second === null ? [] : [{ round: 'SECOND' as const, admitted: second, lastAdmittedScore: second > 0 ? 70 : null }])],
});
export const CHONGQING_FIRST_RUN: Schemas['AdmissionRunView'] = {
  id: 51,
  roundId: 41,
  status: 'PUBLISHED',
  mechanism: 'SEQUENTIAL_CHOICES',
  through: 'FIRST',
  stageLabel: '第一志愿',
  finalStage: false,
  afterRunId: null,
  resultsVisibleFrom: '2025-04-25T16:00:00Z',
  applicants: 5,
  admitted: 2,
  quota: 4,
  rounds: ['FIRST'],
  createdAt: '2025-04-25T10:00:00Z',
  publishedAt: '2025-04-25T11:00:00Z',
  inputDigest: 'd'.repeat(64),
  seed: '9a0c7e51d2b34f68',
  tracks: [cqTrack(61, '重庆市巴南区人民医院', 1, 1, null), cqTrack(62, '重庆市合川区人民医院', 1, 0, null), cqTrack(63, '重庆市渝北区人民医院', 2, 1, null)],
};
export const CHONGQING_SECOND_PREVIEW: Schemas['AdmissionRunView'] = {
  ...CHONGQING_FIRST_RUN,
  id: 52,
  status: 'PREVIEW',
  through: 'SECOND',
  stageLabel: '第二志愿',
  afterRunId: 51,
  resultsVisibleFrom: '2025-04-27T16:00:00Z',
  admitted: 3,
  rounds: ['FIRST', 'SECOND'],
  createdAt: '2025-04-27T10:00:00Z',
  publishedAt: null,
  tracks: [cqTrack(61, '重庆市巴南区人民医院', 1, 1, 0), cqTrack(62, '重庆市合川区人民医院', 1, 0, 1), cqTrack(63, '重庆市渝北区人民医院', 2, 1, 0)],
};
export const CHONGQING_OUTCOMES: Schemas['AdmissionOutcomePage'] = { page: 1, pageSize: 20, total: 0, items: [] };

export const OUTCOMES: Schemas['AdmissionOutcomePage'] = {
  page: 1,
  pageSize: 20,
  total: 2,
  items: [
    {
      applicationId: 105,
      name: '郑凯',
      idMasked: '3501**********1234',
      applicantType: 'INDEPENDENT',
      admitted: true,
      admittedBy: 'PARALLEL',
      baseId: 4,
      baseName: '福州市第一总医院',
      lines: ['第一志愿 福州市第一总医院：综合排名第 1 位，已录取。', '调剂：您已被志愿录取，不参加调剂。', '结果：已录取，福州市第一总医院（平行志愿录取）。'],
      explanation: {} as Schemas['ApplicantExplanation'],
    },
    {
      applicationId: 108,
      name: '周强',
      idMasked: '3501**********9999',
      applicantType: 'INDEPENDENT',
      admitted: false,
      admittedBy: null,
      baseId: null,
      baseName: null,
      lines: ['第一志愿 福州市第一总医院：综合排名第 31 位，该基地录取至第 5 位，轮到您时名额已满，未被录取。', '第二志愿 厦门市第一医院：综合排名第 31 位，该基地没有名额，未被录取。', '调剂：您选择了不接受调剂，未参加调剂。', '结果：未被录取。您选择了不接受调剂，本年度不进入培训。'],
      explanation: {} as Schemas['ApplicantExplanation'],
    },
  ],
};

/** A refusal as the API words it. */
export function refusal(code: string, zh: string, en: string, details?: Record<string, unknown>) {
  return { code, message: { zh, en }, ...(details ? { details } : {}) };
}

/** A small valid PNG, served where the API serves a document's JPEG: the page only shows it. */
export const DOCUMENT_IMAGE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAFklEQVR4nGP8z8DAwMDAxMDAwMAAAB0DAgGq4r2JAAAAAElFTkSuQmCC', 'base64');

/** RC-5: an application's recorded steps: submitted, then returned by the base with a reason and a deadline. */
export function reviewHistory(applicationId: number): Schemas['ApplicationReviewHistory'] {
  return {
    applicationId,
    roundId: 11,
    status: 'IN_REVIEW',
    statusLabel: { zh: '审核中', en: 'In review' },
    steps: [
      { at: '2025-07-02T09:30:00+08:00', kind: 'SUBMITTED', by: 'APPLICANT', byLabel: { zh: '本人', en: 'Applicant' }, organisationName: null, outcome: { zh: '提交报名', en: 'Submitted' }, reason: null, correctBy: null, stage: null, status: 'IN_REVIEW' },
      { at: '2025-07-03T10:00:00+08:00', kind: 'RETURNED', by: 'BASE', byLabel: { zh: '培训基地', en: 'Base' }, organisationName: '福州市第一总医院', outcome: { zh: '退回修改', en: 'Returned' }, reason: '身份证照片反光', correctBy: '2025-07-06T17:00:00+08:00', stage: 'BEFORE_ADMISSION', status: 'RETURNED' },
      { at: '2025-07-04T08:15:00+08:00', kind: 'RESUBMITTED', by: 'APPLICANT', byLabel: { zh: '本人', en: 'Applicant' }, organisationName: null, outcome: { zh: '修改后重新提交', en: 'Resubmitted' }, reason: null, correctBy: null, stage: null, status: 'IN_REVIEW' },
    ],
  };
}
