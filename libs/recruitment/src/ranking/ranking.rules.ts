import type { ColumnSpec, TableRow } from '@app/common/tabular';
import { checkIdNumber, IdDocumentType, parseIdDocumentType } from '@app/common/identity-document';
import type { LocalDate } from '@app/common/time';

/**
 * RC-6 ranking input: the centre's ranking score (CENTRE_RANKING rounds) or a base's assessment score of one choice
 * round (BASE_ASSESSMENT rounds), entered one by one or imported from a file. A file has one row per applicant:
 *
 * | column | also accepted | content |
 * |---|---|---|
 * | 姓名 | name | as on the application |
 * | 证件类型 | idType | optional; absent: 居民身份证 |
 * | 证件号码 | 身份证号, idNumber | matched against the round's approved applications |
 * | 分数 | 成绩, 排名成绩, 考核成绩, score | 0–999.99, at most two decimals |
 *
 * Every row is checked; one bad row and nothing is written (the caller's all-or-nothing).
 */

export type ScoreColumn = 'name' | 'idType' | 'idNumber' | 'score';

export const SCORE_FILE_COLUMNS: ColumnSpec<ScoreColumn>[] = [
  { key: 'name', headers: ['姓名', 'name'], required: true },
  { key: 'idType', headers: ['证件类型', 'idType', 'id type'], required: false },
  { key: 'idNumber', headers: ['证件号码', '身份证号', '身份证号码', 'idNumber', 'id number'], required: true },
  { key: 'score', headers: ['分数', '成绩', '排名成绩', '考核成绩', 'score'], required: true },
];

/** What a score is: a decimal from 0 to 999.99 with at most two decimals (the column is DECIMAL(6,2)). */
export function parseRankingScore(text: string | number): number | null {
  const value = typeof text === 'number' ? String(text) : text.trim();
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(value)) return null;
  return Number(value);
}

export type ScoreRowProblem = 'ID_INVALID' | 'UNKNOWN_APPLICANT' | 'NAME_MISMATCH' | 'NOT_IN_SCOPE' | 'DUPLICATE' | 'SCORE_INVALID';

const PROBLEM_WORDS: Readonly<Record<ScoreRowProblem, string>> = {
  ID_INVALID: '证件号码无效',
  UNKNOWN_APPLICANT: '本批次没有该证件号码的有效报名',
  NAME_MISMATCH: '姓名与报名信息不一致',
  NOT_IN_SCOPE: '该考生未在本轮选择本基地',
  DUPLICATE: '同一考生出现多次',
  SCORE_INVALID: '分数须为0至999.99之间的数值，最多两位小数',
};

export interface ScoreRowReport {
  rowNumber: number;
  name: string;
  /** Never the full number: the masked form the lists show, or what the row had when it was not a number at all. */
  idMasked: string | null;
  score: number | null;
  applicationId: number | null;
  problem: ScoreRowProblem | null;
  message: string | null;
}

export interface ScoreFileCheck {
  rows: ScoreRowReport[];
  errorRows: number;
  /** The rows to write, when errorRows is 0. */
  scores: Array<{ applicationId: number; score: number }>;
}

/** One application of the round, as the check needs it. */
export interface RankableApplication {
  id: number;
  name: string;
  idMasked: string;
  /** The scorer may score this applicant (e.g. it chose the base in this round). */
  inScope: boolean;
}

/** Checks every row; `find` looks an ID number up in the round (the service hashes it). */
export function checkScoreRows(
  rows: readonly TableRow<ScoreColumn>[],
  find: (type: IdDocumentType, normalised: string) => RankableApplication | null,
  today: LocalDate,
): ScoreFileCheck {
  const seen = new Set<number>();
  const reports = rows.map((row): ScoreRowReport => {
    const name = row.values.name.trim();
    const report: ScoreRowReport = { rowNumber: row.rowNumber, name, idMasked: null, score: null, applicationId: null, problem: null, message: null };
    const fail = (problem: ScoreRowProblem, detail?: string): ScoreRowReport => ({ ...report, problem, message: detail ? `${PROBLEM_WORDS[problem]}（${detail}）` : PROBLEM_WORDS[problem] });
    const type = row.values.idType?.trim() ? parseIdDocumentType(row.values.idType) : 'RESIDENT_ID';
    if (type === null) return fail('ID_INVALID', `未知证件类型 ${row.values.idType}`);
    const id = checkIdNumber(type, row.values.idNumber, today);
    if (!id.ok) return fail('ID_INVALID', id.message.zh);
    const application = find(type, id.normalised);
    if (application === null) return fail('UNKNOWN_APPLICANT');
    report.idMasked = application.idMasked;
    report.applicationId = application.id;
    if (application.name !== name) return fail('NAME_MISMATCH', `报名姓名为${application.name}`);
    if (!application.inScope) return fail('NOT_IN_SCOPE');
    if (seen.has(application.id)) return fail('DUPLICATE');
    seen.add(application.id);
    const score = parseRankingScore(row.values.score);
    if (score === null) return fail('SCORE_INVALID', row.values.score);
    return { ...report, score };
  });
  const errorRows = reports.filter((row) => row.problem !== null).length;
  return {
    rows: reports,
    errorRows,
    scores: errorRows > 0 ? [] : reports.map((row) => ({ applicationId: row.applicationId as number, score: row.score as number })),
  };
}
