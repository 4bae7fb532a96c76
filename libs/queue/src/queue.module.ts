import { AppConfig } from '@app/common/config';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AssessmentJobsProducer } from './assessment-jobs.producer';
import { ScoreJobsProducer } from './score-jobs.producer';
import { TicketJobsProducer } from './ticket-jobs.producer';
import { QueueName } from './job-catalogue';

@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: { host: config.redis.host, port: config.redis.port, maxRetriesPerRequest: null },
        prefix: config.redis.queuePrefix,
        defaultJobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: 1000, removeOnFail: 5000 },
      }),
    }),
    BullModule.registerQueue({ name: QueueName.Assessment }, { name: QueueName.Tickets }, { name: QueueName.Scores }),
  ],
  providers: [AssessmentJobsProducer, TicketJobsProducer, ScoreJobsProducer],
  exports: [BullModule, AssessmentJobsProducer, TicketJobsProducer, ScoreJobsProducer],
})
export class QueueModule {}
