import { AppConfig } from '@app/common/config';
import { AssessmentJobsProducer, NotificationJobsProducer, QueueName, RecruitmentJobsProducer, RedisStatus, ScoreJobsProducer } from '@app/queue';
import { PlacementStore } from '@app/recruitment';
import { ScoreImportService } from '@app/scores';
import { TicketAccessService } from '@app/tickets';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';

type Reason = 'start' | 'reconnect' | 'periodic';

/**
 * Redis holds the queues, MySQL the record of what is owed. A Redis that restarts without its data loses the
 * waiting jobs and the schedules: at start, after every reconnect and periodically, the worker registers its
 * schedules again and queues again what MySQL says is pending but no queue holds. Every step is idempotent
 * (one scheduler id, job ids per ticket revision and per import), so any number of workers may do it at once.
 */
@Injectable()
export class QueueRecovery implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(QueueRecovery.name);
  private timer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  private running: Promise<void> | null = null;
  private again: Reason | null = null;
  private closed = false;

  constructor(
    private readonly config: AppConfig,
    private readonly redis: RedisStatus,
    private readonly assessmentJobs: AssessmentJobsProducer,
    private readonly scoreJobs: ScoreJobsProducer,
    private readonly notificationJobs: NotificationJobsProducer,
    private readonly tickets: TicketAccessService,
    private readonly imports: ScoreImportService,
    private readonly recruitmentJobs: RecruitmentJobsProducer,
    private readonly placements: PlacementStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.unsubscribe = this.redis.onReconnect(() => void this.recover('reconnect'));
    await this.recover('start');
    this.timer = setInterval(() => void this.recover('periodic'), this.config.workerReconcileIntervalMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.unsubscribe?.();
  }

  /** One pass at a time: a call during a pass makes one more pass after it (Redis may have come back meanwhile). */
  recover(reason: Reason): Promise<void> {
    if (this.running) {
      // A reconnect outranks a periodic pass: the schedules are registered only on start and reconnect.
      if (this.again !== 'reconnect') this.again = reason;
      return this.running;
    }
    this.running = (async () => {
      let next: Reason | null = reason;
      while (next && !this.closed) {
        this.again = null;
        await this.pass(next).catch((error: unknown) => this.logger.error(`recovery after ${next} failed: ${(error as Error).message}`));
        next = this.again;
      }
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(reason: Reason): Promise<void> {
    if (reason !== 'periodic' && this.config.workerSchedules) {
      await this.assessmentJobs.scheduleVoidSweep();
      await this.assessmentJobs.scheduleReturnExpirySweep();
      await this.scoreJobs.scheduleRotationDeadlines();
      await this.notificationJobs.scheduleDelivery();
      await this.notificationJobs.scheduleThreeYearLimitNotices();
      await this.recruitmentJobs.scheduleReportingSweep();
    }
    if (this.config.workerQueues.includes(QueueName.Tickets)) {
      const { tickets, jobs } = await this.tickets.requeueLostRenders();
      if (tickets > 0) this.logger.warn(`${tickets} tickets pending in MySQL were in no queue (${reason}): queued again in ${jobs} jobs`);
      // Admission notices still pending: their batch job ids make a job already queued a no-op.
      const notices = await this.placements.pendingNoticeIds();
      if (notices.length > 0) await this.recruitmentJobs.enqueueNotices(notices, reason === 'periodic' ? undefined : 'recovered');
    }
    if (this.config.workerQueues.includes(QueueName.Scores)) {
      await this.imports.requeueWorkerImports();
    }
  }
}
