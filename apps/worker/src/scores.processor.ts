import { JobName, QueueName } from '@app/queue';
import { RotationDeadlineService, ScoreImportService } from '@app/scores';
import { Processor } from '@nestjs/bullmq';
import { CataloguedProcessor, QueueHandlers } from './catalogued-processor';

// autorun off: the worker module starts only the queues this copy is configured for (WORKER_QUEUES).
@Processor(QueueName.Scores, { concurrency: 1, autorun: false })
export class ScoresProcessor extends CataloguedProcessor<QueueName.Scores> {
  protected readonly handlers: QueueHandlers<QueueName.Scores>;

  constructor(imports: ScoreImportService, rotationDeadlines: RotationDeadlineService) {
    super();
    this.handlers = {
      [JobName.PreviewScoreImport]: (job) => imports.runPreview(job.data.importId),
      [JobName.CommitScoreImport]: (job) => imports.runCommit(job.data.importId),
      [JobName.ApplyRotationDeadlines]: () => rotationDeadlines.applyDue(),
    };
  }
}
