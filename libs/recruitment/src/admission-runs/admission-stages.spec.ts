import { admit, Applicant, TrackQuota } from '../admission';
import { admissionConfigOf } from '../rounds';
import { referenceRound } from '../testing/reference-rounds';
import {
  admissionStages,
  chooseStage,
  finalStage,
  roundsThrough,
  SettledAdmission,
  settledDrift,
  stageVisibleAt,
  visibleRun,
  withoutSettledScores,
} from './admission-stages';

const chongqing = referenceRound('chongqing-2025');
const fujian = referenceRound('fujian-2025');
const beijing = (text: string) => new Date(`${text}+08:00`);

describe('RC-6 admission stages: which stages a round has', () => {
  it('RC-6 sequential choices with adjustment stop after the first choice, the second, or adjustment (Chongqing)', () => {
    expect(admissionStages(chongqing)).toEqual(['FIRST', 'SECOND', 'ADJUSTMENT']);
    expect(finalStage(chongqing)).toBe('ADJUSTMENT');
    expect(roundsThrough(chongqing, 'SECOND')).toEqual(['FIRST', 'SECOND']);
  });

  it('RC-6 central parallel admission has the parallel round, then adjustment (Fujian)', () => {
    expect(admissionStages(fujian)).toEqual(['PARALLEL', 'ADJUSTMENT']);
    expect(roundsThrough(fujian, 'PARALLEL')).toEqual(['PARALLEL']);
  });

  it('RC-6 without adjustment the last choice round is final', () => {
    const noAdjustment = { ...chongqing, admissionRules: { ...chongqing.admissionRules, adjustment: { ...chongqing.admissionRules.adjustment, enabled: false } } };
    expect(admissionStages(noAdjustment)).toEqual(['FIRST', 'SECOND']);
    expect(finalStage(noAdjustment)).toBe('SECOND');
  });
});

describe('RC-6 admission stages: when each stage shows (Chongqing notice: 04-26, 04-28, 04-30)', () => {
  it('RC-6 a choice round shows from its own results day', () => {
    expect(stageVisibleAt(chongqing, 'FIRST')).toEqual(beijing('2025-04-26T00:00:00'));
    expect(stageVisibleAt(chongqing, 'SECOND')).toEqual(beijing('2025-04-28T00:00:00'));
  });

  it('RC-6 the final stage shows from the round’s results time', () => {
    expect(stageVisibleAt(chongqing, 'ADJUSTMENT')).toEqual(beijing('2025-04-30T00:00:00'));
  });

  it('RC-6 a round without a per-round schedule shows every stage from its results time (Fujian)', () => {
    expect(stageVisibleAt(fujian, 'PARALLEL')).toEqual(fujian.admission.resultsVisibleAt);
    expect(stageVisibleAt(fujian, 'ADJUSTMENT')).toEqual(fujian.admission.resultsVisibleAt);
  });
});

describe('RC-6 admission stages: the stage a new run is for', () => {
  it('RC-6 without a stage asked, the run covers every remaining round', () => {
    expect(chooseStage(chongqing, null, undefined)).toEqual({ ok: true, through: 'ADJUSTMENT' });
    expect(chooseStage(chongqing, 'FIRST', undefined)).toEqual({ ok: true, through: 'ADJUSTMENT' });
  });

  it('RC-6 a stage after the last published is accepted, stages may be skipped', () => {
    expect(chooseStage(chongqing, null, 'FIRST')).toEqual({ ok: true, through: 'FIRST' });
    expect(chooseStage(chongqing, 'FIRST', 'SECOND')).toEqual({ ok: true, through: 'SECOND' });
    expect(chooseStage(chongqing, null, 'SECOND')).toEqual({ ok: true, through: 'SECOND' });
  });

  it('RC-6 a stage already published, or one before it, is refused', () => {
    expect(chooseStage(chongqing, 'FIRST', 'FIRST')).toEqual({ ok: false, code: 'ADMISSION_ALREADY_PUBLISHED', published: 'FIRST' });
    expect(chooseStage(chongqing, 'SECOND', 'FIRST')).toEqual({ ok: false, code: 'ADMISSION_ALREADY_PUBLISHED', published: 'SECOND' });
    expect(chooseStage(chongqing, 'ADJUSTMENT', undefined)).toEqual({ ok: false, code: 'ADMISSION_ALREADY_PUBLISHED', published: 'ADJUSTMENT' });
  });

  it('RC-6 a stage of the other mechanism is refused with the round’s stages', () => {
    expect(chooseStage(chongqing, null, 'PARALLEL')).toEqual({ ok: false, code: 'ADMISSION_STAGE_INVALID', stages: ['FIRST', 'SECOND', 'ADJUSTMENT'] });
    expect(chooseStage(fujian, null, 'FIRST')).toEqual({ ok: false, code: 'ADMISSION_STAGE_INVALID', stages: ['PARALLEL', 'ADJUSTMENT'] });
  });
});

// Two bases with one seat each; base 1 is everybody's first choice.
const TRACKS: TrackQuota[] = [
  { baseId: 1, applicantType: null, quota: 1, cityId: null },
  { baseId: 2, applicantType: null, quota: 1, cityId: null },
];
const applicant = (id: number, first: number, second: number, adjustment = 50): Applicant => ({
  id,
  type: 'EMPLOYED',
  choices: [1, 2],
  acceptsAdjustment: true,
  scores: {
    assessments: [
      { round: 'FIRST', baseId: 1, score: first },
      { round: 'SECOND', baseId: 2, score: second },
    ],
    adjustment,
  },
});
const config = (through?: 'FIRST' | 'SECOND' | 'ADJUSTMENT') => admissionConfigOf(chongqing, 'seed-for-stages', through);
const settledOf = (result: ReturnType<typeof admit>): SettledAdmission[] =>
  result.admissions.map((each) => ({ applicationId: each.applicantId, baseId: each.track.baseId, applicantType: 'EMPLOYED', admittedBy: each.round }));

describe('RC-6 admission stages: earlier rounds are never reconsidered', () => {
  const applicants = [applicant(1, 90, 70), applicant(2, 80, 85), applicant(3, 60, 60)];

  it('RC-6 a later stage with the same inputs and seed keeps every published admission', () => {
    const first = admit({ tracks: TRACKS, applicants, config: config('FIRST') });
    expect(first.admissions.map((each) => [each.applicantId, each.round])).toEqual([[1, 'FIRST']]);
    const second = admit({ tracks: TRACKS, applicants, config: config('SECOND') });
    expect(settledDrift(settledOf(first), second, ['FIRST'])).toEqual([]);
    expect(second.admissions.map((each) => [each.applicantId, each.round])).toEqual([
      [1, 'FIRST'],
      [2, 'SECOND'],
    ]);
  });

  it('RC-6 a newcomer after the first stage loses their first-round score and cannot take a published seat', () => {
    const first = admit({ tracks: TRACKS, applicants, config: config('FIRST') });
    // Approved after the first-choice results, with a better first-choice score than the one admitted.
    const late = applicant(4, 99, 10);
    const inputs = withoutSettledScores([...applicants, late], { rounds: ['FIRST'], ranked: new Set([1, 2, 3]) });
    expect(inputs.find((each) => each.id === 4)?.scores.assessments).toEqual([{ round: 'SECOND', baseId: 2, score: 10 }]);
    expect(inputs.find((each) => each.id === 1)).toBe(applicants[0]);
    const second = admit({ tracks: TRACKS, applicants: inputs, config: config('SECOND') });
    expect(settledDrift(settledOf(first), second, ['FIRST'])).toEqual([]);
    // Without dropping the score, the newcomer would take the published first-choice seat (and 1 would lose any).
    const unfair = admit({ tracks: TRACKS, applicants: [...applicants, late], config: config('SECOND') });
    expect(settledDrift(settledOf(first), unfair, ['FIRST'])).toEqual([
      { applicationId: 1, published: { baseId: 1, round: 'FIRST' }, now: null },
      { applicationId: 4, published: null, now: { baseId: 1, round: 'FIRST' } },
    ]);
  });

  it('RC-6 a newcomer after the parallel round has no ranking score; the adjustment score stays for its own round', () => {
    const late: Applicant = { id: 9, type: 'INDEPENDENT', choices: [1], acceptsAdjustment: true, scores: { ranking: 88, adjustment: 70 } };
    const [parallelSettled] = withoutSettledScores([late], { rounds: ['PARALLEL'], ranked: new Set() });
    expect(parallelSettled.scores).toEqual({ ranking: null, adjustment: 70 });
    const [nothingSettled] = withoutSettledScores([late], { rounds: [], ranked: new Set() });
    expect(nothingSettled).toEqual(late);
  });

  it('RC-6 a published admission lost in the new run is reported as drift', () => {
    const first = admit({ tracks: TRACKS, applicants, config: config('FIRST') });
    const withoutAdmitted = admit({ tracks: TRACKS, applicants: applicants.filter((each) => each.id !== 1), config: config('SECOND') });
    expect(settledDrift(settledOf(first), withoutAdmitted, ['FIRST'])).toEqual([
      { applicationId: 1, published: { baseId: 1, round: 'FIRST' }, now: null },
      { applicationId: 2, published: null, now: { baseId: 1, round: 'FIRST' } },
    ]);
  });
});

describe('RC-6 admission stages: which published stage an applicant reads', () => {
  const runs = [
    { id: 1, through: 'FIRST' as const, visibleAt: beijing('2025-04-26T00:00:00') },
    { id: 2, through: 'SECOND' as const, visibleAt: beijing('2025-04-28T00:00:00') },
  ];

  it('RC-6 before the first stage shows, none, with the time it will', () => {
    expect(visibleRun(runs, beijing('2025-04-25T23:59:59'))).toEqual({ run: null, nextVisibleAt: runs[0].visibleAt });
  });

  it('RC-6 the latest visible stage, even when a later one is published but not yet shown', () => {
    expect(visibleRun(runs, beijing('2025-04-27T10:00:00'))).toEqual({ run: runs[0], nextVisibleAt: runs[1].visibleAt });
    expect(visibleRun(runs, beijing('2025-04-28T00:00:00'))).toEqual({ run: runs[1], nextVisibleAt: null });
  });

  it('RC-6 a stage without a results time shows as soon as it is published', () => {
    expect(visibleRun([{ through: 'ADJUSTMENT' as const, visibleAt: null }], beijing('2025-01-01T00:00:00')).run).toEqual({ through: 'ADJUSTMENT', visibleAt: null });
  });
});
