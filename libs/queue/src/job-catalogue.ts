/**
 * The job catalogue. Queue and job names and payload shapes are a persisted contract: jobs already in
 * Redis carry them, so never rename a value; add new ones instead. Payloads carry ids only.
 */
export enum QueueName {
  Assessment = 'assessment',
  Tickets = 'tickets',
  Scores = 'scores',
  Notifications = 'notifications',
}

export enum JobName {
  VoidUncorrectedReturns = 'void-uncorrected-returns',
  RenderTickets = 'render-tickets',
  PreviewScoreImport = 'preview-score-import',
  CommitScoreImport = 'commit-score-import',
  ApplyRotationDeadlines = 'apply-rotation-deadlines',
  DeliverMessages = 'deliver-messages',
  NotifyThreeYearLimits = 'notify-three-year-limits',
  RenderAdmissionNotices = 'render-admission-notices',
  CloseRecruitmentReporting = 'close-recruitment-reporting',
  ExpireRecruitmentReturns = 'expire-recruitment-returns',
}

export interface JobPayloads {
  [JobName.VoidUncorrectedReturns]: { requestedBy: 'schedule' | 'manual' };
  [JobName.RenderTickets]: { ticketIds: number[] };
  [JobName.PreviewScoreImport]: { importId: number };
  [JobName.CommitScoreImport]: { importId: number };
  [JobName.ApplyRotationDeadlines]: { requestedBy: 'schedule' | 'manual' };
  [JobName.DeliverMessages]: { requestedBy: 'schedule' | 'manual' };
  [JobName.NotifyThreeYearLimits]: { requestedBy: 'schedule' | 'manual' };
  /** Recruitment placements by application id. */
  [JobName.RenderAdmissionNotices]: { applicationIds: number[] };
  [JobName.CloseRecruitmentReporting]: { requestedBy: 'schedule' | 'manual' };
  [JobName.ExpireRecruitmentReturns]: { requestedBy: 'schedule' | 'manual' };
}

/** Which queue carries which job. */
export interface JobQueues {
  [JobName.VoidUncorrectedReturns]: QueueName.Assessment;
  [JobName.RenderTickets]: QueueName.Tickets;
  [JobName.PreviewScoreImport]: QueueName.Scores;
  [JobName.CommitScoreImport]: QueueName.Scores;
  [JobName.ApplyRotationDeadlines]: QueueName.Scores;
  [JobName.DeliverMessages]: QueueName.Notifications;
  [JobName.NotifyThreeYearLimits]: QueueName.Notifications;
  [JobName.RenderAdmissionNotices]: QueueName.Tickets;
  [JobName.CloseRecruitmentReporting]: QueueName.Assessment;
  [JobName.ExpireRecruitmentReturns]: QueueName.Assessment;
}

export const JOB_QUEUE: JobQueues = {
  [JobName.VoidUncorrectedReturns]: QueueName.Assessment,
  [JobName.RenderTickets]: QueueName.Tickets,
  [JobName.PreviewScoreImport]: QueueName.Scores,
  [JobName.CommitScoreImport]: QueueName.Scores,
  [JobName.ApplyRotationDeadlines]: QueueName.Scores,
  [JobName.DeliverMessages]: QueueName.Notifications,
  [JobName.NotifyThreeYearLimits]: QueueName.Notifications,
  // Admission notices are drawn by the ticket renderer, so they go where its browser is.
  [JobName.RenderAdmissionNotices]: QueueName.Tickets,
  [JobName.CloseRecruitmentReporting]: QueueName.Assessment,
  [JobName.ExpireRecruitmentReturns]: QueueName.Assessment,
};

/** The job names a queue carries: a processor's handler map is typed with it, so a missing handler fails to compile. */
export type JobsOfQueue<Q extends QueueName> = { [K in JobName]: JobQueues[K] extends Q ? K : never }[JobName];

/** The scheduler id of the voiding sweep: one id, so any number of workers schedule it once. */
export const VOID_SWEEP_SCHEDULER_ID = 'void-uncorrected-returns-every-minute';
export const VOID_SWEEP_EVERY_MS = 60_000;

/** SC-5: the rotation-deadline sweep looks for sessions whose cutoff has come; one id, scheduled once. */
export const ROTATION_DEADLINE_SCHEDULER_ID = 'apply-rotation-deadlines-every-ten-minutes';
export const ROTATION_DEADLINE_EVERY_MS = 600_000;

/** The e-mail outbox: due messages are sent every 15 seconds (the API never sends mail); one id, scheduled once. */
export const MESSAGE_DELIVERY_SCHEDULER_ID = 'deliver-messages-every-fifteen-seconds';
export const MESSAGE_DELIVERY_EVERY_MS = 15_000;

/** SC-7: the three-year-limit notices, once a day at 07:00 Beijing time (a rerun writes nothing twice). */
export const THREE_YEAR_LIMIT_SCHEDULER_ID = 'notify-three-year-limits-daily';
export const THREE_YEAR_LIMIT_PATTERN = '0 0 7 * * *';
export const THREE_YEAR_LIMIT_TIME_ZONE = 'Asia/Shanghai';

/** RC-7: the reporting-deadline sweep looks for rounds whose deadline has passed; one id, scheduled once. */
export const RECRUITMENT_REPORTING_SCHEDULER_ID = 'close-recruitment-reporting-every-ten-minutes';
export const RECRUITMENT_REPORTING_EVERY_MS = 600_000;
/** RC-5: returned recruitment applications past their correction deadline become withdrawals; one id, scheduled once. */
export const RETURN_EXPIRY_SCHEDULER_ID = 'expire-recruitment-returns-every-minute';
export const RETURN_EXPIRY_EVERY_MS = 60_000;
