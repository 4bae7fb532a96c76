import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobName, JobPayloads, QueueName } from './job-catalogue';

/**
 * Tickets are rendered in batches; a batch's job id names its tickets and revisions, so a repeat is a no-op.
 * A retry of tickets that failed before gets a fresh id (`attempt`), since their old job is already complete.
 * Much of Chromium's cost is per PDF whatever its length, so a large run goes in batches of up to
 * MAX_TICKETS_PER_JOB; a smaller one is cut into at least MIN_JOBS, so every worker slot has work and
 * progress moves, but never below MIN_TICKETS_PER_JOB.
 */
export const MIN_TICKETS_PER_JOB = 25;
export const MAX_TICKETS_PER_JOB = 100;
const MIN_JOBS = 4;

export function ticketsPerJob(tickets: number): number {
  return Math.min(MAX_TICKETS_PER_JOB, Math.max(MIN_TICKETS_PER_JOB, Math.ceil(tickets / MIN_JOBS)));
}

@Injectable()
export class TicketJobsProducer {
  constructor(@InjectQueue(QueueName.Tickets) private readonly queue: Queue) {}

  async enqueueRender(tickets: Array<{ id: number; revision: number }>, attempt?: string): Promise<number> {
    const jobs = [];
    const size = ticketsPerJob(tickets.length);
    for (let i = 0; i < tickets.length; i += size) {
      const batch = tickets.slice(i, i + size);
      const data: JobPayloads[JobName.RenderTickets] = { ticketIds: batch.map((t) => t.id) };
      jobs.push({ name: JobName.RenderTickets, data, opts: { jobId: `render-${batch.map((t) => `${t.id}r${t.revision}`).join('_')}${attempt ? `-${attempt}` : ''}` } });
    }
    if (jobs.length > 0) await this.queue.addBulk(jobs);
    return jobs.length;
  }

  /**
   * The tickets some unfinished job will render. All states are read by one Redis script, so a job moving between
   * them is seen once; a job that finished is left out (its tickets are rendered, or failed and recorded).
   */
  async heldTicketIds(): Promise<Set<number>> {
    const jobs = await this.queue.getJobs(['active', 'waiting', 'delayed', 'prioritized', 'paused', 'waiting-children']);
    const held = new Set<number>();
    for (const job of jobs) {
      if ((job?.name as JobName | undefined) !== JobName.RenderTickets) continue;
      for (const id of (job.data as JobPayloads[JobName.RenderTickets]).ticketIds) held.add(id);
    }
    return held;
  }

  async counts(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
  }
}
