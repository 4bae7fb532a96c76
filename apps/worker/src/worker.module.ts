import { AssessmentModule } from '@app/assessment';
import { CommonModule } from '@app/common';
import { AppConfig } from '@app/common/config';
import { LoggingModule } from '@app/common/logging';
import { DatabaseModule } from '@app/database';
import { AssessmentJobsProducer, JobName, QueueConnection, QueueModule, QueueName, ScoreJobsProducer } from '@app/queue';
import { ScoresModule } from '@app/scores';
import { TicketRenderingModule } from '@app/tickets';
import { WorkerHost } from '@nestjs/bullmq';
import { Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { AssessmentProcessor } from './assessment.processor';
import { ScoresProcessor } from './scores.processor';
import { TicketsProcessor } from './tickets.processor';

@Module({
  imports: [CommonModule, LoggingModule, DatabaseModule, QueueConnection.forWorker(), QueueModule, AssessmentModule, TicketRenderingModule, ScoresModule],
  providers: [AssessmentProcessor, TicketsProcessor, ScoresProcessor],
})
export class WorkerModule implements OnApplicationBootstrap {
  private readonly logger = new Logger(WorkerModule.name);

  constructor(
    private readonly producer: AssessmentJobsProducer,
    private readonly assessment: AssessmentProcessor,
    private readonly tickets: TicketsProcessor,
    private readonly scores: ScoresProcessor,
    private readonly scoreJobs: ScoreJobsProducer,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Boot fails if the catalogue names a job nobody handles.
    const handled = new Set([...this.assessment.handledJobNames(), ...this.tickets.handledJobNames(), ...this.scores.handledJobNames()]);
    const missing = Object.values(JobName).filter((name) => !handled.has(name));
    if (missing.length > 0) throw new Error(`Jobs without a handler: ${missing.join(', ')}`);
    const processors: Array<[QueueName, WorkerHost]> = [
      [QueueName.Assessment, this.assessment],
      [QueueName.Tickets, this.tickets],
      [QueueName.Scores, this.scores],
    ];
    for (const [queue, processor] of processors) {
      if (!this.config.workerQueues.includes(queue)) continue;
      // run() settles when the worker closes; a failure to start is logged, and the process keeps its other queues.
      processor.worker.run().catch((error: unknown) => this.logger.error(`queue ${queue} stopped: ${(error as Error).message}`));
    }
    this.logger.log(`taking jobs from: ${this.config.workerQueues.join(', ')}`);
    if (this.config.workerSchedules) {
      await this.producer.scheduleVoidSweep();
      await this.scoreJobs.scheduleRotationDeadlines();
    }
  }
}
