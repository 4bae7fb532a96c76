export * from './theory-score.rules';
export * from './skills-score.rules';
export * from './assessment-completion.rules';
export * from './certificate.rules';
export * from './retraining.rules';
export * from './rotation-deadline.rules';
export * from './standing.rules';
export * from './three-year-limit-notice.rules';
