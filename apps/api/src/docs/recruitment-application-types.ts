/**
 * Recruitment's applications and their review (RC-1 … RC-5, RC-8 at sign-up): the types those routes answer with,
 * re-exported by response-types.ts.
 */
import type { Bilingual } from '@app/assessment/rules';
import type { ApplicationListRow, ApplicationPage, ApplicationReviewHistory, ApplicationView, RecruitmentRoundDetail, RecruitmentRoundSummary, Jurisdiction } from '@app/recruitment';

export type { ApplicationListRow, ApplicationPage, ApplicationReviewHistory, ApplicationView, RecruitmentRoundDetail, RecruitmentRoundSummary };

/** What a staff member is in recruitment: which pages the portal shows, at which review level, in which jurisdiction. */
export interface RecruitmentStandingView {
  /** AUTHORITY: administers the jurisdiction's rounds and reviews at its CENTRE level; CITY and BASE review at theirs. */
  kind: 'AUTHORITY' | 'CITY' | 'BASE';
  jurisdiction: Jurisdiction;
  jurisdictionName: Bilingual;
  /** the city commission's (or the base's) city; null for the authority */
  cityId: number | null;
  /** a base's own organisation id; null otherwise */
  baseId: number | null;
}
