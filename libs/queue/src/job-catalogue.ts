/**
 * The job catalogue. Queue and job names and payload shapes are a persisted contract: jobs already in
 * Redis carry them, so never rename a value; add new ones instead. Payloads carry ids only.
 */
export enum QueueName {
  Assessment = 'assessment',
  Tickets = 'tickets',
}

export enum JobName {
  VoidUncorrectedReturns = 'void-uncorrected-returns',
  RenderTickets = 'render-tickets',
}

export interface JobPayloads {
  [JobName.VoidUncorrectedReturns]: { requestedBy: 'schedule' | 'manual' };
  [JobName.RenderTickets]: { ticketIds: number[] };
}

/** Which queue carries which job. */
export interface JobQueues {
  [JobName.VoidUncorrectedReturns]: QueueName.Assessment;
  [JobName.RenderTickets]: QueueName.Tickets;
}

export const JOB_QUEUE: JobQueues = {
  [JobName.VoidUncorrectedReturns]: QueueName.Assessment,
  [JobName.RenderTickets]: QueueName.Tickets,
};

/** The job names a queue carries: a processor's handler map is typed with it, so a missing handler fails to compile. */
export type JobsOfQueue<Q extends QueueName> = { [K in JobName]: JobQueues[K] extends Q ? K : never }[JobName];

/** The scheduler id of the voiding sweep: one id, so any number of workers schedule it once. */
export const VOID_SWEEP_SCHEDULER_ID = 'void-uncorrected-returns-every-minute';
export const VOID_SWEEP_EVERY_MS = 60_000;
