export * from './ticket-number.rules';
export * from './seating.rules';
