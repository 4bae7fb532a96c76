export * from './logger.module';
export * from './mask-id-numbers';
export * from './request-summary';
export * from './request-log';
