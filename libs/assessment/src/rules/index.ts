export * from './subject';
export * from './subjects.rules';
export * from './eligibility.rules';
export * from './signup-state.rules';
export * from './signup-window.rules';
export * from './pass-rules';
export * from './review-history.rules';
export * from './session-cancellation.rules';
