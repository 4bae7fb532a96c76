import { JobPayloads, JobsOfQueue, QueueName } from '@app/queue';
import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';

/** One handler per job of the queue; the mapped type makes a missing handler a compile error. */
export type QueueHandlers<Q extends QueueName> = { [K in JobsOfQueue<Q>]: (job: Job<JobPayloads[K]>) => Promise<unknown> };

/** Dispatches a queue's jobs by name to its handler map, and tells the boot check which jobs it handles. */
export abstract class CataloguedProcessor<Q extends QueueName> extends WorkerHost {
  protected readonly logger = new Logger(this.constructor.name);
  protected abstract readonly handlers: QueueHandlers<Q>;

  handledJobNames(): string[] {
    return Object.keys(this.handlers);
  }

  /**
   * Connection and lock errors (Redis restarting; a job whose Redis record was lost meanwhile) are logged
   * here rather than thrown as unhandled 'error' events; the job's work is recovered from MySQL.
   */
  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    this.logger.warn(`queue worker: ${error.message}`);
  }

  async process(job: Job): Promise<unknown> {
    const handler = (this.handlers as Record<string, ((job: Job) => Promise<unknown>) | undefined>)[job.name];
    if (!handler) throw new Error(`No handler for job ${job.name}`);
    const result = await handler(job);
    this.logger.debug(`${job.name} #${job.id} done`);
    return result;
  }
}
