import { Bilingual, SkillsPassRule, skillsPassRuleProblems, Station, STATION_LABELS, STATIONS } from '@app/assessment/rules';
import { ScoreProblemCode, scoreValueProblem } from './theory-score.rules';

export { skillsPassRuleProblems, STATION_LABELS, STATIONS };
export type { SkillsPassRule, Station };

export interface SkillsScores {
  /** null = absent from that station (not "not yet entered": judge only complete entries) */
  stations: Record<Station, number | null>;
  failedCriticalItems: string[];
}

export type SkillsOutcome = 'PASSED' | 'FAILED' | 'ABSENT' | 'INVALID';

export type SkillsReasonCode =
  // input errors → INVALID
  | ScoreProblemCode
  | 'UNKNOWN_CRITICAL_ITEM'
  // → ABSENT
  | 'ALL_STATIONS_ABSENT'
  // → FAILED
  | 'CRITICAL_ITEM_FAILED'
  | 'STATION_ABSENT'
  | 'STATION_BELOW_MINIMUM'
  | 'TOTAL_BELOW_PASS_LINE'
  // → PASSED
  | 'ALL_REQUIREMENTS_MET';

export interface SkillsReason {
  code: SkillsReasonCode;
  /** the station the reason is about, if any */
  station: Station | null;
  explanation: Bilingual;
}

export interface SkillsJudgement {
  outcome: SkillsOutcome;
  /** sum of the stations sat; null when ABSENT or INVALID */
  total: number | null;
  /** FAILED lists every failure, not just the first, so the candidate sees all of them at once */
  reasons: SkillsReason[];
  explanation: Bilingual;
}

/** Station scores may be halves or tenths; six places remove float noise (0.1 + 0.2) without hiding real digits. */
function roundTotal(sum: number): number {
  return Number(sum.toFixed(6));
}

function summary(outcome: SkillsOutcome, reasons: readonly SkillsReason[]): Bilingual {
  const head: Record<SkillsOutcome, Bilingual> = {
    PASSED: { zh: '临床实践技能考核合格', en: 'clinical skills assessment passed' },
    FAILED: { zh: '临床实践技能考核不合格', en: 'clinical skills assessment failed' },
    ABSENT: { zh: '临床实践技能考核缺考', en: 'absent from the clinical skills assessment' },
    INVALID: { zh: '成绩数据有误，无法判定', en: 'the score data are invalid and cannot be judged' },
  };
  return {
    zh: `${head[outcome].zh}：${reasons.map((reason) => reason.explanation.zh).join('；')}`,
    en: `${head[outcome].en}: ${reasons.map((reason) => reason.explanation.en).join('; ')}`,
  };
}

function judged(outcome: SkillsOutcome, total: number | null, reasons: SkillsReason[]): SkillsJudgement {
  return { outcome, total, reasons, explanation: summary(outcome, reasons) };
}

function inputErrors(scores: SkillsScores, rule: SkillsPassRule): SkillsReason[] {
  const errors: SkillsReason[] = [];
  for (const station of STATIONS) {
    const value: unknown = scores.stations[station];
    if (value === null) continue;
    const problem = scoreValueProblem(value, rule.stationMaximums[station], null);
    if (problem !== null) {
      errors.push({
        code: problem.code,
        station,
        explanation: {
          zh: `${STATION_LABELS[station].zh}：${problem.explanation.zh}`,
          en: `${station}: ${problem.explanation.en}`,
        },
      });
    }
  }
  // A failure reported against an item the session does not call critical is a mismatch to fix, not to guess.
  for (const item of new Set(scores.failedCriticalItems)) {
    if (!rule.criticalItems.includes(item)) {
      errors.push({
        code: 'UNKNOWN_CRITICAL_ITEM',
        station: null,
        explanation: {
          zh: `"${item}"不是本次考核设定的关键项`,
          en: `"${item}" is not a critical item of this session`,
        },
      });
    }
  }
  return errors;
}

/**
 * SC-2. ABSENT when every station is absent and nothing was failed; otherwise each of these fails on its
 * own: a failed critical item, an absent station, a station under its minimum, a total under the line.
 * A failed critical item with every station absent is FAILED, not ABSENT: the candidate evidently took part.
 */
export function judgeSkills(scores: SkillsScores, rule: SkillsPassRule): SkillsJudgement {
  const ruleProblems = skillsPassRuleProblems(rule);
  // A bad rule is a session-configuration bug, not a candidate's bad entry: fail loudly.
  if (ruleProblems.length > 0) throw new RangeError(`Invalid skills pass rule: ${ruleProblems.map((p) => p.en).join('; ')}`);

  const errors = inputErrors(scores, rule);
  if (errors.length > 0) return judged('INVALID', null, errors);

  const failedItems = [...new Set(scores.failedCriticalItems)];
  const absentStations = STATIONS.filter((station) => scores.stations[station] === null);
  if (absentStations.length === STATIONS.length && failedItems.length === 0) {
    return judged('ABSENT', null, [
      {
        code: 'ALL_STATIONS_ABSENT',
        station: null,
        explanation: { zh: '四个考站均缺考', en: 'absent from all four stations' },
      },
    ]);
  }

  const reasons: SkillsReason[] = failedItems.map((item) => ({
    code: 'CRITICAL_ITEM_FAILED',
    station: null,
    explanation: {
      zh: `关键项"${item}"不合格，本科目直接判定不合格`,
      en: `critical item "${item}" failed, which fails the subject on its own`,
    },
  }));

  let sum = 0;
  for (const station of STATIONS) {
    const label = STATION_LABELS[station];
    const score = scores.stations[station];
    if (score === null) {
      reasons.push({
        code: 'STATION_ABSENT',
        station,
        explanation: { zh: `${label.zh}缺考`, en: `absent from ${station}` },
      });
      continue;
    }
    sum += score;
    const minimum = rule.stationMinimums[station];
    if (minimum !== undefined && score < minimum) {
      reasons.push({
        code: 'STATION_BELOW_MINIMUM',
        station,
        explanation: {
          zh: `${label.zh} ${score} 分，低于该站最低分 ${minimum}`,
          en: `${station} ${score} is below its minimum ${minimum}`,
        },
      });
    }
  }

  const total = roundTotal(sum);
  if (total < rule.totalPassLine) {
    reasons.push({
      code: 'TOTAL_BELOW_PASS_LINE',
      station: null,
      explanation: {
        zh: `总分 ${total}，低于合格线 ${rule.totalPassLine}`,
        en: `total ${total} is below the pass line ${rule.totalPassLine}`,
      },
    });
  }
  if (reasons.length > 0) return judged('FAILED', total, reasons);

  return judged('PASSED', total, [
    {
      code: 'ALL_REQUIREMENTS_MET',
      station: null,
      explanation: {
        zh: `总分 ${total}，达到合格线 ${rule.totalPassLine}，各站均达到最低分，无关键项不合格`,
        en: `total ${total} reaches the pass line ${rule.totalPassLine}, every station meets its minimum and no critical item failed`,
      },
    },
  ]);
}
