import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareCandidates, decidingKey, lotteryTicket } from './admission-ranking';
import { admit } from './admission.rules';
import {
  AdjustmentConfig,
  Admission,
  AdmissionConfig,
  AdmissionInput,
  AdmissionResult,
  Applicant,
  ApplicantExplanation,
  ApplicantType,
  AssessmentScore,
  SecondKey,
  TrackQuota,
} from './admission.types';

// ---------- builders ----------

const SEED = 'recruitment-2025';
// sha256("recruitment-2025:<id>") starts 51e39883… (1), 4f6addb6… (2), 5893ee31… (3): the lottery orders 2, 1, 3.

const NO_ADJUSTMENT: AdjustmentConfig = { enabled: false, preference: 'NONE', rankBy: 'RANKING_SCORE' };

function config(partial: Partial<AdmissionConfig> = {}): AdmissionConfig {
  return {
    mechanism: 'SEQUENTIAL_CHOICES',
    adjustment: NO_ADJUSTMENT,
    tieBreak: { secondKey: { kind: 'NONE' }, lotterySeed: SEED },
    ...partial,
  };
}

function track(baseId: number, quota: number, applicantType: ApplicantType | null = null, cityId: number | null = null): TrackQuota {
  return { baseId, applicantType, quota, cityId };
}

interface ApplicantOptions {
  type?: ApplicantType;
  accepts?: boolean;
  city?: number | null;
  /** Sequential: the score of choice 1 in the FIRST round and of choice 2 in the SECOND round. */
  first?: number;
  second?: number;
  ranking?: number;
  adjustment?: number;
  submittedAt?: string;
  fields?: Record<string, number>;
}

function applicant(id: number, choices: number[], options: ApplicantOptions = {}): Applicant {
  const assessments: AssessmentScore[] = [];
  if (options.first !== undefined && choices[0] !== undefined) assessments.push({ round: 'FIRST', baseId: choices[0], score: options.first });
  if (options.second !== undefined && choices[1] !== undefined) assessments.push({ round: 'SECOND', baseId: choices[1], score: options.second });
  return {
    id,
    type: options.type ?? 'EMPLOYED',
    choices,
    acceptsAdjustment: options.accepts ?? false,
    cityId: options.city ?? null,
    submittedAt: options.submittedAt ? new Date(options.submittedAt) : null,
    fields: options.fields,
    scores: { assessments, ranking: options.ranking ?? null, adjustment: options.adjustment ?? null },
  };
}

const admittedTo = (result: AdmissionResult): Record<number, string> =>
  Object.fromEntries(
    result.admissions.map((admission: Admission) => [
      admission.applicantId,
      `${admission.round}@${admission.track.baseId}${admission.track.applicantType ? `/${admission.track.applicantType}` : ''}`,
    ]),
  );

const explanationOf = (result: AdmissionResult, applicantId: number): ApplicantExplanation => {
  const found = result.explanations.find((explanation) => explanation.applicantId === applicantId);
  if (!found) throw new Error(`no explanation for ${applicantId}`);
  return found;
};

// ---------- tie-break ----------

describe('RC-6 ranking and tie-break', () => {
  it('RC-6 the lottery ticket is SHA-256 of "<seed>:<id>", first 16 hex digits: recomputable from the recorded seed', () => {
    expect(lotteryTicket(SEED, 1)).toBe('51e39883e116e7ad');
    expect(lotteryTicket(SEED, 2)).toBe('4f6addb65e99ed71');
    expect(lotteryTicket(SEED, 42)).toBe('379b18fe3426af78');
    expect(lotteryTicket('招录2025', 7)).toBe('4397246d5339cbf2');
  });

  it('RC-6 order: score, then second key (missing last), then lottery, then id', () => {
    const entry = (applicantId: number, score: number, secondKey: number | null, ticket: string) => ({ applicantId, score, secondKey, lotteryTicket: ticket });
    const ranked = [
      entry(1, 80, null, '0000000000000000'),
      entry(2, 80, 5, 'ffffffffffffffff'),
      entry(3, 90, null, 'ffffffffffffffff'),
      entry(4, 80, 5, '0000000000000001'),
      entry(5, 80, null, '0000000000000000'),
    ].sort(compareCandidates);
    expect(ranked.map((each) => each.applicantId)).toEqual([3, 4, 2, 1, 5]);
    expect(decidingKey(ranked[0], ranked[1])).toBe('SCORE');
    expect(decidingKey(ranked[1], ranked[3])).toBe('SECOND_KEY');
    expect(decidingKey(ranked[1], ranked[2])).toBe('LOTTERY');
    expect(decidingKey(ranked[3], ranked[4])).toBe('LOTTERY');
  });

  it('RC-6 a full tie on score is decided by the seeded lottery; the explanation says so and carries the ticket', () => {
    const result = admit({
      tracks: [track(10, 1)],
      applicants: [applicant(1, [10], { first: 80 }), applicant(2, [10], { first: 80 }), applicant(3, [10], { first: 80 })],
      config: config(),
    });
    expect(admittedTo(result)).toEqual({ 2: 'FIRST@10' });
    expect(explanationOf(result, 1).choices[0]).toMatchObject({ note: 'TRACK_FULL_BEFORE_TURN', rank: 2, lastAdmittedRank: 1, decidedBy: 'LOTTERY' });
    expect(explanationOf(result, 3).choices[0]).toMatchObject({ rank: 3, decidedBy: 'LOTTERY' });
    expect(explanationOf(result, 2).lotteryTicket).toBe('4f6addb65e99ed71');
    expect(result.tieBreak).toEqual({ secondKey: { kind: 'NONE' }, lotterySeed: SEED });
  });

  it('RC-6 another seed may draw another winner, and the same seed always the same one', () => {
    const applicants = Array.from({ length: 8 }, (_, index) => applicant(index + 1, [10], { first: 70 }));
    const winner = (seed: string) =>
      admit({ tracks: [track(10, 1)], applicants, config: config({ tieBreak: { secondKey: { kind: 'NONE' }, lotterySeed: seed } }) }).admissions[0].applicantId;
    const winners = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(winner));
    expect(winners.size).toBeGreaterThan(1);
    expect(winner('a')).toBe(winner('a'));
  });

  it('RC-6 with SUBMITTED_EARLIER the earlier submission wins a tie before any lottery; no time ranks last', () => {
    const secondKey: SecondKey = { kind: 'SUBMITTED_EARLIER' };
    const result = admit({
      tracks: [track(10, 2)],
      applicants: [
        applicant(1, [10], { first: 80, submittedAt: '2025-07-03T09:00:00+08:00' }),
        applicant(2, [10], { first: 80 }),
        applicant(3, [10], { first: 80, submittedAt: '2025-07-01T09:00:00+08:00' }),
        applicant(4, [10], { first: 79, submittedAt: '2025-07-01T08:00:00+08:00' }),
      ],
      config: config({ tieBreak: { secondKey, lotterySeed: SEED } }),
    });
    expect(admittedTo(result)).toEqual({ 1: 'FIRST@10', 3: 'FIRST@10' });
    expect(explanationOf(result, 2).choices[0]).toMatchObject({ rank: 3, decidedBy: 'SECOND_KEY' });
    expect(explanationOf(result, 4).choices[0]).toMatchObject({ rank: 4, decidedBy: 'SCORE' });
  });

  it('RC-6 a configured field breaks ties in its stated direction', () => {
    const applicants = [applicant(1, [10], { first: 80, fields: { written: 60 } }), applicant(2, [10], { first: 80, fields: { written: 90 } })];
    const higher = admit({
      tracks: [track(10, 1)],
      applicants,
      config: config({ tieBreak: { secondKey: { kind: 'FIELD', field: 'written', order: 'HIGHER_FIRST', label: '笔试成绩' }, lotterySeed: SEED } }),
    });
    const lower = admit({
      tracks: [track(10, 1)],
      applicants,
      config: config({ tieBreak: { secondKey: { kind: 'FIELD', field: 'written', order: 'LOWER_FIRST', label: '年龄' }, lotterySeed: SEED } }),
    });
    expect(admittedTo(higher)).toEqual({ 2: 'FIRST@10' });
    expect(admittedTo(lower)).toEqual({ 1: 'FIRST@10' });
  });
});

// ---------- sequential choice rounds ----------

describe('RC-6 sequential choice rounds', () => {
  it('RC-6 first-choice round: each base ranks its first-choice applicants by its own score and admits up to its quota', () => {
    const result = admit({
      tracks: [track(10, 2), track(20, 1)],
      applicants: [
        applicant(1, [10], { first: 70 }),
        applicant(2, [10], { first: 90 }),
        applicant(3, [10], { first: 85 }),
        applicant(4, [20], { first: 60 }),
        applicant(5, [20], { first: 61 }),
      ],
      config: config(),
    });
    expect(admittedTo(result)).toEqual({ 2: 'FIRST@10', 3: 'FIRST@10', 5: 'FIRST@20' });
    expect(explanationOf(result, 1).choices[0]).toMatchObject({
      considered: true,
      note: 'TRACK_FULL_BEFORE_TURN',
      score: 70,
      rank: 3,
      seatsAtStart: 2,
      lastAdmittedRank: 2,
      lastAdmittedScore: 85,
      decidedBy: 'SCORE',
    });
    expect(result.tracks[0]).toEqual({
      track: { baseId: 10, applicantType: null },
      cityId: null,
      quota: 2,
      rounds: [
        { round: 'FIRST', seatsAtStart: 2, considered: 3, admitted: 2, seatsLeft: 0, lastAdmittedRank: 2, lastAdmittedScore: 85 },
        { round: 'SECOND', seatsAtStart: 0, considered: 0, admitted: 0, seatsLeft: 0, lastAdmittedRank: null, lastAdmittedScore: null },
      ],
      seatsLeft: 0,
    });
  });

  it('RC-6 second-choice round fills only what the first left, and first-choice applicants come first whatever the scores', () => {
    const result = admit({
      tracks: [track(10, 1), track(20, 2)],
      applicants: [
        applicant(1, [10, 20], { first: 80, second: 99 }), // refused at 10, strong second-choice score at 20
        applicant(2, [10], { first: 95 }),
        applicant(3, [20], { first: 50 }), // weak, but 20 is the first choice
        applicant(4, [10, 20], { first: 60, second: 70 }),
      ],
      config: config(),
    });
    expect(admittedTo(result)).toEqual({ 2: 'FIRST@10', 3: 'FIRST@20', 1: 'SECOND@20' });
    const four = explanationOf(result, 4);
    expect(four.choices[1]).toMatchObject({ round: 'SECOND', note: 'TRACK_FULL_BEFORE_TURN', rank: 2, seatsAtStart: 1, lastAdmittedRank: 1, lastAdmittedScore: 99 });
    expect(four.admission).toBeNull();
  });

  it('RC-6 an applicant admitted in the first round is not considered in the second', () => {
    const result = admit({
      tracks: [track(10, 1), track(20, 1)],
      applicants: [applicant(1, [10, 20], { first: 90, second: 90 }), applicant(2, [30, 20], { first: 50, second: 10 })],
      config: config(),
    });
    expect(admittedTo(result)).toEqual({ 1: 'FIRST@10', 2: 'SECOND@20' });
    expect(explanationOf(result, 1).choices[1]).toMatchObject({ note: 'ADMITTED_EARLIER', considered: false, rank: null, track: null });
    expect(explanationOf(result, 2).choices[0]).toMatchObject({ note: 'BASE_NOT_IN_PLAN', baseId: 30, considered: false });
    expect(result.tracks[1].rounds[1]).toMatchObject({ round: 'SECOND', considered: 1, admitted: 1 });
  });

  it('RC-6 an applicant without the base\'s score for a round is not ranked there (NO_SCORE) and still goes on to the next round', () => {
    const result = admit({
      tracks: [track(10, 5), track(20, 5)],
      applicants: [applicant(1, [10, 20], { second: 70 })],
      config: config(),
    });
    expect(explanationOf(result, 1).choices[0]).toMatchObject({ note: 'NO_SCORE', considered: false, seatsAtStart: 5, track: { baseId: 10, applicantType: null } });
    expect(admittedTo(result)).toEqual({ 1: 'SECOND@20' });
  });

  it('RC-6 a score given for another base or another round is not read', () => {
    const odd: Applicant = {
      ...applicant(1, [10, 20]),
      scores: { assessments: [{ round: 'SECOND', baseId: 10, score: 99 }, { round: 'FIRST', baseId: 20, score: 99 }] },
    };
    const result = admit({ tracks: [track(10, 5), track(20, 5)], applicants: [odd], config: config() });
    expect(result.admissions).toEqual([]);
    expect(explanationOf(result, 1).choices.map((choice) => choice.note)).toEqual(['NO_SCORE', 'NO_SCORE']);
  });

  it('RC-6 quotas split by type: each type competes only for its own seats; a base without seats for the type says so', () => {
    const result = admit({
      tracks: [track(10, 1, 'EMPLOYED'), track(10, 1, 'INDEPENDENT'), track(20, 2, 'EMPLOYED')],
      applicants: [
        applicant(1, [10], { type: 'EMPLOYED', first: 90 }),
        applicant(2, [10], { type: 'EMPLOYED', first: 80 }),
        applicant(3, [10], { type: 'INDEPENDENT', first: 60 }),
        applicant(4, [20, 10], { type: 'INDEPENDENT', first: 99, second: 50 }),
      ],
      config: config(),
    });
    expect(admittedTo(result)).toEqual({ 1: 'FIRST@10/EMPLOYED', 3: 'FIRST@10/INDEPENDENT' });
    expect(explanationOf(result, 2).choices[0]).toMatchObject({ note: 'TRACK_FULL_BEFORE_TURN', track: { baseId: 10, applicantType: 'EMPLOYED' }, rank: 2 });
    expect(explanationOf(result, 4).choices[0]).toMatchObject({ note: 'NO_QUOTA_FOR_TYPE', baseId: 20, track: null });
    expect(explanationOf(result, 4).choices[1]).toMatchObject({ note: 'TRACK_FULL_BEFORE_TURN', seatsAtStart: 0, lastAdmittedRank: null, decidedBy: null });
    expect(result.tracks.map((each) => each.seatsLeft)).toEqual([0, 0, 2]);
  });

  it('RC-6 a track of quota 0 admits nobody; its applicants are ranked and told no seat was left', () => {
    const result = admit({ tracks: [track(10, 0)], applicants: [applicant(1, [10], { first: 100 })], config: config() });
    expect(result.admissions).toEqual([]);
    expect(explanationOf(result, 1).choices[0]).toMatchObject({ considered: true, note: 'TRACK_FULL_BEFORE_TURN', rank: 1, seatsAtStart: 0, lastAdmittedRank: null });
  });

  it('RC-6 an applicant with no choices and no adjustment is explained too', () => {
    const result = admit({ tracks: [track(10, 1)], applicants: [applicant(1, [])], config: config() });
    const explanation = explanationOf(result, 1);
    expect(explanation.choices.map((choice) => [choice.note, choice.baseId])).toEqual([
      ['NO_SUCH_CHOICE', null],
      ['NO_SUCH_CHOICE', null],
    ]);
    expect(explanation.adjustment.note).toBe('ADJUSTMENT_OFF');
    expect(explanation.admission).toBeNull();
  });

  it('RC-6 runThrough FIRST stops after the first round; the full run later admits the same applicants in it', () => {
    const input: AdmissionInput = {
      tracks: [track(10, 1), track(20, 1)],
      applicants: [applicant(1, [10, 20], { first: 80, second: 70, accepts: true, adjustment: 50 }), applicant(2, [10], { first: 90 })],
      config: config({ adjustment: { enabled: true, preference: 'NONE', rankBy: 'ADJUSTMENT_SCORE' }, runThrough: 'FIRST' }),
    };
    const first = admit(input);
    expect(first.rounds).toEqual(['FIRST']);
    expect(admittedTo(first)).toEqual({ 2: 'FIRST@10' });
    expect(explanationOf(first, 1).choices[1]).toMatchObject({ note: 'ROUND_NOT_RUN', track: { baseId: 20, applicantType: null } });
    expect(explanationOf(first, 1).adjustment.note).toBe('ROUND_NOT_RUN');
    expect(first.tracks[0].rounds.map((round) => round.round)).toEqual(['FIRST']);

    const full = admit({ ...input, config: { ...input.config, runThrough: undefined } });
    expect(full.rounds).toEqual(['FIRST', 'SECOND', 'ADJUSTMENT']);
    expect(admittedTo(full)).toEqual({ 2: 'FIRST@10', 1: 'SECOND@20' });
  });
});

// ---------- central parallel ----------

describe('RC-6 central parallel admission', () => {
  const parallel = (partial: Partial<AdmissionConfig> = {}) => config({ mechanism: 'CENTRAL_PARALLEL', ...partial });

  it('RC-6 applicants in ranking order each take the first listed track with a seat left', () => {
    const result = admit({
      tracks: [track(10, 1), track(20, 1)],
      applicants: [
        applicant(1, [10, 20], { ranking: 90 }),
        applicant(2, [10, 20], { ranking: 95 }),
        applicant(3, [20], { ranking: 80 }), // 20 is their first choice, but 1 ranks higher and lists it second
      ],
      config: parallel(),
    });
    expect(admittedTo(result)).toEqual({ 2: 'PARALLEL@10', 1: 'PARALLEL@20' });
    expect(result.admissions.find((admission) => admission.applicantId === 1)).toMatchObject({ choice: 2, rank: 2, score: 90 });
    expect(explanationOf(result, 1).choices[0]).toMatchObject({ note: 'TRACK_FULL_BEFORE_TURN', rank: 2, lastAdmittedRank: 1, lastAdmittedScore: 95 });
    expect(explanationOf(result, 3).choices[0]).toMatchObject({ note: 'TRACK_FULL_BEFORE_TURN', rank: 3, lastAdmittedRank: 2, lastAdmittedScore: 90, decidedBy: 'SCORE' });
    expect(explanationOf(result, 2).choices[1]).toMatchObject({ note: 'ADMITTED_EARLIER', considered: false });
  });

  it('RC-6 parallel ties: the lottery orders equal scores, also across tracks', () => {
    const result = admit({
      tracks: [track(10, 1), track(20, 1)],
      applicants: [applicant(1, [10, 20], { ranking: 80 }), applicant(2, [10, 20], { ranking: 80 }), applicant(3, [10, 20], { ranking: 80 })],
      config: parallel(),
    });
    // lottery order 2, 1, 3
    expect(admittedTo(result)).toEqual({ 2: 'PARALLEL@10', 1: 'PARALLEL@20' });
    expect(explanationOf(result, 3).choices.map((choice) => [choice.note, choice.rank, choice.decidedBy])).toEqual([
      ['TRACK_FULL_BEFORE_TURN', 3, 'LOTTERY'],
      ['TRACK_FULL_BEFORE_TURN', 3, 'LOTTERY'],
    ]);
  });

  it('RC-6 parallel with quotas split by type, and an applicant without a ranking score', () => {
    const result = admit({
      tracks: [track(10, 1, 'EMPLOYED'), track(10, 1, 'INDEPENDENT')],
      applicants: [
        applicant(1, [10], { type: 'INDEPENDENT', ranking: 50 }),
        applicant(2, [10], { type: 'EMPLOYED', ranking: 70 }),
        applicant(3, [10], { type: 'EMPLOYED', ranking: 90 }),
        applicant(4, [10], { type: 'EMPLOYED' }),
      ],
      config: parallel(),
    });
    expect(admittedTo(result)).toEqual({ 3: 'PARALLEL@10/EMPLOYED', 1: 'PARALLEL@10/INDEPENDENT' });
    expect(explanationOf(result, 2).choices[0]).toMatchObject({ rank: 2, lastAdmittedRank: 1 });
    expect(explanationOf(result, 1).choices[0]).toMatchObject({ rank: 3, lastAdmittedRank: 3, note: 'ADMITTED' });
    expect(explanationOf(result, 4).choices[0]).toMatchObject({ note: 'NO_SCORE', considered: false, track: { baseId: 10, applicantType: 'EMPLOYED' } });
  });

  it('RC-6 runThrough must be a round of the mechanism', () => {
    expect(() => admit({ tracks: [], applicants: [], config: parallel({ runThrough: 'FIRST' }) })).toThrow(RangeError);
    expect(admit({ tracks: [], applicants: [], config: parallel({ runThrough: 'PARALLEL' }) }).rounds).toEqual(['PARALLEL']);
  });
});

// ---------- adjustment ----------

describe('RC-6 adjustment', () => {
  const adjustment = (partial: Partial<AdjustmentConfig> = {}): AdjustmentConfig => ({
    enabled: true,
    preference: 'NONE',
    rankBy: 'RANKING_SCORE',
    ...partial,
  });

  it('RC-6 only those who accepted adjustment are adjusted; the others are told they declined (RC-4)', () => {
    const result = admit({
      tracks: [track(10, 1), track(20, 2)],
      applicants: [
        applicant(1, [10], { ranking: 90, accepts: false }),
        applicant(2, [10], { ranking: 80, accepts: true }),
        applicant(3, [10], { ranking: 95, accepts: true }),
      ],
      config: config({ mechanism: 'CENTRAL_PARALLEL', adjustment: adjustment() }),
    });
    expect(admittedTo(result)).toEqual({ 3: 'PARALLEL@10', 2: 'ADJUSTMENT@20' });
    expect(explanationOf(result, 1).adjustment).toMatchObject({ note: 'DID_NOT_ACCEPT', considered: false });
    expect(explanationOf(result, 3).adjustment).toMatchObject({ note: 'ADMITTED_EARLIER', considered: false });
    expect(explanationOf(result, 2).adjustment).toMatchObject({ note: 'ADMITTED', rank: 1, score: 80, track: { baseId: 20, applicantType: null }, sameCity: false });
    expect(result.tracks[1].seatsLeft).toBe(1);
  });

  it('RC-6 adjustment ranks by its stated score and fills remaining seats only; those left over get NO_SEAT_LEFT', () => {
    const result = admit({
      tracks: [track(10, 1), track(20, 1)],
      applicants: [
        applicant(1, [10], { first: 90, accepts: true, adjustment: 10 }),
        applicant(2, [10], { first: 80, accepts: true, adjustment: 60 }),
        applicant(3, [10], { first: 70, accepts: true, adjustment: 70 }),
        applicant(4, [10], { first: 75, accepts: true }),
      ],
      config: config({ adjustment: adjustment({ rankBy: 'ADJUSTMENT_SCORE' }) }),
    });
    expect(admittedTo(result)).toEqual({ 1: 'FIRST@10', 3: 'ADJUSTMENT@20' });
    expect(explanationOf(result, 2).adjustment).toMatchObject({ note: 'NO_SEAT_LEFT', rank: 2, lastAdmittedRank: 1, lastAdmittedScore: 70, decidedBy: 'SCORE' });
    expect(explanationOf(result, 4).adjustment).toMatchObject({ note: 'NO_SCORE', considered: false });
    expect(result.tracks[1].rounds.at(-1)).toEqual({
      round: 'ADJUSTMENT',
      seatsAtStart: 1,
      considered: null,
      admitted: 1,
      seatsLeft: 0,
      lastAdmittedRank: 1,
      lastAdmittedScore: 70,
    });
  });

  it('RC-6 an applicant goes to the open track with the most seats left, the lower base id on a tie', () => {
    const result = admit({
      tracks: [track(10, 1), track(20, 2), track(30, 2)],
      applicants: [1, 2, 3, 4, 5].map((id) => applicant(id, [], { accepts: true, ranking: 100 - id })),
      config: config({ mechanism: 'CENTRAL_PARALLEL', adjustment: adjustment() }),
    });
    // seats 1/2/2: 1 → 20 (2 = 2, lower id), 2 → 30 (2 > 1 = 1), 3 → 10 (1 = 1 = 1), 4 → 20, 5 → 30
    expect(admittedTo(result)).toEqual({ 1: 'ADJUSTMENT@20', 2: 'ADJUSTMENT@30', 3: 'ADJUSTMENT@10', 4: 'ADJUSTMENT@20', 5: 'ADJUSTMENT@30' });
  });

  it('RC-6 same city first: a first pass places applicants only in their own city, then the rest anywhere', () => {
    const tracks = [track(10, 1, null, 1), track(20, 1, null, 2)];
    const applicants = [
      applicant(1, [], { accepts: true, ranking: 90, city: 3 }), // no base in city 3
      applicant(2, [], { accepts: true, ranking: 80, city: 2 }),
      applicant(3, [], { accepts: true, ranking: 70, city: 2 }),
    ];
    const sameCity = admit({ tracks, applicants, config: config({ mechanism: 'CENTRAL_PARALLEL', adjustment: adjustment({ preference: 'SAME_CITY_FIRST' }) }) });
    expect(admittedTo(sameCity)).toEqual({ 2: 'ADJUSTMENT@20', 1: 'ADJUSTMENT@10' });
    expect(explanationOf(sameCity, 2).adjustment).toMatchObject({ sameCity: true, rank: 2 });
    expect(explanationOf(sameCity, 1).adjustment).toMatchObject({ sameCity: false, rank: 1 });
    expect(explanationOf(sameCity, 3).adjustment).toMatchObject({ note: 'NO_SEAT_LEFT', rank: 3, lastAdmittedRank: 2, decidedBy: 'SCORE' });

    const anywhere = admit({ tracks, applicants, config: config({ mechanism: 'CENTRAL_PARALLEL', adjustment: adjustment() }) });
    expect(admittedTo(anywhere)).toEqual({ 1: 'ADJUSTMENT@10', 2: 'ADJUSTMENT@20' });
  });

  it('RC-6 same city first may place a lower-ranked local ahead of a higher-ranked applicant from elsewhere', () => {
    const result = admit({
      tracks: [track(10, 1, null, 1)],
      applicants: [applicant(1, [], { accepts: true, ranking: 90, city: 2 }), applicant(2, [], { accepts: true, ranking: 50, city: 1 })],
      config: config({ mechanism: 'CENTRAL_PARALLEL', adjustment: adjustment({ preference: 'SAME_CITY_FIRST' }) }),
    });
    expect(admittedTo(result)).toEqual({ 2: 'ADJUSTMENT@10' });
    expect(explanationOf(result, 1).adjustment).toMatchObject({ note: 'NO_SEAT_LEFT', rank: 1, lastAdmittedRank: 2, decidedBy: null });
  });

  it('RC-6 adjustment respects type quotas: a shared track takes either type, a typed track only its own', () => {
    const result = admit({
      tracks: [track(10, 1, 'EMPLOYED'), track(10, 0, 'INDEPENDENT'), track(20, 1)],
      applicants: [
        applicant(1, [], { type: 'INDEPENDENT', accepts: true, ranking: 90 }),
        applicant(2, [], { type: 'INDEPENDENT', accepts: true, ranking: 80 }),
        applicant(3, [], { type: 'EMPLOYED', accepts: true, ranking: 70 }),
      ],
      config: config({ mechanism: 'CENTRAL_PARALLEL', adjustment: adjustment() }),
    });
    expect(admittedTo(result)).toEqual({ 3: 'ADJUSTMENT@10/EMPLOYED', 1: 'ADJUSTMENT@20' });
    expect(explanationOf(result, 2).adjustment).toMatchObject({ note: 'NO_SEAT_LEFT', lastAdmittedRank: 1, lastAdmittedScore: 90 });
  });

  it('RC-6 adjustment switched off: nobody is adjusted and the explanation says so', () => {
    const result = admit({
      tracks: [track(10, 1), track(20, 5)],
      applicants: [applicant(1, [10], { first: 90 }), applicant(2, [10], { first: 80, accepts: true, ranking: 80 })],
      config: config(),
    });
    expect(result.rounds).toEqual(['FIRST', 'SECOND']);
    expect(admittedTo(result)).toEqual({ 1: 'FIRST@10' });
    expect(explanationOf(result, 2).adjustment.note).toBe('ADJUSTMENT_OFF');
  });
});

// ---------- input ----------

describe('RC-6 input checks', () => {
  const base = (): AdmissionInput => ({ tracks: [track(10, 1)], applicants: [applicant(1, [10], { first: 1 })], config: config() });

  it.each<[string, (input: AdmissionInput) => AdmissionInput]>([
    ['duplicate applicant', (input) => ({ ...input, applicants: [...input.applicants, applicant(1, [])] })],
    ['three choices', (input) => ({ ...input, applicants: [applicant(1, [10, 20, 30])] })],
    ['a base listed twice', (input) => ({ ...input, applicants: [applicant(1, [10, 10])] })],
    ['duplicate track', (input) => ({ ...input, tracks: [track(10, 1), track(10, 2)] })],
    ['shared and typed track at one base', (input) => ({ ...input, tracks: [track(10, 1), track(10, 2, 'EMPLOYED')] })],
    ['negative quota', (input) => ({ ...input, tracks: [track(10, -1)] })],
    ['fractional quota', (input) => ({ ...input, tracks: [track(10, 1.5)] })],
    ['two cities for one base', (input) => ({ ...input, tracks: [track(10, 1, 'EMPLOYED', 1), track(10, 1, 'INDEPENDENT', 2)] })],
    ['NaN score', (input) => ({ ...input, applicants: [applicant(1, [10], { first: Number.NaN })] })],
    ['infinite ranking', (input) => ({ ...input, applicants: [applicant(1, [10], { ranking: Number.POSITIVE_INFINITY })] })],
    ['two scores for one base and round', (input) => ({
      ...input,
      applicants: [{ ...applicant(1, [10]), scores: { assessments: [{ round: 'FIRST', baseId: 10, score: 1 }, { round: 'FIRST', baseId: 10, score: 2 }] } }],
    })],
    ['invalid submission time', (input) => ({ ...input, applicants: [{ ...applicant(1, [10]), submittedAt: new Date('not a date') }] })],
    ['empty seed', (input) => ({ ...input, config: config({ tieBreak: { secondKey: { kind: 'NONE' }, lotterySeed: '' } }) })],
    ['unnamed field key', (input) => ({
      ...input,
      config: config({ tieBreak: { secondKey: { kind: 'FIELD', field: '', order: 'HIGHER_FIRST', label: '' }, lotterySeed: SEED } }),
    })],
  ])('RC-6 malformed input is refused with RangeError: %s', (_, change) => {
    expect(() => admit(change(base()))).toThrow(RangeError);
  });

  it('RC-6 the input is not modified', () => {
    const input = base();
    const before = JSON.stringify(input);
    admit(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

// ---------- the Fujian 2025 plan ----------

describe('RC-6 on the Fujian 2025 plan', () => {
  const csv = readFileSync(join(__dirname, '../../../../config/fixtures/fujian-2025-recruitment-plan.csv'), 'utf8');
  const rows = csv.trim().split('\n').slice(1).map((line) => line.split(','));
  const cities = [...new Set(rows.map(([city]) => city))];
  const tracks = rows.flatMap(([city, , independent, employed], index) => [
    track(index + 1, Number(independent), 'INDEPENDENT', cities.indexOf(city) + 1),
    track(index + 1, Number(employed), 'EMPLOYED', cities.indexOf(city) + 1),
  ]);

  it('RC-6 the plan is 42 bases × 2 types, 58 independent and 413 employed seats, and more applicants than seats never overfill it', () => {
    expect(rows).toHaveLength(42);
    expect(tracks.filter((each) => each.applicantType === 'INDEPENDENT').reduce((sum, each) => sum + each.quota, 0)).toBe(58);
    expect(tracks.filter((each) => each.applicantType === 'EMPLOYED').reduce((sum, each) => sum + each.quota, 0)).toBe(413);
    // A fixed pseudo-random population: 900 applicants, two choices each, most accept adjustment.
    let state = 7;
    const next = (bound: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % bound;
    };
    const applicants = Array.from({ length: 900 }, (_, index): Applicant => {
      const first = 1 + next(42);
      const second = 1 + ((first + next(41)) % 42);
      return {
        id: index + 1,
        type: next(8) === 0 ? 'INDEPENDENT' : 'EMPLOYED',
        choices: [first, second],
        acceptsAdjustment: next(4) !== 0,
        cityId: 1 + next(cities.length),
        scores: { ranking: 40 + next(60) },
      };
    });
    const result = admit({
      tracks,
      applicants,
      config: config({ mechanism: 'CENTRAL_PARALLEL', adjustment: { enabled: true, preference: 'SAME_CITY_FIRST', rankBy: 'RANKING_SCORE' } }),
    });
    for (const outcome of result.tracks) {
      const admitted = result.admissions.filter(
        (admission) => admission.track.baseId === outcome.track.baseId && admission.track.applicantType === outcome.track.applicantType,
      ).length;
      expect(admitted).toBeLessThanOrEqual(outcome.quota);
      expect(outcome.seatsLeft).toBe(outcome.quota - admitted);
    }
    const accepting = (type: ApplicantType) => applicants.filter((each) => each.type === type && each.acceptsAdjustment).length;
    // With adjustment, a type's seats stay empty only if every accepting applicant of that type got a place.
    for (const type of ['EMPLOYED', 'INDEPENDENT'] as const) {
      const seatsLeft = result.tracks.filter((each) => each.track.applicantType === type).reduce((sum, each) => sum + each.seatsLeft, 0);
      const unplacedAccepting = result.explanations.filter((each) => each.applicantType === type && each.acceptsAdjustment && !each.admission).length;
      expect(seatsLeft === 0 || unplacedAccepting === 0).toBe(true);
      expect(accepting(type)).toBeGreaterThan(0);
    }
    expect(result.explanations).toHaveLength(900);
  });
});
