import type { TimeWindow } from '@app/common/time';
import type { AdjustmentConfig, AdmissionMechanism, ApplicantType, SecondKey } from '../admission';
import type { DocumentRequirements } from '../documents';
import type { PolicyReference } from '../eligibility';
import type { Jurisdiction } from '../jurisdiction';
import type { ReviewChain, ReviewLevel } from '../review';

/**
 * A recruitment round's configuration: everything in which the notices differ is a field here, so the code that
 * reads a round never asks which jurisdiction it belongs to. Instants are Beijing notice times already turned
 * into half-open windows (FA-1's reading); null means the notice publishes no date for it.
 */

/** Seats per base (one quota for both types), or per base and applicant type (Fujian's 社会人 / 单位人 columns). */
export type QuotaPlan =
  | { split: 'BY_BASE'; bases: BaseQuota[] }
  | { split: 'BY_BASE_AND_TYPE'; bases: BaseTypeQuota[] };

export interface BaseQuota {
  base: string;
  city: string | null;
  quota: number;
}

export interface BaseTypeQuota {
  base: string;
  city: string | null;
  quotas: Record<ApplicantType, number>;
}

/** One choice round of base assessments (SEQUENTIAL_CHOICES): when the bases assess and when results show. */
export interface AssessmentSchedule {
  round: 'FIRST' | 'SECOND' | 'ADJUSTMENT';
  assessment: TimeWindow | null;
  resultsVisibleAt: Date | null;
}

/** What orders applicants: the centre's single ranking score, or each base's assessment per choice round. */
export type RankingConfig = { kind: 'CENTRE_RANKING' } | { kind: 'BASE_ASSESSMENT'; rounds: AssessmentSchedule[] };

/** The admission rule of the round; the lottery seed is drawn per run (admissionConfigOf). */
export interface RoundAdmissionRules {
  mechanism: AdmissionMechanism;
  adjustment: AdjustmentConfig;
  secondKey: SecondKey;
}

export interface RecruitmentRound {
  code: string;
  name: string;
  year: number;
  jurisdiction: Jurisdiction;
  signupWindow: TimeWindow;
  /** One entry per level of the review chain; null: the notice gives that level no dates. */
  reviewWindows: Partial<Record<ReviewLevel, TimeWindow | null>>;
  admission: { window: TimeWindow | null; resultsVisibleAt: Date | null };
  /** RC-7: reports after this instant are no-shows. */
  reportingDeadline: Date | null;
  /** RC-9: the bases' summary of who reported is due before this instant. */
  returnDeadline: Date | null;
  applicantTypes: ApplicantType[];
  /** null: the notice publishes no plan; admission cannot run until one is entered. */
  quotas: QuotaPlan | null;
  eligibilityPolicy: PolicyReference;
  reviewChain: ReviewChain;
  /** RC-4: at most this many ordered choices. */
  choices: { max: 1 | 2 };
  ranking: RankingConfig;
  admissionRules: RoundAdmissionRules;
  documents: DocumentRequirements;
  notes: string[];
}
