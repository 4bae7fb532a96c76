import { AssessmentJobsProducer, NotificationJobsProducer, ScoreJobsProducer } from '@app/queue';
import { Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../http/actor.decorator';
import { ApiErrors } from '../http/api-errors.decorator';
import { ApiResult } from '../docs/api-result';
import { QueueCounts, QueuedJob } from '../docs/response-types';

@ApiTags('jobs')
@ApiBearerAuth()
@Roles('CENTRE_ADMIN')
// Each asks the queues in Redis.
@ApiErrors('REDIS_UNAVAILABLE')
@Controller('jobs')
export class JobsController {
  constructor(
    private readonly producer: AssessmentJobsProducer,
    private readonly scoreJobs: ScoreJobsProducer,
    private readonly notificationJobs: NotificationJobsProducer,
  ) {}

  @Post('void-uncorrected-returns')
  @ApiOperation({ summary: 'Run the FA-8 sweep now (it also runs every minute): void returned sign-ups not corrected in time' })
  @ApiResult('QueuedJob')
  async voidSweep(): Promise<QueuedJob> {
    const job = await this.producer.runVoidSweepNow();
    return { jobId: String(job.id) };
  }

  @Post('apply-rotation-deadlines')
  @ApiOperation({ summary: 'Run the SC-5 job now (it also runs every 10 minutes): cancel the results of candidates who missed a session\'s rotation cutoff' })
  @ApiResult('QueuedJob')
  async applyRotationDeadlines(): Promise<QueuedJob> {
    const job = await this.scoreJobs.applyRotationDeadlinesNow();
    return { jobId: String(job.id) };
  }

  @Post('deliver-messages')
  @ApiOperation({ summary: 'Send the due e-mails of candidates\' messages now (the worker also does every 15 seconds)' })
  @ApiResult('QueuedJob')
  async deliverMessages(): Promise<QueuedJob> {
    const job = await this.notificationJobs.deliverNow();
    return { jobId: String(job.id) };
  }

  @Post('notify-three-year-limits')
  @ApiOperation({ summary: 'Run the SC-7 job now (it also runs daily at 07:00): tell trainees whose three-year limit is near what remains and by when' })
  @ApiResult('QueuedJob')
  async notifyThreeYearLimits(): Promise<QueuedJob> {
    const job = await this.notificationJobs.notifyThreeYearLimitsNow();
    return { jobId: String(job.id) };
  }

  @Get('counts')
  @ApiOperation({ summary: 'Queue depth and failures' })
  @ApiResult('QueueCounts')
  counts(): Promise<QueueCounts> {
    return this.producer.counts();
  }
}
