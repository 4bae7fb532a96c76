export * from './group-batcher';
