import { InitialSchema1763800000000 } from './1763800000000-initial-schema';
import { SignupCreateProcedure1763800100000 } from './1763800100000-signup-create-procedure';
import { SitesSeatsTickets1763800200000 } from './1763800200000-sites-seats-tickets';
import { TicketFiles1763800300000 } from './1763800300000-ticket-files';
import { Scores1763800400000 } from './1763800400000-scores';
import { AccountLockout1763800500000 } from './1763800500000-account-lockout';
import { AccountAdministration1763800600000 } from './1763800600000-account-administration';
import { CandidateMessages1763800700000 } from './1763800700000-candidate-messages';
import { Recruitment1763800800000 } from './1763800800000-recruitment';
import { RecruitmentApplicants1763800900000 } from './1763800900000-recruitment-applicants';
import { SessionCancellation1763801100000 } from './1763801100000-session-cancellation';
import { MessageVisibleFrom1763801200000 } from './1763801200000-message-visible-from';
import { AdmissionStages1763801300000 } from './1763801300000-admission-stages';

export const MIGRATIONS = [InitialSchema1763800000000, SignupCreateProcedure1763800100000, SitesSeatsTickets1763800200000, TicketFiles1763800300000, Scores1763800400000, AccountLockout1763800500000, AccountAdministration1763800600000, CandidateMessages1763800700000, Recruitment1763800800000, RecruitmentApplicants1763800900000, SessionCancellation1763801100000, MessageVisibleFrom1763801200000, AdmissionStages1763801300000];
