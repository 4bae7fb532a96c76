import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import {
  JobName,
  JobPayloads,
  MESSAGE_DELIVERY_EVERY_MS,
  MESSAGE_DELIVERY_SCHEDULER_ID,
  QueueName,
  THREE_YEAR_LIMIT_PATTERN,
  THREE_YEAR_LIMIT_SCHEDULER_ID,
  THREE_YEAR_LIMIT_TIME_ZONE,
} from './job-catalogue';

@Injectable()
export class NotificationJobsProducer {
  constructor(@InjectQueue(QueueName.Notifications) private readonly queue: Queue) {}

  /** Idempotent: every worker calls it at boot; Redis keeps one scheduler per id. */
  async scheduleDelivery(): Promise<void> {
    await this.queue.upsertJobScheduler(
      MESSAGE_DELIVERY_SCHEDULER_ID,
      { every: MESSAGE_DELIVERY_EVERY_MS },
      { name: JobName.DeliverMessages, data: { requestedBy: 'schedule' } satisfies JobPayloads[JobName.DeliverMessages] },
    );
  }

  async scheduleThreeYearLimitNotices(): Promise<void> {
    await this.queue.upsertJobScheduler(
      THREE_YEAR_LIMIT_SCHEDULER_ID,
      { pattern: THREE_YEAR_LIMIT_PATTERN, tz: THREE_YEAR_LIMIT_TIME_ZONE },
      { name: JobName.NotifyThreeYearLimits, data: { requestedBy: 'schedule' } satisfies JobPayloads[JobName.NotifyThreeYearLimits] },
    );
  }

  /** A delivery run now (the centre's button, and tests). */
  async deliverNow(): Promise<Job> {
    const data: JobPayloads[JobName.DeliverMessages] = { requestedBy: 'manual' };
    return this.queue.add(JobName.DeliverMessages, data);
  }

  async notifyThreeYearLimitsNow(): Promise<Job> {
    const data: JobPayloads[JobName.NotifyThreeYearLimits] = { requestedBy: 'manual' };
    return this.queue.add(JobName.NotifyThreeYearLimits, data);
  }

  async counts(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
  }
}
