/**
 * Recruitment's ranking, admission, placements and notices (SPEC Part D: RC-6, RC-7, RC-8, RC-9): the types these
 * routes answer with, re-exported by response-types.ts so `npm run generate:client` publishes them.
 */
import type {
  AdmissionNoticeVerification,
  AdmissionOutcomePage,
  AdmissionOutcomeView,
  AdmissionRunView,
  AdmissionStagesView,
  AdmissionStageView,
  AdmissionTrackView,
  MyAdmissionView,
  PlacementView,
  RankingImportReport,
  RankingScoreView,
  ReturnView,
  StoredScorePage,
  StoredScoreRow,
} from '@app/recruitment';

export type {
  AdmissionNoticeVerification,
  AdmissionOutcomePage,
  AdmissionOutcomeView,
  AdmissionRunView,
  AdmissionStagesView,
  AdmissionStageView,
  AdmissionTrackView,
  MyAdmissionView,
  PlacementView,
  RankingImportReport,
  RankingScoreView,
  ReturnView,
  StoredScorePage,
  StoredScoreRow,
};

