import { AssessmentModule } from '@app/assessment';
import { CommonModule } from '@app/common';
import { AppConfig } from '@app/common/config';
import { LoggingModule } from '@app/common/logging';
import { DatabaseModule } from '@app/database';
import { AssessmentJobsProducer, JobName, QueueModule, ScoreJobsProducer } from '@app/queue';
import { ScoresModule } from '@app/scores';
import { TicketRenderingModule } from '@app/tickets';
import { Module, OnApplicationBootstrap } from '@nestjs/common';
import { AssessmentProcessor } from './assessment.processor';
import { ScoresProcessor } from './scores.processor';
import { TicketsProcessor } from './tickets.processor';

@Module({
  imports: [CommonModule, LoggingModule, DatabaseModule, QueueModule, AssessmentModule, TicketRenderingModule, ScoresModule],
  providers: [AssessmentProcessor, TicketsProcessor, ScoresProcessor],
})
export class WorkerModule implements OnApplicationBootstrap {
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
    if (this.config.workerSchedules) {
      await this.producer.scheduleVoidSweep();
      await this.scoreJobs.scheduleRotationDeadlines();
    }
  }
}
