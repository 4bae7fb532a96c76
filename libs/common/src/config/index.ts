export * from './app-config';
export * from './environment';
export * from './app-config.provider';
export * from './public-origin';
