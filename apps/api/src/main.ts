import 'reflect-metadata';
import { AppConfig } from '@app/common/config';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { configureApp } from './bootstrap';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter({ trustProxy: true }), { bufferLogs: true });
  await configureApp(app);
  const config = app.get(AppConfig);
  await app.listen(config.http.port, config.http.host);
}

void bootstrap();
