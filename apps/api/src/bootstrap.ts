import multipart from '@fastify/multipart';
import { AppConfig } from '@app/common/config';
import { logFailedRequest } from '@app/common/logging';
import { Clock } from '@app/common/time';
import { ValidationPipe } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger, PinoLogger } from 'nestjs-pino';
import { setUpDocs } from './docs/api-docs';
import { API_PREFIX } from './http/api-prefix';
import { useDepthLimitedJsonParser } from './http/json-body';
import { portalIsBuilt, servePortal } from './http/portal';
import { useSecurityHeaders } from './http/security-headers';
import { mountQueueBoard } from './queues/queue-board';

/**
 * The HTTP server as main.ts and the e2e tests both build it. X-Forwarded-For is believed only from the
 * configured proxies: trusted from anyone, it lets every client choose its own address and so escape the
 * login throttle.
 */
export function createHttpAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({ trustProxy: config.http.trustedProxies.length > 0 ? [...config.http.trustedProxies] : false });
}

/** Everything main.ts and the e2e tests both need, so the tests run the app exactly as shipped. */
export async function configureApp(app: NestFastifyApplication): Promise<void> {
  const config = app.get(AppConfig);
  const clock = app.get(Clock);
  app.useLogger(app.get(Logger));
  const requestLog = await app.resolve(PinoLogger);
  requestLog.setContext('http');
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', (request, reply, done) => {
      logFailedRequest(requestLog, request, reply.statusCode, reply.elapsedTime);
      done();
    })
    // The Date header tells the time the rules run on: the portal counts windows and countdowns from it, not from
    // the visitor's own clock, which may be wrong (and the tests move the platform's clock through a calendar).
    .addHook('onSend', (_request, reply, payload, done) => {
      reply.header('date', clock.now().toUTCString());
      done(null, payload);
    });
  await useSecurityHeaders(app, config.http.hstsMaxAgeSeconds);
  useDepthLimitedJsonParser(app, config.http.jsonMaxDepth);
  await app.register(multipart, { limits: { fileSize: config.http.uploadMaxBytes, files: 1, fields: 10 } });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.enableShutdownHooks();
  await mountQueueBoard(app);
  if (config.http.docsEnabled) setUpDocs(app);
  await servePortal(app, config.http.portalDir);
  if (!portalIsBuilt(config.http.portalDir)) {
    app.get(Logger).warn(`The portal is not built (no index.html in ${config.http.portalDir}): its pages answer 404 until it is`, 'Portal');
  }
}
