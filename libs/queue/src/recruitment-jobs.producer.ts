import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { JobName, JobPayloads, QueueName, RECRUITMENT_REPORTING_EVERY_MS, RECRUITMENT_REPORTING_SCHEDULER_ID } from './job-catalogue';

/** Admission notices per batch: like tickets, Chromium's cost is per render, so notices go in batches. */
export const NOTICES_PER_JOB = 50;

/** Recruitment's jobs: admission notices (on the tickets queue, where the browser is) and the reporting-deadline sweep. */
@Injectable()
export class RecruitmentJobsProducer {
  constructor(
    @InjectQueue(QueueName.Tickets) private readonly tickets: Queue,
    @InjectQueue(QueueName.Assessment) private readonly assessment: Queue,
  ) {}

  /** A job id per batch of placements: queuing the same placements again (recovery) adds nothing. */
  async enqueueNotices(applicationIds: readonly number[], attempt?: string): Promise<number> {
    const jobs = [];
    for (let start = 0; start < applicationIds.length; start += NOTICES_PER_JOB) {
      const batch = applicationIds.slice(start, start + NOTICES_PER_JOB);
      const data: JobPayloads[JobName.RenderAdmissionNotices] = { applicationIds: [...batch] };
      jobs.push({ name: JobName.RenderAdmissionNotices, data, opts: { jobId: `notice-${batch[0]}-${batch[batch.length - 1]}-${batch.length}${attempt ? `-${attempt}` : ''}` } });
    }
    if (jobs.length > 0) await this.tickets.addBulk(jobs);
    return jobs.length;
  }

  /** Idempotent: every worker calls it at boot; Redis keeps one scheduler under one id. */
  async scheduleReportingSweep(): Promise<void> {
    await this.assessment.upsertJobScheduler(
      RECRUITMENT_REPORTING_SCHEDULER_ID,
      { every: RECRUITMENT_REPORTING_EVERY_MS },
      { name: JobName.CloseRecruitmentReporting, data: { requestedBy: 'schedule' } satisfies JobPayloads[JobName.CloseRecruitmentReporting] },
    );
  }

  async runReportingSweepNow(): Promise<Job> {
    const data: JobPayloads[JobName.CloseRecruitmentReporting] = { requestedBy: 'manual' };
    return this.assessment.add(JobName.CloseRecruitmentReporting, data);
  }
}
