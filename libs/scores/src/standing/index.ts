import { CertificateListService } from './certificate-list.service';
import { RetrainingListService } from './retraining-list.service';
import { RotationDeadlineRecheckService } from './rotation-deadline-recheck.service';
import { RotationDeadlineViewService } from './rotation-deadline-view.service';
import { RotationDeadlineService } from './rotation-deadline.service';
import { RotationDeadlineStore } from './rotation-deadline.store';
import { SessionStatisticsService } from './session-statistics.service';
import { StandingReader } from './standing-reader';
import { StandingService } from './standing.service';
import { StandingStore } from './standing.store';
import { ThreeYearLimitNoticeService } from './three-year-limit-notice.service';
import { TraineeStandingViewService } from './trainee-standing-view.service';

export const STANDING_PROVIDERS = [
  StandingService,
  RotationDeadlineService,
  RotationDeadlineRecheckService,
  TraineeStandingViewService,
  CertificateListService,
  RetrainingListService,
  RotationDeadlineViewService,
  SessionStatisticsService,
  ThreeYearLimitNoticeService,
];
/** Provided, not exported: other modules go through the services. */
export const STANDING_STORES = [StandingStore, StandingReader, RotationDeadlineStore];
export { RotationDeadlineRecheckService, RotationDeadlineService, StandingService, ThreeYearLimitNoticeService };
export * from './certificate-list.service';
export * from './retraining-list.service';
export * from './rotation-deadline-view.service';
export type { RotationDeadlineCancellation, SessionResultsOfTrainee } from './rotation-deadline-cancellation';
export { ROTATION_DEADLINE_APPLIED, ROTATION_DEADLINE_CANCELLED } from './rotation-deadline.service';
export * from './session-statistics.rules';
export * from './session-statistics.service';
export * from './standing-read.rules';
export type { CountedAttempt } from './standing-reader';
export * from './trainee-standing-view.service';
