import { MailDelivery } from '@app/notifications';
import { JobName, QueueName } from '@app/queue';
import { ThreeYearLimitNoticeService } from '@app/scores';
import { Processor } from '@nestjs/bullmq';
import { CataloguedProcessor, QueueHandlers } from './catalogued-processor';

/**
 * Candidates' messages: the e-mail outbox (every 15 seconds) and SC-7's daily notices. One job at a time per
 * worker; several workers share the outbox (each claims other messages).
 */
// autorun off: the worker module starts only the queues this copy is configured for (WORKER_QUEUES).
@Processor(QueueName.Notifications, { concurrency: 1, autorun: false })
export class NotificationsProcessor extends CataloguedProcessor<QueueName.Notifications> {
  protected readonly handlers: QueueHandlers<QueueName.Notifications>;

  constructor(delivery: MailDelivery, limits: ThreeYearLimitNoticeService) {
    super();
    this.handlers = {
      [JobName.DeliverMessages]: () => delivery.deliverDue(),
      [JobName.NotifyThreeYearLimits]: () => limits.notifyDue(),
    };
  }
}
