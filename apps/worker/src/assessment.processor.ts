import { SignupVoidingService } from '@app/assessment';
import { JobName, JobPayloads, QueueName } from '@app/queue';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';

type Handlers = { [K in JobName]: (job: Job<JobPayloads[K]>) => Promise<unknown> };

/** Every JobName must have a handler here: the mapped type makes a missing one a compile error. */
@Processor(QueueName.Assessment, { concurrency: 2 })
export class AssessmentProcessor extends WorkerHost {
  private readonly logger = new Logger(AssessmentProcessor.name);
  private readonly handlers: Handlers;

  constructor(private readonly voiding: SignupVoidingService) {
    super();
    this.handlers = {
      [JobName.VoidUncorrectedReturns]: () => this.voiding.voidUncorrectedReturns(),
    };
  }

  handledJobNames(): string[] {
    return Object.keys(this.handlers);
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as JobName] as ((job: Job) => Promise<unknown>) | undefined;
    if (!handler) throw new Error(`No handler for job ${job.name}`);
    const result = await handler(job);
    this.logger.debug(`${job.name} #${job.id} done`);
    return result;
  }
}
