export * from './ban.types';
export * from './bans.rules';
