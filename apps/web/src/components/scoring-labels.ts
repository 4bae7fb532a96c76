import type { Schemas } from '../api/client';
import type { Tone } from './scoring-tag';

/** The words the centre's scoring pages use for the API's codes (subjects, stations, outcomes, sources). */
export type Subject = Schemas['Subject'];
export type Station = Schemas['Station'];
export type AttemptOutcome = Schemas['AttemptOutcome'];

export const SUBJECTS: readonly Subject[] = ['THEORY', 'SKILLS'];

export const SUBJECT_LABEL: Record<Subject, string> = {
  THEORY: '专业理论考试',
  SKILLS: '临床实践技能考核',
};

export const STATIONS: readonly Station[] = ['CASE_ANALYSIS', 'MEDICAL_RECORD', 'AUX_EXAM_READING', 'BASIC_PROCEDURES'];

export const STATION_LABEL: Record<Station, string> = {
  CASE_ANALYSIS: '病例分析',
  MEDICAL_RECORD: '病历书写',
  AUX_EXAM_READING: '辅助检查判读',
  BASIC_PROCEDURES: '基本技能操作',
};

export const OUTCOME_LABEL: Record<AttemptOutcome, string> = { PASSED: '合格', FAILED: '不合格', ABSENT: '缺考' };
export const OUTCOME_TONE: Record<AttemptOutcome, Tone> = { PASSED: 'green', FAILED: 'red', ABSENT: 'gray' };

export const SOURCE_LABEL: Record<Schemas['AttemptSource'], string> = {
  HISTORY: '历史成绩',
  IMPORT: '文件导入',
  ENTRY: '逐人录入',
  CORRECTION: '已更正',
};

export const VOID_KIND_LABEL: Record<Schemas['AttemptVoidKind'], string> = {
  ROTATION_DEADLINE: '未按期完成轮转，成绩取消',
  VIOLATION: '违反考试纪律，成绩无效',
  FALSE_INFORMATION: '报名信息不实，成绩取消',
};

const CRITICAL_ITEM_LABEL: Record<string, string> = {
  aseptic: '无菌操作',
  'patient-safety': '患者安全',
};

/** "BASIC_PROCEDURES.aseptic" → "基本技能操作·无菌操作" (an item the portal has no word for keeps its id). */
export function criticalItemLabel(item: string): string {
  const [station, name = ''] = item.split('.', 2);
  const stationLabel = STATION_LABEL[station as Station] ?? station;
  return `${stationLabel}·${CRITICAL_ITEM_LABEL[name] ?? name}`;
}

/** 72.5 → "72.5"; null → "—". Scores come as numbers with up to two decimals. */
export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined) return '—';
  return String(Math.round(score * 100) / 100);
}

/** 0.8333 → "83.3%"; null (nobody sat) → "—". */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
