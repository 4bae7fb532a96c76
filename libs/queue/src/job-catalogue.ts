/**
 * The job catalogue. Queue and job names and payload shapes are a persisted contract: jobs already in
 * Redis carry them, so never rename a value; add new ones instead. Payloads carry ids only.
 */
export enum QueueName {
  Assessment = 'assessment',
}

export enum JobName {
  VoidUncorrectedReturns = 'void-uncorrected-returns',
}

export interface JobPayloads {
  [JobName.VoidUncorrectedReturns]: { requestedBy: 'schedule' | 'manual' };
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.VoidUncorrectedReturns]: QueueName.Assessment,
};

/** The scheduler id of the voiding sweep: one id, so any number of workers schedule it once. */
export const VOID_SWEEP_SCHEDULER_ID = 'void-uncorrected-returns-every-minute';
export const VOID_SWEEP_EVERY_MS = 60_000;
