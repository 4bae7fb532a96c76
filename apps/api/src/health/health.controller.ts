import { DomainError } from '@app/common/errors';
import { AssessmentJobsProducer, NotificationJobsProducer, persistenceOf, RedisStatus, redisSettingWarnings, ScoreJobsProducer, TicketJobsProducer } from '@app/queue';
import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../http/actor.decorator';
import { ApiErrors } from '../http/api-errors.decorator';
import { ApiResult } from '../docs/api-result';
import { Liveness } from '../docs/response-types';

/** A Redis that answers at all answers in a few milliseconds; one that does not is reported down well within a second. */
const REDIS_TIMEOUT_MS = 900;

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
    private readonly notificationJobs: NotificationJobsProducer,
    private readonly redis: RedisStatus,
  ) {}

  /** Liveness only: the process answers. Also the trivial endpoint the benchmarks compare against. */
  @Public()
  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers (no dependencies checked)' })
  @ApiResult('Liveness')
  live(): Liveness {
    return { status: 'ok' };
  }

  @Public()
  @Get()
  @HealthCheck()
  @ApiOperation({
    summary: 'MySQL and Redis reachability, with queue depth and warnings about Redis settings (eviction policy, persistence)',
    description: '503 SERVICE_UNAVAILABLE when MySQL or Redis is down; its details say which.',
  })
  @ApiErrors('SERVICE_UNAVAILABLE')
  async check(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.database.pingCheck('mysql', { timeout: 2000 }),
        async () => {
          const indicator = this.indicators.check('redis');
          try {
            // Asking the queue for its counts proves Redis answers and shows the backlog at the same time.
            const [assessmentQueue, ticketQueue, scoreQueue, notificationQueue, settings] = await withTimeout(
              Promise.all([this.jobs.counts(), this.ticketJobs.counts(), this.scoreJobs.counts(), this.notificationJobs.counts(), this.redis.settings()]),
              REDIS_TIMEOUT_MS,
            );
            // A risky setting is a warning, not "down": the API still works, and a load balancer should keep it.
            return indicator.up({ assessmentQueue, ticketQueue, scoreQueue, notificationQueue, maxmemoryPolicy: settings.maxmemoryPolicy, persistence: persistenceOf(settings), warnings: redisSettingWarnings(settings) });
          } catch (error) {
            return indicator.down({ message: (error as Error).message });
          }
        },
      ]);
    } catch (error) {
      // Terminus reports "down" as a 503 of its own shape; the API's errors carry a code, here with what was down.
      if (error instanceof ServiceUnavailableException) throw new DomainError('SERVICE_UNAVAILABLE', error.getResponse());
      throw error;
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref())]);
}
