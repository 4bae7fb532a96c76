export * from './sql-values';
