import { AttemptOutcome, Bilingual, Subject } from '@app/assessment/rules';
import { ColumnSpec } from '@app/common/tabular';
import { STATIONS, STATION_LABELS, SkillsPassRule, Station, judgeSkills } from '../rules/skills-score.rules';
import { DEFAULT_MAX_DECIMAL_PLACES, ScoreProblemCode, TheoryPassRule, judgeTheoryScore, parseScore, scoreValueProblem } from '../rules/theory-score.rules';

export type IdentityColumn = 'name' | 'idType' | 'idNumber';
export type TheoryColumn = IdentityColumn | 'score' | 'status';
export type SkillsColumn = IdentityColumn | Station | 'failedCriticalItems';
export type ScoreColumn = TheoryColumn | SkillsColumn;

const IDENTITY_COLUMNS: ColumnSpec<IdentityColumn>[] = [
  { key: 'name', headers: ['姓名', '考生姓名', '学员姓名', 'name'], required: true },
  { key: 'idType', headers: ['证件类型', 'id_type', 'idType'], required: false },
  { key: 'idNumber', headers: ['证件号码', '证件号', '证件编号', '身份证号', '身份证号码', '身份证件号码', 'id_number', 'idNumber'], required: true },
];

/** The national centre's theory file: its header names vary by year and by who re-saved it. */
export const THEORY_COLUMNS: ColumnSpec<TheoryColumn>[] = [
  ...IDENTITY_COLUMNS,
  { key: 'score', headers: ['标准分', '成绩', '考试成绩', '理论成绩', '专业理论考试成绩', '专业理论成绩', '理论考试成绩', 'score', 'standard_score'], required: true },
  { key: 'status', headers: ['考试状态', '状态', '备注', '缺考标记', 'status', 'remark'], required: false },
];

/** The provincial skills sheet: one column per station, plus the critical items failed. */
export const SKILLS_COLUMNS: ColumnSpec<SkillsColumn>[] = [
  ...IDENTITY_COLUMNS,
  ...STATIONS.map((station): ColumnSpec<SkillsColumn> => ({ key: station, headers: [STATION_LABELS[station].zh, `${STATION_LABELS[station].zh}成绩`, station], required: true })),
  { key: 'failedCriticalItems', headers: ['关键项不合格', '否决项', '关键项', 'failed_critical_items', 'failedCriticalItems'], required: false },
];

export function columnsOf(subject: Subject): ColumnSpec<ScoreColumn>[] {
  return subject === 'THEORY' ? THEORY_COLUMNS : SKILLS_COLUMNS;
}

/** What a valid row says about the candidate's result. */
export interface ScoreValue {
  outcome: AttemptOutcome;
  /** THEORY: the standard score; SKILLS: the total; null when absent */
  score: number | null;
  stationScores: Record<Station, number | null> | null;
  failedCriticalItems: string[] | null;
}

export type ValueProblemCode = ScoreProblemCode | 'SCORE_MISSING' | 'UNKNOWN_CRITICAL_ITEM';

export type ValueReading = { ok: true; value: ScoreValue } | { ok: false; code: ValueProblemCode; message: Bilingual };

const ABSENT_WORDS = new Set(['缺考', '缺席', '未参加', 'absent']);

function isAbsentWord(text: string): boolean {
  return ABSENT_WORDS.has(text.trim().toLowerCase());
}

/** SC-1: a standard score, or 缺考 in the score or status column. */
export function readTheoryValue(values: Record<string, string>, rule: TheoryPassRule): ValueReading {
  const scoreText = (values.score ?? '').trim();
  const status = (values.status ?? '').trim();
  if (isAbsentWord(scoreText) || (scoreText === '' && isAbsentWord(status))) {
    return { ok: true, value: { outcome: 'ABSENT', score: null, stationScores: null, failedCriticalItems: null } };
  }
  if (scoreText === '') {
    return { ok: false, code: 'SCORE_MISSING', message: { zh: '成绩为空（缺考请填写"缺考"）', en: 'the score is empty (write 缺考 for an absent candidate)' } };
  }
  const parsed = parseScore(scoreText);
  if (!parsed.ok) return { ok: false, code: parsed.problem.code, message: parsed.problem.explanation };
  const judged = judgeTheoryScore(parsed.value, rule);
  if (!judged.ok) return { ok: false, code: judged.problem.code, message: judged.problem.explanation };
  return { ok: true, value: { outcome: judged.passed ? 'PASSED' : 'FAILED', score: judged.score, stationScores: null, failedCriticalItems: null } };
}

/** Critical items are listed in one cell, separated the ways people type lists. */
export function splitItems(text: string): string[] {
  return [...new Set(text.split(/[;；,，、\s]+/).map((item) => item.trim()).filter((item) => item !== ''))].sort();
}

/** SC-2: four station scores (缺考 = absent from that station) judged by the session's rule. */
export function readSkillsValue(values: Record<string, string>, rule: SkillsPassRule): ValueReading {
  const stations = {} as Record<Station, number | null>;
  for (const station of STATIONS) {
    const text = (values[station] ?? '').trim();
    const label = STATION_LABELS[station];
    if (isAbsentWord(text)) {
      stations[station] = null;
      continue;
    }
    if (text === '') {
      return { ok: false, code: 'SCORE_MISSING', message: { zh: `${label.zh}成绩为空（缺考请填写"缺考"）`, en: `${station} is empty (write 缺考 for an absent candidate)` } };
    }
    const parsed = parseScore(text);
    const problem = parsed.ok ? scoreValueProblem(parsed.value, rule.stationMaximums[station], null) : parsed.problem;
    if (problem) return { ok: false, code: problem.code, message: { zh: `${label.zh}：${problem.explanation.zh}`, en: `${station}: ${problem.explanation.en}` } };
    stations[station] = parsed.ok ? parsed.value : null;
  }
  const failedCriticalItems = splitItems(values.failedCriticalItems ?? '');
  const judgement = judgeSkills({ stations, failedCriticalItems }, rule);
  if (judgement.outcome === 'INVALID') {
    const reason = judgement.reasons[0];
    return { ok: false, code: reason.code as ValueProblemCode, message: judgement.explanation };
  }
  return { ok: true, value: { outcome: judgement.outcome, score: judgement.total, stationScores: stations, failedCriticalItems } };
}

export { DEFAULT_MAX_DECIMAL_PLACES };
