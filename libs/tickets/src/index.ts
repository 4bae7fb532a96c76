export * from './render';
export * from './rules';
