export * from './ticket-token';
