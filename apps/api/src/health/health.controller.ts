import { AssessmentJobsProducer, ScoreJobsProducer, TicketJobsProducer } from '@app/queue';
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../http/actor.decorator';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly jobs: AssessmentJobsProducer,
    private readonly ticketJobs: TicketJobsProducer,
    private readonly scoreJobs: ScoreJobsProducer,
  ) {}

  /** Liveness only: the process answers. Also the trivial endpoint the benchmarks compare against. */
  @Public()
  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers (no dependencies checked)' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Public()
  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'MySQL and Redis reachability, with queue depth' })
  check(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.database.pingCheck('mysql', { timeout: 2000 }),
      async () => {
        const indicator = this.indicators.check('redis');
        try {
          // Asking the queue for its counts proves Redis answers and shows the backlog at the same time.
          const [assessmentQueue, ticketQueue, scoreQueue] = await withTimeout(Promise.all([this.jobs.counts(), this.ticketJobs.counts(), this.scoreJobs.counts()]), 2000);
          return indicator.up({ assessmentQueue, ticketQueue, scoreQueue });
        } catch (error) {
          return indicator.down({ message: (error as Error).message });
        }
      },
    ]);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref())]);
}
