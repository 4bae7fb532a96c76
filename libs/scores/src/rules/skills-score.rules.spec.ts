import { STATIONS, STATION_LABELS, SkillsPassRule, SkillsScores, Station, judgeSkills, skillsPassRuleProblems } from './skills-score.rules';

/** A reference configuration: four stations of 25, total line 60, basic procedures at least 15, two critical items. */
const rule: SkillsPassRule = {
  totalPassLine: 60,
  stationMinimums: { BASIC_PROCEDURES: 15 },
  stationMaximums: { CASE_ANALYSIS: 25, MEDICAL_RECORD: 25, AUX_EXAM_READING: 25, BASIC_PROCEDURES: 25 },
  criticalItems: ['BASIC_PROCEDURES.aseptic-technique', 'BASIC_PROCEDURES.cpr-sequence'],
};

function scores(
  [caseAnalysis, medicalRecord, auxExamReading, basicProcedures]: [number | null, number | null, number | null, number | null],
  failedCriticalItems: string[] = [],
): SkillsScores {
  return {
    stations: {
      CASE_ANALYSIS: caseAnalysis,
      MEDICAL_RECORD: medicalRecord,
      AUX_EXAM_READING: auxExamReading,
      BASIC_PROCEDURES: basicProcedures,
    },
    failedCriticalItems,
  };
}

const codes = (result: ReturnType<typeof judgeSkills>): string[] => result.reasons.map((reason) => reason.code);

describe('stations', () => {
  it('SC-2 the four stations of the notice, in order, with their Chinese names', () => {
    expect(STATIONS).toEqual(['CASE_ANALYSIS', 'MEDICAL_RECORD', 'AUX_EXAM_READING', 'BASIC_PROCEDURES']);
    expect(STATIONS.map((station) => STATION_LABELS[station].zh)).toEqual(['病例分析', '病历书写', '辅助检查判读', '基本技能操作']);
  });
});

describe('judgeSkills', () => {
  it('SC-2 a candidate above every line passes, with the total and one explaining reason', () => {
    const result = judgeSkills(scores([20, 18, 17, 16]), rule);
    expect(result.outcome).toBe('PASSED');
    expect(result.total).toBe(71);
    expect(result.reasons).toEqual([
      {
        code: 'ALL_REQUIREMENTS_MET',
        station: null,
        explanation: {
          zh: '总分 71，达到合格线 60，各站均达到最低分，无关键项不合格',
          en: 'total 71 reaches the pass line 60, every station meets its minimum and no critical item failed',
        },
      },
    ]);
    expect(result.explanation.zh.startsWith('临床实践技能考核合格：')).toBe(true);
  });

  it('SC-2 a total exactly on the line passes', () => {
    expect(judgeSkills(scores([15, 15, 15, 15]), rule)).toMatchObject({ outcome: 'PASSED', total: 60 });
  });

  it('SC-2 a total half a point under the line fails on the total alone', () => {
    const result = judgeSkills(scores([15, 15, 14.5, 15]), rule);
    expect(result.outcome).toBe('FAILED');
    expect(result.total).toBe(59.5);
    expect(result.reasons).toEqual([
      {
        code: 'TOTAL_BELOW_PASS_LINE',
        station: null,
        explanation: { zh: '总分 59.5，低于合格线 60', en: 'total 59.5 is below the pass line 60' },
      },
    ]);
  });

  it('SC-2 a station exactly at its minimum passes', () => {
    expect(judgeSkills(scores([25, 25, 25, 15]), rule).outcome).toBe('PASSED');
  });

  it('SC-2 a station under its minimum fails even with a high total', () => {
    const result = judgeSkills(scores([25, 25, 25, 14.5]), rule);
    expect(result.outcome).toBe('FAILED');
    expect(result.total).toBe(89.5);
    expect(result.reasons).toEqual([
      {
        code: 'STATION_BELOW_MINIMUM',
        station: 'BASIC_PROCEDURES',
        explanation: {
          zh: '基本技能操作 14.5 分，低于该站最低分 15',
          en: 'BASIC_PROCEDURES 14.5 is below its minimum 15',
        },
      },
    ]);
  });

  it('SC-2 a station without a configured minimum may score 0 if the total is reached', () => {
    expect(judgeSkills(scores([0, 25, 25, 25]), rule)).toMatchObject({ outcome: 'PASSED', total: 75 });
  });

  it('SC-2 a failed critical item fails the subject on its own, whatever the scores', () => {
    const result = judgeSkills(scores([25, 25, 25, 25], ['BASIC_PROCEDURES.cpr-sequence']), rule);
    expect(result.outcome).toBe('FAILED');
    expect(result.total).toBe(100);
    expect(codes(result)).toEqual(['CRITICAL_ITEM_FAILED']);
    expect(result.reasons[0].explanation.zh).toBe('关键项"BASIC_PROCEDURES.cpr-sequence"不合格，本科目直接判定不合格');
  });

  it('SC-2 a critical item reported twice is one reason', () => {
    const failed = ['BASIC_PROCEDURES.aseptic-technique', 'BASIC_PROCEDURES.aseptic-technique'];
    expect(codes(judgeSkills(scores([25, 25, 25, 25], failed), rule))).toEqual(['CRITICAL_ITEM_FAILED']);
  });

  it('SC-2 every failure is listed, critical items first, then stations in order, then the total', () => {
    const result = judgeSkills(
      scores([10, null, 10, 10], ['BASIC_PROCEDURES.aseptic-technique', 'BASIC_PROCEDURES.cpr-sequence']),
      rule,
    );
    expect(result.outcome).toBe('FAILED');
    expect(result.total).toBe(30);
    expect(result.reasons.map((reason) => [reason.code, reason.station])).toEqual([
      ['CRITICAL_ITEM_FAILED', null],
      ['CRITICAL_ITEM_FAILED', null],
      ['STATION_ABSENT', 'MEDICAL_RECORD'],
      ['STATION_BELOW_MINIMUM', 'BASIC_PROCEDURES'],
      ['TOTAL_BELOW_PASS_LINE', null],
    ]);
    expect(result.explanation.zh).toBe(
      '临床实践技能考核不合格：关键项"BASIC_PROCEDURES.aseptic-technique"不合格，本科目直接判定不合格；' +
        '关键项"BASIC_PROCEDURES.cpr-sequence"不合格，本科目直接判定不合格；病历书写缺考；' +
        '基本技能操作 10 分，低于该站最低分 15；总分 30，低于合格线 60',
    );
  });

  it('SC-2 absent from every station is ABSENT with no total', () => {
    expect(judgeSkills(scores([null, null, null, null]), rule)).toEqual({
      outcome: 'ABSENT',
      total: null,
      reasons: [{ code: 'ALL_STATIONS_ABSENT', station: null, explanation: { zh: '四个考站均缺考', en: 'absent from all four stations' } }],
      explanation: { zh: '临床实践技能考核缺考：四个考站均缺考', en: 'absent from the clinical skills assessment: absent from all four stations' },
    });
  });

  it('SC-2 absent from one station fails, even if the other three reach the total', () => {
    const result = judgeSkills(scores([25, 25, null, 25]), rule);
    expect(result.outcome).toBe('FAILED');
    expect(result.total).toBe(75);
    expect(result.reasons.map((reason) => [reason.code, reason.station])).toEqual([['STATION_ABSENT', 'AUX_EXAM_READING']]);
  });

  it('SC-2 absent from the station with a minimum fails on absence, not also on the minimum', () => {
    expect(codes(judgeSkills(scores([25, 25, 25, null]), rule))).toEqual(['STATION_ABSENT']);
  });

  it('SC-2 a failed critical item with every station absent is FAILED, not ABSENT (the candidate took part)', () => {
    const result = judgeSkills(scores([null, null, null, null], ['BASIC_PROCEDURES.cpr-sequence']), rule);
    expect(result.outcome).toBe('FAILED');
    expect(result.total).toBe(0);
    expect(codes(result)).toEqual([
      'CRITICAL_ITEM_FAILED',
      'STATION_ABSENT',
      'STATION_ABSENT',
      'STATION_ABSENT',
      'STATION_ABSENT',
      'TOTAL_BELOW_PASS_LINE',
    ]);
  });

  it('SC-2 a maximum score is valid', () => {
    expect(judgeSkills(scores([25, 25, 25, 25]), rule)).toMatchObject({ outcome: 'PASSED', total: 100 });
  });

  it('SC-2 decimals add up without float noise: 0.7 + 0.1 reaches a line of 0.8', () => {
    expect(judgeSkills(scores([20.1, 20.2, 10.3, 15]), rule).total).toBe(65.6);
    const tenths: SkillsPassRule = { ...rule, totalPassLine: 0.8, stationMinimums: {} };
    // In plain binary floats 0.7 + 0.1 is 0.7999999999999999.
    expect(judgeSkills(scores([0.7, 0.1, 0, 0]), tenths)).toMatchObject({ outcome: 'PASSED', total: 0.8 });
  });

  it.each<[Station, number]>([
    ['CASE_ANALYSIS', 25.5],
    ['MEDICAL_RECORD', -1],
    ['AUX_EXAM_READING', 100],
    ['BASIC_PROCEDURES', -0.5],
  ])('SC-2 %s scored %p is outside 0–25: INVALID with SCORE_OUT_OF_RANGE, nothing judged', (station, value) => {
    const input = scores([20, 20, 20, 20]);
    input.stations[station] = value;
    const result = judgeSkills(input, rule);
    expect(result.outcome).toBe('INVALID');
    expect(result.total).toBeNull();
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]).toMatchObject({ code: 'SCORE_OUT_OF_RANGE', station });
    expect(result.reasons[0].explanation.zh).toBe(`${STATION_LABELS[station].zh}：成绩 ${value} 超出有效范围 0–25`);
  });

  it('SC-2 NaN and Infinity are SCORE_NOT_A_NUMBER; every bad station is reported at once', () => {
    const result = judgeSkills(scores([Number.NaN, 20, Number.POSITIVE_INFINITY, 30]), rule);
    expect(result.outcome).toBe('INVALID');
    expect(result.reasons.map((reason) => [reason.code, reason.station])).toEqual([
      ['SCORE_NOT_A_NUMBER', 'CASE_ANALYSIS'],
      ['SCORE_NOT_A_NUMBER', 'AUX_EXAM_READING'],
      ['SCORE_OUT_OF_RANGE', 'BASIC_PROCEDURES'],
    ]);
  });

  it('SC-2 a station missing from untyped input (undefined) is SCORE_NOT_A_NUMBER, not absent', () => {
    const input = scores([20, 20, 20, 20]);
    delete (input.stations as Partial<Record<Station, number | null>>).MEDICAL_RECORD;
    expect(judgeSkills(input, rule).reasons.map((reason) => [reason.code, reason.station])).toEqual([
      ['SCORE_NOT_A_NUMBER', 'MEDICAL_RECORD'],
    ]);
  });

  it('SC-2 a failed item the session does not call critical is an input error, not silently ignored', () => {
    const result = judgeSkills(scores([25, 25, 25, 25], ['BASIC_PROCEDURES.typo']), rule);
    expect(result.outcome).toBe('INVALID');
    expect(result.reasons).toEqual([
      {
        code: 'UNKNOWN_CRITICAL_ITEM',
        station: null,
        explanation: { zh: '"BASIC_PROCEDURES.typo"不是本次考核设定的关键项', en: '"BASIC_PROCEDURES.typo" is not a critical item of this session' },
      },
    ]);
  });

  it('SC-2 the pass rule is session configuration: another total line and minimums change the outcome', () => {
    const strict: SkillsPassRule = {
      ...rule,
      totalPassLine: 80,
      stationMinimums: { CASE_ANALYSIS: 18, MEDICAL_RECORD: 18, AUX_EXAM_READING: 18, BASIC_PROCEDURES: 18 },
    };
    expect(judgeSkills(scores([20, 18, 17, 25]), rule).outcome).toBe('PASSED');
    const result = judgeSkills(scores([20, 18, 17, 25]), strict);
    expect(result.outcome).toBe('FAILED');
    expect(result.reasons.map((reason) => [reason.code, reason.station])).toEqual([['STATION_BELOW_MINIMUM', 'AUX_EXAM_READING']]);
  });

  it('SC-2 stations may have different maximums', () => {
    const uneven: SkillsPassRule = {
      totalPassLine: 60,
      stationMinimums: {},
      stationMaximums: { CASE_ANALYSIS: 30, MEDICAL_RECORD: 20, AUX_EXAM_READING: 20, BASIC_PROCEDURES: 30 },
      criticalItems: [],
    };
    expect(judgeSkills(scores([30, 20, 5, 5]), uneven)).toMatchObject({ outcome: 'PASSED', total: 60 });
    expect(judgeSkills(scores([20, 21, 10, 10]), uneven).reasons[0]).toMatchObject({ code: 'SCORE_OUT_OF_RANGE', station: 'MEDICAL_RECORD' });
  });

  it('SC-2 a sound rule has no problems', () => {
    expect(skillsPassRuleProblems(rule)).toEqual([]);
  });

  it.each<[string, SkillsPassRule]>([
    ['a zero maximum', { ...rule, stationMaximums: { ...rule.stationMaximums, MEDICAL_RECORD: 0 } }],
    ['a minimum above its maximum', { ...rule, stationMinimums: { CASE_ANALYSIS: 26 } }],
    ['a negative minimum', { ...rule, stationMinimums: { CASE_ANALYSIS: -1 } }],
    ['a total line above the sum of maximums', { ...rule, totalPassLine: 101 }],
    ['a NaN total line', { ...rule, totalPassLine: Number.NaN }],
  ])('SC-2 a misconfigured rule (%s) throws RangeError', (_label, badRule) => {
    expect(skillsPassRuleProblems(badRule).length).toBeGreaterThan(0);
    expect(() => judgeSkills(scores([20, 20, 20, 20]), badRule)).toThrow(RangeError);
  });
});
