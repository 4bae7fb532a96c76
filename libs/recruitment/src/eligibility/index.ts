export * from './eligibility.types';
export * from './eligibility.rules';
export * from './policies';
