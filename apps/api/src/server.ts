import 'reflect-metadata';
import { AppConfig, loadAppConfig } from '@app/common/config';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { configureApp, createHttpAdapter } from './bootstrap';
import { API_PREFIX } from './http/api-prefix';
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
  printBanner(`http://${config.http.host}:${config.http.port}/${API_PREFIX}`, config.http.docsEnabled, app.get(StartupSeedService).demoAccounts);
}

/** A plain banner for people (the logs are JSON for machines). */
function printBanner(url: string, docsEnabled: boolean, accounts: Array<{ username: string; role: string; organisation: string }>): void {
  const lines = [`API ready at ${url}  (${docsEnabled ? `OpenAPI: ${url}/docs, ` : ''}health: ${url}/health)`];
  if (accounts.length > 0) {
    lines.push(`Demo accounts, password ${DEMO_PASSWORD}:`);
    for (const a of accounts) lines.push(`  ${a.username.padEnd(14)} ${a.role.padEnd(14)} ${a.organisation}`);
  }
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}
