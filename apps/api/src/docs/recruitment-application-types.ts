/**
 * Recruitment's applications and their review (RC-1 … RC-5, RC-8 at sign-up): the types those routes answer with,
 * re-exported by response-types.ts.
 */
import type { ApplicationListRow, ApplicationPage, ApplicationView, RecruitmentRoundDetail, RecruitmentRoundSummary } from '@app/recruitment';

export type { ApplicationListRow, ApplicationPage, ApplicationView, RecruitmentRoundDetail, RecruitmentRoundSummary };
