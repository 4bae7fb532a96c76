import { SessionStandingController } from './session-standing.controller';
import { StandingController } from './standing.controller';

export const STANDING_CONTROLLERS = [StandingController, SessionStandingController];
