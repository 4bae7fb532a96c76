export * from './assessment-jobs.producer';
export * from './job-catalogue';
export * from './queue.module';
export * from './redis-connection';
export * from './redis-settings';
export * from './redis-status.service';
export * from './score-jobs.producer';
export * from './ticket-jobs.producer';
