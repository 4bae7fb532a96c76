export * from './ticket-token';
export * from './ticket-tokens';
