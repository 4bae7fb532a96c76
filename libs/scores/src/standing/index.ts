import { RotationDeadlineService } from './rotation-deadline.service';
import { StandingService } from './standing.service';

// StandingService is provided by AssessmentModule, which ScoresModule imports.
export const STANDING_PROVIDERS = [RotationDeadlineService];
export { RotationDeadlineService, StandingService };
export * from './counting-attempts';
