import { beijingToInstant, noticeWindow } from '@app/common/time';
import {
  ELIGIBILITY_RULE_IDS,
  EXCEPTABLE_RULES,
  EligibilityInput,
  EligibilityRuleId,
  EligibilityVerdict,
  GrantedException,
  ProfileFacts,
  RuleCheck,
  SessionRuleConfig,
  evaluateEligibility,
} from './eligibility.rules';
import { SubjectAttempt } from './subject';

/** Fujian 2024 (seed 001): sign-up 2024-02-29 08:00 – 03-10 23:59, review 03-04 – 03-13, rotation ending 2022–2024 before 2024-12. */
const fujian2024: SessionRuleConfig = {
  ruleSetVersion: 'fujian-2024.1',
  year: 2024,
  signupWindow: noticeWindow('2024-02-29 08:00', '2024-03-10 23:59'),
  reviewWindow: noticeWindow('2024-03-04', '2024-03-13'),
  admittedRotationEndYears: { from: 2022, to: 2024 },
  rotationCutoff: '2024-12-01',
  offeredSubjects: ['THEORY', 'SKILLS'],
};

/** The same rules one year on, for the R+3 case. */
const fujian2025: SessionRuleConfig = {
  ruleSetVersion: 'fujian-2025.1',
  year: 2025,
  signupWindow: noticeWindow('2025-03-01 08:00', '2025-03-10 23:59'),
  reviewWindow: noticeWindow('2025-03-04', '2025-03-13'),
  admittedRotationEndYears: { from: 2023, to: 2025 },
  rotationCutoff: '2025-12-01',
  offeredSubjects: ['THEORY', 'SKILLS'],
};

const completeProfile: ProfileFacts = {
  name: '林小明',
  sex: 'M',
  birthDate: '1998-05-04',
  phone: '13800000000',
  baseId: 3,
  cohort: '2022',
  hasPhoto: true,
};

function input(overrides: Partial<EligibilityInput> = {}): EligibilityInput {
  return {
    session: fujian2024,
    trainee: { rotationEndDate: '2024-06-30', phaseTheoryPassed: true, processAssessmentPassed: true },
    profile: completeProfile,
    history: [],
    requestedSubjects: ['THEORY', 'SKILLS'],
    otherSignupsSameYear: [],
    exceptions: [],
    isCorrection: false,
    now: beijingToInstant('2024-03-01 10:00'),
    ...overrides,
  };
}

function withRotationEnd(rotationEndDate: string, extra: Partial<EligibilityInput> = {}): EligibilityInput {
  return input({ trainee: { rotationEndDate, phaseTheoryPassed: true, processAssessmentPassed: true }, ...extra });
}

function check(verdict: EligibilityVerdict, rule: EligibilityRuleId): RuleCheck {
  const found = verdict.checks.find((candidate) => candidate.rule === rule);
  if (!found) throw new Error(`no check ${rule}`);
  return found;
}

const attempt = (
  subject: SubjectAttempt['subject'],
  year: number,
  outcome: SubjectAttempt['outcome'],
  voided = false,
): SubjectAttempt => ({ subject, year, outcome, voided });

const exception = (rule: EligibilityRuleId, grantedAt = '2024-03-05T02:00:00.000Z', reason = '因公派援外延期'): GrantedException => ({
  rule,
  reason,
  grantedBy: 'centre.admin',
  grantedAt: new Date(grantedAt),
});

describe('evaluateEligibility: the verdict', () => {
  it('FA-14 a fully eligible first-timer passes every rule, in rule order, stamped with version and time', () => {
    const verdict = evaluateEligibility(input());
    expect(verdict.ruleSetVersion).toBe('fujian-2024.1');
    expect(verdict.evaluatedAt).toBe('2024-03-01T02:00:00.000Z');
    expect(verdict.eligible).toBe(true);
    expect(verdict.retrainingRequired).toBe(false);
    expect(verdict.failedRules).toEqual([]);
    expect(verdict.checks.map((c) => c.rule)).toEqual([
      'FA-1',
      'FA-2.rotation',
      'FA-2.phase-theory',
      'FA-2.process',
      'FA-3',
      'FA-4',
      'FA-5',
      'FA-6',
    ]);
    expect(verdict.checks.map((c) => c.rule)).toEqual(ELIGIBILITY_RULE_IDS);
    expect(verdict.checks.every((c) => c.outcome === 'PASS')).toBe(true);
    expect(verdict.subjects).toEqual({ firstTime: true, validPasses: [], needed: ['THEORY', 'SKILLS'] });
  });

  it('FA-14 every check has a bilingual title and explanation and no exception field unless excepted', () => {
    for (const c of evaluateEligibility(input()).checks) {
      expect(c.title.zh.length).toBeGreaterThan(0);
      expect(c.title.en.length).toBeGreaterThan(0);
      expect(c.explanation.zh).toMatch(/符合$/);
      expect(c.explanation.en).toMatch(/eligible$/);
      expect(c).not.toHaveProperty('exception');
    }
  });

  it('FA-14 every rule is listed even when several fail, and failedRules keeps rule order', () => {
    const verdict = evaluateEligibility(
      input({
        trainee: { rotationEndDate: '2024-12-15', phaseTheoryPassed: false, processAssessmentPassed: false },
        profile: { ...completeProfile, hasPhoto: false },
        now: beijingToInstant('2024-03-11 00:00'),
      }),
    );
    expect(verdict.checks).toHaveLength(8);
    expect(verdict.eligible).toBe(false);
    expect(verdict.failedRules).toEqual(['FA-1', 'FA-2.rotation', 'FA-2.phase-theory', 'FA-2.process', 'FA-6']);
  });

  it('FA-14 the same input always gives the same verdict (a pure function of its input)', () => {
    expect(evaluateEligibility(input())).toEqual(evaluateEligibility(input()));
  });
});

describe('FA-1 sign-up window', () => {
  it.each([
    ['2024-02-29 07:59:59', 'FAIL'],
    ['2024-02-29 08:00:00', 'PASS'],
    ['2024-03-05 12:00:00', 'PASS'],
    ['2024-03-10 23:59:59', 'PASS'],
    ['2024-03-11 00:00:00', 'FAIL'],
  ])('FA-1 at %s Beijing time the check is %s', (at, outcome) => {
    const verdict = evaluateEligibility(input({ now: beijingToInstant(at) }));
    expect(check(verdict, 'FA-1').outcome).toBe(outcome);
    expect(verdict.eligible).toBe(outcome === 'PASS');
  });

  it('FA-1 shows the window and the instant in Beijing time', () => {
    const c = check(evaluateEligibility(input({ now: beijingToInstant('2024-03-10 23:59:59') })), 'FA-1');
    expect(c.data).toEqual({
      now: '2024-03-10T23:59:59+08:00',
      windowOpensAt: '2024-02-29T08:00:00+08:00',
      windowClosesAt: '2024-03-11T00:00:00+08:00',
      isCorrection: false,
    });
    expect(c.explanation.zh).toBe('当前时间 2024-03-10 23:59:59 在报名时间（2024-02-29 08:00 至 2024-03-10）内：符合');
    expect(c.explanation.en).toBe('now 2024-03-10 23:59:59 is inside the sign-up window (2024-02-29 08:00 through 2024-03-10): eligible');
  });

  it('FA-1 one second late is refused as a late sign-up (漏报、逾期不予补报)', () => {
    const c = check(evaluateEligibility(input({ now: beijingToInstant('2024-03-11 00:00:00') })), 'FA-1');
    expect(c.outcome).toBe('FAIL');
    expect(c.explanation.zh).toBe('当前时间 2024-03-11 00:00 已过报名时间（2024-02-29 08:00 至 2024-03-10）：漏报、逾期不予补报，不符合');
    expect(c.explanation.zh).toContain('漏报、逾期不予补报');
    expect(c.explanation.en).toContain('late sign-ups are not accepted');
  });

  it('FA-1 one second early says the window is not open yet', () => {
    const c = check(evaluateEligibility(input({ now: beijingToInstant('2024-02-29 07:59:59') })), 'FA-1');
    expect(c.explanation.en).toContain('not open yet');
    expect(c.explanation.zh).toBe('当前时间 2024-02-29 07:59:59 早于报名时间（2024-02-29 08:00 至 2024-03-10）：尚未开始，不符合');
    expect(c.explanation.en).toBe('now 2024-02-29 07:59:59 is before the sign-up window (2024-02-29 08:00 through 2024-03-10): not open yet, not eligible');
    expect(c.explanation.zh).toContain('尚未开始');
  });

  it.each([
    ['2024-02-29 07:59:59', 'FAIL'],
    ['2024-02-29 08:00:00', 'PASS'],
    ['2024-03-11 00:00:00', 'PASS'],
    ['2024-03-13 23:59:59', 'PASS'],
    ['2024-03-14 00:00:00', 'FAIL'],
  ])('FA-1 a correction (FA-8) at %s is %s: allowed until the review window closes', (at, outcome) => {
    const c = check(evaluateEligibility(input({ isCorrection: true, now: beijingToInstant(at) })), 'FA-1');
    expect(c.outcome).toBe(outcome);
    expect(c.data.windowClosesAt).toBe('2024-03-14T00:00:00+08:00');
    expect(c.data.isCorrection).toBe(true);
    expect(c.explanation.zh).toContain('退回修改重新提交时间（2024-02-29 08:00 至 2024-03-13）');
  });

  it('FA-1 a new sign-up after the sign-up window is refused even while review is still open', () => {
    const c = check(evaluateEligibility(input({ now: beijingToInstant('2024-03-12 09:00') })), 'FA-1');
    expect(c.outcome).toBe('FAIL');
  });

  it('FA-1 is not exceptable: an exception for it is ignored', () => {
    const verdict = evaluateEligibility(
      input({ now: beijingToInstant('2024-03-11 00:00:00'), exceptions: [exception('FA-1')] }),
    );
    expect(check(verdict, 'FA-1').outcome).toBe('FAIL');
    expect(check(verdict, 'FA-1')).not.toHaveProperty('exception');
    expect(verdict.failedRules).toEqual(['FA-1']);
  });
});

describe('FA-2 rotation end date', () => {
  it('FA-2 rotation ending on the cutoff day (2024-12-01) is not eligible', () => {
    const c = check(evaluateEligibility(withRotationEnd('2024-12-01')), 'FA-2.rotation');
    expect(c.outcome).toBe('FAIL');
    expect(c.explanation.en).toContain('rotation ends 2024-12-01, cutoff 2024-12-01: not eligible');
    expect(c.explanation.zh).toContain('须早于 2024-12-01');
  });

  it('FA-2 rotation ending the day before the cutoff (2024-11-30) is eligible', () => {
    const c = check(evaluateEligibility(withRotationEnd('2024-11-30')), 'FA-2.rotation');
    expect(c.outcome).toBe('PASS');
    expect(c.data).toEqual({
      rotationEndDate: '2024-11-30',
      rotationEndYear: 2024,
      admittedFrom: 2022,
      admittedTo: 2024,
      rotationCutoff: '2024-12-01',
    });
  });

  it('FA-2 the example of FA-14: rotation ends 2024-12-15, cutoff 2024-12-01', () => {
    const verdict = evaluateEligibility(withRotationEnd('2024-12-15'));
    expect(check(verdict, 'FA-2.rotation').explanation.en).toBe(
      'rotation end year 2024 is within the admitted years 2022–2024; rotation ends 2024-12-15, cutoff 2024-12-01: not eligible',
    );
    expect(verdict.eligible).toBe(false);
    expect(verdict.failedRules).toEqual(['FA-2.rotation']);
  });

  it('FA-2 the first admitted day (2022-01-01) is eligible', () => {
    expect(check(evaluateEligibility(withRotationEnd('2022-01-01')), 'FA-2.rotation').outcome).toBe('PASS');
  });

  it('FA-2 rotation ending in 2021 is before the admitted years; FA-3 fails as well (2024 = R+3)', () => {
    const verdict = evaluateEligibility(withRotationEnd('2021-06-30'));
    const rotation = check(verdict, 'FA-2.rotation');
    expect(rotation.outcome).toBe('FAIL');
    expect(rotation.data.rotationEndYear).toBe(2021);
    expect(rotation.explanation.en).toContain('rotation end year 2021 is outside the admitted years 2022–2024');
    expect(check(verdict, 'FA-3').outcome).toBe('FAIL');
    expect(verdict.failedRules).toEqual(['FA-2.rotation', 'FA-3']);
    expect(verdict.retrainingRequired).toBe(true);
  });

  it('FA-2 rotation ending after the admitted years fails both on year and cutoff', () => {
    const c = check(evaluateEligibility(withRotationEnd('2025-03-01')), 'FA-2.rotation');
    expect(c.outcome).toBe('FAIL');
    expect(c.explanation.en).toBe(
      'rotation end year 2025 is outside the admitted years 2022–2024; rotation ends 2025-03-01, cutoff 2024-12-01: not eligible',
    );
  });

  it.each(['', '2024-02-30', 'unknown'])('FA-2 a missing or invalid rotation end date %p fails without crashing', (date) => {
    const verdict = evaluateEligibility(withRotationEnd(date));
    expect(check(verdict, 'FA-2.rotation').outcome).toBe('FAIL');
    expect(check(verdict, 'FA-2.rotation').data.rotationEndYear).toBeNull();
    expect(check(verdict, 'FA-3').outcome).toBe('FAIL');
    expect(verdict.retrainingRequired).toBe(false);
  });

  it('FA-2 phase theory exam not passed fails FA-2.phase-theory only', () => {
    const verdict = evaluateEligibility(
      input({ trainee: { rotationEndDate: '2024-06-30', phaseTheoryPassed: false, processAssessmentPassed: true } }),
    );
    expect(check(verdict, 'FA-2.phase-theory')).toMatchObject({
      outcome: 'FAIL',
      data: { phaseTheoryPassed: false },
      explanation: { zh: '集中理论培训阶段考试未合格：不符合', en: 'phase theory exam not passed: not eligible' },
    });
    expect(verdict.failedRules).toEqual(['FA-2.phase-theory']);
  });

  it('FA-2 process assessment not passed fails FA-2.process only', () => {
    const verdict = evaluateEligibility(
      input({ trainee: { rotationEndDate: '2024-06-30', phaseTheoryPassed: true, processAssessmentPassed: false } }),
    );
    expect(check(verdict, 'FA-2.process')).toMatchObject({
      outcome: 'FAIL',
      data: { processAssessmentPassed: false },
      explanation: { zh: '培训过程考核未合格：不符合', en: 'process assessment not passed: not eligible' },
    });
    expect(verdict.failedRules).toEqual(['FA-2.process']);
  });
});

describe('FA-3 three-year limit', () => {
  it('FA-3 rotation ended 2022, session 2024 (R+2) is allowed', () => {
    const verdict = evaluateEligibility(
      withRotationEnd('2022-08-31', { history: [attempt('THEORY', 2022, 'FAILED'), attempt('SKILLS', 2023, 'ABSENT')] }),
    );
    const c = check(verdict, 'FA-3');
    expect(c.outcome).toBe('PASS');
    expect(c.data).toEqual({ rotationEndYear: 2022, sessionYear: 2024, lastAllowedYear: 2024, neededSubjects: ['THEORY', 'SKILLS'] });
    expect(verdict.retrainingRequired).toBe(false);
    expect(verdict.eligible).toBe(true);
  });

  it('FA-3 rotation ended 2022, session 2025 (R+3) requires retraining (自费重新培训)', () => {
    const verdict = evaluateEligibility(
      withRotationEnd('2022-08-31', {
        session: fujian2025,
        now: beijingToInstant('2025-03-02 09:00'),
        history: [attempt('THEORY', 2022, 'FAILED'), attempt('SKILLS', 2023, 'FAILED'), attempt('SKILLS', 2024, 'ABSENT')],
      }),
    );
    const c = check(verdict, 'FA-3');
    expect(c.outcome).toBe('FAIL');
    expect(c.data).toEqual({ rotationEndYear: 2022, sessionYear: 2025, lastAllowedYear: 2024, neededSubjects: ['THEORY', 'SKILLS'] });
    expect(c.explanation.zh).toContain('须自费重新参加培训');
    expect(c.explanation.en).toContain('retraining required');
    expect(verdict.retrainingRequired).toBe(true);
    // FA-2 also lists the year outside 2023–2025.
    expect(verdict.failedRules).toEqual(['FA-2.rotation', 'FA-3']);
  });

  it('FA-3 never sitting at all (absent included) still counts against the limit', () => {
    const verdict = evaluateEligibility(withRotationEnd('2021-05-31'));
    expect(check(verdict, 'FA-3').outcome).toBe('FAIL');
    expect(verdict.retrainingRequired).toBe(true);
  });

  it('FA-3 a subject still valid does not save a trainee who still needs the other after R+2', () => {
    const verdict = evaluateEligibility(
      withRotationEnd('2021-05-31', {
        history: [attempt('THEORY', 2023, 'PASSED'), attempt('SKILLS', 2023, 'FAILED')],
        requestedSubjects: ['SKILLS'],
      }),
    );
    expect(check(verdict, 'FA-3').outcome).toBe('FAIL');
    expect(check(verdict, 'FA-4').outcome).toBe('PASS');
    expect(verdict.retrainingRequired).toBe(true);
  });

  it('FA-3 holding valid passes of both subjects does not fail FA-3; FA-4 refuses the request instead', () => {
    const verdict = evaluateEligibility(
      withRotationEnd('2021-05-31', {
        history: [attempt('THEORY', 2023, 'PASSED'), attempt('SKILLS', 2022, 'PASSED')],
        requestedSubjects: ['SKILLS'],
      }),
    );
    expect(check(verdict, 'FA-3').outcome).toBe('PASS');
    expect(check(verdict, 'FA-3').explanation.en).toContain('three-year limit does not apply');
    expect(check(verdict, 'FA-4').outcome).toBe('FAIL');
    expect(verdict.retrainingRequired).toBe(false);
    expect(verdict.failedRules).toEqual(['FA-2.rotation', 'FA-4']);
  });

  it('FA-3 rotation ending in the session year itself (R) is allowed', () => {
    const c = check(evaluateEligibility(withRotationEnd('2024-11-30')), 'FA-3');
    expect(c.outcome).toBe('PASS');
    expect(c.data.lastAllowedYear).toBe(2026);
  });

  it('FA-3 an excepted three-year limit shows EXCEPTED and does not require retraining', () => {
    const verdict = evaluateEligibility(
      withRotationEnd('2021-05-31', { exceptions: [exception('FA-3'), exception('FA-2.rotation')] }),
    );
    const c = check(verdict, 'FA-3');
    expect(c.outcome).toBe('EXCEPTED');
    expect(c.exception).toEqual({ reason: '因公派援外延期', grantedBy: 'centre.admin', grantedAt: '2024-03-05T02:00:00.000Z' });
    expect(verdict.retrainingRequired).toBe(false);
    expect(verdict.eligible).toBe(true);
    expect(verdict.failedRules).toEqual([]);
  });
});

describe('FA-4 subjects', () => {
  it('FA-4 a first-timer must take both subjects', () => {
    const verdict = evaluateEligibility(input({ requestedSubjects: ['THEORY'] }));
    const c = check(verdict, 'FA-4');
    expect(c.outcome).toBe('FAIL');
    expect(c.data.problems).toEqual(['FIRST_TIME_NEEDS_BOTH']);
    expect(c.explanation.en).toBe('a first-time candidate must sign up for both subjects; missing SKILLS: not eligible');
    expect(c.explanation.zh).toContain('首次参加考核须同时报考两个科目');
  });

  it('FA-4 a first-timer requesting both passes, in any order', () => {
    const c = check(evaluateEligibility(input({ requestedSubjects: ['SKILLS', 'THEORY'] })), 'FA-4');
    expect(c.outcome).toBe('PASS');
    expect(c.data.firstTime).toBe(true);
  });

  const theoryPassed2023 = [attempt('THEORY', 2023, 'PASSED'), attempt('SKILLS', 2023, 'FAILED')];

  it('FA-4 a retaker with THEORY passed 2023 may take SKILLS only', () => {
    const verdict = evaluateEligibility(
      withRotationEnd('2023-06-30', { history: theoryPassed2023, requestedSubjects: ['SKILLS'] }),
    );
    const c = check(verdict, 'FA-4');
    expect(c.outcome).toBe('PASS');
    expect(c.data).toEqual({
      requestedSubjects: ['SKILLS'],
      offeredSubjects: ['THEORY', 'SKILLS'],
      neededSubjects: ['SKILLS'],
      firstTime: false,
      validPasses: ['THEORY 2023 (valid through 2025)'],
      problems: [],
    });
    expect(verdict.eligible).toBe(true);
  });

  it('FA-4 a retaker with THEORY passed 2023 is refused THEORY, naming the subject and its valid-through year', () => {
    const c = check(
      evaluateEligibility(withRotationEnd('2023-06-30', { history: theoryPassed2023, requestedSubjects: ['THEORY'] })),
      'FA-4',
    );
    expect(c.outcome).toBe('FAIL');
    expect(c.data.problems).toEqual(['STILL_VALID']);
    expect(c.explanation.en).toBe('THEORY passed in 2023 is valid through 2025, so signing up for it again is refused: not eligible');
    expect(c.explanation.zh).toBe('专业理论考试已于 2023 年通过，有效期至 2025 年底，不可重复报考：不符合');
  });

  it('FA-4 a retaker asking for both when THEORY is still valid is refused', () => {
    const c = check(
      evaluateEligibility(withRotationEnd('2023-06-30', { history: theoryPassed2023, requestedSubjects: ['THEORY', 'SKILLS'] })),
      'FA-4',
    );
    expect(c.outcome).toBe('FAIL');
    expect(c.data.problems).toEqual(['STILL_VALID']);
  });

  it('FA-4 THEORY passed 2021 expired for session 2024 (valid through 2023), so THEORY is needed again', () => {
    const verdict = evaluateEligibility(
      withRotationEnd('2022-06-30', {
        history: [attempt('THEORY', 2021, 'PASSED'), attempt('SKILLS', 2022, 'FAILED')],
        requestedSubjects: ['THEORY', 'SKILLS'],
      }),
    );
    expect(verdict.subjects.needed).toEqual(['THEORY', 'SKILLS']);
    expect(verdict.subjects.validPasses).toEqual([]);
    expect(check(verdict, 'FA-4').outcome).toBe('PASS');
  });

  it('FA-4 a voided pass does not count: THEORY may be taken again', () => {
    const verdict = evaluateEligibility(
      withRotationEnd('2023-06-30', {
        history: [attempt('THEORY', 2023, 'PASSED', true), attempt('SKILLS', 2023, 'FAILED')],
        requestedSubjects: ['THEORY'],
      }),
    );
    expect(verdict.subjects).toEqual({ firstTime: false, validPasses: [], needed: ['THEORY', 'SKILLS'] });
    expect(check(verdict, 'FA-4').outcome).toBe('PASS');
  });

  it('FA-4 a retaker may take just one of two needed subjects', () => {
    const verdict = evaluateEligibility(
      withRotationEnd('2023-06-30', { history: [attempt('THEORY', 2023, 'FAILED')], requestedSubjects: ['THEORY'] }),
    );
    expect(check(verdict, 'FA-4').outcome).toBe('PASS');
  });

  it('FA-4 requesting nothing is refused', () => {
    const c = check(evaluateEligibility(input({ requestedSubjects: [] })), 'FA-4');
    expect(c.outcome).toBe('FAIL');
    expect(c.data.problems).toEqual(['NONE_REQUESTED']);
    expect(c.explanation.en).toBe('no subject requested: not eligible');
  });

  it('FA-4 a duplicated subject is refused', () => {
    const c = check(evaluateEligibility(input({ requestedSubjects: ['THEORY', 'SKILLS', 'THEORY'] })), 'FA-4');
    expect(c.outcome).toBe('FAIL');
    expect(c.data.problems).toEqual(['DUPLICATE']);
  });

  it('FA-4 a subject not offered by the session is refused', () => {
    const c = check(
      evaluateEligibility(
        withRotationEnd('2023-06-30', {
          session: { ...fujian2024, offeredSubjects: ['THEORY'] },
          history: theoryPassed2023,
          requestedSubjects: ['SKILLS'],
        }),
      ),
      'FA-4',
    );
    expect(c.outcome).toBe('FAIL');
    expect(c.data.problems).toEqual(['NOT_OFFERED']);
    expect(c.explanation.en).toBe('SKILLS is not offered in this session: not eligible');
  });

  it('FA-4 is not exceptable: an exception for it is ignored', () => {
    const verdict = evaluateEligibility(input({ requestedSubjects: ['THEORY'], exceptions: [exception('FA-4')] }));
    expect(check(verdict, 'FA-4').outcome).toBe('FAIL');
    expect(verdict.failedRules).toEqual(['FA-4']);
  });
});

describe('FA-5 once a year', () => {
  it('FA-5 an active sign-up for the same subject in another session of the year is refused', () => {
    const verdict = evaluateEligibility(input({ otherSignupsSameYear: [{ sessionId: 7, subjects: ['THEORY'] }] }));
    const c = check(verdict, 'FA-5');
    expect(c.outcome).toBe('FAIL');
    expect(c.data).toEqual({
      sessionYear: 2024,
      requestedSubjects: ['THEORY', 'SKILLS'],
      overlappingSubjects: ['THEORY'],
      conflictingSessionIds: ['7'],
    });
    expect(c.explanation.en).toBe(
      'already signed up in 2024 for THEORY in session 7; one sitting per subject per year: not eligible',
    );
    expect(verdict.failedRules).toEqual(['FA-5']);
  });

  it('FA-5 another session with a different subject is no overlap', () => {
    const verdict = evaluateEligibility(
      withRotationEnd('2023-06-30', {
        history: [attempt('THEORY', 2023, 'FAILED'), attempt('SKILLS', 2023, 'FAILED')],
        requestedSubjects: ['SKILLS'],
        otherSignupsSameYear: [{ sessionId: 7, subjects: ['THEORY'] }],
      }),
    );
    expect(check(verdict, 'FA-5').outcome).toBe('PASS');
    expect(check(verdict, 'FA-5').data.overlappingSubjects).toEqual([]);
  });

  it('FA-5 is not exceptable', () => {
    const verdict = evaluateEligibility(
      input({ otherSignupsSameYear: [{ sessionId: 7, subjects: ['SKILLS'] }], exceptions: [exception('FA-5')] }),
    );
    expect(check(verdict, 'FA-5').outcome).toBe('FAIL');
  });
});

describe('FA-6 profile and photo', () => {
  it.each<[string, Partial<ProfileFacts>, string[]]>([
    ['empty name', { name: '' }, ['name']],
    ['blank name', { name: '  ' }, ['name']],
    ['no sex', { sex: null }, ['sex']],
    ['no birth date', { birthDate: null }, ['birthDate']],
    ['no phone', { phone: null }, ['phone']],
    ['blank phone', { phone: ' ' }, ['phone']],
    ['no base', { baseId: null }, ['baseId']],
    ['no cohort', { cohort: null }, ['cohort']],
    ['blank cohort', { cohort: '' }, ['cohort']],
    ['no photo', { hasPhoto: false }, ['photo']],
  ])('FA-6 %s fails and lists exactly what is missing', (_label, override, missing) => {
    const verdict = evaluateEligibility(input({ profile: { ...completeProfile, ...override } }));
    const c = check(verdict, 'FA-6');
    expect(c.outcome).toBe('FAIL');
    expect(c.data.missing).toEqual(missing);
    expect(verdict.failedRules).toEqual(['FA-6']);
  });

  it('FA-6 a missing photo is named in both languages', () => {
    const c = check(evaluateEligibility(input({ profile: { ...completeProfile, hasPhoto: false } })), 'FA-6');
    expect(c.data.hasPhoto).toBe(false);
    expect(c.explanation.zh).toBe('个人信息不完整，缺少：二寸白底彩色证件照：不符合');
    expect(c.explanation.en).toBe('profile incomplete, missing: 2-inch colour ID photo: not eligible');
  });

  it('FA-6 everything missing lists every field in a stable order', () => {
    const c = check(
      evaluateEligibility(
        input({
          profile: { name: '', sex: null, birthDate: null, phone: null, baseId: null, cohort: null, hasPhoto: false },
        }),
      ),
      'FA-6',
    );
    expect(c.data.missing).toEqual(['name', 'sex', 'birthDate', 'phone', 'baseId', 'cohort', 'photo']);
  });

  it('FA-6 a complete profile with a photo passes', () => {
    const c = check(evaluateEligibility(input()), 'FA-6');
    expect(c.outcome).toBe('PASS');
    expect(c.data).toEqual({ missing: [], hasPhoto: true });
  });

  it('FA-6 is not exceptable: an exception for it is ignored', () => {
    const verdict = evaluateEligibility(input({ profile: { ...completeProfile, hasPhoto: false }, exceptions: [exception('FA-6')] }));
    expect(check(verdict, 'FA-6').outcome).toBe('FAIL');
    expect(verdict.eligible).toBe(false);
  });
});

describe('FA-14 exceptions', () => {
  it('FA-14 only the rotation, phase theory, process and three-year rules are exceptable', () => {
    expect(EXCEPTABLE_RULES).toEqual(['FA-2.rotation', 'FA-2.phase-theory', 'FA-2.process', 'FA-3']);
  });

  it.each<[EligibilityRuleId, Partial<EligibilityInput>]>([
    ['FA-2.rotation', { trainee: { rotationEndDate: '2024-12-15', phaseTheoryPassed: true, processAssessmentPassed: true } }],
    ['FA-2.phase-theory', { trainee: { rotationEndDate: '2024-06-30', phaseTheoryPassed: false, processAssessmentPassed: true } }],
    ['FA-2.process', { trainee: { rotationEndDate: '2024-06-30', phaseTheoryPassed: true, processAssessmentPassed: false } }],
  ])('FA-14 an exception turns a failing %s into EXCEPTED and the trainee becomes eligible', (rule, override) => {
    const failing = evaluateEligibility(input(override));
    expect(check(failing, rule).outcome).toBe('FAIL');

    const verdict = evaluateEligibility(input({ ...override, exceptions: [exception(rule)] }));
    const c = check(verdict, rule);
    expect(c.outcome).toBe('EXCEPTED');
    expect(c.data).toEqual(check(failing, rule).data);
    expect(c.exception).toEqual({ reason: '因公派援外延期', grantedBy: 'centre.admin', grantedAt: '2024-03-05T02:00:00.000Z' });
    expect(c.explanation.en).toContain('exception granted by centre.admin at 2024-03-05T10:00:00+08:00: 因公派援外延期');
    expect(c.explanation.zh).toContain('中心已批准例外');
    expect(verdict.eligible).toBe(true);
    expect(verdict.failedRules).toEqual([]);
  });

  it('FA-14 an exception for a passing rule leaves it PASS without exception data', () => {
    const c = check(evaluateEligibility(input({ exceptions: [exception('FA-2.rotation')] })), 'FA-2.rotation');
    expect(c.outcome).toBe('PASS');
    expect(c).not.toHaveProperty('exception');
  });

  it('FA-14 an exception for one rule does not lift another', () => {
    const verdict = evaluateEligibility(
      input({
        trainee: { rotationEndDate: '2024-12-15', phaseTheoryPassed: false, processAssessmentPassed: true },
        exceptions: [exception('FA-2.rotation')],
      }),
    );
    expect(check(verdict, 'FA-2.rotation').outcome).toBe('EXCEPTED');
    expect(check(verdict, 'FA-2.phase-theory').outcome).toBe('FAIL');
    expect(verdict.failedRules).toEqual(['FA-2.phase-theory']);
  });

  it('FA-14 of two exceptions for the same rule the most recent one is shown', () => {
    const c = check(
      evaluateEligibility(
        withRotationEnd('2024-12-15', {
          exceptions: [
            exception('FA-2.rotation', '2024-03-06T00:00:00.000Z', 'newer'),
            exception('FA-2.rotation', '2024-03-05T00:00:00.000Z', 'older'),
          ],
        }),
      ),
      'FA-2.rotation',
    );
    expect(c.exception?.reason).toBe('newer');
  });
});
