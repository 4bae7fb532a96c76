export * from './roster/roster-columns';
export * from './roster/roster-import.service';
export * from './roster/roster-report';
export * from './rotation-facts.events';
export * from './trainee-view';
export * from './trainee.entity';
export * from './trainee.service';
export * from './training.module';
