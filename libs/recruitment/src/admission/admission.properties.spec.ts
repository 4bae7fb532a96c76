import fc from 'fast-check';
import { lotteryTicket } from './admission-ranking';
import { admit } from './admission.rules';
import {
  Admission,
  AdmissionConfig,
  AdmissionInput,
  AdmissionResult,
  AdmissionRound,
  Applicant,
  ApplicantType,
  AssessmentScore,
  ChoiceRound,
  SecondKey,
  TrackKey,
  TrackQuota,
} from './admission.types';

/**
 * RC-6 properties on random rounds. Scores come from a handful of values so ties are frequent; bases 10–30 may
 * be in the plan, base 40 never is. Fixed seeds keep every run identical; a failure prints the counterexample.
 */

// ---------- arbitraries ----------

const PLAN_BASES = [10, 20, 30];
const LISTABLE_BASES = [10, 20, 30, 40];
const TYPES: ApplicantType[] = ['EMPLOYED', 'INDEPENDENT'];
const DATES = ['2025-07-01T08:00:00+08:00', '2025-07-01T09:30:00+08:00', '2025-07-02T10:00:00+08:00'];

const scoreArb = fc.integer({ min: 0, max: 4 }).map((step) => 60 + step * 2.5);

function tracksArb(maxTracks: number): fc.Arbitrary<TrackQuota[]> {
  const oneTrack = fc.record({
    baseId: fc.constantFrom(...PLAN_BASES),
    applicantType: fc.constantFrom<ApplicantType | null>(null, 'EMPLOYED', 'INDEPENDENT'),
    quota: fc.integer({ min: 0, max: 3 }),
  });
  return fc
    .tuple(
      fc.uniqueArray(oneTrack, { minLength: 1, maxLength: maxTracks, selector: (track) => `${track.baseId}:${String(track.applicantType)}` }),
      fc.array(fc.constantFrom<number | null>(1, 2, null), { minLength: PLAN_BASES.length, maxLength: PLAN_BASES.length }),
    )
    .map(([tracks, cities]) =>
      tracks
        // A base shares its quota or splits it, never both.
        .filter((track) => track.applicantType === null || !tracks.some((other) => other.baseId === track.baseId && other.applicantType === null))
        .map((track) => ({ ...track, cityId: cities[PLAN_BASES.indexOf(track.baseId)] })),
    );
}

const applicantBodyArb = fc.record({
  type: fc.constantFrom(...TYPES),
  choices: fc.shuffledSubarray(LISTABLE_BASES, { minLength: 0, maxLength: 2 }),
  acceptsAdjustment: fc.boolean(),
  cityId: fc.constantFrom<number | null>(1, 2, null),
  submittedAt: fc.option(fc.constantFrom(...DATES), { nil: null }),
  written: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  firstScore: fc.option(scoreArb, { nil: undefined }),
  secondScore: fc.option(scoreArb, { nil: undefined }),
  // A score at a base the applicant did not list in that round: never to be read.
  strayScore: fc.option(scoreArb, { nil: undefined }),
  ranking: fc.option(scoreArb, { nil: null }),
  adjustment: fc.option(scoreArb, { nil: null }),
});

function applicantsArb(maxApplicants: number): fc.Arbitrary<Applicant[]> {
  return fc
    .integer({ min: 0, max: maxApplicants })
    .chain((count) =>
      fc.tuple(
        fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: count, maxLength: count }),
        fc.array(applicantBodyArb, { minLength: count, maxLength: count }),
      ),
    )
    .map(([ids, bodies]) =>
      ids.map((id, index): Applicant => {
        const body = bodies[index];
        const assessments: AssessmentScore[] = [];
        if (body.firstScore !== undefined && body.choices[0] !== undefined) assessments.push({ round: 'FIRST', baseId: body.choices[0], score: body.firstScore });
        if (body.secondScore !== undefined && body.choices[1] !== undefined) assessments.push({ round: 'SECOND', baseId: body.choices[1], score: body.secondScore });
        const stray = LISTABLE_BASES.find((baseId) => baseId !== body.choices[0]);
        if (body.strayScore !== undefined && stray !== undefined) assessments.push({ round: 'FIRST', baseId: stray, score: body.strayScore });
        return {
          id,
          type: body.type,
          choices: body.choices,
          acceptsAdjustment: body.acceptsAdjustment,
          cityId: body.cityId,
          submittedAt: body.submittedAt === null ? null : new Date(body.submittedAt),
          fields: body.written === undefined ? {} : { written: body.written },
          scores: { assessments, ranking: body.ranking, adjustment: body.adjustment },
        };
      }),
    );
}

const configArb: fc.Arbitrary<AdmissionConfig> = fc.record({
  mechanism: fc.constantFrom<AdmissionConfig['mechanism']>('SEQUENTIAL_CHOICES', 'CENTRAL_PARALLEL'),
  adjustment: fc.record({
    enabled: fc.boolean(),
    preference: fc.constantFrom<AdmissionConfig['adjustment']['preference']>('SAME_CITY_FIRST', 'NONE'),
    rankBy: fc.constantFrom<AdmissionConfig['adjustment']['rankBy']>('RANKING_SCORE', 'ADJUSTMENT_SCORE'),
  }),
  tieBreak: fc.record({
    secondKey: fc.constantFrom<SecondKey>(
      { kind: 'NONE' },
      { kind: 'SUBMITTED_EARLIER' },
      { kind: 'FIELD', field: 'written', order: 'HIGHER_FIRST', label: '笔试成绩' },
      { kind: 'FIELD', field: 'written', order: 'LOWER_FIRST', label: '笔试用时' },
    ),
    lotterySeed: fc.string({ minLength: 1, maxLength: 6 }),
  }),
});

function instanceArb(maxApplicants: number, maxTracks: number): fc.Arbitrary<AdmissionInput> {
  return fc.record({ tracks: tracksArb(maxTracks), applicants: applicantsArb(maxApplicants), config: configArb });
}

const RUNS = { numRuns: 300, seed: 20250721 };

// ---------- independent re-statements of the rules (not the implementation's code) ----------

const sameTrack = (a: TrackKey, b: TrackKey): boolean => a.baseId === b.baseId && a.applicantType === b.applicantType;
const trackLabel = (key: TrackKey): string => `${key.baseId}/${key.applicantType ?? 'shared'}`;

function trackFor(input: AdmissionInput, baseId: number | undefined, type: ApplicantType): TrackQuota | undefined {
  if (baseId === undefined) return undefined;
  return input.tracks.find((track) => track.baseId === baseId && (track.applicantType === null || track.applicantType === type));
}

function assessmentScore(applicant: Applicant, round: ChoiceRound, baseId: number): number | undefined {
  return applicant.scores.assessments?.find((each) => each.round === round && each.baseId === baseId)?.score;
}

function secondKeyOf(applicant: Applicant, key: SecondKey): number | undefined {
  if (key.kind === 'SUBMITTED_EARLIER') return applicant.submittedAt ? applicant.submittedAt.getTime() : undefined;
  if (key.kind === 'FIELD') {
    const value = applicant.fields?.[key.field];
    if (value === undefined) return undefined;
    return key.order === 'HIGHER_FIRST' ? -value : value;
  }
  return undefined;
}

/** True when `a` (with score sa) ranks strictly before `b` (with score sb). */
function ranksBefore(config: AdmissionConfig, a: Applicant, sa: number, b: Applicant, sb: number): boolean {
  if (sa !== sb) return sa > sb;
  const ka = secondKeyOf(a, config.tieBreak.secondKey);
  const kb = secondKeyOf(b, config.tieBreak.secondKey);
  if (ka !== kb) {
    if (ka === undefined) return false;
    if (kb === undefined) return true;
    return ka < kb;
  }
  const ta = lotteryTicket(config.tieBreak.lotterySeed, a.id);
  const tb = lotteryTicket(config.tieBreak.lotterySeed, b.id);
  if (ta !== tb) return ta < tb;
  return a.id < b.id;
}

function adjustmentScoreOf(config: AdmissionConfig, applicant: Applicant): number | null | undefined {
  return config.adjustment.rankBy === 'RANKING_SCORE' ? applicant.scores.ranking : applicant.scores.adjustment;
}

const admissionOf = (result: AdmissionResult, applicantId: number): Admission | undefined =>
  result.admissions.find((admission) => admission.applicantId === applicantId);

const ROUNDS: AdmissionRound[] = ['FIRST', 'SECOND', 'PARALLEL', 'ADJUSTMENT'];
const roundIndex = (round: AdmissionRound): number => ROUNDS.indexOf(round);

function summary(result: AdmissionResult): string[] {
  return result.admissions.map((admission) => `${admission.applicantId}:${admission.round}:${trackLabel(admission.track)}`).sort();
}

// ---------- a seeded shuffle for the order-independence property ----------

function shuffler(seed: number): <T>(items: readonly T[]) => T[] {
  let state = seed >>> 0 || 1;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  return <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index -= 1) {
      const other = Math.floor(next() * (index + 1));
      [copy[index], copy[other]] = [copy[other], copy[index]];
    }
    return copy;
  };
}

// ---------- the brute-force reference ----------

interface ReferenceSeat {
  round: AdmissionRound;
  track: TrackQuota;
}

/**
 * Written from the SPEC's words, not from the implementation: choice rounds in closed form (an applicant gets a
 * track iff fewer applicants competing for it in that round outrank them than it has seats left); the parallel
 * round as the one stable assignment found by trying every assignment; adjustment by picking, again and again,
 * the best-ranked applicant still waiting.
 */
function reference(input: AdmissionInput): Map<number, ReferenceSeat> {
  const { config } = input;
  const seats = new Map<TrackQuota, number>(input.tracks.map((track) => [track, track.quota]));
  const placed = new Map<number, ReferenceSeat>();

  if (config.mechanism === 'SEQUENTIAL_CHOICES') {
    (['FIRST', 'SECOND'] as const).forEach((round, index) => {
      const competing = new Map<TrackQuota, Array<{ applicant: Applicant; score: number }>>();
      for (const applicant of input.applicants) {
        if (placed.has(applicant.id)) continue;
        const baseId = applicant.choices[index];
        const track = trackFor(input, baseId, applicant.type);
        if (!track || baseId === undefined) continue;
        const score = assessmentScore(applicant, round, baseId);
        if (score === undefined) continue;
        competing.set(track, [...(competing.get(track) ?? []), { applicant, score }]);
      }
      for (const [track, list] of competing) {
        const free = seats.get(track) ?? 0;
        const winners = list.filter(
          (mine) => list.filter((other) => other !== mine && ranksBefore(config, other.applicant, other.score, mine.applicant, mine.score)).length < free,
        );
        for (const winner of winners) placed.set(winner.applicant.id, { round, track });
        seats.set(track, free - winners.length);
      }
    });
  } else {
    const options = input.applicants.map((applicant) => {
      const listed = applicant.choices
        .map((baseId) => trackFor(input, baseId, applicant.type))
        .filter((track): track is TrackQuota => track !== undefined);
      return applicant.scores.ranking === null || applicant.scores.ranking === undefined ? [null] : [...listed, null];
    });
    const stable: Array<Array<TrackQuota | null>> = [];
    const tryFrom = (position: number, chosen: Array<TrackQuota | null>): void => {
      if (position === input.applicants.length) {
        if (isStable(input, chosen)) stable.push([...chosen]);
        return;
      }
      for (const option of options[position]) {
        chosen.push(option);
        tryFrom(position + 1, chosen);
        chosen.pop();
      }
    };
    tryFrom(0, []);
    if (stable.length !== 1) throw new Error(`expected one stable parallel assignment, found ${stable.length}`);
    stable[0].forEach((track, position) => {
      if (!track) return;
      placed.set(input.applicants[position].id, { round: 'PARALLEL', track });
      seats.set(track, (seats.get(track) ?? 0) - 1);
    });
  }

  if (config.adjustment.enabled) {
    const waiting = input.applicants.filter((applicant) => {
      const score = adjustmentScoreOf(config, applicant);
      return !placed.has(applicant.id) && applicant.acceptsAdjustment && score !== null && score !== undefined;
    });
    const scoreOf = (applicant: Applicant): number => adjustmentScoreOf(config, applicant) as number;
    const passes = config.adjustment.preference === 'SAME_CITY_FIRST' ? [true, false] : [false];
    for (const sameCityOnly of passes) {
      const queue = [...waiting];
      while (queue.length > 0) {
        let best = 0;
        for (let index = 1; index < queue.length; index += 1) {
          if (ranksBefore(config, queue[index], scoreOf(queue[index]), queue[best], scoreOf(queue[best]))) best = index;
        }
        const [applicant] = queue.splice(best, 1);
        if (placed.has(applicant.id)) continue;
        const open = input.tracks.filter(
          (track) =>
            (seats.get(track) ?? 0) > 0 &&
            (track.applicantType === null || track.applicantType === applicant.type) &&
            (!sameCityOnly || (applicant.cityId !== null && applicant.cityId !== undefined && track.cityId === applicant.cityId)),
        );
        if (open.length === 0) continue;
        const typeRank = (type: ApplicantType | null) => (type === null ? 0 : type === 'EMPLOYED' ? 1 : 2);
        open.sort(
          (a, b) => (seats.get(b) ?? 0) - (seats.get(a) ?? 0) || a.baseId - b.baseId || typeRank(a.applicantType) - typeRank(b.applicantType),
        );
        placed.set(applicant.id, { round: 'ADJUSTMENT', track: open[0] });
        seats.set(open[0], (seats.get(open[0]) ?? 0) - 1);
      }
    }
  }
  return placed;
}

/** Feasible, and nobody prefers a listed track that has a free seat or holds someone they outrank. */
function isStable(input: AdmissionInput, chosen: Array<TrackQuota | null>): boolean {
  const { config } = input;
  for (const track of input.tracks) {
    if (chosen.filter((each) => each === track).length > track.quota) return false;
  }
  return input.applicants.every((applicant, position) => {
    if (chosen[position] === null && (applicant.scores.ranking === null || applicant.scores.ranking === undefined)) return true;
    const score = applicant.scores.ranking as number;
    for (const baseId of applicant.choices) {
      const track = trackFor(input, baseId, applicant.type);
      if (!track) continue;
      if (track === chosen[position]) return true; // everything preferred was checked
      const holders = input.applicants.filter((_, other) => chosen[other] === track);
      if (holders.length < track.quota) return false;
      if (holders.some((holder) => ranksBefore(config, applicant, score, holder, holder.scores.ranking as number))) return false;
    }
    return true;
  });
}

// ---------- properties ----------

/** Collects what is wrong, so one failing instance reports every broken claim at once (and runs stay fast). */
function problemsOf(check: (fail: (message: string) => void) => void): string[] {
  const problems: string[] = [];
  check((message) => problems.push(message));
  return problems;
}

describe('RC-6 admission properties (fast-check)', () => {
  it('RC-6 never over quota; each applicant admitted at most once, to a track they could be placed in', () => {
    fc.assert(
      fc.property(instanceArb(30, 6), (input) => {
        const result = admit(input);
        const problems = problemsOf((fail) => {
          const ids = result.admissions.map((admission) => admission.applicantId);
          if (new Set(ids).size !== ids.length) fail('an applicant admitted twice');
          for (const outcome of result.tracks) {
            const count = result.admissions.filter((admission) => sameTrack(admission.track, outcome.track)).length;
            if (count > outcome.quota) fail(`${trackLabel(outcome.track)} over quota: ${count} > ${outcome.quota}`);
            if (outcome.seatsLeft !== outcome.quota - count) fail(`${trackLabel(outcome.track)} seatsLeft ${outcome.seatsLeft}`);
            for (const round of outcome.rounds) {
              if (round.admitted > round.seatsAtStart || round.seatsLeft !== round.seatsAtStart - round.admitted) {
                fail(`${trackLabel(outcome.track)} ${round.round} counts disagree`);
              }
            }
          }
          for (const admission of result.admissions) {
            const applicant = input.applicants.find((each) => each.id === admission.applicantId) as Applicant;
            const track = input.tracks.find((each) => sameTrack(each, admission.track)) as TrackQuota;
            if (track.applicantType !== null && track.applicantType !== applicant.type) fail(`${applicant.id} placed in a track of another type`);
            if (admission.round !== 'ADJUSTMENT' && applicant.choices[(admission.choice ?? 1) - 1] !== track.baseId) {
              fail(`${applicant.id} admitted by choice ${String(admission.choice)} to a base they did not list there`);
            }
          }
        });
        expect(problems).toEqual([]);
      }),
      RUNS,
    );
  });

  it('RC-6 within a round nobody is refused a track that admitted someone ranked below them who listed it in that round', () => {
    fc.assert(
      fc.property(instanceArb(30, 6), (input) => {
        const { config } = input;
        const result = admit(input);
        const byId = new Map(input.applicants.map((applicant) => [applicant.id, applicant]));
        const choiceRounds: Array<[AdmissionRound, number[]]> =
          config.mechanism === 'SEQUENTIAL_CHOICES'
            ? [
                ['FIRST', [0]],
                ['SECOND', [1]],
              ]
            : [['PARALLEL', [0, 1]]];
        const problems = problemsOf((fail) => {
          for (const [round, indexes] of choiceRounds) {
            for (const track of input.tracks) {
              const admittedHere = result.admissions.filter((admission) => admission.round === round && sameTrack(admission.track, track));
              const admittedBefore = result.admissions.filter(
                (admission) => sameTrack(admission.track, track) && roundIndex(admission.round) < roundIndex(round),
              ).length;
              for (const applicant of input.applicants) {
                const own = admissionOf(result, applicant.id);
                if (own && roundIndex(own.round) < roundIndex(round)) continue; // left the pool earlier
                for (const index of indexes) {
                  const baseId = applicant.choices[index];
                  if (baseId === undefined || trackFor(input, baseId, applicant.type) !== track) continue;
                  if (own && own.round === round && (own.choice ?? 0) - 1 <= index) continue; // admitted here or by an earlier choice
                  const score = round === 'PARALLEL' ? applicant.scores.ranking : assessmentScore(applicant, round as ChoiceRound, baseId);
                  if (score === null || score === undefined) continue;
                  // Refused: the track must be full, and everyone it admitted must outrank this applicant.
                  if (admittedHere.length !== track.quota - admittedBefore) fail(`${applicant.id} refused by ${trackLabel(track)} in ${round} with a seat left`);
                  for (const admission of admittedHere) {
                    const other = byId.get(admission.applicantId) as Applicant;
                    if (!ranksBefore(config, other, admission.score, applicant, score)) {
                      fail(`${applicant.id} refused by ${trackLabel(track)} in ${round}, which admitted ${other.id} ranked below`);
                    }
                  }
                }
              }
            }
          }
        });
        expect(problems).toEqual([]);
      }),
      RUNS,
    );
  });

  it('RC-6 adjustment only for those who accepted it and were not admitted by a choice; nobody waits while an open seat stays empty', () => {
    fc.assert(
      fc.property(instanceArb(30, 6), (input) => {
        const { config } = input;
        const result = admit(input);
        const byId = new Map(input.applicants.map((applicant) => [applicant.id, applicant]));
        const adjusted = result.admissions.filter((admission) => admission.round === 'ADJUSTMENT');
        const problems = problemsOf((fail) => {
          if (!config.adjustment.enabled && adjusted.length > 0) fail('adjusted while adjustment is off');
          for (const admission of adjusted) {
            const applicant = byId.get(admission.applicantId) as Applicant;
            if (!applicant.acceptsAdjustment) fail(`${applicant.id} adjusted without accepting it`);
            if (adjustmentScoreOf(config, applicant) !== admission.score) fail(`${applicant.id} adjusted by another score`);
          }
          if (!config.adjustment.enabled) return;
          for (const explanation of result.explanations) {
            const applicant = byId.get(explanation.applicantId) as Applicant;
            if (explanation.admission || !applicant.acceptsAdjustment) continue;
            const score = adjustmentScoreOf(config, applicant);
            if (score === null || score === undefined) continue;
            // Waiting with a score: every track open to the type is full, and each seat adjustment gave away there went
            // to someone ranked above, or (same city first) to someone from that base's city.
            for (const outcome of result.tracks) {
              if (outcome.track.applicantType !== null && outcome.track.applicantType !== applicant.type) continue;
              if (outcome.seatsLeft !== 0) fail(`${applicant.id} waits while ${trackLabel(outcome.track)} has a seat`);
              for (const admission of adjusted.filter((each) => sameTrack(each.track, outcome.track))) {
                const other = byId.get(admission.applicantId) as Applicant;
                const local = config.adjustment.preference === 'SAME_CITY_FIRST' && outcome.cityId !== null && other.cityId === outcome.cityId;
                if (!local && !ranksBefore(config, other, admission.score, applicant, score)) {
                  fail(`${applicant.id} waits while ${other.id}, ranked below, was adjusted to ${trackLabel(outcome.track)}`);
                }
              }
            }
          }
        });
        expect(problems).toEqual([]);
      }),
      RUNS,
    );
  });

  it('RC-6 an applicant admitted in an earlier round is never reconsidered: later rounds ignore them and their later data', () => {
    fc.assert(
      fc.property(instanceArb(30, 6), (input) => {
        const result = admit(input);
        const problems = problemsOf((fail) => {
          for (const explanation of result.explanations) {
            const admission = explanation.admission;
            if (!admission) continue;
            for (const choice of explanation.choices) {
              const laterRound = choice.round === 'SECOND' && admission.round === 'FIRST';
              const laterChoice = choice.round === 'PARALLEL' && admission.round === 'PARALLEL' && choice.choice > (admission.choice ?? 0);
              if ((laterRound || laterChoice) && (choice.considered || !['ADMITTED_EARLIER', 'NO_SUCH_CHOICE'].includes(choice.note))) {
                fail(`${explanation.applicantId} reconsidered by choice ${choice.choice}`);
              }
            }
            if (admission.round !== 'ADJUSTMENT' && explanation.adjustment.note !== 'ADMITTED_EARLIER') fail(`${explanation.applicantId} reconsidered by adjustment`);
          }
        });
        expect(problems).toEqual([]);
        // Change what later rounds would read about the first round's admits: nothing may move.
        const firstRound = new Set(
          result.admissions.filter((admission) => admission.round === 'FIRST' || admission.round === 'PARALLEL').map((admission) => admission.applicantId),
        );
        const sequential = input.config.mechanism === 'SEQUENTIAL_CHOICES';
        const altered: AdmissionInput = {
          ...input,
          applicants: input.applicants.map((applicant) =>
            firstRound.has(applicant.id)
              ? {
                  ...applicant,
                  acceptsAdjustment: !applicant.acceptsAdjustment,
                  scores: {
                    ...applicant.scores,
                    assessments: (applicant.scores.assessments ?? []).map((each) => (each.round === 'SECOND' ? { ...each, score: 100 } : each)),
                    adjustment: 100,
                    ranking: sequential ? 100 : applicant.scores.ranking,
                  },
                }
              : applicant,
          ),
        };
        expect(summary(admit(altered))).toEqual(summary(result));
      }),
      RUNS,
    );
  });

  it('RC-6 running only the first rounds admits exactly what the full run admits in them', () => {
    fc.assert(
      fc.property(instanceArb(30, 6), (input) => {
        const full = admit(input);
        const rounds: AdmissionRound[] = input.config.mechanism === 'SEQUENTIAL_CHOICES' ? ['FIRST', 'SECOND'] : ['PARALLEL'];
        for (const runThrough of rounds) {
          const partial = admit({ ...input, config: { ...input.config, runThrough } });
          const expected = full.admissions.filter((admission) => roundIndex(admission.round) <= roundIndex(runThrough));
          expect(summary(partial)).toEqual(summary({ ...full, admissions: expected }));
        }
      }),
      RUNS,
    );
  });

  it('RC-6 deterministic: the same input and seed give the same result, whatever the order of the input arrays', () => {
    fc.assert(
      fc.property(instanceArb(30, 6), fc.integer({ min: 1, max: 2 ** 31 - 1 }), (input, shuffleSeed) => {
        const shuffle = shuffler(shuffleSeed);
        const reordered: AdmissionInput = {
          config: input.config,
          tracks: shuffle(input.tracks),
          applicants: shuffle(input.applicants).map((applicant) => ({
            ...applicant,
            scores: { ...applicant.scores, assessments: shuffle(applicant.scores.assessments ?? []) },
          })),
        };
        const result = JSON.stringify(admit(input));
        expect(JSON.stringify(admit(input))).toBe(result);
        expect(JSON.stringify(admit(reordered))).toBe(result);
      }),
      RUNS,
    );
  });

  it('RC-6 every applicant has one explanation, and it agrees with the admissions', () => {
    fc.assert(
      fc.property(instanceArb(30, 6), (input) => {
        const result = admit(input);
        const problems = problemsOf((fail) => {
          const ids = input.applicants.map((each) => each.id).sort((a, b) => a - b);
          if (JSON.stringify(result.explanations.map((each) => each.applicantId)) !== JSON.stringify(ids)) fail('explanations do not list every applicant once, by id');
          for (const explanation of result.explanations) {
            const admission = admissionOf(result, explanation.applicantId) ?? null;
            if (JSON.stringify(explanation.admission) !== JSON.stringify(admission)) fail(`${explanation.applicantId} explanation disagrees with the admissions`);
            const admittedNotes = [...explanation.choices.map((choice) => choice.note), explanation.adjustment.note].filter((note) => note === 'ADMITTED');
            if (admittedNotes.length !== (admission ? 1 : 0)) fail(`${explanation.applicantId} has ${admittedNotes.length} ADMITTED notes`);
            for (const choice of explanation.choices) {
              if (choice.considered !== (choice.note === 'ADMITTED' || choice.note === 'TRACK_FULL_BEFORE_TURN')) fail(`${explanation.applicantId} considered flag`);
              if (choice.considered && choice.rank === null) fail(`${explanation.applicantId} considered without a rank`);
              if (choice.note === 'TRACK_FULL_BEFORE_TURN' && choice.lastAdmittedRank !== null && choice.lastAdmittedRank >= (choice.rank as number)) {
                fail(`${explanation.applicantId} refused above the last admitted`);
              }
            }
          }
        });
        expect(problems).toEqual([]);
      }),
      RUNS,
    );
  });

  it('RC-6 on small rounds (≤ 6 applicants, ≤ 3 tracks) the result equals the brute-force reference', () => {
    fc.assert(
      fc.property(instanceArb(6, 3), (input) => {
        const expected = [...reference(input)].map(([id, seat]) => `${id}:${seat.round}:${trackLabel(seat.track)}`).sort();
        expect(summary(admit(input))).toEqual(expected);
      }),
      { numRuns: 500, seed: 20250729 },
    );
  });

  it('RC-6 sequential ranks in explanations equal 1 + the number of competitors ranked above', () => {
    fc.assert(
      fc.property(instanceArb(20, 6), (input) => {
        const config: AdmissionConfig = { ...input.config, mechanism: 'SEQUENTIAL_CHOICES' };
        const result = admit({ ...input, config });
        const problems = problemsOf((fail) => {
          for (const explanation of result.explanations) {
            const applicant = input.applicants.find((each) => each.id === explanation.applicantId) as Applicant;
            for (const choice of explanation.choices) {
              if (!choice.considered || choice.baseId === null) continue;
              const round = choice.round as ChoiceRound;
              const index = round === 'FIRST' ? 0 : 1;
              const mine = assessmentScore(applicant, round, choice.baseId) as number;
              const track = trackFor(input, choice.baseId, applicant.type);
              const rivals = input.applicants.filter((other) => {
                if (other === applicant) return false;
                if (round === 'SECOND' && admissionOf(result, other.id)?.round === 'FIRST') return false;
                const otherBase = other.choices[index];
                if (otherBase === undefined || trackFor(input, otherBase, other.type) !== track) return false;
                const theirs = assessmentScore(other, round, otherBase);
                return theirs !== undefined && ranksBefore(config, other, theirs, applicant, mine);
              });
              if (choice.rank !== rivals.length + 1) fail(`${applicant.id} ${round} rank ${String(choice.rank)}, expected ${rivals.length + 1}`);
            }
          }
        });
        expect(problems).toEqual([]);
      }),
      RUNS,
    );
  });
});
