import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { FactoryProvider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AppConfig } from './app-config';
import { validateEnvironment } from './environment';

/** Validates the environment once, after ConfigModule has merged `.env` into it; boot fails on a bad value. */
export const appConfigProvider: FactoryProvider<AppConfig> = {
  provide: AppConfig,
  inject: [ConfigService],
  useFactory: () => new AppConfig(validateEnvironment(process.env)),
};

/**
 * The configuration outside a Nest application (the API's process supervisor): `.env` merged under the
 * environment, as ConfigModule does, then validated the same way.
 */
export function loadAppConfig(envFile = '.env'): AppConfig {
  if (existsSync(envFile)) {
    for (const [name, value] of Object.entries(parseEnv(readFileSync(envFile, 'utf8')))) process.env[name] ??= value;
  }
  return new AppConfig(validateEnvironment(process.env));
}
