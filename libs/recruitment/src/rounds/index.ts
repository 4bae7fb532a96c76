export * from './round.types';
export * from './quota-plan';
export * from './round.rules';
export * from './round-file';
export * from './demo-round';
export * from './round-storage';
export * from './admission-rule-text';
