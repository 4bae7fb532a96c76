import { AssessmentModule } from '@app/assessment';
import { CommonModule } from '@app/common';
import { AppConfig } from '@app/common/config';
import { LoggingModule } from '@app/common/logging';
import { DatabaseModule } from '@app/database';
import { NotificationDeliveryModule } from '@app/notifications';
import { JobName, QueueConnection, QueueModule, QueueName } from '@app/queue';
import { AdmissionNoticeRenderingModule, RecruitmentModule } from '@app/recruitment';
import { ScoresModule } from '@app/scores';
import { TicketRenderingModule, TicketsModule } from '@app/tickets';
import { TrainingModule } from '@app/training';
import { WorkerHost } from '@nestjs/bullmq';
import { Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { AssessmentProcessor } from './assessment.processor';
import { MailRecipientsProvider } from './mail-recipients.provider';
import { NotificationsProcessor } from './notifications.processor';
import { QueueRecovery } from './queue-recovery';
import { ScoresProcessor } from './scores.processor';
import { TicketsProcessor } from './tickets.processor';

@Module({
  imports: [
    CommonModule,
    LoggingModule,
    DatabaseModule,
    QueueConnection.forWorker(),
    QueueModule,
    TrainingModule,
    AssessmentModule,
    TicketsModule,
    TicketRenderingModule,
    ScoresModule,
    RecruitmentModule,
    AdmissionNoticeRenderingModule,
    NotificationDeliveryModule,
  ],
  // QueueRecovery registers the schedules and queues lost work again, at start and after every Redis reconnect.
  providers: [AssessmentProcessor, TicketsProcessor, ScoresProcessor, NotificationsProcessor, MailRecipientsProvider, QueueRecovery],
})
export class WorkerModule implements OnApplicationBootstrap {
  private readonly logger = new Logger(WorkerModule.name);

  constructor(
    private readonly assessment: AssessmentProcessor,
    private readonly tickets: TicketsProcessor,
    private readonly scores: ScoresProcessor,
    private readonly notifications: NotificationsProcessor,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Boot fails if the catalogue names a job nobody handles.
    const handled = new Set([...this.assessment.handledJobNames(), ...this.tickets.handledJobNames(), ...this.scores.handledJobNames(), ...this.notifications.handledJobNames()]);
    const missing = Object.values(JobName).filter((name) => !handled.has(name));
    if (missing.length > 0) throw new Error(`Jobs without a handler: ${missing.join(', ')}`);
    const processors: Array<[QueueName, WorkerHost]> = [
      [QueueName.Assessment, this.assessment],
      [QueueName.Tickets, this.tickets],
      [QueueName.Scores, this.scores],
      [QueueName.Notifications, this.notifications],
    ];
    for (const [queue, processor] of processors) {
      if (!this.config.workerQueues.includes(queue)) continue;
      // run() settles when the worker closes; a failure to start is logged, and the process keeps its other queues.
      processor.worker.run().catch((error: unknown) => this.logger.error(`queue ${queue} stopped: ${(error as Error).message}`));
    }
    this.logger.log(`taking jobs from: ${this.config.workerQueues.join(', ')}`);
  }
}
