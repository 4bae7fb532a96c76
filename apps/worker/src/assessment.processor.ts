import { SignupVoidingService } from '@app/assessment';
import { JobName, QueueName } from '@app/queue';
import { Processor } from '@nestjs/bullmq';
import { CataloguedProcessor, QueueHandlers } from './catalogued-processor';

// autorun off: the worker module starts only the queues this copy is configured for (WORKER_QUEUES).
@Processor(QueueName.Assessment, { concurrency: 2, autorun: false })
export class AssessmentProcessor extends CataloguedProcessor<QueueName.Assessment> {
  protected readonly handlers: QueueHandlers<QueueName.Assessment>;

  constructor(private readonly voiding: SignupVoidingService) {
    super();
    this.handlers = {
      [JobName.VoidUncorrectedReturns]: () => this.voiding.voidUncorrectedReturns(),
    };
  }
}
