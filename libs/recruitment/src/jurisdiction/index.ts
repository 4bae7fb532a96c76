export * from './jurisdiction';
