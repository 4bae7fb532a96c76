import type { components } from '../../src/api/schema.generated.ts';

/** Answers of the real API (demo data: a session open now, four bases, a theory file with errors), typed by the OpenAPI document. */
type Schemas = components['schemas'];

export const SESSION_TOKEN: Schemas['SessionToken'] = {
  accessToken: 'access',
  expiresIn: 900,
  refreshToken: 'refresh',
  refreshExpiresIn: 43200,
  passwordChangeRequired: false,
  user: { id: 1, username: 'centre', role: 'CENTRE_ADMIN', displayName: '省全科医学培训中心', organisationId: 1, traineeId: null },
};

export const SESSIONS: Schemas['SessionView'][] = [
  {
    id: 2,
    code: 'DEMO-2026-12-04',
    name: '演示批次（报名开放中）2026',
    year: 2026,
    ruleSetVersion: 'demo-2026.1',
    signupWindow: { opensAt: '2026-12-03T00:00:00+08:00', closesAt: '2026-12-18T00:00:00+08:00' },
    reviewWindow: { opensAt: '2026-12-03T00:00:00+08:00', closesAt: '2026-12-25T00:00:00+08:00' },
    admittedRotationEndYears: { from: 2024, to: 2026 },
    rotationCutoff: '2027-01-29',
    subjects: [
      {
        subject: 'SKILLS',
        ticketMode: 'PLATFORM',
        ticketWindow: { opensAt: '2027-01-03T00:00:00+08:00', closesAt: '2027-01-10T00:00:00+08:00' },
        exam: { opensAt: '2027-01-10T00:00:00+08:00', closesAt: '2027-01-13T00:00:00+08:00' },
      },
      {
        subject: 'THEORY',
        ticketMode: 'NATIONAL_SITE',
        ticketWindow: { opensAt: '2027-01-23T00:00:00+08:00', closesAt: '2027-01-28T00:00:00+08:00' },
        exam: { opensAt: '2027-01-28T00:00:00+08:00', closesAt: '2027-01-29T00:00:00+08:00' },
      },
    ],
    resultsNote: null,
    theoryPassRule: { passLine: 60, maxScore: 100, maxDecimalPlaces: 1 },
    skillsPassRule: {
      totalPassLine: 240,
      stationMinimums: { CASE_ANALYSIS: 50, MEDICAL_RECORD: 50, AUX_EXAM_READING: 50, BASIC_PROCEDURES: 50 },
      stationMaximums: { CASE_ANALYSIS: 100, MEDICAL_RECORD: 100, AUX_EXAM_READING: 100, BASIC_PROCEDURES: 100 },
      criticalItems: ['BASIC_PROCEDURES.aseptic', 'BASIC_PROCEDURES.patient-safety'],
    },
    cancellations: [],
    cancelled: false,
    version: 1,
  },
];

const at = '2026-12-03T16:45:30.951Z';
export const ORGANISATIONS: Schemas['Organisation'][] = [
  { id: 1, kind: 'PROVINCE', name: '福建省', parentId: null, cityId: null, createdAt: at },
  { id: 2, kind: 'CITY', name: '福州市', parentId: 1, cityId: null, createdAt: at },
  { id: 3, kind: 'BASE', name: '福建省级机关医院', parentId: 2, cityId: 2, createdAt: at },
  { id: 4, kind: 'BASE', name: '福州市第一总医院', parentId: 2, cityId: 2, createdAt: at },
  { id: 7, kind: 'CITY', name: '厦门市', parentId: 1, cityId: null, createdAt: at },
  { id: 8, kind: 'BASE', name: '厦门市海沧医院', parentId: 7, cityId: 7, createdAt: at },
];

/** A theory file previewed with four rows in error. */
export const IMPORT_WITH_ERRORS: Schemas['ScoreImportView'] = {
  id: 4,
  sessionId: 2,
  subject: 'THEORY',
  status: 'PREVIEWED',
  fileName: 'theory-2026-errors.csv',
  fileSha256: '1251c249a90981893e0835bb9876b06fb52553ffb1353c5d281ae54a57a86595',
  fileBytes: 1493,
  totalRows: 49,
  processedRows: 49,
  summary: {
    totalRows: 49,
    NEW: 43,
    CHANGED: 2,
    UNCHANGED: 0,
    ERROR: 4,
    errorsByCode: { NAME_MISMATCH: 1, SCORE_OUT_OF_RANGE: 1, ID_NUMBER_MANGLED: 1, ID_NUMBER_INVALID: 1 },
    missingFromFile: 5,
    format: 'csv',
    encoding: 'gb18030',
  },
  canCommit: false,
  problems: [],
  changes: [],
  error: null,
  createdAt: '2026-12-03T16:57:37.229Z',
  committedAt: null,
};

export const ERROR_ROWS: Schemas['ReportRowPage'] = {
  items: [
    {
      rowNumber: 5,
      name: '赵敏x',
      idNumberMasked: '350102********5039',
      traineeId: 8,
      outcome: 'ERROR',
      error: { code: 'NAME_MISMATCH', message: { zh: '姓名"赵敏x"与培训对象登记的"赵敏"不一致', en: 'name "赵敏x" differs from the registered "赵敏"' } },
    },
    {
      rowNumber: 12,
      name: '徐勇',
      idNumberMasked: null,
      traineeId: null,
      outcome: 'ERROR',
      error: {
        code: 'ID_NUMBER_MANGLED',
        message: {
          zh: '证件号码被表格软件当作数字处理（变成科学计数法或末尾变成000），请将该列设为文本格式后重新填写',
          en: 'The spreadsheet turned the ID number into a number (scientific notation or trailing 000); format the column as text and enter it again',
        },
      },
    },
  ],
  total: 4,
};

export const CHANGED_ROWS: Schemas['ReportRowPage'] = {
  items: [
    { rowNumber: 2, name: '张伟', idNumberMasked: '350102********5002', traineeId: 5, outcome: 'CHANGED', before: { outcome: 'FAILED', score: 58 }, after: { outcome: 'PASSED', score: 61 } },
    { rowNumber: 3, name: '王芳', idNumberMasked: '350102********5018', traineeId: 6, outcome: 'CHANGED', before: { outcome: 'PASSED', score: 66 }, after: { outcome: 'ABSENT', score: null } },
  ],
  total: 2,
};

export const ALL_ROWS: Schemas['ReportRowPage'] = {
  items: [
    { rowNumber: 2, name: '张伟', idNumberMasked: '350102********5002', traineeId: 5, outcome: 'CHANGED', before: { outcome: 'FAILED', score: 58 }, after: { outcome: 'PASSED', score: 61 } },
    { rowNumber: 4, name: '李娜', idNumberMasked: '350102********5023', traineeId: 7, outcome: 'NEW', after: { outcome: 'PASSED', score: 74 } },
    ERROR_ROWS.items[0],
  ],
  total: 49,
};

/** A large skills file previewed by the worker, every row valid. */
export const LARGE_IMPORT: Schemas['ScoreImportView'] = {
  ...IMPORT_WITH_ERRORS,
  id: 9,
  subject: 'SKILLS',
  fileName: '2026年技能考核成绩.xlsx',
  fileBytes: 2_400_000,
  totalRows: 30000,
  processedRows: 30000,
  summary: { totalRows: 30000, NEW: 29990, CHANGED: 10, UNCHANGED: 0, ERROR: 0, errorsByCode: {}, missingFromFile: 0, format: 'xlsx', encoding: null },
  canCommit: true,
};

/** The first rows of the large skills file: station scores and the critical items failed. */
export const SKILLS_ROWS: Schemas['ReportRowPage'] = {
  items: [
    {
      rowNumber: 2,
      name: '张伟',
      idNumberMasked: '350102********5002',
      traineeId: 5,
      outcome: 'CHANGED',
      before: { outcome: 'PASSED', score: 286, stationScores: { CASE_ANALYSIS: 55, MEDICAL_RECORD: 66, AUX_EXAM_READING: 77, BASIC_PROCEDURES: 88 }, failedCriticalItems: [] },
      after: { outcome: 'FAILED', score: 292, stationScores: { CASE_ANALYSIS: 82, MEDICAL_RECORD: 70, AUX_EXAM_READING: 70, BASIC_PROCEDURES: 70 }, failedCriticalItems: ['BASIC_PROCEDURES.aseptic'] },
    },
    {
      rowNumber: 3,
      name: '李娜',
      idNumberMasked: '350102********5023',
      traineeId: 7,
      outcome: 'NEW',
      after: { outcome: 'PASSED', score: 274, stationScores: { CASE_ANALYSIS: 62, MEDICAL_RECORD: 73, AUX_EXAM_READING: 84, BASIC_PROCEDURES: 55 }, failedCriticalItems: [] },
    },
  ],
  total: 30000,
};

export const PUBLICATION: Schemas['PublicationView'][] = [
  { sessionId: 2, subject: 'THEORY', published: false, publishedAt: null, results: 48, missing: 0 },
  { sessionId: 2, subject: 'SKILLS', published: true, publishedAt: '2026-12-04T01:01:12+08:00', results: 45, missing: 0 },
];

export const RESULTS: Schemas['ResultPage'] = {
  items: [
    {
      attemptId: 95,
      version: 3,
      traineeId: 5,
      name: '张伟',
      idNumberMasked: '350102********5002',
      baseId: 3,
      baseName: '福建省级机关医院',
      subject: 'THEORY',
      outcome: 'FAILED',
      outcomeLabel: { zh: '不合格', en: 'failed' },
      score: 58,
      stationScores: null,
      failedCriticalItems: null,
      source: 'IMPORT',
      published: false,
      voided: false,
      voidKind: null,
      voidReason: null,
    },
    {
      attemptId: 1,
      version: 2,
      traineeId: 5,
      name: '张伟',
      idNumberMasked: '350102********5002',
      baseId: 3,
      baseName: '福建省级机关医院',
      subject: 'SKILLS',
      outcome: 'PASSED',
      outcomeLabel: { zh: '合格', en: 'passed' },
      score: 292,
      stationScores: { CASE_ANALYSIS: 82, MEDICAL_RECORD: 70, AUX_EXAM_READING: 70, BASIC_PROCEDURES: 70 },
      failedCriticalItems: [],
      source: 'IMPORT',
      published: true,
      voided: false,
      voidKind: null,
      voidReason: null,
    },
  ],
  total: 93,
  page: 1,
  pageSize: 20,
};

const line = (baseId: number | null, baseName: string | null, kind: 'FIRST' | 'RETAKE' | 'ALL', passed: number, failed: number, absent: number, voided: number): Schemas['StatisticsLineView'] => {
  const sat = passed + failed;
  return { baseId, baseName, subject: 'THEORY', kind, candidates: sat + absent + voided, passed, failed, absent, voided, sat, passRate: sat === 0 ? null : Math.round((passed / sat) * 10_000) / 10_000 };
};

export const STATISTICS: Schemas['SessionStatistics'] = {
  sessionId: 2,
  sessionYear: 2026,
  publishedSubjects: ['THEORY'],
  lines: [
    line(3, '福建省级机关医院', 'FIRST', 5, 2, 1, 0),
    line(3, '福建省级机关医院', 'RETAKE', 1, 2, 0, 1),
    line(3, '福建省级机关医院', 'ALL', 6, 4, 1, 1),
    line(4, '福州市第一总医院', 'FIRST', 8, 0, 0, 0),
    line(4, '福州市第一总医院', 'RETAKE', 3, 0, 1, 0),
    line(4, '福州市第一总医院', 'ALL', 11, 0, 1, 0),
  ],
  totals: [line(null, null, 'FIRST', 13, 2, 1, 0), line(null, null, 'RETAKE', 4, 2, 1, 1), line(null, null, 'ALL', 17, 4, 2, 1)],
};

export const AUDIT: Schemas['AuditPage'] = {
  items: [
    {
      id: '42',
      occurredAt: '2026-12-03T17:02:19.524Z',
      actorUserId: 1,
      actorRole: 'CENTRE_ADMIN',
      action: 'SCORE_CORRECTED',
      entityType: 'subject_attempt',
      entityId: '95',
      scopeBaseId: 3,
      reason: '阅卷复核发现登分错误',
      before: { outcome: 'PASSED', score: '100.00', stationScores: null, failedCriticalItems: null, source: 'CORRECTION', version: 2 },
      after: { outcome: 'PASSED', score: '61.00', stationScores: null, failedCriticalItems: null, source: 'CORRECTION', version: 3 },
    },
    {
      id: '40',
      occurredAt: '2026-12-03T17:01:12.304Z',
      actorUserId: 1,
      actorRole: 'CENTRE_ADMIN',
      action: 'RESULTS_PUBLISHED',
      entityType: 'assessment_session',
      entityId: '2',
      scopeBaseId: null,
      reason: '3 名考生未在国家平台报名，不在国家成绩文件中（国家名单核对）',
      before: null,
      after: { subject: 'THEORY', publishedAt: '2026-12-04T01:01:12+08:00', results: 48, publishedWithoutResult: 3, withoutResultTraineeIds: [1, 2, 4] },
    },
  ],
  total: 50,
};

export const ACCOUNTS: Schemas['AccountPage'] = {
  items: [
    { id: 1, username: 'centre', role: 'CENTRE_ADMIN', displayName: '省全科医学培训中心', organisationId: 1, organisationName: '福建省', phone: null, active: true, mustChangePassword: false, locked: false, createdAt: '2026-12-03T16:45:31.257Z' },
    { id: 3, username: 'base-fuzhou1', role: 'BASE_REVIEWER', displayName: '福州市第一总医院培训办', organisationId: 4, organisationName: '福州市第一总医院', phone: null, active: true, mustChangePassword: false, locked: true, createdAt: '2026-12-03T16:45:31.263Z' },
    { id: 8, username: 'checker-fz01', role: 'CHECKER', displayName: '福州考点核验员一', organisationId: 2, organisationName: '福州市', phone: '0591-87654321', active: false, mustChangePassword: true, locked: false, createdAt: '2026-12-03T17:06:41.000Z' },
  ],
  total: 3,
};

/** A refusal as the API words it. */
export function refusal(code: string, zh: string, en: string, details?: Record<string, unknown>) {
  return { code, message: { zh, en }, ...(details ? { details } : {}) };
}
