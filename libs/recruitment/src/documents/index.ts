export * from './documents.types';
export * from './documents.rules';
