import { Bilingual, DEFAULT_MAX_DECIMAL_PLACES, TheoryPassRule, theoryPassRuleProblems } from '@app/assessment/rules';

export { DEFAULT_MAX_DECIMAL_PLACES, theoryPassRuleProblems };
export type { TheoryPassRule };

/** Why a score value cannot be judged; the import preview shows one per bad row. */
export type ScoreProblemCode = 'SCORE_NOT_A_NUMBER' | 'SCORE_OUT_OF_RANGE' | 'SCORE_TOO_PRECISE';

export interface ScoreProblem {
  code: ScoreProblemCode;
  explanation: Bilingual;
}

export type TheoryJudgement =
  | { ok: true; score: number; passLine: number; passed: boolean; explanation: Bilingual }
  | { ok: false; problem: ScoreProblem };

/** SC-1: shown beside every theory score (seed 001, 四). */
export const THEORY_SCORE_NOTICE: Bilingual = {
  zh: '专业理论考试成绩以标准分形式报告，不接受成绩复核申请',
  en: 'Theory exam results are reported as standard scores; recheck requests are not accepted',
};

/** Binary floats make 65.1 * 10 = 651.0000000000001, so "whole" allows a tiny tolerance. */
function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/**
 * The number checks shared by theory and skills scores. `maxDecimals` null = any precision (station
 * scores are sums of checklist items, so halves and quarters occur).
 */
export function scoreValueProblem(value: unknown, maxScore: number, maxDecimals: number | null): ScoreProblem | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return {
      code: 'SCORE_NOT_A_NUMBER',
      explanation: { zh: `成绩"${String(value)}"不是有效数字`, en: `score "${String(value)}" is not a finite number` },
    };
  }
  if (value < 0 || value > maxScore) {
    return {
      code: 'SCORE_OUT_OF_RANGE',
      explanation: {
        zh: `成绩 ${value} 超出有效范围 0–${maxScore}`,
        en: `score ${value} is outside the valid range 0–${maxScore}`,
      },
    };
  }
  if (maxDecimals !== null && !hasAtMostDecimals(value, maxDecimals)) {
    return {
      code: 'SCORE_TOO_PRECISE',
      explanation: {
        zh: `成绩 ${value} 的小数位超过 ${maxDecimals} 位，与成绩报告格式不符`,
        en: `score ${value} has more than ${maxDecimals} decimal place(s), unlike the reported scores`,
      },
    };
  }
  return null;
}

function assertUsable(rule: TheoryPassRule): void {
  const problems = theoryPassRuleProblems(rule);
  // A bad rule is a session-configuration bug, not a candidate's bad row: fail loudly.
  if (problems.length > 0) throw new RangeError(`Invalid theory pass rule: ${problems.map((p) => p.en).join('; ')}`);
}

/** SC-1: pass = standard score ≥ the session's pass line. Bad numbers come back as a problem, never thrown. */
export function judgeTheoryScore(score: number, rule: TheoryPassRule): TheoryJudgement {
  assertUsable(rule);
  const problem = scoreValueProblem(score, rule.maxScore, rule.maxDecimalPlaces ?? DEFAULT_MAX_DECIMAL_PLACES);
  if (problem !== null) return { ok: false, problem };
  // -0 would print as "0" anyway; normalise so equality checks downstream are plain.
  const value = score === 0 ? 0 : score;
  const passed = value >= rule.passLine;
  return {
    ok: true,
    score: value,
    passLine: rule.passLine,
    passed,
    explanation: passed
      ? {
          zh: `专业理论考试标准分 ${value}，达到合格线 ${rule.passLine}：合格`,
          en: `theory standard score ${value} reaches the pass line ${rule.passLine}: passed`,
        }
      : {
          zh: `专业理论考试标准分 ${value}，低于合格线 ${rule.passLine}：不合格`,
          en: `theory standard score ${value} is below the pass line ${rule.passLine}: failed`,
        },
  };
}

/** Accepted but worth a second look in the import preview. */
export type ScoreParseNote = 'FULL_WIDTH_CHARACTERS' | 'EXPONENT_NOTATION';

export type ParsedScore =
  | { ok: true; value: number; notes: ScoreParseNote[] }
  | { ok: false; problem: ScoreProblem };

/** Full-width ASCII (U+FF01–U+FF5E) as typed with a Chinese IME: "６５．５". */
const FULL_WIDTH = /[\uFF01-\uFF5E]/;
const FULL_WIDTH_ALL = new RegExp(FULL_WIDTH.source, 'g');
/** Minus signs Excel and IMEs produce besides "-". */
const MINUS_LOOKALIKES = /[\u2212\u2012\u2013]/g;
/** Plain decimal, optionally in Excel's scientific form ("6.5E+1"). No thousands separators, no units. */
const SCORE_TEXT = /^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * SC-1: a score cell as text → number. Decisions:
 * - surrounding whitespace (incl. U+3000 and NBSP) is ignored, full-width digits are read, both noted;
 * - "6.5E+1" (Excel's scientific display) is read as 65 but noted, so the preview can flag the file;
 * - "", "六十", "65分", "65,5", "1,000" are refused: the file comes from a machine, and a unit or
 *   word means someone edited it by hand; guessing would hide that from the centre;
 * - a blank or "缺考" cell is NOT taken to mean absent here: the importer decides that before parsing.
 * Range and precision are judged by judgeTheoryScore, so "-5" parses and is refused there.
 */
export function parseScore(text: string): ParsedScore {
  const notes: ScoreParseNote[] = [];
  let normalised = text.trim();
  if (FULL_WIDTH.test(normalised)) {
    notes.push('FULL_WIDTH_CHARACTERS');
    normalised = normalised.replace(FULL_WIDTH_ALL, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  }
  normalised = normalised.replace(MINUS_LOOKALIKES, '-');

  if (!SCORE_TEXT.test(normalised)) {
    const shown = text.trim();
    return {
      ok: false,
      problem: {
        code: 'SCORE_NOT_A_NUMBER',
        explanation:
          shown === ''
            ? { zh: '成绩为空', en: 'the score is empty' }
            : {
                zh: `成绩"${shown}"不是数字（只接受如 65 或 65.5 的数值，不带单位或文字）`,
                en: `score "${shown}" is not a number (only values like 65 or 65.5, without units or words)`,
              },
      },
    };
  }
  const value = Number(normalised);
  if (!Number.isFinite(value)) {
    return {
      ok: false,
      problem: {
        code: 'SCORE_NOT_A_NUMBER',
        explanation: { zh: `成绩"${text.trim()}"超出可表示范围`, en: `score "${text.trim()}" is too large to represent` },
      },
    };
  }
  if (/[eE]/.test(normalised)) notes.push('EXPONENT_NOTATION');
  return { ok: true, value: value === 0 ? 0 : value, notes };
}
