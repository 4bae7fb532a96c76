import { AttemptOutcome, Bilingual, Subject } from '@app/assessment/rules';
import { checkIdNumber, IdDocumentType, maskIdNumber, parseIdDocumentType } from '@app/common/identity-document';
import { TableRow } from '@app/common/tabular';
import { LocalDate } from '@app/common/time';
import { createHash } from 'node:crypto';
import { SkillsPassRule, Station } from '../rules/skills-score.rules';
import { TheoryPassRule } from '../rules/theory-score.rules';
import { ScoreColumn, ScoreValue, ValueProblemCode, readSkillsValue, readTheoryValue } from './score-file';

export type RowOutcome = 'NEW' | 'CHANGED' | 'UNCHANGED' | 'ERROR';

export type RowErrorCode =
  | 'ID_TYPE_UNKNOWN'
  | 'ID_NUMBER_MANGLED'
  | 'ID_NUMBER_INVALID'
  | 'UNKNOWN_CANDIDATE'
  | 'NAME_MISMATCH'
  | 'NOT_SIGNED_UP'
  | 'DUPLICATE_ROW'
  | 'RESULTS_PUBLISHED'
  | 'RESULT_VOIDED'
  | ValueProblemCode;

/** A result as it stands in the database (or as a row would write it), for comparison and display. */
export interface ResultState {
  outcome: AttemptOutcome;
  score: number | null;
  stationScores?: Record<Station, number | null> | null;
  failedCriticalItems?: string[] | null;
}

/** One line of the preview: every row of the file gets one. */
export interface ReportRow {
  rowNumber: number;
  outcome: RowOutcome;
  name: string;
  idNumberMasked: string | null;
  traineeId: number | null;
  error?: { code: RowErrorCode; message: Bilingual };
  before?: ResultState;
  after?: ResultState;
}

/** A write the commit will make: insert (existingId null) or update from the version the preview saw. */
export interface PlannedWrite {
  traineeId: number;
  signupId: number;
  existingId: number | null;
  existingVersion: number | null;
  value: ScoreValue;
  rowNumber: number;
}

export interface KnownTrainee {
  id: number;
  name: string;
  idMasked: string;
}

export interface ExistingResult extends ResultState {
  id: number;
  traineeId: number;
  version: number;
  voided: boolean;
}

/** Everything the plan reads from the database, gathered by the service beforehand. */
export interface PlanContext {
  subject: Subject;
  rule: TheoryPassRule | SkillsPassRule;
  /** once the subject is published, scores change only through an audited correction (SC-4) */
  published: boolean;
  traineeByHash: ReadonlyMap<string, KnownTrainee>;
  /** centre-approved sign-ups with this subject: trainee → sign-up (FA-9: only they get scores) */
  approvedSignupByTrainee: ReadonlyMap<number, number>;
  existingByTrainee: ReadonlyMap<number, ExistingResult>;
}

/** Who a row names, worked out once per row: the service needs the hashes to look trainees up first. */
export type RowIdentity =
  | { ok: true; hash: string; idNumberMasked: string }
  | { ok: false; code: 'ID_TYPE_UNKNOWN' | 'ID_NUMBER_MANGLED' | 'ID_NUMBER_INVALID'; message: Bilingual };

export function identifyRows(rows: ReadonlyArray<TableRow<ScoreColumn>>, today: LocalDate, lookupHash: (type: IdDocumentType, normalised: string) => string): RowIdentity[] {
  return rows.map((row): RowIdentity => {
    const values = row.values as Record<string, string>;
    const typeLabel = (values.idType ?? '').trim();
    const type = typeLabel === '' ? 'RESIDENT_ID' : parseIdDocumentType(typeLabel);
    if (type === null) return { ok: false, code: 'ID_TYPE_UNKNOWN', message: { zh: `无法识别的证件类型：${typeLabel}`, en: `unknown ID document type: ${typeLabel}` } };
    const checked = checkIdNumber(type, values.idNumber ?? '', today);
    if (!checked.ok) return { ok: false, code: checked.problem === 'SPREADSHEET_MANGLED' ? 'ID_NUMBER_MANGLED' : 'ID_NUMBER_INVALID', message: checked.message };
    return { ok: true, hash: lookupHash(checked.type, checked.normalised), idNumberMasked: maskIdNumber(checked.type, checked.normalised) };
  });
}

export interface ImportSummary {
  totalRows: number;
  NEW: number;
  CHANGED: number;
  UNCHANGED: number;
  ERROR: number;
  errorsByCode: Partial<Record<RowErrorCode, number>>;
  /** approved candidates of the subject the file does not mention (informative: nothing is written for them) */
  missingFromFile: number;
}

export interface ImportPlan {
  rows: ReportRow[];
  writes: PlannedWrite[];
  summary: ImportSummary;
  /** checksum of the writes: commit re-plans and refuses when it differs (the data changed meanwhile) */
  planSha256: string;
}

/** Identity columns: a plan needs these from every row, whatever the subject. */
export interface IdentityRowFacts {
  name: string;
  idType?: string;
  idNumber: string;
}

const sameNumber = (a: number | null, b: number | null): boolean => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9);

export function sameResult(a: ResultState, b: ResultState): boolean {
  if (a.outcome !== b.outcome || !sameNumber(a.score, b.score)) return false;
  const stationsA = a.stationScores ?? null;
  const stationsB = b.stationScores ?? null;
  if ((stationsA === null) !== (stationsB === null)) return false;
  if (stationsA && stationsB && Object.keys({ ...stationsA, ...stationsB }).some((key) => !sameNumber(stationsA[key as Station] ?? null, stationsB[key as Station] ?? null))) return false;
  return JSON.stringify([...(a.failedCriticalItems ?? [])].sort()) === JSON.stringify([...(b.failedCriticalItems ?? [])].sort());
}

function toState(value: ScoreValue): ResultState {
  return value.stationScores === null
    ? { outcome: value.outcome, score: value.score }
    : { outcome: value.outcome, score: value.score, stationScores: value.stationScores, failedCriticalItems: value.failedCriticalItems };
}

function stateOf(existing: ExistingResult): ResultState {
  return existing.stationScores === null || existing.stationScores === undefined
    ? { outcome: existing.outcome, score: existing.score }
    : { outcome: existing.outcome, score: existing.score, stationScores: existing.stationScores, failedCriticalItems: existing.failedCriticalItems ?? [] };
}

const ERROR_TEXT: Record<'UNKNOWN_CANDIDATE' | 'NOT_SIGNED_UP' | 'RESULTS_PUBLISHED' | 'RESULT_VOIDED', Bilingual> = {
  UNKNOWN_CANDIDATE: { zh: '本省培训对象中没有此证件号码', en: 'no trainee of the province has this ID number' },
  NOT_SIGNED_UP: { zh: '该考生本批次未经审核通过报考此科目', en: 'not a centre-approved candidate of this subject in this session' },
  RESULTS_PUBLISHED: { zh: '该科目成绩已公布，已公布的成绩只能通过成绩更正修改', en: 'the results are published; a published score changes only through a correction' },
  RESULT_VOIDED: { zh: '该考生本次成绩已被取消，不能通过导入修改', en: 'this result was voided and cannot be changed by an import' },
};

/**
 * SC-1 / SC-2: what importing a score file would do, row by row, as a pure function of the file and
 * the data it is checked against. Every row gets an outcome; a row in error never produces a write,
 * and a file with any error commits nothing (the service refuses it), so the preview is the whole truth.
 */
export function planScoreImport(rows: ReadonlyArray<TableRow<ScoreColumn>>, identities: readonly RowIdentity[], context: PlanContext): ImportPlan {
  const report: ReportRow[] = [];
  const writes: PlannedWrite[] = [];
  const firstRowOfTrainee = new Map<number, number>();
  const errorsByCode: Partial<Record<RowErrorCode, number>> = {};
  const counts = { NEW: 0, CHANGED: 0, UNCHANGED: 0, ERROR: 0 };

  const push = (row: ReportRow) => {
    report.push(row);
    counts[row.outcome] += 1;
    if (row.error) errorsByCode[row.error.code] = (errorsByCode[row.error.code] ?? 0) + 1;
  };

  for (const [index, row] of rows.entries()) {
    const values = row.values as Record<string, string>;
    const name = (values.name ?? '').trim().normalize('NFC');
    const base = { rowNumber: row.rowNumber, name, idNumberMasked: null, traineeId: null };
    const fail = (code: RowErrorCode, message: Bilingual, extra: Partial<ReportRow> = {}) => push({ ...base, ...extra, outcome: 'ERROR', error: { code, message } });

    const identity = identities[index];
    if (!identity.ok) {
      fail(identity.code, identity.message);
      continue;
    }
    const { idNumberMasked } = identity;
    const trainee = context.traineeByHash.get(identity.hash);
    if (!trainee) {
      fail('UNKNOWN_CANDIDATE', ERROR_TEXT.UNKNOWN_CANDIDATE, { idNumberMasked });
      continue;
    }
    const known = { idNumberMasked, traineeId: trainee.id };
    if (trainee.name.normalize('NFC') !== name) {
      fail('NAME_MISMATCH', { zh: `姓名"${name}"与培训对象登记的"${trainee.name}"不一致`, en: `name "${name}" differs from the registered "${trainee.name}"` }, known);
      continue;
    }
    const firstRow = firstRowOfTrainee.get(trainee.id);
    if (firstRow !== undefined) {
      fail('DUPLICATE_ROW', { zh: `与第 ${firstRow} 行是同一考生`, en: `the same candidate as row ${firstRow}` }, known);
      continue;
    }
    firstRowOfTrainee.set(trainee.id, row.rowNumber);
    const signupId = context.approvedSignupByTrainee.get(trainee.id);
    if (signupId === undefined) {
      fail('NOT_SIGNED_UP', ERROR_TEXT.NOT_SIGNED_UP, known);
      continue;
    }
    const reading = context.subject === 'THEORY' ? readTheoryValue(values, context.rule as TheoryPassRule) : readSkillsValue(values, context.rule as SkillsPassRule);
    if (!reading.ok) {
      fail(reading.code, reading.message, known);
      continue;
    }
    const after = toState(reading.value);
    const existing = context.existingByTrainee.get(trainee.id);
    if (existing && sameResult(stateOf(existing), after)) {
      push({ ...base, ...known, outcome: 'UNCHANGED', after });
      continue;
    }
    if (existing?.voided) {
      fail('RESULT_VOIDED', ERROR_TEXT.RESULT_VOIDED, { ...known, before: stateOf(existing), after });
      continue;
    }
    if (context.published) {
      fail('RESULTS_PUBLISHED', ERROR_TEXT.RESULTS_PUBLISHED, { ...known, before: existing ? stateOf(existing) : undefined, after });
      continue;
    }
    writes.push({ traineeId: trainee.id, signupId, existingId: existing?.id ?? null, existingVersion: existing?.version ?? null, value: reading.value, rowNumber: row.rowNumber });
    push(existing ? { ...base, ...known, outcome: 'CHANGED', before: stateOf(existing), after } : { ...base, ...known, outcome: 'NEW', after });
  }

  let missingFromFile = 0;
  for (const traineeId of context.approvedSignupByTrainee.keys()) if (!firstRowOfTrainee.has(traineeId)) missingFromFile += 1;

  return {
    rows: report,
    writes,
    summary: { totalRows: rows.length, ...counts, errorsByCode, missingFromFile },
    planSha256: planChecksum(writes),
  };
}

/** The same file re-planned against unchanged data gives the same writes in the same order: all that commit compares. */
export function planChecksum(writes: readonly PlannedWrite[]): string {
  // One update over the joined text: 200,000 small updates cost more than the hashing itself.
  const lines = writes.map((write) =>
    JSON.stringify([write.traineeId, write.signupId, write.existingId, write.existingVersion, write.value.outcome, write.value.score, write.value.stationScores, write.value.failedCriticalItems]),
  );
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}
