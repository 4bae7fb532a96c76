/**
 * RC-6 admission: the data the pure rule reads and the result it returns. Ids are the organisation and
 * application ids the service holds; nothing here knows a table or a clock.
 */

/** RC-1: 单位人 (EMPLOYED) and 社会人 (INDEPENDENT). */
export type ApplicantType = 'EMPLOYED' | 'INDEPENDENT';
export const APPLICANT_TYPES: readonly ApplicantType[] = ['EMPLOYED', 'INDEPENDENT'];

/** 顺序志愿 (bases rank by their own assessment, choice round after choice round) or 平行志愿 (one central ranking). */
export type AdmissionMechanism = 'SEQUENTIAL_CHOICES' | 'CENTRAL_PARALLEL';
export const ADMISSION_MECHANISMS: readonly AdmissionMechanism[] = ['SEQUENTIAL_CHOICES', 'CENTRAL_PARALLEL'];

export type ChoiceRound = 'FIRST' | 'SECOND';
/** FIRST and SECOND belong to SEQUENTIAL_CHOICES, PARALLEL to CENTRAL_PARALLEL; both end with ADJUSTMENT. */
export type AdmissionRound = ChoiceRound | 'PARALLEL' | 'ADJUSTMENT';
/** The order rounds run and admissions are listed in. */
export const ADMISSION_ROUND_ORDER: readonly AdmissionRound[] = ['FIRST', 'SECOND', 'PARALLEL', 'ADJUSTMENT'];

/** A track is a base, or a base and an applicant type where the round splits quotas by type. */
export interface TrackKey {
  baseId: number;
  /** null: one quota for every applicant type at this base. */
  applicantType: ApplicantType | null;
}

export interface TrackQuota extends TrackKey {
  /** Seats of this track for the whole round (all admission rounds together). */
  quota: number;
  /** The base's city, for SAME_CITY_FIRST adjustment; null when unknown (never "same city"). */
  cityId: number | null;
}

/** A base's assessment score of one applicant in one choice round (SEQUENTIAL_CHOICES). */
export interface AssessmentScore {
  round: ChoiceRound;
  baseId: number;
  score: number;
}

export interface ApplicantScores {
  /** SEQUENTIAL_CHOICES: per choice round per base; only the base of that round's choice is read. */
  assessments?: readonly AssessmentScore[];
  /** CENTRAL_PARALLEL: the centre's single ranking score; also the adjustment score when adjustment ranks by it. */
  ranking?: number | null;
  /** The adjustment ranking score (e.g. an adjustment assessment) when adjustment ranks by ADJUSTMENT_SCORE. */
  adjustment?: number | null;
}

export interface Applicant {
  /** The application id: unique in the round, the last tie-break key (only if two lottery tickets collide). */
  id: number;
  type: ApplicantType;
  /** Base ids, first choice first; at most two (RC-4), no base twice. Resolved to a track by the applicant's type. */
  choices: readonly number[];
  /** RC-4: "accept adjustment". */
  acceptsAdjustment: boolean;
  /** The applicant's city (e.g. of the employer), for SAME_CITY_FIRST adjustment. */
  cityId?: number | null;
  /** When the application was submitted; the second tie-break key when configured as SUBMITTED_EARLIER. */
  submittedAt?: Date | null;
  /** Numeric fields a round may name as its second tie-break key (e.g. a written-test score). */
  fields?: Readonly<Record<string, number>>;
  scores: ApplicantScores;
}

/** What orders two applicants with the same score, before the lottery. A missing value ranks after any value. */
export type SecondKey =
  | { kind: 'NONE' }
  | { kind: 'SUBMITTED_EARLIER' }
  | { kind: 'FIELD'; field: string; order: 'HIGHER_FIRST' | 'LOWER_FIRST'; /** shown to applicants, e.g. 笔试成绩 */ label: string };

/**
 * Ranking order: score (higher first), then the second key, then the lottery ticket drawn from
 * `lotterySeed` for each applicant id (lower first; see lotteryTicket), then the application id. The seed is
 * chosen by the service (random, once per run) and stored with the run, so anyone can recompute every ticket.
 */
export interface TieBreakConfig {
  secondKey: SecondKey;
  lotterySeed: string;
}

export type AdjustmentPreference = 'SAME_CITY_FIRST' | 'NONE';
export type AdjustmentRanking = 'RANKING_SCORE' | 'ADJUSTMENT_SCORE';

export interface AdjustmentConfig {
  enabled: boolean;
  /**
   * SAME_CITY_FIRST: a first pass, in adjustment ranking order, places applicants only into bases of their own
   * city; a second pass, in the same order, places those still without a seat anywhere. NONE: the second pass only.
   * In either pass an applicant takes the open track (their type's, or one shared by both types) with the most
   * seats left, the lower base id on a tie.
   */
  preference: AdjustmentPreference;
  /** Which score orders the adjustment: the central ranking score or a separate adjustment score. */
  rankBy: AdjustmentRanking;
}

export interface AdmissionConfig {
  mechanism: AdmissionMechanism;
  adjustment: AdjustmentConfig;
  tieBreak: TieBreakConfig;
  /**
   * Stop after this round, when rounds are published one by one (e.g. first-choice results before the
   * second-choice assessment). Omitted: every round. Rounds are independent of later rounds' scores, so a
   * later full run admits exactly the same applicants in the rounds already run.
   */
  runThrough?: AdmissionRound;
}

export interface AdmissionInput {
  tracks: readonly TrackQuota[];
  applicants: readonly Applicant[];
  config: AdmissionConfig;
}

// ---------- result ----------

export interface Admission {
  applicantId: number;
  track: TrackKey;
  round: AdmissionRound;
  /** The choice (1 or 2) that admitted; null for adjustment. */
  choice: 1 | 2 | null;
  /** Position in the ranking the round used for this track (1-based). */
  rank: number;
  score: number;
}

export interface TrackRoundOutcome {
  round: AdmissionRound;
  seatsAtStart: number;
  /** Applicants ranked for this track in this round (choice rounds; null for adjustment, where anyone may land). */
  considered: number | null;
  admitted: number;
  seatsLeft: number;
  /** Rank and score of the lowest-ranked applicant admitted here in this round; null when nobody was. */
  lastAdmittedRank: number | null;
  lastAdmittedScore: number | null;
}

export interface TrackOutcome {
  track: TrackKey;
  cityId: number | null;
  quota: number;
  /** One entry per round that was run, in round order. */
  rounds: TrackRoundOutcome[];
  seatsLeft: number;
}

/**
 * Why a choice did or did not admit:
 * - ADMITTED;
 * - TRACK_FULL_BEFORE_TURN: ranked, but the track's seats went to applicants ranked above (or none were left);
 * - ADMITTED_EARLIER: admitted in an earlier round, or by an earlier choice of the same round: not considered;
 * - NO_SUCH_CHOICE: the applicant listed fewer choices;
 * - BASE_NOT_IN_PLAN: the base has no track in this round;
 * - NO_QUOTA_FOR_TYPE: the base splits quotas by type and has none for the applicant's type;
 * - NO_SCORE: no score for this round (absent from the base's assessment, or not ranked centrally);
 * - ROUND_NOT_RUN: the round comes after `runThrough`.
 */
export type ChoiceNote =
  | 'ADMITTED'
  | 'TRACK_FULL_BEFORE_TURN'
  | 'ADMITTED_EARLIER'
  | 'NO_SUCH_CHOICE'
  | 'BASE_NOT_IN_PLAN'
  | 'NO_QUOTA_FOR_TYPE'
  | 'NO_SCORE'
  | 'ROUND_NOT_RUN';

/** Which ranking key put a refused applicant behind the last one admitted. */
export type RankingKey = 'SCORE' | 'SECOND_KEY' | 'LOTTERY';

export interface ChoiceExplanation {
  choice: 1 | 2;
  round: 'FIRST' | 'SECOND' | 'PARALLEL';
  /** null only for NO_SUCH_CHOICE. */
  baseId: number | null;
  /** null when the choice does not resolve to a track (NO_SUCH_CHOICE, BASE_NOT_IN_PLAN, NO_QUOTA_FOR_TYPE). */
  track: TrackKey | null;
  /** Ranked for this track in this round (ADMITTED or TRACK_FULL_BEFORE_TURN). */
  considered: boolean;
  note: ChoiceNote;
  /** The score this round ranked by, when there is one. */
  score: number | null;
  /** Sequential: position among the track's applicants of this round; parallel: position in the central ranking. */
  rank: number | null;
  /** The track's seats left when the round began (null when there is no track or the round was not run). */
  seatsAtStart: number | null;
  lastAdmittedRank: number | null;
  lastAdmittedScore: number | null;
  /** For TRACK_FULL_BEFORE_TURN behind a last admitted applicant: the key that decided between them. */
  decidedBy: RankingKey | null;
}

/**
 * - ADMITTED; NO_SEAT_LEFT: ranked, but no track open to the applicant had a seat when their turn came;
 * - ADMITTED_EARLIER: admitted by a choice; DID_NOT_ACCEPT: declined adjustment (RC-4);
 * - ADJUSTMENT_OFF: the round has no adjustment; NO_SCORE: no adjustment ranking score;
 * - ROUND_NOT_RUN: adjustment comes after `runThrough`.
 */
export type AdjustmentNote =
  | 'ADMITTED'
  | 'NO_SEAT_LEFT'
  | 'ADMITTED_EARLIER'
  | 'DID_NOT_ACCEPT'
  | 'ADJUSTMENT_OFF'
  | 'NO_SCORE'
  | 'ROUND_NOT_RUN';

export interface AdjustmentExplanation {
  considered: boolean;
  note: AdjustmentNote;
  score: number | null;
  /** Position in the adjustment ranking (among those considered). */
  rank: number | null;
  /** Where the applicant was placed. */
  track: TrackKey | null;
  /** Placed at a base of the applicant's own city. */
  sameCity: boolean | null;
  /**
   * Admitted: the last admitted by adjustment at their track. NO_SEAT_LEFT: the last admitted by adjustment
   * at any track open to the applicant's type (with SAME_CITY_FIRST it may rank below them: a same-city place).
   */
  lastAdmittedRank: number | null;
  lastAdmittedScore: number | null;
  decidedBy: RankingKey | null;
}

export interface ApplicantExplanation {
  applicantId: number;
  applicantType: ApplicantType;
  acceptsAdjustment: boolean;
  /** This applicant's lottery ticket under the run's seed (16 hex digits; lower ranks first among full ties). */
  lotteryTicket: string;
  /** Always two entries: choice 1, choice 2. */
  choices: [ChoiceExplanation, ChoiceExplanation];
  adjustment: AdjustmentExplanation;
  admission: Admission | null;
}

/**
 * Plain data, ready to store. Each Admission and each TrackKey is one frozen object, shared wherever it appears
 * (the admissions list, the tracks, the explanations); the explanations themselves belong to one applicant each.
 */
export interface AdmissionResult {
  mechanism: AdmissionMechanism;
  /** The rounds that were run, in order. */
  rounds: AdmissionRound[];
  tieBreak: TieBreakConfig;
  /** By round, then track (base id, then type: shared, EMPLOYED, INDEPENDENT), then rank. */
  admissions: Admission[];
  /** Every track, in track order. */
  tracks: TrackOutcome[];
  /** Every applicant, by id. */
  explanations: ApplicantExplanation[];
}
