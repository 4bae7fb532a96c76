import { ASSESSMENT_ERRORS } from '@app/assessment/errors';
import { COMMON_ERRORS, ErrorCatalogues, mergeErrorCatalogues } from '@app/common/errors';
import { IDENTITY_ERRORS } from '@app/identity/errors';
import { NOTIFICATION_ERRORS } from '@app/notifications/errors';
import { RECRUITMENT_ERRORS } from '@app/recruitment/errors';
import { SCORE_ERRORS } from '@app/scores/errors';
import { TICKET_ERRORS } from '@app/tickets/errors';
import { TRAINING_ERRORS } from '@app/training/errors';

/** Every library's catalogue; `satisfies` makes a library whose catalogue is left out a compile error. */
export const ERROR_CATALOGUES = {
  common: COMMON_ERRORS,
  identity: IDENTITY_ERRORS,
  training: TRAINING_ERRORS,
  notifications: NOTIFICATION_ERRORS,
  assessment: ASSESSMENT_ERRORS,
  tickets: TICKET_ERRORS,
  scores: SCORE_ERRORS,
  recruitment: RECRUITMENT_ERRORS,
} satisfies ErrorCatalogues;

/** The API's one catalogue (filter, OpenAPI, queue board); a code defined twice stops the API at start-up. */
export const ERROR_CATALOGUE = mergeErrorCatalogues(ERROR_CATALOGUES);
