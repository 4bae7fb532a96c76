import { SkillsPassRule, SkillsScores } from '../rules/skills-score.rules';
import { THEORY_SCORE_NOTICE, TheoryPassRule } from '../rules/theory-score.rules';
import { candidateSubjectResult, CandidateAttemptRow, correctionShapeProblems, decideSkills, decideTheory, recheckRefusal, scoreSnapshot } from './results.rules';

const SKILLS_RULE: SkillsPassRule = {
  totalPassLine: 240,
  stationMinimums: { CASE_ANALYSIS: 50, MEDICAL_RECORD: 50, AUX_EXAM_READING: 50, BASIC_PROCEDURES: 50 },
  stationMaximums: { CASE_ANALYSIS: 100, MEDICAL_RECORD: 100, AUX_EXAM_READING: 100, BASIC_PROCEDURES: 100 },
  criticalItems: ['BASIC_PROCEDURES.aseptic', 'BASIC_PROCEDURES.patient-safety'],
};
const THEORY_RULE: TheoryPassRule = { passLine: 60, maxScore: 100, maxDecimalPlaces: 1 };

const scores = (stations: [number | null, number | null, number | null, number | null], failedCriticalItems: string[] = []): SkillsScores => ({
  stations: { CASE_ANALYSIS: stations[0], MEDICAL_RECORD: stations[1], AUX_EXAM_READING: stations[2], BASIC_PROCEDURES: stations[3] },
  failedCriticalItems,
});

describe('decideSkills (SC-2)', () => {
  it('SC-2 a pass stores the total as DECIMAL text, the stations and no failed items', () => {
    const decision = decideSkills(scores([80, 75.5, 70, 68]), SKILLS_RULE);
    expect(decision.ok && decision.fields).toEqual({
      outcome: 'PASSED',
      score: '293.50',
      stationScores: { CASE_ANALYSIS: 80, MEDICAL_RECORD: 75.5, AUX_EXAM_READING: 70, BASIC_PROCEDURES: 68 },
      failedCriticalItems: [],
    });
  });

  it('SC-2 float noise in the total never reaches the database (0.1 + 0.2 → "0.30")', () => {
    const decision = decideSkills(scores([0.1, 0.2, 0, 0]), SKILLS_RULE);
    expect(decision.ok && decision.fields.score).toBe('0.30');
    expect(decision.ok && decision.fields.outcome).toBe('FAILED');
  });

  it('SC-2 a failed critical item fails a high total; repeated items are stored once, sorted', () => {
    const decision = decideSkills(scores([90, 90, 90, 90], ['BASIC_PROCEDURES.patient-safety', 'BASIC_PROCEDURES.aseptic', 'BASIC_PROCEDURES.aseptic']), SKILLS_RULE);
    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(decision.fields.outcome).toBe('FAILED');
    expect(decision.fields.failedCriticalItems).toEqual(['BASIC_PROCEDURES.aseptic', 'BASIC_PROCEDURES.patient-safety']);
    expect(decision.judgement?.reasons.map((r) => r.code)).toEqual(['CRITICAL_ITEM_FAILED', 'CRITICAL_ITEM_FAILED']);
  });

  it('SC-2 absent from every station → ABSENT with no score', () => {
    const decision = decideSkills(scores([null, null, null, null]), SKILLS_RULE);
    expect(decision.ok && decision.fields).toMatchObject({ outcome: 'ABSENT', score: null });
  });

  it('SC-2 bad values come back as every problem with its station, nothing to store', () => {
    const decision = decideSkills(scores([120, -1, 70, 68], ['BASIC_PROCEDURES.unknown']), SKILLS_RULE);
    expect(decision.ok).toBe(false);
    if (decision.ok) return;
    expect(decision.problems.map((p) => [p.code, p.station])).toEqual([
      ['SCORE_OUT_OF_RANGE', 'CASE_ANALYSIS'],
      ['SCORE_OUT_OF_RANGE', 'MEDICAL_RECORD'],
      ['UNKNOWN_CRITICAL_ITEM', null],
    ]);
    expect(decision.problems[0].explanation.zh).toContain('病例分析');
  });
});

describe('decideTheory (SC-1)', () => {
  it.each<[number | null, string, string | null]>([
    [60, 'PASSED', '60.00'],
    [59.9, 'FAILED', '59.90'],
    [null, 'ABSENT', null],
  ])('SC-1 %s → %s stored as %s', (score, outcome, stored) => {
    const decision = decideTheory(score, THEORY_RULE);
    expect(decision.ok && decision.fields).toEqual({ outcome, score: stored, stationScores: null, failedCriticalItems: null });
  });

  it('SC-1 a score with more decimals than the report format is refused', () => {
    const decision = decideTheory(61.25, THEORY_RULE);
    expect(!decision.ok && decision.problems.map((p) => p.code)).toEqual(['SCORE_TOO_PRECISE']);
  });
});

describe('correctionShapeProblems', () => {
  const allStations = { CASE_ANALYSIS: 80, MEDICAL_RECORD: 75, AUX_EXAM_READING: null, BASIC_PROCEDURES: 68 };

  it('THEORY takes a score (null = absent) and nothing of the skills', () => {
    expect(correctionShapeProblems('THEORY', { score: 70 })).toEqual([]);
    expect(correctionShapeProblems('THEORY', { score: null })).toEqual([]);
    expect(correctionShapeProblems('THEORY', {})).toHaveLength(1);
    expect(correctionShapeProblems('THEORY', { score: 70, stations: allStations })).toHaveLength(1);
  });

  it('SKILLS takes all four stations and the critical items, never a bare score', () => {
    expect(correctionShapeProblems('SKILLS', { stations: allStations, failedCriticalItems: [] })).toEqual([]);
    expect(correctionShapeProblems('SKILLS', { score: 300, stations: allStations, failedCriticalItems: [] })).toHaveLength(1);
    expect(correctionShapeProblems('SKILLS', { stations: { CASE_ANALYSIS: 80 }, failedCriticalItems: [] })).toEqual([
      'stations.MEDICAL_RECORD is required (null = absent)',
      'stations.AUX_EXAM_READING is required (null = absent)',
      'stations.BASIC_PROCEDURES is required (null = absent)',
    ]);
    expect(correctionShapeProblems('SKILLS', { stations: allStations })).toHaveLength(1);
  });
});

describe('candidateSubjectResult (SC-4, SC-3, SC-8)', () => {
  const row = (overrides: Partial<CandidateAttemptRow>): CandidateAttemptRow => ({
    subject: 'THEORY',
    year: 2024,
    outcome: 'PASSED',
    score: '72.50',
    stationScores: null,
    voided: false,
    voidKind: null,
    voidReason: null,
    ...overrides,
  });

  it('SC-3 a pass in 2024 is valid through 2026-12-31; THEORY carries the no-recheck notice', () => {
    expect(candidateSubjectResult(row({}))).toMatchObject({ score: 72.5, validUntil: '2026-12-31', outcomeLabel: { zh: '合格' }, notice: THEORY_SCORE_NOTICE });
  });

  it('SC-4 a fail or an absence has no validity; SKILLS shows stations and no notice', () => {
    expect(candidateSubjectResult(row({ outcome: 'FAILED', score: '40.00' })).validUntil).toBeNull();
    const skills = candidateSubjectResult(row({ subject: 'SKILLS', outcome: 'ABSENT', score: null, stationScores: { CASE_ANALYSIS: null } }));
    expect(skills).toMatchObject({ score: null, validUntil: null, notice: null, stationScores: { CASE_ANALYSIS: null }, outcomeLabel: { zh: '缺考' } });
  });

  it('SC-8 a voided pass shows the kind and reason and is valid for nothing', () => {
    const voided = candidateSubjectResult(row({ voided: true, voidKind: 'VIOLATION', voidReason: '携带通讯工具' }));
    expect(voided).toMatchObject({ voided: true, voidKind: 'VIOLATION', voidReason: '携带通讯工具', validUntil: null });
    expect(voided.voidKindLabel?.zh).toContain('违反考试纪律');
  });
});

describe('recheckRefusal', () => {
  it('SC-1 THEORY recheck requests are refused with the notice; SKILLS with its own message', () => {
    expect(recheckRefusal('THEORY')).toBe('RECHECK_NOT_ACCEPTED');
    expect(recheckRefusal('SKILLS')).toBe('RECHECK_NOT_AVAILABLE');
  });
});

describe('scoreSnapshot (FA-13)', () => {
  it('keeps exactly what an audit record compares before and after', () => {
    const snapshot = scoreSnapshot({ outcome: 'FAILED', score: '55.00', stationScores: null, failedCriticalItems: null, source: 'IMPORT', version: 3 });
    expect(snapshot).toEqual({ outcome: 'FAILED', score: '55.00', stationScores: null, failedCriticalItems: null, source: 'IMPORT', version: 3 });
  });
});
