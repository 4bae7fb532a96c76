import { gb11643CheckChar, IdDocumentType } from '@app/common/identity-document';
import { TableRow } from '@app/common/tabular';
import { SkillsPassRule } from '../rules/skills-score.rules';
import { TheoryPassRule } from '../rules/theory-score.rules';
import { ScoreColumn, splitItems } from './score-file';
import { ExistingResult, identifyRows, ImportPlan, KnownTrainee, PlanContext, planScoreImport as planRows } from './score-import.plan';

const id = (serial: string, birth = '19990312') => {
  const first17 = `350102${birth}${serial}`;
  return first17 + gb11643CheckChar(first17);
};

const THEORY_RULE: TheoryPassRule = { passLine: 60, maxScore: 100, maxDecimalPlaces: 1 };
const SKILLS_RULE: SkillsPassRule = {
  totalPassLine: 240,
  stationMinimums: { CASE_ANALYSIS: 50 },
  stationMaximums: { CASE_ANALYSIS: 100, MEDICAL_RECORD: 100, AUX_EXAM_READING: 100, BASIC_PROCEDURES: 100 },
  criticalItems: ['BASIC_PROCEDURES.aseptic'],
};

// Trainees 1–3 are approved for the subject; 4 is a trainee of the province without an approved sign-up.
const TRAINEES: Array<[string, KnownTrainee]> = [
  [id('101'), { id: 1, name: '林晓华', idMasked: '3501**********101X' }],
  [id('102'), { id: 2, name: '陈𠮷', idMasked: '3501**********1021' }],
  [id('103'), { id: 3, name: '王芳', idMasked: '3501**********1032' }],
  [id('104'), { id: 4, name: '张伟', idMasked: '3501**********1043' }],
];

function context(overrides: Partial<PlanContext> = {}): PlanContext {
  return {
    subject: 'THEORY',
    rule: THEORY_RULE,
    published: false,
    traineeByHash: new Map(TRAINEES.map(([number, trainee]) => [`RESIDENT_ID:${number}`, trainee])),
    approvedSignupByTrainee: new Map([
      [1, 11],
      [2, 12],
      [3, 13],
    ]),
    existingByTrainee: new Map<number, ExistingResult>(),
    ...overrides,
  };
}

// The hash is the number itself here: what matters is that the plan looks trainees up by it.
const lookupHash = (type: IdDocumentType, normalised: string) => `${type}:${normalised}`;

function planScoreImport(rows: Array<TableRow<ScoreColumn>>, planContext: PlanContext): ImportPlan {
  return planRows(rows, identifyRows(rows, '2024-07-01', lookupHash), planContext);
}

let nextRow = 2;
function row(values: Partial<Record<ScoreColumn, string>>): TableRow<ScoreColumn> {
  return { rowNumber: nextRow++, values: values as Record<ScoreColumn, string> };
}

beforeEach(() => {
  nextRow = 2;
});

describe('planScoreImport: theory (SC-1)', () => {
  it('SC-1 valid rows are NEW with the judged outcome; every row gets exactly one report line', () => {
    const plan = planScoreImport(
      [row({ name: '林晓华', idNumber: id('101'), score: '72.5' }), row({ name: '陈𠮷', idNumber: id('102'), score: '59.9' }), row({ name: '王芳', idNumber: id('103'), score: '缺考' })],
      context(),
    );
    expect(plan.rows.map((r) => [r.rowNumber, r.outcome, r.after?.outcome, r.after?.score])).toEqual([
      [2, 'NEW', 'PASSED', 72.5],
      [3, 'NEW', 'FAILED', 59.9],
      [4, 'NEW', 'ABSENT', null],
    ]);
    expect(plan.writes.map((w) => [w.traineeId, w.signupId, w.existingId])).toEqual([
      [1, 11, null],
      [2, 12, null],
      [3, 13, null],
    ]);
    expect(plan.summary).toEqual({ totalRows: 3, NEW: 3, CHANGED: 0, UNCHANGED: 0, ERROR: 0, errorsByCode: {}, missingFromFile: 0 });
  });

  it('SC-1 a score equal to the pass line passes; a blank score with 缺考 in the status column is absent', () => {
    const plan = planScoreImport([row({ name: '林晓华', idNumber: id('101'), score: '60' }), row({ name: '陈𠮷', idNumber: id('102'), score: '', status: '缺考' })], context());
    expect(plan.rows.map((r) => r.after?.outcome)).toEqual(['PASSED', 'ABSENT']);
  });

  it.each([
    ['UNKNOWN_CANDIDATE', { name: '赵六', idNumber: id('999') }],
    ['NAME_MISMATCH', { name: '林小华', idNumber: id('101') }],
    ['NOT_SIGNED_UP', { name: '张伟', idNumber: id('104') }],
    ['ID_NUMBER_MANGLED', { name: '林晓华', idNumber: '3.50102E+17' }],
    ['ID_NUMBER_MANGLED', { name: '林晓华', idNumber: id('101').slice(0, 15) + '000' }],
    ['ID_NUMBER_INVALID', { name: '林晓华', idNumber: id('101').slice(0, 17) + (id('101')[17] === '1' ? '2' : '1') }],
    ['ID_TYPE_UNKNOWN', { name: '林晓华', idType: '学生证', idNumber: id('101') }],
    ['SCORE_OUT_OF_RANGE', { name: '林晓华', idNumber: id('101'), score: '100.5' }],
    ['SCORE_OUT_OF_RANGE', { name: '林晓华', idNumber: id('101'), score: '-1' }],
    ['SCORE_NOT_A_NUMBER', { name: '林晓华', idNumber: id('101'), score: '六十' }],
    ['SCORE_TOO_PRECISE', { name: '林晓华', idNumber: id('101'), score: '60.25' }],
    ['SCORE_MISSING', { name: '林晓华', idNumber: id('101'), score: '' }],
  ] as const)('SC-1 a row is refused with %s and writes nothing', (code, values) => {
    const plan = planScoreImport([row({ score: '70', ...values })], context());
    expect(plan.rows).toHaveLength(1);
    expect(plan.rows[0].outcome).toBe('ERROR');
    expect(plan.rows[0].error?.code).toBe(code);
    expect(plan.rows[0].error?.message.zh.length).toBeGreaterThan(0);
    expect(plan.writes).toEqual([]);
    expect(plan.summary.errorsByCode).toEqual({ [code]: 1 });
  });

  it('SC-1 a candidate twice in the file: the second row is a DUPLICATE_ROW naming the first, and the first still counts', () => {
    const plan = planScoreImport([row({ name: '林晓华', idNumber: id('101'), score: '70' }), row({ name: '林晓华', idNumber: ` ${id('101').toLowerCase()} `, score: '70' })], context());
    expect(plan.rows.map((r) => r.outcome)).toEqual(['NEW', 'ERROR']);
    expect(plan.rows[1].error?.code).toBe('DUPLICATE_ROW');
    expect(plan.rows[1].error?.message.en).toContain('row 2');
  });

  it('SC-1 the same file against its own committed results is all UNCHANGED and plans no write (idempotent)', () => {
    const existing = new Map<number, ExistingResult>([
      [1, { id: 501, traineeId: 1, version: 1, voided: false, outcome: 'PASSED', score: 72.5 }],
      [2, { id: 502, traineeId: 2, version: 1, voided: false, outcome: 'ABSENT', score: null }],
    ]);
    const plan = planScoreImport([row({ name: '林晓华', idNumber: id('101'), score: '72.5' }), row({ name: '陈𠮷', idNumber: id('102'), score: '缺考' })], context({ existingByTrainee: existing }));
    expect(plan.rows.map((r) => r.outcome)).toEqual(['UNCHANGED', 'UNCHANGED']);
    expect(plan.writes).toEqual([]);
    expect(plan.summary.missingFromFile).toBe(1);
  });

  it('SC-1 a changed file shows what would change, before and after, and plans an update from the version seen', () => {
    const existing = new Map<number, ExistingResult>([[1, { id: 501, traineeId: 1, version: 3, voided: false, outcome: 'FAILED', score: 58 }]]);
    const plan = planScoreImport([row({ name: '林晓华', idNumber: id('101'), score: '61' })], context({ existingByTrainee: existing }));
    expect(plan.rows[0]).toMatchObject({ outcome: 'CHANGED', before: { outcome: 'FAILED', score: 58 }, after: { outcome: 'PASSED', score: 61 } });
    expect(plan.writes).toEqual([expect.objectContaining({ traineeId: 1, existingId: 501, existingVersion: 3 })]);
  });

  it('SC-4 once published, a new or changed score is refused (corrections only); an unchanged one is fine', () => {
    const existing = new Map<number, ExistingResult>([[1, { id: 501, traineeId: 1, version: 1, voided: false, outcome: 'PASSED', score: 70 }]]);
    const plan = planScoreImport(
      [row({ name: '林晓华', idNumber: id('101'), score: '70' }), row({ name: '陈𠮷', idNumber: id('102'), score: '65' })],
      context({ existingByTrainee: existing, published: true }),
    );
    expect(plan.rows.map((r) => r.outcome)).toEqual(['UNCHANGED', 'ERROR']);
    expect(plan.rows[1].error?.code).toBe('RESULTS_PUBLISHED');
    expect(plan.writes).toEqual([]);
  });

  it('SC-8 a voided result is not revived by an import', () => {
    const existing = new Map<number, ExistingResult>([[1, { id: 501, traineeId: 1, version: 2, voided: true, outcome: 'PASSED', score: 70 }]]);
    const plan = planScoreImport([row({ name: '林晓华', idNumber: id('101'), score: '75' })], context({ existingByTrainee: existing }));
    expect(plan.rows[0].error?.code).toBe('RESULT_VOIDED');
  });

  it('SC-1 the plan checksum is stable for the same writes and differs when the data under them changed', () => {
    const rows = [row({ name: '林晓华', idNumber: id('101'), score: '70' })];
    const first = planScoreImport(rows, context());
    expect(planScoreImport(rows, context()).planSha256).toBe(first.planSha256);
    const meanwhile = new Map<number, ExistingResult>([[1, { id: 501, traineeId: 1, version: 1, voided: false, outcome: 'FAILED', score: 50 }]]);
    expect(planScoreImport(rows, context({ existingByTrainee: meanwhile })).planSha256).not.toBe(first.planSha256);
  });

  it('SC-1 one bad row among many is reported on its own line and the others keep their outcome', () => {
    const rows = [row({ name: '林晓华', idNumber: id('101'), score: '70' }), row({ name: '陈𠮷', idNumber: id('102'), score: '7O' }), row({ name: '王芳', idNumber: id('103'), score: '80' })];
    const plan = planScoreImport(rows, context());
    expect(plan.summary).toMatchObject({ NEW: 2, ERROR: 1, errorsByCode: { SCORE_NOT_A_NUMBER: 1 } });
    expect(plan.rows[1]).toMatchObject({ rowNumber: 3, outcome: 'ERROR', traineeId: 2 });
  });
});

describe('planScoreImport: skills (SC-2)', () => {
  const skills = (values: Partial<Record<ScoreColumn, string>>) =>
    row({ name: '林晓华', idNumber: id('101'), CASE_ANALYSIS: '70', MEDICAL_RECORD: '60', AUX_EXAM_READING: '60', BASIC_PROCEDURES: '60', ...values });

  it('SC-2 four stations are judged by the session rule: total, minimum per station, critical items', () => {
    const cases = [
      planScoreImport([skills({})], context({ subject: 'SKILLS', rule: SKILLS_RULE })),
      planScoreImport([skills({ CASE_ANALYSIS: '49', MEDICAL_RECORD: '100' })], context({ subject: 'SKILLS', rule: SKILLS_RULE })),
      planScoreImport([skills({ failedCriticalItems: 'BASIC_PROCEDURES.aseptic' })], context({ subject: 'SKILLS', rule: SKILLS_RULE })),
      planScoreImport([skills({ CASE_ANALYSIS: '缺考', MEDICAL_RECORD: '缺考', AUX_EXAM_READING: '缺考', BASIC_PROCEDURES: '缺考' })], context({ subject: 'SKILLS', rule: SKILLS_RULE })),
    ];
    expect(cases.map((plan) => [plan.rows[0].after?.outcome, plan.rows[0].after?.score])).toEqual([
      ['PASSED', 250],
      ['FAILED', 269],
      ['FAILED', 250],
      ['ABSENT', null],
    ]);
    expect(cases[0].rows[0].after?.stationScores).toEqual({ CASE_ANALYSIS: 70, MEDICAL_RECORD: 60, AUX_EXAM_READING: 60, BASIC_PROCEDURES: 60 });
  });

  it.each([
    ['SCORE_OUT_OF_RANGE', { MEDICAL_RECORD: '101' }],
    ['SCORE_NOT_A_NUMBER', { AUX_EXAM_READING: 'abc' }],
    ['SCORE_MISSING', { BASIC_PROCEDURES: '' }],
    ['UNKNOWN_CRITICAL_ITEM', { failedCriticalItems: 'CASE_ANALYSIS.history' }],
  ] as const)('SC-2 a station row is refused with %s', (code, values) => {
    const plan = planScoreImport([skills(values)], context({ subject: 'SKILLS', rule: SKILLS_RULE }));
    expect(plan.rows[0].error?.code).toBe(code);
    expect(plan.writes).toEqual([]);
  });

  it('SC-2 critical items may be separated by ; ； 、 , or spaces, and repeats count once', () => {
    expect(splitItems(' b；a、b, c  d;')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('SC-2 re-importing the same station scores is UNCHANGED', () => {
    const existing = new Map<number, ExistingResult>([
      [1, { id: 7, traineeId: 1, version: 1, voided: false, outcome: 'PASSED', score: 250, stationScores: { CASE_ANALYSIS: 70, MEDICAL_RECORD: 60, AUX_EXAM_READING: 60, BASIC_PROCEDURES: 60 }, failedCriticalItems: [] }],
    ]);
    const plan = planScoreImport([skills({})], context({ subject: 'SKILLS', rule: SKILLS_RULE, existingByTrainee: existing }));
    expect(plan.rows[0].outcome).toBe('UNCHANGED');
  });
});
