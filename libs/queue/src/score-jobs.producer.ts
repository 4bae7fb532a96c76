import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { JobName, JobPayloads, QueueName, ROTATION_DEADLINE_EVERY_MS, ROTATION_DEADLINE_SCHEDULER_ID } from './job-catalogue';

@Injectable()
export class ScoreJobsProducer {
  constructor(@InjectQueue(QueueName.Scores) private readonly queue: Queue) {}

  /** A file too large to check inside the request; the job id makes a double click queue it once. */
  async previewImport(importId: number): Promise<void> {
    const data: JobPayloads[JobName.PreviewScoreImport] = { importId };
    await this.queue.add(JobName.PreviewScoreImport, data, { jobId: `preview-import-${importId}` });
  }

  async commitImport(importId: number): Promise<void> {
    const data: JobPayloads[JobName.CommitScoreImport] = { importId };
    await this.queue.add(JobName.CommitScoreImport, data, { jobId: `commit-import-${importId}` });
  }

  /** Idempotent: every worker calls it at boot; Redis keeps one scheduler under one id. */
  async scheduleRotationDeadlines(): Promise<void> {
    await this.queue.upsertJobScheduler(
      ROTATION_DEADLINE_SCHEDULER_ID,
      { every: ROTATION_DEADLINE_EVERY_MS },
      { name: JobName.ApplyRotationDeadlines, data: { requestedBy: 'schedule' } satisfies JobPayloads[JobName.ApplyRotationDeadlines] },
    );
  }

  async applyRotationDeadlinesNow(): Promise<Job> {
    const data: JobPayloads[JobName.ApplyRotationDeadlines] = { requestedBy: 'manual' };
    return this.queue.add(JobName.ApplyRotationDeadlines, data);
  }

  async counts(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
  }
}
