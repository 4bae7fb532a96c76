/**
 * The types the API answers with, by name. `npm run generate:client` turns each into a JSON schema
 * (response-schemas.generated.json), the OpenAPI document publishes them, and the portal's client is
 * generated from that document: the views in the libraries are the one source of every response shape.
 * A controller returns the named type and says so with `@ApiResult('Name')`; a spec checks both agree.
 */
import type { CandidateSessionResults, CertificateListPage, AttemptView, JudgedAttemptView, PublicationView, ReportRow, ResultListRow, RetrainingListRow, RotationDeadlineReport, ScoreImportView, SessionStatistics, TraineeStandingView } from '@app/scores';
import type { EligibilityExceptionPage, EligibilityVerdict, NationalRosterReport, SessionCancellationImpact, SessionCancellationResult, SessionView, SignupHistory, SignupListRow, SignupView, SubmittedSignupView } from '@app/assessment';
import type { AccountLockView, AccountView, Organisation, SessionToken, TemporaryPasswordView } from '@app/identity';
import type { CandidateSeat, ExamSite, ExamSlot, SeatingReport, SiteWithSlots, TicketProgress, TicketRenderFailurePage, TicketVerification } from '@app/tickets';
import type { RosterImportReport, TraineeView } from '@app/training';
import type { AuditRecord } from '@app/common/audit';
import type { PhotoRequirements } from '@app/common/photo';
import type { MessagePage, MessageView } from '@app/notifications';

export type { Actor } from '@app/common/actor';
export type {
  AccountLockView, AccountView, AttemptView, AuditRecord, CandidateSeat, CandidateSessionResults, CertificateListPage, EligibilityExceptionPage, EligibilityVerdict, ExamSite, ExamSlot,
  JudgedAttemptView, MessagePage, MessageView, NationalRosterReport, Organisation, PhotoRequirements, PublicationView, RosterImportReport, RotationDeadlineReport, ScoreImportView,
  SeatingReport, SessionCancellationImpact, SessionCancellationResult, SessionStatistics, SessionToken, SessionView, SignupHistory, SignupView, SiteWithSlots, SubmittedSignupView, TemporaryPasswordView,
  TicketProgress, TicketRenderFailurePage, TicketVerification, TraineeStandingView, TraineeView,
};

/** One page of a list: its rows and the number of all rows that match. */
export interface AccountPage { items: AccountView[]; total: number }
export interface AuditPage { items: AuditRecord[]; total: number }
export interface TraineePage { items: TraineeView[]; total: number }
export interface ReportRowPage { items: ReportRow[]; total: number }

/** One page of a list, with where the page is. */
export interface SignupPage { items: SignupListRow[]; total: number; page: number; pageSize: number }
export interface ResultPage { items: ResultListRow[]; total: number; page: number; pageSize: number }

/** SC-6: the retraining list, as of the day it was asked for. */
export interface RetrainingPage {
  items: RetrainingListRow[];
  total: number;
  page: number;
  pageSize: number;
  /** the day (Beijing time) the list counts from, YYYY-MM-DD */
  today: string;
}

/** Liveness: the process answers. */
export interface Liveness {
  status: 'ok';
}

/** The candidate's unread messages, for the badge. */
export interface UnreadCount {
  unread: number;
}

/** Every message marked read. */
export interface ReadAll {
  /** messages this call marked read */
  marked: number;
  /** unread messages left (0, unless one arrived meanwhile) */
  unread: number;
}

/** A job the worker will run. */
export interface QueuedJob {
  jobId: string;
}

/** A record just created. */
export interface CreatedRecord {
  id: number;
}

/** Ticket generation: numbers issued now, render jobs queued, and the progress so far. */
export interface TicketGeneration {
  issued: number;
  jobs: number;
  progress: TicketProgress;
}

/** Ticket numbers: issued now, and those that already had one. */
export interface TicketNumbering {
  issued: number;
  alreadyIssued: number;
}

/** A slot moved: how many tickets were made again. */
export interface Rescheduling {
  ticketsRegenerated: number;
}

/** An identity number shown in full, on purpose and audited. */
export interface RevealedIdNumber {
  idType: string;
  idNumber: string;
}

/** The number of jobs per state in a queue. */
export type QueueCounts = Record<string, number>;

/** A one-time link to the queue board: open it (a path on this origin) within its minute. */
export interface BoardLink {
  /** e.g. /api/queues/enter?code=… */
  url: string;
  expiresAt: string;
}

export * from './recruitment-admission-types';
export * from './recruitment-application-types';
