import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { AssessmentModule } from '@app/assessment';
import { CommonModule } from '@app/common';
import { AppConfig } from '@app/common/config';
import { LoggingModule } from '@app/common/logging';
import { DatabaseModule } from '@app/database';
import { IdentityModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { QueueConnection, QueueModule, rateLimitRedisOptions } from '@app/queue';
import { RecruitmentModule } from '@app/recruitment';
import { ScoresModule } from '@app/scores';
import { TicketsModule } from '@app/tickets';
import { TrainingModule } from '@app/training';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccountsController } from './accounts/accounts.controller';
import { AuditController } from './audit/audit.controller';
import { AuthController } from './auth/auth.controller';
import { CheckerController } from './checker/checker.controller';
import { DemoSeedService } from './seeding/demo-seed.service';
import { StartupSeedService } from './seeding/startup-seed.service';
import { HealthController } from './health/health.controller';
import { AccessGuard } from './http/access.guard';
import { JobsController } from './jobs/jobs.controller';
import { MessagesController } from './messages/messages.controller';
import { SitesController } from './tickets/sites.controller';
import { TicketsController } from './tickets/tickets.controller';
import { ErrorFilter } from './http/error.filter';
import { OrganisationsController } from './organisations/organisations.controller';
import { RECRUITMENT_ADMISSION_CONTROLLERS } from './recruitment/admission';
import { SCORES_CONTROLLERS } from './scores';
import { QueueBoardController } from './queues/queue-board.controller';
import { SessionsController } from './sessions/sessions.controller';
import { ApplicationReviewController } from './recruitment/applications/application-review.controller';
import { ApplicantRegistrationController, MyApplicationsController } from './recruitment/applications/my-applications.controller';
import { RecruitmentRoundsController } from './recruitment/applications/recruitment-rounds.controller';
import { MySignupsController } from './signups/my-signups.controller';
import { SignupsController } from './signups/signups.controller';
import { MeController } from './trainees/me.controller';
import { TraineesController } from './trainees/trainees.controller';

/** The login rate limit in Redis; its connection errors are reported once by RedisStatus, not by ioredis on stderr. */
function rateLimitStorage(config: AppConfig): ThrottlerStorageRedisService {
  const storage = new ThrottlerStorageRedisService({ ...rateLimitRedisOptions(config), keyPrefix: `${config.redis.queuePrefix}:throttle:` });
  storage.redis.on('error', () => undefined);
  return storage;
}

@Module({
  imports: [
    CommonModule,
    LoggingModule,
    DatabaseModule,
    QueueConnection.forApi(),
    QueueModule,
    IdentityModule,
    TrainingModule,
    NotificationsModule,
    AssessmentModule,
    TicketsModule,
    ScoresModule,
    RecruitmentModule,
    TerminusModule,
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ name: 'login', ttl: 60_000, limit: config.auth.loginRateLimitPerMinute }],
        // Fails fast while Redis is down, so a login answers 503 at once instead of waiting for it.
        storage: rateLimitStorage(config),
      }),
    }),
  ],
  controllers: [
    AuthController,
    AccountsController,
    OrganisationsController,
    TraineesController,
    MeController,
    MessagesController,
    SessionsController,
    MySignupsController,
    SignupsController,
    AuditController,
    HealthController,
    JobsController,
    SitesController,
    TicketsController,
    CheckerController,
    QueueBoardController,
    RecruitmentRoundsController,
    ApplicantRegistrationController,
    MyApplicationsController,
    ApplicationReviewController,
    ...SCORES_CONTROLLERS,
    ...RECRUITMENT_ADMISSION_CONTROLLERS,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: ErrorFilter },
    DemoSeedService,
    StartupSeedService,
  ],
})
export class AppModule {}
