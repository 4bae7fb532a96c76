import { JobName, QueueName } from '@app/queue';
import { RotationDeadlineService, ScoreImportService } from '@app/scores';
import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { CataloguedProcessor, QueueHandlers } from './catalogued-processor';

const IMPORT_JOBS = new Set<string>([JobName.PreviewScoreImport, JobName.CommitScoreImport]);

// autorun off: the worker module starts only the queues this copy is configured for (WORKER_QUEUES).
@Processor(QueueName.Scores, { concurrency: 1, autorun: false })
export class ScoresProcessor extends CataloguedProcessor<QueueName.Scores> {
  protected readonly handlers: QueueHandlers<QueueName.Scores>;

  constructor(
    private readonly imports: ScoreImportService,
    rotationDeadlines: RotationDeadlineService,
  ) {
    super();
    this.handlers = {
      [JobName.PreviewScoreImport]: (job) => this.imports.runPreview(job.data.importId),
      [JobName.CommitScoreImport]: (job) => this.imports.runCommit(job.data.importId),
      [JobName.ApplyRotationDeadlines]: () => rotationDeadlines.applyDue(),
    };
  }

  /** After the last retry of an import job, the import says it failed instead of staying PREVIEWING / COMMITTING. */
  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, error: Error): Promise<void> {
    if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    if (IMPORT_JOBS.has(job.name)) {
      await this.imports.giveUp((job.data as { importId: number }).importId, error.message);
    }
  }
}
