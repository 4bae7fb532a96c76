import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { JobName, JobPayloads, QueueName, RETURN_EXPIRY_EVERY_MS, RETURN_EXPIRY_SCHEDULER_ID, VOID_SWEEP_EVERY_MS, VOID_SWEEP_SCHEDULER_ID } from './job-catalogue';

@Injectable()
export class AssessmentJobsProducer {
  constructor(@InjectQueue(QueueName.Assessment) private readonly queue: Queue) {}

  /** Idempotent: every worker calls it at boot; Redis keeps one scheduler under one id. */
  async scheduleVoidSweep(): Promise<void> {
    await this.queue.upsertJobScheduler(
      VOID_SWEEP_SCHEDULER_ID,
      { every: VOID_SWEEP_EVERY_MS },
      { name: JobName.VoidUncorrectedReturns, data: { requestedBy: 'schedule' } satisfies JobPayloads[JobName.VoidUncorrectedReturns] },
    );
  }

  /** A sweep now (the centre's button, and tests). */
  async runVoidSweepNow(): Promise<Job> {
    const data: JobPayloads[JobName.VoidUncorrectedReturns] = { requestedBy: 'manual' };
    return this.queue.add(JobName.VoidUncorrectedReturns, data);
  }

  /** RC-5: the recruitment returns sweep, scheduled like the voiding sweep (idempotent, one id). */
  async scheduleReturnExpirySweep(): Promise<void> {
    await this.queue.upsertJobScheduler(
      RETURN_EXPIRY_SCHEDULER_ID,
      { every: RETURN_EXPIRY_EVERY_MS },
      { name: JobName.ExpireRecruitmentReturns, data: { requestedBy: 'schedule' } satisfies JobPayloads[JobName.ExpireRecruitmentReturns] },
    );
  }

  async runReturnExpirySweepNow(): Promise<Job> {
    const data: JobPayloads[JobName.ExpireRecruitmentReturns] = { requestedBy: 'manual' };
    return this.queue.add(JobName.ExpireRecruitmentReturns, data);
  }

  async counts(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
  }
}
