export * from './ticket-link';
export * from './ticket-token';
export * from './ticket-tokens';
