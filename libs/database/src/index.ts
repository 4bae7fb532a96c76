export * from './data-source-options';
export * from './database.module';
export * from './prepared-statements';
export * from './startup-lock';
