import { AssessmentJobsProducer } from '@app/queue';
import { Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../http/actor.decorator';

@ApiTags('jobs')
@ApiBearerAuth()
@Roles('CENTRE_ADMIN')
@Controller('jobs')
export class JobsController {
  constructor(private readonly producer: AssessmentJobsProducer) {}

  @Post('void-uncorrected-returns')
  @ApiOperation({ summary: 'Run the FA-8 sweep now (it also runs every minute): void returned sign-ups not corrected in time' })
  async voidSweep(): Promise<{ jobId: string }> {
    const job = await this.producer.runVoidSweepNow();
    return { jobId: String(job.id) };
  }

  @Get('counts')
  @ApiOperation({ summary: 'Queue depth and failures' })
  counts(): Promise<Record<string, number>> {
    return this.producer.counts();
  }
}
