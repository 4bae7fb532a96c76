import { SignupVoidingService } from '@app/assessment';
import { JobName, QueueName } from '@app/queue';
import { ReportingService, ReturnExpiryService } from '@app/recruitment';
import { Processor } from '@nestjs/bullmq';
import { CataloguedProcessor, QueueHandlers } from './catalogued-processor';

// autorun off: the worker module starts only the queues this copy is configured for (WORKER_QUEUES).
@Processor(QueueName.Assessment, { concurrency: 2, autorun: false })
export class AssessmentProcessor extends CataloguedProcessor<QueueName.Assessment> {
  protected readonly handlers: QueueHandlers<QueueName.Assessment>;

  constructor(
    private readonly voiding: SignupVoidingService,
    private readonly reporting: ReportingService,
    private readonly returnExpiry: ReturnExpiryService,
  ) {
    super();
    this.handlers = {
      [JobName.VoidUncorrectedReturns]: () => this.voiding.voidUncorrectedReturns(),
      // RC-7: the reporting-deadline sweep (a scheduled sweep like the voiding one, exactly once per place).
      [JobName.CloseRecruitmentReporting]: () => this.reporting.closeDueRounds(),
      // RC-5 rides the assessment queue: the same kind of minute sweep, and no new queue for operators to run.
      [JobName.ExpireRecruitmentReturns]: () => this.returnExpiry.expireReturns(),
    };
  }
}
