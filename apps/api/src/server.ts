import 'reflect-metadata';
import { AppConfig, loadAppConfig } from '@app/common/config';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { bannerText } from './banner';
import { configureApp, createHttpAdapter } from './bootstrap';
import { API_PREFIX } from './http/api-prefix';
import { portalIsBuilt } from './http/portal';
import { DEMO_PASSWORD } from './seeding/demo-seed.service';
import { StartupSeedService } from './seeding/startup-seed.service';
import cluster from 'node:cluster';

/** One API process: Nest on Fastify, listening on the configured port. */
export async function serve(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createHttpAdapter(loadAppConfig()), { bufferLogs: true });
  await configureApp(app);
  const config = app.get(AppConfig);
  await app.listen(config.http.port, config.http.host);
  // With several API processes the first prints the banner; the others would repeat it.
  if (cluster.isWorker && cluster.worker?.id !== 1) return;
  process.stdout.write(
    bannerText({
      apiUrl: `http://${config.http.host}:${config.http.port}/${API_PREFIX}`,
      portalUrl: portalIsBuilt(config.http.portalDir) ? `${config.http.publicOrigin}/` : null,
      docsEnabled: config.http.docsEnabled,
      accounts: app.get(StartupSeedService).demoAccounts,
      demoPassword: DEMO_PASSWORD,
    }),
  );
}
