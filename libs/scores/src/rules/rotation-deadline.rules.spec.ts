import { RotationDeadlineInput, rotationDeadlineDecision } from './rotation-deadline.rules';

/** Fujian 2024 (seed 001, 五(六)): remaining rotation must be finished "2024 年 12 月前", i.e. before 2024-12-01. */
function input(overrides: Partial<RotationDeadlineInput> = {}): RotationDeadlineInput {
  return {
    sessionYear: 2024,
    rotationCutoff: '2024-12-01',
    rotationEndDate: '2024-11-30',
    rotationCompleted: true,
    baseAssessmentsPassed: true,
    sat: true,
    today: '2024-12-01',
    ...overrides,
  };
}

describe('rotationDeadlineDecision', () => {
  it('SC-5 on the cutoff day, rotation finished the day before and base assessments passed: KEEP', () => {
    expect(rotationDeadlineDecision(input())).toEqual({
      action: 'KEEP',
      conditionsMet: true,
      explanation: {
        zh: '已于 2024-11-30 完成轮转（早于截止日期 2024-12-01）并通过培训基地考核：保留 2024 年度结业考核结果',
        en: "rotation completed on 2024-11-30 (before the cutoff 2024-12-01) and the base's assessments passed: the 2024 results are kept",
      },
    });
  });

  it('SC-5 rotation finished on the cutoff day itself is too late: CANCEL_RESULTS (取消本次结业考核结果)', () => {
    expect(rotationDeadlineDecision(input({ rotationEndDate: '2024-12-01' }))).toEqual({
      action: 'CANCEL_RESULTS',
      conditionsMet: false,
      explanation: {
        zh: '结束轮转时间 2024-12-01，未早于截止日期 2024-12-01；截止日期 2024-12-01 已到，逾期未完成，取消 2024 年度结业考核结果',
        en: 'rotation ended 2024-12-01, not before the cutoff 2024-12-01; the cutoff 2024-12-01 has passed, so the 2024 assessment results are cancelled',
      },
    });
  });

  it('SC-5 the day before the cutoff an unfinished rotation is NOT_YET_DUE, with what is still needed', () => {
    expect(rotationDeadlineDecision(input({ rotationCompleted: false, rotationEndDate: '2024-11-30', today: '2024-11-30' }))).toEqual({
      action: 'NOT_YET_DUE',
      conditionsMet: false,
      explanation: {
        zh: '尚未完成培训轮转；须在 2024-12-01 之前完成剩余轮转并通过培训基地相关考核，否则取消 2024 年度结业考核结果',
        en: "rotation not completed; rotation must be completed and the base's assessments passed before 2024-12-01, or the 2024 results are cancelled",
      },
    });
  });

  it('SC-5 on the cutoff day the same unfinished rotation is CANCEL_RESULTS', () => {
    const decision = rotationDeadlineDecision(input({ rotationCompleted: false, today: '2024-12-01' }));
    expect(decision.action).toBe('CANCEL_RESULTS');
    expect(decision.explanation.zh).toBe('尚未完成培训轮转；截止日期 2024-12-01 已到，逾期未完成，取消 2024 年度结业考核结果');
  });

  it('SC-5 before the cutoff a candidate who already qualifies is NOT_YET_DUE with conditionsMet', () => {
    const decision = rotationDeadlineDecision(input({ rotationEndDate: '2024-09-30', today: '2024-10-15' }));
    expect(decision).toMatchObject({ action: 'NOT_YET_DUE', conditionsMet: true });
    expect(decision.explanation.zh).toBe('已于 2024-09-30 完成轮转并通过培训基地考核；截止日期 2024-12-01 尚未到，届时保留 2024 年度结业考核结果');
  });

  it('SC-5 long before the cutoff (results published in July) it is NOT_YET_DUE', () => {
    expect(rotationDeadlineDecision(input({ rotationCompleted: false, today: '2024-07-15' })).action).toBe('NOT_YET_DUE');
  });

  it("SC-5 rotation finished in time but the base's assessments not passed: CANCEL_RESULTS", () => {
    const decision = rotationDeadlineDecision(input({ baseAssessmentsPassed: false }));
    expect(decision.action).toBe('CANCEL_RESULTS');
    expect(decision.explanation.zh.startsWith('培训基地相关考核未通过；')).toBe(true);
  });

  it('SC-5 both failings are listed', () => {
    const decision = rotationDeadlineDecision(input({ rotationCompleted: false, baseAssessmentsPassed: false }));
    expect(decision.action).toBe('CANCEL_RESULTS');
    expect(decision.explanation.en).toBe(
      "rotation not completed; the base's assessments are not passed; the cutoff 2024-12-01 has passed, so the 2024 assessment results are cancelled",
    );
  });

  it('SC-5 a rotation finished before the candidate even sat (March) is kept', () => {
    expect(rotationDeadlineDecision(input({ rotationEndDate: '2024-03-31' })).action).toBe('KEEP');
  });

  it('SC-5 a job running late (January of the next year) reaches the same decisions', () => {
    expect(rotationDeadlineDecision(input({ today: '2025-01-10' })).action).toBe('KEEP');
    expect(rotationDeadlineDecision(input({ rotationCompleted: false, today: '2025-01-10' })).action).toBe('CANCEL_RESULTS');
  });

  it.each([null, '', '2024-11-31'])('SC-5 completed with a missing or invalid end date (%p) cannot show it was in time: CANCEL_RESULTS', (rotationEndDate) => {
    const decision = rotationDeadlineDecision(input({ rotationEndDate }));
    expect(decision).toMatchObject({ action: 'CANCEL_RESULTS', conditionsMet: false });
    expect(decision.explanation.en).toContain('missing or invalid');
  });

  it('SC-5 a candidate who did not sit has no results to cancel: KEEP, even after the cutoff with rotation unfinished', () => {
    expect(rotationDeadlineDecision(input({ sat: false, rotationCompleted: false, today: '2024-12-02' }))).toEqual({
      action: 'KEEP',
      conditionsMet: false,
      explanation: { zh: '未参加 2024 年度结业考核，没有需要取消的结果', en: 'did not sit the 2024 assessment, so there is no result to cancel' },
    });
  });

  it('SC-5 the cutoff is session configuration: a 2025-12-01 cutoff moves the edge', () => {
    const next = { sessionYear: 2025, rotationCutoff: '2025-12-01', rotationCompleted: false };
    expect(rotationDeadlineDecision(input({ ...next, today: '2025-11-30' })).action).toBe('NOT_YET_DUE');
    expect(rotationDeadlineDecision(input({ ...next, today: '2025-12-01' })).action).toBe('CANCEL_RESULTS');
  });

  it.each([
    ['rotationCutoff', { rotationCutoff: '2024-12' }],
    ['today', { today: '2024-12-32' }],
  ])('SC-5 an invalid %s throws RangeError', (_label, overrides) => {
    expect(() => rotationDeadlineDecision(input(overrides))).toThrow(RangeError);
  });
});
