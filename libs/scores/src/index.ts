export * from './entities/score-import.entity';
export * from './entities/trainee-standing.entity';
export * from './errors';
export * from './imports';
export * from './results';
export * from './rules';
export * from './scores.module';
export * from './standing';
