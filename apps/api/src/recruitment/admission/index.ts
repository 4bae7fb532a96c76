import { AdmissionNoticeVerifyController, AdmissionRunsController, MyAdmissionController } from './admission.controller';
import { PlacementsController } from './placements.controller';
import { RankingController } from './ranking.controller';

/** Recruitment's ranking, admission, placements and notices (RC-6 to RC-9). */
export const RECRUITMENT_ADMISSION_CONTROLLERS = [RankingController, AdmissionRunsController, MyAdmissionController, AdmissionNoticeVerifyController, PlacementsController];
