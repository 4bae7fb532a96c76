import {
  THEORY_SCORE_NOTICE,
  TheoryJudgement,
  TheoryPassRule,
  judgeTheoryScore,
  parseScore,
  scoreValueProblem,
  theoryPassRuleProblems,
} from './theory-score.rules';

/** A reference configuration: pass line 60 on a 0–100 standard-score scale. */
const rule: TheoryPassRule = { passLine: 60, maxScore: 100 };

function judged(score: number, passRule: TheoryPassRule = rule): Extract<TheoryJudgement, { ok: true }> {
  const judgement = judgeTheoryScore(score, passRule);
  if (!judgement.ok) throw new Error(`expected a judgement, got ${judgement.problem.code}`);
  return judgement;
}

function problemOf(score: number, passRule: TheoryPassRule = rule): string {
  const judgement = judgeTheoryScore(score, passRule);
  if (judgement.ok) throw new Error(`expected a problem, got passed=${judgement.passed}`);
  return judgement.problem.code;
}

describe('judgeTheoryScore', () => {
  it.each<[number, boolean]>([
    [60, true], // the line itself passes
    [60.1, true],
    [59.9, false],
    [59, false],
    [100, true], // maximum
    [0, false], // minimum
    [85.5, true],
  ])('SC-1 standard score %p with pass line 60 → passed %p', (score, passed) => {
    const judgement = judged(score);
    expect(judgement.passed).toBe(passed);
    expect(judgement.score).toBe(score);
    expect(judgement.passLine).toBe(60);
  });

  it('SC-1 a pass is explained with the score and the line in both languages', () => {
    expect(judged(65).explanation).toEqual({
      zh: '专业理论考试标准分 65，达到合格线 60：合格',
      en: 'theory standard score 65 reaches the pass line 60: passed',
    });
  });

  it('SC-1 a fail is explained with the score and the line in both languages', () => {
    expect(judged(59.9).explanation).toEqual({
      zh: '专业理论考试标准分 59.9，低于合格线 60：不合格',
      en: 'theory standard score 59.9 is below the pass line 60: failed',
    });
  });

  it('SC-1 the pass line is session configuration: 65 fails under a line of 70', () => {
    expect(judged(65, { passLine: 70, maxScore: 100 }).passed).toBe(false);
    expect(judged(70, { passLine: 70, maxScore: 100 }).passed).toBe(true);
  });

  it.each([-0.1, -5, 100.1, 101, 1e9])('SC-1 %p is outside 0–100: SCORE_OUT_OF_RANGE, not thrown', (score) => {
    expect(problemOf(score)).toBe('SCORE_OUT_OF_RANGE');
  });

  it('SC-1 the range follows the configured maximum', () => {
    expect(problemOf(120.5, { passLine: 60, maxScore: 120 })).toBe('SCORE_OUT_OF_RANGE');
    expect(judged(120, { passLine: 60, maxScore: 120 }).passed).toBe(true);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('SC-1 %p is SCORE_NOT_A_NUMBER, not thrown', (score) => {
    expect(problemOf(score)).toBe('SCORE_NOT_A_NUMBER');
  });

  it.each([65.25, 65.05, 59.99, 0.01])('SC-1 %p has two decimals where standard scores have one: SCORE_TOO_PRECISE', (score) => {
    expect(problemOf(score)).toBe('SCORE_TOO_PRECISE');
  });

  it.each([65.1, 65.3, 0.3, 99.9, 0.1 + 0.2])('SC-1 %p has at most one decimal despite binary floats', (score) => {
    expect(judgeTheoryScore(score, rule).ok).toBe(true);
  });

  it('SC-1 precision is configurable: whole numbers only when maxDecimalPlaces is 0', () => {
    const whole: TheoryPassRule = { passLine: 60, maxScore: 100, maxDecimalPlaces: 0 };
    expect(problemOf(65.5, whole)).toBe('SCORE_TOO_PRECISE');
    expect(judged(65, whole).passed).toBe(true);
  });

  it('SC-1 an out-of-range problem explains the range', () => {
    const judgement = judgeTheoryScore(101, rule);
    expect(judgement).toEqual({
      ok: false,
      problem: {
        code: 'SCORE_OUT_OF_RANGE',
        explanation: { zh: '成绩 101 超出有效范围 0–100', en: 'score 101 is outside the valid range 0–100' },
      },
    });
  });

  it('SC-1 -0 is read as 0', () => {
    expect(Object.is(judged(-0).score, 0)).toBe(true);
  });

  it.each<[string, TheoryPassRule]>([
    ['pass line above the maximum', { passLine: 101, maxScore: 100 }],
    ['negative pass line', { passLine: -1, maxScore: 100 }],
    ['zero maximum', { passLine: 0, maxScore: 0 }],
    ['NaN pass line', { passLine: Number.NaN, maxScore: 100 }],
    ['fractional decimal places', { passLine: 60, maxScore: 100, maxDecimalPlaces: 1.5 }],
  ])('SC-1 a misconfigured rule (%s) throws RangeError: a configuration bug, not a bad row', (_label, badRule) => {
    expect(theoryPassRuleProblems(badRule).length).toBeGreaterThan(0);
    expect(() => judgeTheoryScore(65, badRule)).toThrow(RangeError);
  });

  it('SC-1 a sound rule has no problems', () => {
    expect(theoryPassRuleProblems(rule)).toEqual([]);
    expect(theoryPassRuleProblems({ passLine: 0, maxScore: 100, maxDecimalPlaces: 0 })).toEqual([]);
  });

  it('SC-1 the notice says theory scores admit no recheck requests (不接受成绩复核申请)', () => {
    expect(THEORY_SCORE_NOTICE.zh).toContain('标准分');
    expect(THEORY_SCORE_NOTICE.zh).toContain('不接受成绩复核申请');
  });
});

describe('scoreValueProblem', () => {
  it('SC-1 a non-number value (from untyped import data) is SCORE_NOT_A_NUMBER', () => {
    expect(scoreValueProblem('65', 100, 1)?.code).toBe('SCORE_NOT_A_NUMBER');
    expect(scoreValueProblem(undefined, 100, 1)?.code).toBe('SCORE_NOT_A_NUMBER');
  });

  it('SC-2 null precision allows any decimals', () => {
    expect(scoreValueProblem(12.25, 25, null)).toBeNull();
  });
});

describe('parseScore', () => {
  it.each<[string, number, string[]]>([
    ['65', 65, []],
    ['65.0', 65, []],
    ['65.5', 65.5, []],
    [' 65 ', 65, []],
    ['\t65\r\n', 65, []],
    ['\u300065\u3000', 65, []], // ideographic spaces around
    ['\u00a065', 65, []], // Excel's non-breaking space
    ['\ufeff65', 65, []], // a BOM left on the first cell
    ['065', 65, []],
    ['0', 0, []],
    ['100', 100, []],
    ['+65', 65, []],
    ['６５', 65, ['FULL_WIDTH_CHARACTERS']],
    ['６５．５', 65.5, ['FULL_WIDTH_CHARACTERS']],
    ['6.5E+1', 65, ['EXPONENT_NOTATION']],
    ['6.5e1', 65, ['EXPONENT_NOTATION']],
    ['6.55E+1', 65.5, ['EXPONENT_NOTATION']],
    ['1E+2', 100, ['EXPONENT_NOTATION']],
    ['６．５Ｅ＋１', 65, ['FULL_WIDTH_CHARACTERS', 'EXPONENT_NOTATION']],
  ])('SC-1 %j parses as %p with notes %j', (text, value, notes) => {
    expect(parseScore(text)).toEqual({ ok: true, value, notes });
  });

  it.each(['-5', '－５', '\u22125'])('SC-1 %j parses as -5, so the judge reports it out of range rather than unreadable', (text) => {
    const parsed = parseScore(text);
    expect(parsed.ok && parsed.value).toBe(-5);
    expect(problemOf(-5)).toBe('SCORE_OUT_OF_RANGE');
  });

  it.each([
    '六十', // a number in words
    '65分', // a unit: the file was edited by hand
    '６５分',
    '65 分',
    '65,5', // decimal comma or thousands separator: ambiguous
    '1,000',
    '6 5',
    '.5',
    '65.',
    '65..5',
    'NaN',
    'Infinity',
    '0x41',
    '缺考', // absence is the importer's decision, not a score
    '—',
    '65%',
  ])('SC-1 %j is SCORE_NOT_A_NUMBER', (text) => {
    const parsed = parseScore(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problem.code).toBe('SCORE_NOT_A_NUMBER');
      expect(parsed.problem.explanation.zh).toContain(text.trim());
    }
  });

  it.each(['', '   ', '\u3000'])('SC-1 an empty cell %j is SCORE_NOT_A_NUMBER, explained as empty', (text) => {
    expect(parseScore(text)).toEqual({
      ok: false,
      problem: { code: 'SCORE_NOT_A_NUMBER', explanation: { zh: '成绩为空', en: 'the score is empty' } },
    });
  });

  it('SC-1 a value too large to represent ("1e400") is SCORE_NOT_A_NUMBER', () => {
    const parsed = parseScore('1e400');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem.code).toBe('SCORE_NOT_A_NUMBER');
  });

  it('SC-1 parsing is repeatable: a full-width cell does not change how the next cell is read', () => {
    expect(parseScore('６５').ok).toBe(true);
    expect(parseScore('65')).toEqual({ ok: true, value: 65, notes: [] });
    expect(parseScore('６５')).toEqual({ ok: true, value: 65, notes: ['FULL_WIDTH_CHARACTERS'] });
  });

  it('SC-1 parse then judge: an Excel "6.5E+1" cell passes a line of 60; "65.25" is too precise', () => {
    const excel = parseScore('6.5E+1');
    expect(excel.ok && judgeTheoryScore(excel.value, rule)).toMatchObject({ ok: true, passed: true, score: 65 });
    const precise = parseScore('65.25');
    expect(precise.ok && judgeTheoryScore(precise.value, rule)).toMatchObject({ ok: false, problem: { code: 'SCORE_TOO_PRECISE' } });
  });
});
