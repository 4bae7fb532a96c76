import { AssessmentModule } from '@app/assessment';
import { CommonModule } from '@app/common';
import { AppConfig } from '@app/common/config';
import { LoggingModule } from '@app/common/logging';
import { DatabaseModule } from '@app/database';
import { AssessmentJobsProducer, JobName, QueueModule } from '@app/queue';
import { Module, OnApplicationBootstrap } from '@nestjs/common';
import { AssessmentProcessor } from './assessment.processor';

@Module({
  imports: [CommonModule, LoggingModule, DatabaseModule, QueueModule, AssessmentModule],
  providers: [AssessmentProcessor],
})
export class WorkerModule implements OnApplicationBootstrap {
  constructor(
    private readonly producer: AssessmentJobsProducer,
    private readonly processor: AssessmentProcessor,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Boot fails if the catalogue names a job nobody handles.
    const handled = new Set(this.processor.handledJobNames());
    const missing = Object.values(JobName).filter((name) => !handled.has(name));
    if (missing.length > 0) throw new Error(`Jobs without a handler: ${missing.join(', ')}`);
    if (this.config.workerSchedules) await this.producer.scheduleVoidSweep();
  }
}
