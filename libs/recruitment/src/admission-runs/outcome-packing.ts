import type {
  AdjustmentExplanation,
  Admission,
  AdmissionRound,
  ApplicantExplanation,
  ApplicantType,
  ChoiceExplanation,
  TrackKey,
} from '../admission';

/**
 * An applicant's explanation as stored in admission_outcome.explanation: the same data as ApplicantExplanation, in
 * positional arrays instead of named fields (about a third of the bytes). A run writes one per applicant, 100,000
 * in a large round, so the bytes are most of its cost. `unpackExplanation(pack(e), e.applicantId)` is `e` again.
 * Version 1: [1, type, accepts, ticket, choice1, choice2, adjustment, admission].
 */
export type PackedExplanation = [1, ApplicantType, 0 | 1, string, PackedChoice, PackedChoice, PackedAdjustment, PackedAdmission | null];

type PackedTrack = [number, ApplicantType | null] | null;
type PackedChoice = [1 | 2, ChoiceExplanation['round'], number | null, PackedTrack, 0 | 1, ChoiceExplanation['note'], number | null, number | null, number | null, number | null, number | null, ChoiceExplanation['decidedBy']];
type PackedAdjustment = [0 | 1, AdjustmentExplanation['note'], number | null, number | null, PackedTrack, boolean | null, number | null, number | null, AdjustmentExplanation['decidedBy']];
type PackedAdmission = [AdmissionRound, 1 | 2 | null, number, number, [number, ApplicantType | null]];

const packTrack = (track: TrackKey | null): PackedTrack => (track ? [track.baseId, track.applicantType] : null);
const unpackTrack = (track: PackedTrack): TrackKey | null => (track ? { baseId: track[0], applicantType: track[1] } : null);

function packChoice(c: ChoiceExplanation): PackedChoice {
  return [c.choice, c.round, c.baseId, packTrack(c.track), c.considered ? 1 : 0, c.note, c.score, c.rank, c.seatsAtStart, c.lastAdmittedRank, c.lastAdmittedScore, c.decidedBy];
}

function unpackChoice(p: PackedChoice): ChoiceExplanation {
  return {
    choice: p[0],
    round: p[1],
    baseId: p[2],
    track: unpackTrack(p[3]),
    considered: p[4] === 1,
    note: p[5],
    score: p[6],
    rank: p[7],
    seatsAtStart: p[8],
    lastAdmittedRank: p[9],
    lastAdmittedScore: p[10],
    decidedBy: p[11],
  };
}

function packAdjustment(a: AdjustmentExplanation): PackedAdjustment {
  return [a.considered ? 1 : 0, a.note, a.score, a.rank, packTrack(a.track), a.sameCity, a.lastAdmittedRank, a.lastAdmittedScore, a.decidedBy];
}

function unpackAdjustment(p: PackedAdjustment): AdjustmentExplanation {
  return {
    considered: p[0] === 1,
    note: p[1],
    score: p[2],
    rank: p[3],
    track: unpackTrack(p[4]),
    sameCity: p[5],
    lastAdmittedRank: p[6],
    lastAdmittedScore: p[7],
    decidedBy: p[8],
  };
}

export function packExplanation(e: ApplicantExplanation): PackedExplanation {
  const admission: PackedAdmission | null = e.admission
    ? [e.admission.round, e.admission.choice, e.admission.rank, e.admission.score, [e.admission.track.baseId, e.admission.track.applicantType]]
    : null;
  return [1, e.applicantType, e.acceptsAdjustment ? 1 : 0, e.lotteryTicket, packChoice(e.choices[0]), packChoice(e.choices[1]), packAdjustment(e.adjustment), admission];
}

export function unpackExplanation(p: PackedExplanation, applicantId: number): ApplicantExplanation {
  if (!Array.isArray(p) || p[0] !== 1) throw new RangeError(`Unknown stored explanation format: ${JSON.stringify(p).slice(0, 40)}`);
  const packed = p[7];
  const admission: Admission | null = packed
    ? { applicantId, round: packed[0], choice: packed[1], rank: packed[2], score: packed[3], track: { baseId: packed[4][0], applicantType: packed[4][1] } }
    : null;
  return {
    applicantId,
    applicantType: p[1],
    acceptsAdjustment: p[2] === 1,
    lotteryTicket: p[3],
    choices: [unpackChoice(p[4]), unpackChoice(p[5])],
    adjustment: unpackAdjustment(p[6]),
    admission,
  };
}
