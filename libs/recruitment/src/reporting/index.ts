export * from './reporting.rules';
