export * from './actor';
export * from './audit';
export * from './common.module';
export * from './config';
export * from './errors';
export * from './logging';
export * from './storage';
export * from './time';
