import { Bilingual } from './subject';

/**
 * The pass rules a session is configured with (SC-1, SC-2). They are session configuration, so they live
 * with the session; scores judges results by them.
 */

/** SC-1: the session's pass rule for the theory exam (a national standard score). */
export interface TheoryPassRule {
  /** a score equal to the pass line passes */
  passLine: number;
  maxScore: number;
  /** standard scores are reported to one decimal place; configurable in case a year's file differs */
  maxDecimalPlaces?: number;
}

export const DEFAULT_MAX_DECIMAL_PLACES = 1;

/** Configuration mistakes in a theory pass rule; empty when the rule is usable. */
export function theoryPassRuleProblems(rule: TheoryPassRule): Bilingual[] {
  const problems: Bilingual[] = [];
  if (!Number.isFinite(rule.maxScore) || rule.maxScore <= 0) {
    problems.push({ zh: `满分 ${rule.maxScore} 须为正数`, en: `maxScore ${rule.maxScore} must be a positive number` });
  }
  if (!Number.isFinite(rule.passLine) || rule.passLine < 0 || rule.passLine > rule.maxScore) {
    problems.push({
      zh: `合格线 ${rule.passLine} 须在 0 与满分 ${rule.maxScore} 之间`,
      en: `passLine ${rule.passLine} must lie between 0 and maxScore ${rule.maxScore}`,
    });
  }
  const decimals = rule.maxDecimalPlaces ?? DEFAULT_MAX_DECIMAL_PLACES;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    problems.push({ zh: `小数位数 ${decimals} 须为 0–6 的整数`, en: `maxDecimalPlaces ${decimals} must be an integer 0–6` });
  }
  return problems;
}

/** SC-2: the four stations of the clinical skills assessment (seed 001, 二(二)). */
export type Station = 'CASE_ANALYSIS' | 'MEDICAL_RECORD' | 'AUX_EXAM_READING' | 'BASIC_PROCEDURES';

/** Canonical order; reasons are listed station by station in it. */
export const STATIONS: readonly Station[] = ['CASE_ANALYSIS', 'MEDICAL_RECORD', 'AUX_EXAM_READING', 'BASIC_PROCEDURES'];

export const STATION_LABELS: Record<Station, Bilingual> = {
  CASE_ANALYSIS: { zh: '病例分析', en: 'case analysis' },
  MEDICAL_RECORD: { zh: '病历书写', en: 'medical record writing' },
  AUX_EXAM_READING: { zh: '辅助检查判读', en: 'auxiliary examination reading' },
  BASIC_PROCEDURES: { zh: '基本技能操作', en: 'basic procedures' },
};

/** SC-2: configuration of the session, never constants in code. */
export interface SkillsPassRule {
  /** total ≥ this passes */
  totalPassLine: number;
  /** a station without an entry has no minimum of its own */
  stationMinimums: Partial<Record<Station, number>>;
  stationMaximums: Record<Station, number>;
  /** item ids (e.g. "BASIC_PROCEDURES.aseptic") whose failure fails the subject on its own */
  criticalItems: string[];
}

/** Configuration mistakes in a skills pass rule; empty when the rule is usable. */
export function skillsPassRuleProblems(rule: SkillsPassRule): Bilingual[] {
  const problems: Bilingual[] = [];
  let maximumTotal = 0;
  for (const station of STATIONS) {
    const label = STATION_LABELS[station];
    const maximum = rule.stationMaximums[station];
    if (typeof maximum !== 'number' || !Number.isFinite(maximum) || maximum <= 0) {
      problems.push({ zh: `${label.zh}满分须为正数`, en: `maximum of ${station} must be a positive number` });
      continue;
    }
    maximumTotal += maximum;
    const minimum = rule.stationMinimums[station];
    if (minimum !== undefined && (!Number.isFinite(minimum) || minimum < 0 || minimum > maximum)) {
      problems.push({
        zh: `${label.zh}最低分 ${minimum} 须在 0 与满分 ${maximum} 之间`,
        en: `minimum of ${station} (${minimum}) must lie between 0 and its maximum ${maximum}`,
      });
    }
  }
  if (!Number.isFinite(rule.totalPassLine) || rule.totalPassLine < 0 || (problems.length === 0 && rule.totalPassLine > maximumTotal)) {
    problems.push({
      zh: `总分合格线 ${rule.totalPassLine} 须在 0 与各站满分之和 ${maximumTotal} 之间`,
      en: `totalPassLine ${rule.totalPassLine} must lie between 0 and the sum of station maximums ${maximumTotal}`,
    });
  }
  return problems;
}
