import { AuditRecord } from '@app/common/audit';
import { AssessmentSession } from '@app/assessment/entities/assessment-session.entity';
import { EligibilityException } from '@app/assessment/entities/eligibility-exception.entity';
import { Signup } from '@app/assessment/entities/signup.entity';
import { SubjectAttemptRecord } from '@app/assessment/entities/subject-attempt.entity';
import { Organisation } from '@app/identity/entities/organisation.entity';
import { UserAccount } from '@app/identity/entities/user-account.entity';
import { AdmitTicket } from '@app/tickets/entities/admit-ticket.entity';
import { ExamSite } from '@app/tickets/entities/exam-site.entity';
import { ExamSlot } from '@app/tickets/entities/exam-slot.entity';
import { SeatAssignmentRecord } from '@app/tickets/entities/seat-assignment.entity';
import { ResultPublication } from '@app/scores/entities/result-publication.entity';
import { ScoreImport } from '@app/scores/entities/score-import.entity';
import { TraineeStanding } from '@app/scores/entities/trainee-standing.entity';
import { Trainee } from '@app/training/trainee.entity';

/** Listed, not globbed: the same list serves the apps, the migration CLI and the tests. */
export const ENTITIES = [
  Organisation,
  UserAccount,
  Trainee,
  AssessmentSession,
  Signup,
  SubjectAttemptRecord,
  EligibilityException,
  AuditRecord,
  ExamSite,
  ExamSlot,
  SeatAssignmentRecord,
  AdmitTicket,
  ScoreImport,
  ResultPublication,
  TraineeStanding,
];
