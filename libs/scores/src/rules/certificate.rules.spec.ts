import { SubjectAttempt } from '@app/assessment/rules';
import { CERTIFICATE_RULE_IDS, CertificateCheck, CertificateInput, CertificateRuleId, certificateEligibility } from './certificate.rules';

const attempt = (
  subject: SubjectAttempt['subject'],
  year: number,
  outcome: SubjectAttempt['outcome'] = 'PASSED',
  voided = false,
): SubjectAttempt => ({ subject, year, outcome, voided });

/** A trainee who finished rotation mid-2024 and passed both subjects in the 2024 session. */
function input(overrides: Partial<CertificateInput> = {}): CertificateInput {
  return {
    attempts: [attempt('THEORY', 2024), attempt('SKILLS', 2024)],
    rotationCompleted: true,
    rotationEndDate: '2024-06-30',
    processAssessmentPassed: true,
    photoConsistent: true,
    today: '2024-08-01',
    ...overrides,
  };
}

function check(result: ReturnType<typeof certificateEligibility>, rule: CertificateRuleId): CertificateCheck {
  const found = result.checks.find((candidate) => candidate.rule === rule);
  if (!found) throw new Error(`no check ${rule}`);
  return found;
}

describe('certificateEligibility', () => {
  it('SC-6 both subjects passed in 2024, rotation, process and photo in order: eligible, every check listed', () => {
    const result = certificateEligibility(input());
    expect(result.eligible).toBe(true);
    expect(result.failedRules).toEqual([]);
    expect(result.checks.map((entry) => [entry.rule, entry.passed])).toEqual(CERTIFICATE_RULE_IDS.map((rule) => [rule, true]));
    expect(check(result, 'SC-6.valid-together')).toMatchObject({
      data: { theoryPassYear: 2024, skillsPassYear: 2024, bothValidFromYear: 2024, bothValidThroughYear: 2026 },
      explanation: {
        zh: '专业理论考试 2024 年通过（有效期 2024–2026 年，至 2026-12-31），临床实践技能考核 2024 年通过（有效期 2024–2026 年，至 2026-12-31），两科在 2024–2026 年同时有效：符合',
      },
    });
  });

  it('SC-6 every check carries a bilingual title and explanation', () => {
    for (const entry of certificateEligibility(input({ photoConsistent: false })).checks) {
      expect(entry.title.zh).not.toBe('');
      expect(entry.title.en).not.toBe('');
      expect(entry.explanation.zh).toMatch(/：(符合|不符合)$/);
      expect(entry.explanation.en).toMatch(/: (eligible|not eligible)$/);
    }
  });

  it('SC-6 THEORY 2021 + SKILLS 2024 are never valid at the same time: not eligible, explained with years', () => {
    const result = certificateEligibility(input({ attempts: [attempt('THEORY', 2021), attempt('SKILLS', 2024)] }));
    expect(result.eligible).toBe(false);
    expect(result.failedRules).toEqual(['SC-6.valid-together']);
    const together = check(result, 'SC-6.valid-together');
    expect(together.data).toEqual({ theoryPassYear: 2021, skillsPassYear: 2024, bothValidFromYear: null, bothValidThroughYear: null });
    expect(together.explanation.zh).toBe(
      '专业理论考试 2021 年通过（有效期 2021–2023 年，至 2023-12-31），临床实践技能考核 2024 年通过（有效期 2024–2026 年，至 2026-12-31），两科有效期没有重叠的年份，须重新参加已过期的科目：不符合',
    );
    expect(together.explanation.en).toContain('valid 2021–2023');
    expect(together.explanation.en).toContain('valid 2024–2026');
  });

  it('SC-6 THEORY 2022 + SKILLS 2024 overlap in 2024 alone (THEORY valid through 2024-12-31): eligible', () => {
    const result = certificateEligibility(input({ attempts: [attempt('THEORY', 2022), attempt('SKILLS', 2024)] }));
    expect(result.eligible).toBe(true);
    const together = check(result, 'SC-6.valid-together');
    expect(together.data).toMatchObject({ bothValidFromYear: 2024, bothValidThroughYear: 2024 });
    expect(together.explanation.zh).toContain('两科在 2024 年同时有效');
    expect(together.explanation.en).toContain('are both valid in 2024:');
  });

  it('SC-6 SKILLS 2021 + THEORY 2024 fail the same way (the rule is symmetric)', () => {
    const result = certificateEligibility(input({ attempts: [attempt('SKILLS', 2021), attempt('THEORY', 2024)] }));
    expect(result.failedRules).toEqual(['SC-6.valid-together']);
  });

  it('SC-6 THEORY 2023 + SKILLS 2024 share 2024–2025', () => {
    const result = certificateEligibility(input({ attempts: [attempt('THEORY', 2023), attempt('SKILLS', 2024)] }));
    expect(check(result, 'SC-6.valid-together').data).toMatchObject({ bothValidFromYear: 2024, bothValidThroughYear: 2025 });
  });

  it('SC-6 a retaken THEORY 2024 makes up for the expired THEORY 2021', () => {
    const result = certificateEligibility(
      input({ attempts: [attempt('THEORY', 2021), attempt('THEORY', 2023, 'FAILED'), attempt('SKILLS', 2024), attempt('THEORY', 2024)] }),
    );
    expect(result.eligible).toBe(true);
    expect(check(result, 'SC-6.theory').data).toEqual({ subject: 'THEORY', passYears: ['2021', '2024'], voidedPassYears: [] });
    expect(check(result, 'SC-6.valid-together').data).toMatchObject({ theoryPassYear: 2024, skillsPassYear: 2024 });
  });

  it('SC-6 a completed assessment stays completed: THEORY 2020 + SKILLS 2021 still qualify in 2025 after both expired', () => {
    const result = certificateEligibility(
      input({ attempts: [attempt('THEORY', 2020), attempt('SKILLS', 2021)], rotationEndDate: '2021-06-30', today: '2025-03-01' }),
    );
    expect(result.eligible).toBe(true);
    expect(check(result, 'SC-6.valid-together').data).toMatchObject({ bothValidFromYear: 2021, bothValidThroughYear: 2022 });
  });

  it('SC-8 a voided pass does not count: THEORY fails and nothing is valid together', () => {
    const result = certificateEligibility(input({ attempts: [attempt('THEORY', 2024, 'PASSED', true), attempt('SKILLS', 2024)] }));
    expect(result.eligible).toBe(false);
    expect(result.failedRules).toEqual(['SC-6.theory', 'SC-6.valid-together']);
    const theory = check(result, 'SC-6.theory');
    expect(theory.data).toEqual({ subject: 'THEORY', passYears: [], voidedPassYears: ['2024'] });
    expect(theory.explanation).toEqual({
      zh: '专业理论考试尚无有效的合格成绩；2024 年的合格成绩已被取消，不计入：不符合',
      en: 'no counting pass of THEORY; the pass of 2024 was voided and does not count: not eligible',
    });
  });

  it('SC-8 a voided pass beside a counting one is shown but does not block', () => {
    const result = certificateEligibility(
      input({ attempts: [attempt('SKILLS', 2023, 'PASSED', true), attempt('SKILLS', 2024), attempt('THEORY', 2024)] }),
    );
    expect(result.eligible).toBe(true);
    expect(check(result, 'SC-6.skills').explanation.zh).toBe(
      '临床实践技能考核 2024 年通过（有效期 2024–2026 年，至 2026-12-31）；2023 年的合格成绩已被取消，不计入：符合',
    );
  });

  it('SC-6 failed and absent attempts are not passes', () => {
    const result = certificateEligibility(input({ attempts: [attempt('THEORY', 2024, 'FAILED'), attempt('SKILLS', 2024, 'ABSENT')] }));
    expect(result.failedRules).toEqual(['SC-6.theory', 'SC-6.skills', 'SC-6.valid-together']);
    expect(check(result, 'SC-6.valid-together').explanation.zh).toBe('须两个科目均合格才能判断是否同时有效：不符合');
  });

  it('SC-6 a pass dated after today is bad data and ignored until its year comes (2024-12-31 vs 2025-01-01)', () => {
    const attempts = [attempt('THEORY', 2024), attempt('SKILLS', 2025)];
    expect(certificateEligibility(input({ attempts, today: '2024-12-31' })).failedRules).toEqual(['SC-6.skills', 'SC-6.valid-together']);
    expect(certificateEligibility(input({ attempts, today: '2025-01-01' })).eligible).toBe(true);
  });

  it('SC-6 rotation not completed is not eligible', () => {
    const result = certificateEligibility(input({ rotationCompleted: false, rotationEndDate: '2024-11-30' }));
    expect(result.failedRules).toEqual(['SC-6.rotation']);
    expect(check(result, 'SC-6.rotation').explanation.zh).toBe('尚未完成培训轮转：不符合');
  });

  it.each([null, '', '2024-02-30'])('SC-6 rotation marked completed without a valid end date (%p) is not eligible', (rotationEndDate) => {
    const result = certificateEligibility(input({ rotationEndDate }));
    expect(result.failedRules).toEqual(['SC-6.rotation']);
    expect(check(result, 'SC-6.rotation').explanation.en).toContain('missing or invalid');
  });

  it('SC-6 rotation ending today counts as completed; ending tomorrow does not', () => {
    expect(certificateEligibility(input({ rotationEndDate: '2024-08-01' })).eligible).toBe(true);
    const tomorrow = certificateEligibility(input({ rotationEndDate: '2024-08-02' }));
    expect(tomorrow.failedRules).toEqual(['SC-6.rotation']);
    expect(check(tomorrow, 'SC-6.rotation').explanation.zh).toBe('结束轮转时间 2024-08-02 晚于今天 2024-08-01，轮转尚未结束：不符合');
  });

  it('SC-6 process assessment not passed is not eligible', () => {
    const result = certificateEligibility(input({ processAssessmentPassed: false }));
    expect(result.failedRules).toEqual(['SC-6.process']);
    expect(check(result, 'SC-6.process').data).toEqual({ processAssessmentPassed: false });
  });

  it('FA-6 a photo differing from the approved sign-up photo is not eligible', () => {
    const result = certificateEligibility(input({ photoConsistent: false }));
    expect(result.failedRules).toEqual(['SC-6.photo']);
    expect(check(result, 'SC-6.photo').explanation.zh).toContain('二寸白底彩色证件照');
  });

  it('SC-6 everything missing: every rule fails and is listed, in order', () => {
    const result = certificateEligibility({
      attempts: [],
      rotationCompleted: false,
      rotationEndDate: null,
      processAssessmentPassed: false,
      photoConsistent: false,
      today: '2024-08-01',
    });
    expect(result.eligible).toBe(false);
    expect(result.failedRules).toEqual([...CERTIFICATE_RULE_IDS]);
  });

  it('SC-6 an invalid today is a programming error: RangeError', () => {
    expect(() => certificateEligibility(input({ today: '2024-13-01' }))).toThrow(RangeError);
  });

  it('SC-6 the same input always gives the same result', () => {
    expect(certificateEligibility(input())).toEqual(certificateEligibility(input()));
  });
});
