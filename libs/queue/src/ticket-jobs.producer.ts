import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobName, JobPayloads, QueueName } from './job-catalogue';

/**
 * Tickets are rendered in batches; a batch's job id names its tickets and revisions, so a repeat is a no-op.
 * A retry of tickets that failed before gets a fresh id (`attempt`), since their old job is already complete.
 */
export const TICKETS_PER_JOB = 25;

@Injectable()
export class TicketJobsProducer {
  constructor(@InjectQueue(QueueName.Tickets) private readonly queue: Queue) {}

  async enqueueRender(tickets: Array<{ id: number; revision: number }>, attempt?: string): Promise<number> {
    const jobs = [];
    for (let i = 0; i < tickets.length; i += TICKETS_PER_JOB) {
      const batch = tickets.slice(i, i + TICKETS_PER_JOB);
      const data: JobPayloads[JobName.RenderTickets] = { ticketIds: batch.map((t) => t.id) };
      jobs.push({ name: JobName.RenderTickets, data, opts: { jobId: `render-${batch.map((t) => `${t.id}r${t.revision}`).join('_')}${attempt ? `-${attempt}` : ''}` } });
    }
    if (jobs.length > 0) await this.queue.addBulk(jobs);
    return jobs.length;
  }

  async counts(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
  }
}
