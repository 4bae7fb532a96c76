import { compareCandidates, decidingKey, lotteryTicket, RankingCandidate, secondKeyValue } from './admission-ranking';
import {
  ADMISSION_MECHANISMS,
  ADMISSION_ROUND_ORDER,
  AdjustmentExplanation,
  Admission,
  AdmissionConfig,
  AdmissionMechanism,
  AdmissionInput,
  AdmissionResult,
  AdmissionRound,
  Applicant,
  APPLICANT_TYPES,
  ApplicantType,
  ChoiceExplanation,
  ChoiceRound,
  TrackKey,
  TrackQuota,
  TrackRoundOutcome,
} from './admission.types';

/**
 * RC-6 admission as one pure, deterministic function of its input.
 *
 * SEQUENTIAL_CHOICES (顺序志愿): the first-choice round, then the second-choice round, then adjustment. In a
 * choice round each track ranks the applicants who listed its base in that round's choice (resolved by their
 * type) and have that base's score for the round, and admits them in order up to the seats it has left; those
 * admitted leave the pool, so an applicant admitted in an earlier round is never considered again.
 *
 * CENTRAL_PARALLEL (平行志愿): applicants in central ranking order, each placed in the first of their listed
 * tracks with a seat left; then adjustment.
 *
 * Adjustment (调剂): those not admitted who accepted it and have the adjustment score, in adjustment ranking
 * order; with SAME_CITY_FIRST a first pass places applicants only at bases of their own city, then a second pass
 * places those still without a seat anywhere. An applicant takes the open track (one of their type, or one
 * shared by both types) with the most seats left, the lower base id (then shared, EMPLOYED, INDEPENDENT) on a tie.
 *
 * Rankings order by score, then the configured second key, then the seeded lottery (admission-ranking.ts).
 * The result never depends on the order of the input arrays. Malformed input (duplicate ids or tracks, a base
 * with both a shared and a per-type track, more than two choices, a non-finite score, an empty seed) throws
 * RangeError: it is a bug upstream, not an applicant's outcome.
 */

interface TrackState {
  key: TrackKey;
  cityId: number | null;
  quota: number;
  seatsLeft: number;
  rounds: TrackRoundOutcome[];
  /** Admissions per round, in the order they were made. */
  admitted: Map<AdmissionRound, Admission[]>;
}

interface BaseTracks {
  shared: TrackState | null;
  byType: Map<ApplicantType, TrackState>;
}

interface ApplicantState {
  applicant: Applicant;
  ticket: string;
  secondKey: number | null;
  admission: Admission | null;
  choices: [ChoiceExplanation, ChoiceExplanation];
  adjustment: AdjustmentExplanation;
}

interface Entry {
  state: ApplicantState;
  candidate: RankingCandidate;
}

interface LastAdmitted {
  rank: number;
  candidate: RankingCandidate;
}

const TYPE_ORDER: Record<ApplicantType, number> = { EMPLOYED: 1, INDEPENDENT: 2 };

function typeOrder(type: ApplicantType | null): number {
  return type === null ? 0 : TYPE_ORDER[type];
}

function compareTrackKeys(a: TrackKey, b: TrackKey): number {
  return a.baseId - b.baseId || typeOrder(a.applicantType) - typeOrder(b.applicantType);
}

const copyKey = (key: TrackKey): TrackKey => ({ baseId: key.baseId, applicantType: key.applicantType });

const isSafeInteger = (value: unknown): value is number => Number.isSafeInteger(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

// ---------- validation ----------

/** The rounds a mechanism runs, in order: its choice rounds (or the parallel round), then adjustment if enabled. */
export function admissionRounds(mechanism: AdmissionMechanism, adjustmentEnabled: boolean): AdmissionRound[] {
  const choices: AdmissionRound[] = mechanism === 'SEQUENTIAL_CHOICES' ? ['FIRST', 'SECOND'] : ['PARALLEL'];
  return adjustmentEnabled ? [...choices, 'ADJUSTMENT'] : choices;
}

function roundsToRun(config: AdmissionConfig): AdmissionRound[] {
  const all: AdmissionRound[] = config.mechanism === 'SEQUENTIAL_CHOICES' ? ['FIRST', 'SECOND', 'ADJUSTMENT'] : ['PARALLEL', 'ADJUSTMENT'];
  let rounds = all;
  if (config.runThrough !== undefined) {
    const last = all.indexOf(config.runThrough);
    if (last < 0) throw new RangeError(`runThrough ${String(config.runThrough)} is not a round of ${config.mechanism}`);
    rounds = all.slice(0, last + 1);
  }
  return config.adjustment.enabled ? rounds : rounds.filter((round) => round !== 'ADJUSTMENT');
}

function validateConfig(config: AdmissionConfig): void {
  if (!ADMISSION_MECHANISMS.includes(config.mechanism)) throw new RangeError(`Unknown mechanism: ${String(config.mechanism)}`);
  const { adjustment, tieBreak } = config;
  if (typeof adjustment.enabled !== 'boolean') throw new RangeError('adjustment.enabled must be a boolean');
  if (adjustment.preference !== 'SAME_CITY_FIRST' && adjustment.preference !== 'NONE') {
    throw new RangeError(`Unknown adjustment preference: ${String(adjustment.preference)}`);
  }
  if (adjustment.rankBy !== 'RANKING_SCORE' && adjustment.rankBy !== 'ADJUSTMENT_SCORE') {
    throw new RangeError(`Unknown adjustment ranking: ${String(adjustment.rankBy)}`);
  }
  if (typeof tieBreak.lotterySeed !== 'string' || tieBreak.lotterySeed.length === 0) {
    throw new RangeError('The lottery seed must be a non-empty string, recorded with the run');
  }
  const secondKey = tieBreak.secondKey;
  switch (secondKey.kind) {
    case 'NONE':
    case 'SUBMITTED_EARLIER':
      break;
    case 'FIELD':
      if (typeof secondKey.field !== 'string' || secondKey.field.length === 0) throw new RangeError('The second key field needs a name');
      if (secondKey.order !== 'HIGHER_FIRST' && secondKey.order !== 'LOWER_FIRST') {
        throw new RangeError(`Unknown second key order: ${String(secondKey.order)}`);
      }
      break;
    default:
      throw new RangeError(`Unknown second key: ${JSON.stringify(secondKey)}`);
  }
}

function buildTracks(quotas: readonly TrackQuota[]): { tracks: TrackState[]; bases: Map<number, BaseTracks> } {
  const tracks: TrackState[] = [];
  const seen = new Set<string>();
  const cityOfBase = new Map<number, number | null>();
  for (const quota of quotas) {
    if (!isSafeInteger(quota.baseId)) throw new RangeError(`Track base id must be an integer, got ${String(quota.baseId)}`);
    if (quota.applicantType !== null && !APPLICANT_TYPES.includes(quota.applicantType)) {
      throw new RangeError(`Track of base ${quota.baseId} has an unknown applicant type: ${String(quota.applicantType)}`);
    }
    if (!isSafeInteger(quota.quota) || quota.quota < 0) {
      throw new RangeError(`Track of base ${quota.baseId} quota must be a non-negative integer, got ${String(quota.quota)}`);
    }
    if (quota.cityId !== null && !isSafeInteger(quota.cityId)) throw new RangeError(`Track of base ${quota.baseId} city must be an integer or null`);
    const key = `${quota.baseId}:${quota.applicantType ?? '*'}`;
    if (seen.has(key)) throw new RangeError(`Duplicate track: base ${quota.baseId}, type ${quota.applicantType ?? 'shared'}`);
    seen.add(key);
    const city = cityOfBase.get(quota.baseId);
    if (city !== undefined && city !== quota.cityId) throw new RangeError(`Tracks of base ${quota.baseId} disagree on its city`);
    cityOfBase.set(quota.baseId, quota.cityId);
    tracks.push({
      // One frozen key per track, shared by every admission and explanation that names it.
      key: Object.freeze(copyKey(quota)),
      cityId: quota.cityId,
      quota: quota.quota,
      seatsLeft: quota.quota,
      rounds: [],
      admitted: new Map<AdmissionRound, Admission[]>(),
    });
  }
  tracks.sort((a, b) => compareTrackKeys(a.key, b.key));
  const bases = new Map<number, BaseTracks>();
  for (const track of tracks) {
    const base = bases.get(track.key.baseId) ?? { shared: null, byType: new Map<ApplicantType, TrackState>() };
    if (track.key.applicantType === null) base.shared = track;
    else base.byType.set(track.key.applicantType, track);
    // A base either shares its quota or splits it by type: both at once would make a choice ambiguous.
    if (base.shared && base.byType.size > 0) throw new RangeError(`Base ${track.key.baseId} has both a shared and a per-type track`);
    bases.set(track.key.baseId, base);
  }
  return { tracks, bases };
}

function blankChoice(choice: 1 | 2, round: ChoiceExplanation['round'], baseId: number | undefined): ChoiceExplanation {
  return {
    choice,
    round,
    baseId: baseId ?? null,
    track: null,
    considered: false,
    note: 'NO_SUCH_CHOICE',
    score: null,
    rank: null,
    seatsAtStart: null,
    lastAdmittedRank: null,
    lastAdmittedScore: null,
    decidedBy: null,
  };
}

function blankAdjustment(): AdjustmentExplanation {
  return {
    considered: false,
    note: 'ROUND_NOT_RUN',
    score: null,
    rank: null,
    track: null,
    sameCity: null,
    lastAdmittedRank: null,
    lastAdmittedScore: null,
    decidedBy: null,
  };
}

function checkOptionalScore(value: unknown, what: string, applicantId: number): void {
  if (value !== undefined && value !== null && !isFiniteNumber(value)) {
    throw new RangeError(`Applicant ${applicantId} ${what} must be a finite number or absent, got ${typeof value === 'number' ? String(value) : typeof value}`);
  }
}

function buildApplicants(applicants: readonly Applicant[], config: AdmissionConfig): ApplicantState[] {
  const seen = new Set<number>();
  const firstRound: ChoiceExplanation['round'] = config.mechanism === 'SEQUENTIAL_CHOICES' ? 'FIRST' : 'PARALLEL';
  const secondRound: ChoiceExplanation['round'] = config.mechanism === 'SEQUENTIAL_CHOICES' ? 'SECOND' : 'PARALLEL';
  const states = applicants.map((applicant): ApplicantState => {
    const id = applicant.id;
    if (!isSafeInteger(id)) throw new RangeError(`Applicant id must be an integer, got ${String(id)}`);
    if (seen.has(id)) throw new RangeError(`Duplicate applicant id: ${id}`);
    seen.add(id);
    if (!APPLICANT_TYPES.includes(applicant.type)) throw new RangeError(`Applicant ${id} has an unknown type: ${String(applicant.type)}`);
    if (!Array.isArray(applicant.choices) || applicant.choices.length > 2) throw new RangeError(`Applicant ${id} may list at most two choices (RC-4)`);
    if (!applicant.choices.every(isSafeInteger)) throw new RangeError(`Applicant ${id} choices must be base ids`);
    if (applicant.choices.length === 2 && applicant.choices[0] === applicant.choices[1]) throw new RangeError(`Applicant ${id} lists a base twice`);
    if (typeof applicant.acceptsAdjustment !== 'boolean') throw new RangeError(`Applicant ${id} acceptsAdjustment must be a boolean`);
    if (applicant.cityId !== undefined && applicant.cityId !== null && !isSafeInteger(applicant.cityId)) {
      throw new RangeError(`Applicant ${id} city must be an integer or absent`);
    }
    if (applicant.submittedAt !== undefined && applicant.submittedAt !== null) {
      if (!(applicant.submittedAt instanceof Date) || Number.isNaN(applicant.submittedAt.getTime())) {
        throw new RangeError(`Applicant ${id} submittedAt must be a valid Date or absent`);
      }
    }
    if (applicant.fields) {
      for (const [field, value] of Object.entries(applicant.fields)) {
        if (!isFiniteNumber(value)) throw new RangeError(`Applicant ${id} field ${field} must be a finite number`);
      }
    }
    checkOptionalScore(applicant.scores.ranking, 'ranking score', id);
    checkOptionalScore(applicant.scores.adjustment, 'adjustment score', id);
    const assessments = applicant.scores.assessments ?? [];
    assessments.forEach((assessment, index) => {
      if (assessment.round !== 'FIRST' && assessment.round !== 'SECOND') {
        throw new RangeError(`Applicant ${id} has an assessment score of an unknown round: ${String(assessment.round)}`);
      }
      if (!isSafeInteger(assessment.baseId)) throw new RangeError(`Applicant ${id} has an assessment score without a base id`);
      if (!isFiniteNumber(assessment.score)) throw new RangeError(`Applicant ${id} assessment score must be a finite number`);
      for (let other = 0; other < index; other += 1) {
        if (assessments[other].round === assessment.round && assessments[other].baseId === assessment.baseId) {
          throw new RangeError(`Applicant ${id} has two ${assessment.round} scores of base ${assessment.baseId}`);
        }
      }
    });
    return {
      applicant,
      ticket: lotteryTicket(config.tieBreak.lotterySeed, id),
      secondKey: secondKeyValue(applicant, config.tieBreak.secondKey),
      admission: null,
      choices: [blankChoice(1, firstRound, applicant.choices[0]), blankChoice(2, secondRound, applicant.choices[1])],
      adjustment: blankAdjustment(),
    };
  });
  return states.sort((a, b) => a.applicant.id - b.applicant.id);
}

// ---------- rounds ----------

/** The base's score of the applicant in a choice round (a handful of entries: a scan beats a map per applicant). */
function assessmentScore(applicant: Applicant, round: ChoiceRound, baseId: number): number | undefined {
  for (const assessment of applicant.scores.assessments ?? []) {
    if (assessment.round === round && assessment.baseId === baseId) return assessment.score;
  }
  return undefined;
}

function candidateOf(state: ApplicantState, score: number): RankingCandidate {
  return { applicantId: state.applicant.id, score, secondKey: state.secondKey, lotteryTicket: state.ticket };
}

/**
 * The checks every choice shares, in the order an explanation reports them: no such choice, admitted earlier,
 * base not in the plan, no quota for the type. Returns the track, or null with the note set.
 */
function resolveChoice(state: ApplicantState, index: 0 | 1, bases: Map<number, BaseTracks>): TrackState | null {
  const explanation = state.choices[index];
  const baseId = state.applicant.choices[index];
  if (baseId === undefined) {
    explanation.note = 'NO_SUCH_CHOICE';
    return null;
  }
  if (state.admission) {
    explanation.note = 'ADMITTED_EARLIER';
    return null;
  }
  const base = bases.get(baseId);
  if (!base) {
    explanation.note = 'BASE_NOT_IN_PLAN';
    return null;
  }
  const track = base.shared ?? base.byType.get(state.applicant.type) ?? null;
  if (!track) {
    explanation.note = 'NO_QUOTA_FOR_TYPE';
    return null;
  }
  explanation.track = track.key;
  return track;
}

function trackOf(bases: Map<number, BaseTracks>, key: TrackKey): TrackState {
  const base = bases.get(key.baseId) as BaseTracks;
  return (key.applicantType === null ? base.shared : base.byType.get(key.applicantType)) as TrackState;
}

function admitTo(state: ApplicantState, track: TrackState, round: AdmissionRound, choice: 1 | 2 | null, rank: number, score: number): void {
  const admission: Admission = Object.freeze({ applicantId: state.applicant.id, track: track.key, round, choice, rank, score });
  state.admission = admission;
  track.seatsLeft -= 1;
  const list = track.admitted.get(round);
  if (list) list.push(admission);
  else track.admitted.set(round, [admission]);
}

function runChoiceRound(round: ChoiceRound, states: ApplicantState[], tracks: TrackState[], bases: Map<number, BaseTracks>): void {
  const index = round === 'FIRST' ? 0 : 1;
  const byTrack = new Map<TrackState, Entry[]>();
  for (const state of states) {
    const track = resolveChoice(state, index, bases);
    if (!track) continue;
    const explanation = state.choices[index];
    explanation.seatsAtStart = track.seatsLeft;
    const score = assessmentScore(state.applicant, round, track.key.baseId);
    if (score === undefined) {
      explanation.note = 'NO_SCORE';
      continue;
    }
    explanation.score = score;
    explanation.considered = true;
    const entries = byTrack.get(track) ?? [];
    entries.push({ state, candidate: candidateOf(state, score) });
    byTrack.set(track, entries);
  }
  for (const track of tracks) {
    const entries = (byTrack.get(track) ?? []).sort((a, b) => compareCandidates(a.candidate, b.candidate));
    const seatsAtStart = track.seatsLeft;
    const taken = Math.min(seatsAtStart, entries.length);
    const last = taken > 0 ? entries[taken - 1].candidate : null;
    entries.forEach(({ state, candidate }, position) => {
      const explanation = state.choices[index];
      explanation.rank = position + 1;
      explanation.lastAdmittedRank = last ? taken : null;
      explanation.lastAdmittedScore = last ? last.score : null;
      if (position < taken) {
        explanation.note = 'ADMITTED';
        admitTo(state, track, round, round === 'FIRST' ? 1 : 2, position + 1, candidate.score);
      } else {
        explanation.note = 'TRACK_FULL_BEFORE_TURN';
        explanation.decidedBy = last ? decidingKey(last, candidate) : null;
      }
    });
    track.rounds.push({
      round,
      seatsAtStart,
      considered: entries.length,
      admitted: taken,
      seatsLeft: track.seatsLeft,
      lastAdmittedRank: last ? taken : null,
      lastAdmittedScore: last ? last.score : null,
    });
  }
}

/** A choice round that comes after runThrough: the static checks still explain what they can. */
function skipChoiceRound(index: 0 | 1, states: ApplicantState[], bases: Map<number, BaseTracks>): void {
  for (const state of states) {
    if (resolveChoice(state, index, bases)) state.choices[index].note = 'ROUND_NOT_RUN';
  }
}

interface TrackTally {
  seatsAtStart: number;
  considered: number;
  admitted: number;
  last: LastAdmitted | null;
}

function runParallelRound(states: ApplicantState[], tracks: TrackState[], bases: Map<number, BaseTracks>): void {
  const tallies = new Map<TrackState, TrackTally>(
    tracks.map((track) => [track, { seatsAtStart: track.seatsLeft, considered: 0, admitted: 0, last: null }]),
  );
  const ranked: Entry[] = [];
  for (const state of states) {
    const score = state.applicant.scores.ranking;
    if (score === undefined || score === null) {
      for (const index of [0, 1] as const) {
        const track = resolveChoice(state, index, bases);
        if (!track) continue;
        state.choices[index].seatsAtStart = track.seatsLeft;
        state.choices[index].note = 'NO_SCORE';
      }
    } else {
      ranked.push({ state, candidate: candidateOf(state, score) });
    }
  }
  ranked.sort((a, b) => compareCandidates(a.candidate, b.candidate));

  ranked.forEach((entry, position) => {
    const rank = position + 1;
    const { state, candidate } = entry;
    for (const index of [0, 1] as const) {
      const track = resolveChoice(state, index, bases);
      if (!track) continue;
      const explanation = state.choices[index];
      const tally = tallies.get(track) as TrackTally;
      explanation.seatsAtStart = tally.seatsAtStart;
      explanation.score = candidate.score;
      explanation.rank = rank;
      explanation.considered = true;
      tally.considered += 1;
      if (track.seatsLeft > 0) {
        explanation.note = 'ADMITTED';
        admitTo(state, track, 'PARALLEL', index === 0 ? 1 : 2, rank, candidate.score);
        tally.admitted += 1;
        tally.last = { rank, candidate };
      } else {
        explanation.note = 'TRACK_FULL_BEFORE_TURN';
      }
    }
  });

  // The track's last admitted is known only once the round is over.
  for (const { state, candidate } of ranked) {
    for (const explanation of state.choices) {
      if (!explanation.considered || explanation.track === null) continue;
      const last = (tallies.get(trackOf(bases, explanation.track)) as TrackTally).last;
      explanation.lastAdmittedRank = last ? last.rank : null;
      explanation.lastAdmittedScore = last ? last.candidate.score : null;
      if (explanation.note !== 'ADMITTED' && last && last.rank < (explanation.rank as number)) explanation.decidedBy = decidingKey(last.candidate, candidate);
    }
  }
  for (const track of tracks) {
    const tally = tallies.get(track) as TrackTally;
    track.rounds.push({
      round: 'PARALLEL',
      seatsAtStart: tally.seatsAtStart,
      considered: tally.considered,
      admitted: tally.admitted,
      seatsLeft: track.seatsLeft,
      lastAdmittedRank: tally.last ? tally.last.rank : null,
      lastAdmittedScore: tally.last ? tally.last.candidate.score : null,
    });
  }
}

function openTo(track: TrackState, type: ApplicantType): boolean {
  return track.key.applicantType === null || track.key.applicantType === type;
}

function laterOf(current: LastAdmitted | null, rank: number, candidate: RankingCandidate): LastAdmitted {
  return current && current.rank > rank ? current : { rank, candidate };
}

function runAdjustment(states: ApplicantState[], tracks: TrackState[], config: AdmissionConfig, run: boolean): void {
  const pool: Entry[] = [];
  for (const state of states) {
    const explanation = state.adjustment;
    if (state.admission) explanation.note = 'ADMITTED_EARLIER';
    else if (!config.adjustment.enabled) explanation.note = 'ADJUSTMENT_OFF';
    else if (!state.applicant.acceptsAdjustment) explanation.note = 'DID_NOT_ACCEPT';
    else if (!run) explanation.note = 'ROUND_NOT_RUN';
    else {
      const score = config.adjustment.rankBy === 'RANKING_SCORE' ? state.applicant.scores.ranking : state.applicant.scores.adjustment;
      if (score === undefined || score === null) explanation.note = 'NO_SCORE';
      else pool.push({ state, candidate: candidateOf(state, score) });
    }
  }
  if (!run) return;
  pool.sort((a, b) => compareCandidates(a.candidate, b.candidate));

  const seatsAtStart = new Map(tracks.map((track) => [track, track.seatsLeft]));
  const openTracks = new Map(APPLICANT_TYPES.map((type) => [type, tracks.filter((track) => openTo(track, type))]));
  const seatsForType = new Map(
    APPLICANT_TYPES.map((type) => [type, (openTracks.get(type) as TrackState[]).reduce((sum, track) => sum + track.seatsLeft, 0)]),
  );
  const lastOfTrack = new Map<TrackState, LastAdmitted>();
  const admittedAt = new Map<TrackState, number>();
  const placedAt = new Map<ApplicantState, TrackState>();
  const passes: Array<'SAME_CITY' | 'ANY'> = config.adjustment.preference === 'SAME_CITY_FIRST' ? ['SAME_CITY', 'ANY'] : ['ANY'];

  for (const pass of passes) {
    pool.forEach(({ state, candidate }, position) => {
      if (placedAt.has(state)) return;
      const type = state.applicant.type;
      if ((seatsForType.get(type) as number) === 0) return;
      const cityId = state.applicant.cityId ?? null;
      if (pass === 'SAME_CITY' && cityId === null) return;
      let best: TrackState | null = null;
      for (const track of openTracks.get(type) as TrackState[]) {
        if (track.seatsLeft === 0 || (pass === 'SAME_CITY' && track.cityId !== cityId)) continue;
        if (!best || track.seatsLeft > best.seatsLeft) best = track;
      }
      if (!best) return;
      admitTo(state, best, 'ADJUSTMENT', null, position + 1, candidate.score);
      placedAt.set(state, best);
      for (const other of APPLICANT_TYPES) if (openTo(best, other)) seatsForType.set(other, (seatsForType.get(other) as number) - 1);
      lastOfTrack.set(best, laterOf(lastOfTrack.get(best) ?? null, position + 1, candidate));
      admittedAt.set(best, (admittedAt.get(best) ?? 0) + 1);
    });
  }

  const lastOfType = new Map<ApplicantType, LastAdmitted | null>(
    APPLICANT_TYPES.map((type) => [
      type,
      (openTracks.get(type) as TrackState[]).reduce<LastAdmitted | null>((latest, track) => {
        const last = lastOfTrack.get(track);
        return last ? laterOf(latest, last.rank, last.candidate) : latest;
      }, null),
    ]),
  );
  pool.forEach(({ state, candidate }, position) => {
    const explanation = state.adjustment;
    const rank = position + 1;
    explanation.considered = true;
    explanation.score = candidate.score;
    explanation.rank = rank;
    const track = placedAt.get(state);
    const last = track ? (lastOfTrack.get(track) as LastAdmitted) : (lastOfType.get(state.applicant.type) ?? null);
    explanation.lastAdmittedRank = last ? last.rank : null;
    explanation.lastAdmittedScore = last ? last.candidate.score : null;
    if (track) {
      explanation.note = 'ADMITTED';
      explanation.track = track.key;
      const cityId = state.applicant.cityId ?? null;
      explanation.sameCity = cityId !== null && track.cityId === cityId;
    } else {
      explanation.note = 'NO_SEAT_LEFT';
      if (last && last.rank < rank) explanation.decidedBy = decidingKey(last.candidate, candidate);
    }
  });
  for (const track of tracks) {
    const last = lastOfTrack.get(track) ?? null;
    track.rounds.push({
      round: 'ADJUSTMENT',
      seatsAtStart: seatsAtStart.get(track) as number,
      considered: null,
      admitted: admittedAt.get(track) ?? 0,
      seatsLeft: track.seatsLeft,
      lastAdmittedRank: last ? last.rank : null,
      lastAdmittedScore: last ? last.candidate.score : null,
    });
  }
}

// ---------- the rule ----------

/** RC-6: admit a round's applicants into its tracks. Pure: the same input (and seed) gives the same result. */
export function admit(input: AdmissionInput): AdmissionResult {
  const { config } = input;
  validateConfig(config);
  const rounds = roundsToRun(config);
  const { tracks, bases } = buildTracks(input.tracks);
  const states = buildApplicants(input.applicants, config);

  if (config.mechanism === 'SEQUENTIAL_CHOICES') {
    runChoiceRound('FIRST', states, tracks, bases);
    if (rounds.includes('SECOND')) runChoiceRound('SECOND', states, tracks, bases);
    else skipChoiceRound(1, states, bases);
  } else {
    runParallelRound(states, tracks, bases);
  }
  runAdjustment(states, tracks, config, rounds.includes('ADJUSTMENT'));

  // Round, then track, then rank (adjustment's two passes may admit out of rank order within a track).
  const admissions = ADMISSION_ROUND_ORDER.flatMap((round) =>
    tracks.flatMap((track) => [...(track.admitted.get(round) ?? [])].sort((a, b) => a.rank - b.rank)),
  );

  return {
    mechanism: config.mechanism,
    rounds,
    tieBreak: { secondKey: { ...config.tieBreak.secondKey }, lotterySeed: config.tieBreak.lotterySeed },
    admissions,
    tracks: tracks.map((track) => ({
      track: track.key,
      cityId: track.cityId,
      quota: track.quota,
      rounds: track.rounds,
      seatsLeft: track.seatsLeft,
    })),
    explanations: states.map((state) => ({
      applicantId: state.applicant.id,
      applicantType: state.applicant.type,
      acceptsAdjustment: state.applicant.acceptsAdjustment,
      lotteryTicket: state.ticket,
      choices: state.choices,
      adjustment: state.adjustment,
      admission: state.admission,
    })),
  };
}
