export * from './ticket-number.rules';
export * from './seating.rules';
export * from './ticket-window.rules';
export * from './render-failure.rules';
