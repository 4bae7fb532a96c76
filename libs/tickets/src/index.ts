export * from './render';
export * from './rules';
export * from './verification';
