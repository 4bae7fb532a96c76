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
