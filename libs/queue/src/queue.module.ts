import { AppConfig } from '@app/common/config';
import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { AssessmentJobsProducer } from './assessment-jobs.producer';
import { NotificationJobsProducer } from './notification-jobs.producer';
import { RecruitmentJobsProducer } from './recruitment-jobs.producer';
import { ScoreJobsProducer } from './score-jobs.producer';
import { TicketJobsProducer } from './ticket-jobs.producer';
import { QueueName } from './job-catalogue';
import { apiRedisOptions, workerRedisOptions } from './redis-connection';
import { RedisStatus } from './redis-status.service';

function queueRoot(connection: typeof apiRedisOptions): DynamicModule {
  return BullModule.forRootAsync({
    inject: [AppConfig],
    useFactory: (config: AppConfig) => ({
      connection: connection(config),
      prefix: config.redis.queuePrefix,
      defaultJobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: 1000, removeOnFail: 5000 },
    }),
  });
}

/**
 * The queues' Redis connection, imported once by each app: the API's fails fast while Redis is down (503),
 * the worker's waits for it to come back.
 */
export const QueueConnection = {
  forApi: (): DynamicModule => queueRoot(apiRedisOptions),
  forWorker: (): DynamicModule => queueRoot(workerRedisOptions),
};

@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Assessment }, { name: QueueName.Tickets }, { name: QueueName.Scores }, { name: QueueName.Notifications })],
  providers: [AssessmentJobsProducer, TicketJobsProducer, ScoreJobsProducer, NotificationJobsProducer, RecruitmentJobsProducer, RedisStatus],
  exports: [BullModule, AssessmentJobsProducer, TicketJobsProducer, ScoreJobsProducer, NotificationJobsProducer, RecruitmentJobsProducer, RedisStatus],
})
export class QueueModule {}
