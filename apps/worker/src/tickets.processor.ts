import { JobName, QueueName } from '@app/queue';
import { AdmissionNoticeRenderService } from '@app/recruitment';
import { TicketRenderService } from '@app/tickets';
import { Processor } from '@nestjs/bullmq';
import { CataloguedProcessor, QueueHandlers } from './catalogued-processor';

/** TK-5: ticket batches (and RC-6's admission notices, drawn by the same browser), a few at a time per worker (each holds a browser page while it renders). */
// autorun off: the worker module starts only the queues this copy is configured for (WORKER_QUEUES).
@Processor(QueueName.Tickets, { concurrency: 2, lockDuration: 30_000, stalledInterval: 15_000, autorun: false })
export class TicketsProcessor extends CataloguedProcessor<QueueName.Tickets> {
  protected readonly handlers: QueueHandlers<QueueName.Tickets>;

  constructor(
    private readonly rendering: TicketRenderService,
    private readonly notices: AdmissionNoticeRenderService,
  ) {
    super();
    this.handlers = {
      [JobName.RenderTickets]: (job) => this.rendering.renderBatch(job.data.ticketIds),
      [JobName.RenderAdmissionNotices]: (job) => this.notices.renderBatch(job.data.applicationIds),
    };
  }
}
