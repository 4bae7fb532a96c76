export * from './assessment-jobs.producer';
export * from './job-catalogue';
export * from './queue.module';
export * from './score-jobs.producer';
export * from './ticket-jobs.producer';
