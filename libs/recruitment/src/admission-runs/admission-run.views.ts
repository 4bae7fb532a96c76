import type { AdmissionRound, ApplicantExplanation, ApplicantType } from '../admission';
import type { AdmissionRunStatus } from '../entities/admission-run.entity';
import type { PlacementStatus } from '../entities/recruitment-placement.entity';

/** RC-6: one track's line of a run: its quota, how many it admitted, the last admitted score. */
export interface AdmissionTrackView {
  baseId: number;
  baseName: string;
  /** null: one quota for both applicant types. */
  applicantType: ApplicantType | null;
  quota: number;
  admitted: number;
  seatsLeft: number;
  lastAdmittedScore: number | null;
  rounds: Array<{ round: AdmissionRound; admitted: number; lastAdmittedScore: number | null }>;
}

/** An admission run (预览 / 已发布 / 已作废) with its recorded lottery seed and per-track summary. */
export interface AdmissionRunView {
  id: number;
  roundId: number;
  status: AdmissionRunStatus;
  /** The last round the run ran: the stage it publishes (FIRST, SECOND, PARALLEL or ADJUSTMENT). */
  through: AdmissionRound;
  /** The stage in Chinese: 第一志愿, 第二志愿, 平行志愿, 调剂. */
  stageLabel: string;
  /** True when no round is left after it. */
  finalStage: boolean;
  /** The published run whose stages this one continues, null for the first. */
  afterRunId: number | null;
  /** ISO instant from which applicants read this stage's results, null: as soon as it is published. */
  resultsVisibleFrom: string | null;
  /** The lottery seed of the tie-break: anyone can recompute every ticket (SHA-256 of `seed:applicationId`). */
  seed: string;
  /** SHA-256 of the input; a publish whose input differs is refused. */
  inputDigest: string;
  mechanism: 'SEQUENTIAL_CHOICES' | 'CENTRAL_PARALLEL';
  rounds: AdmissionRound[];
  applicants: number;
  admitted: number;
  quota: number;
  tracks: AdmissionTrackView[];
  /** ISO instants. */
  createdAt: string;
  publishedAt: string | null;
}

/** One stage of the round's admission (a choice round, the parallel round or adjustment). */
export interface AdmissionStageView {
  through: AdmissionRound;
  /** 第一志愿, 第二志愿, 平行志愿, 调剂 */
  label: string;
  final: boolean;
  /** ISO instant from which applicants read this stage's results; null: as soon as published. */
  resultsVisibleFrom: string | null;
  /** The published run that stopped after this stage, null when none did (not yet, or skipped). */
  publishedRunId: number | null;
  /** Decided by a published run (this stage's or a later one's): its scores are frozen. */
  settled: boolean;
  /** A run may stop after this stage now. */
  previewable: boolean;
}

export interface AdmissionStagesView {
  roundId: number;
  stages: AdmissionStageView[];
}

/** One applicant's outcome in a run, with the explanation data and its Chinese wording. */
export interface AdmissionOutcomeView {
  applicationId: number;
  name: string;
  idMasked: string;
  applicantType: ApplicantType;
  admitted: boolean;
  baseId: number | null;
  baseName: string | null;
  admittedBy: AdmissionRound | null;
  /** One line per choice, one for adjustment, one for the result. */
  lines: string[];
  explanation: ApplicantExplanation;
}

export interface AdmissionOutcomePage {
  items: AdmissionOutcomeView[];
  total: number;
  page: number;
  pageSize: number;
}

/** What an applicant sees of their round's admission, from the round's results time on. */
export interface MyAdmissionView {
  roundId: number;
  roundName: string;
  /** The latest published stage the applicant can read; before the final stage, later rounds may still admit. */
  stage: AdmissionRound;
  stageLabel: string;
  finalStage: boolean;
  admitted: boolean;
  baseName: string | null;
  admittedBy: AdmissionRound | null;
  /** Why, in plain Chinese: each choice, the adjustment, the result. */
  lines: string[];
  /** The place, once admitted: its reporting status and whether the admission notice can be downloaded. */
  placement: { status: PlacementStatus; reportedOn: string | null; noticeStatus: 'PENDING' | 'READY' | 'FAILED' } | null;
  /** ISO instant of the reporting deadline, null when the round sets none. */
  reportingDeadline: string | null;
}
