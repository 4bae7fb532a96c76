import multipart from '@fastify/multipart';
import { AppConfig } from '@app/common/config';
import { logFailedRequest } from '@app/common/logging';
import { ValidationPipe } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger, PinoLogger } from 'nestjs-pino';
import { useDepthLimitedJsonParser } from './http/json-body';
import { useSecurityHeaders } from './http/security-headers';
import { mountQueueBoard } from './queues/queue-board';

const DOCS_PATH = 'docs';

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
  app.useLogger(app.get(Logger));
  const requestLog = await app.resolve(PinoLogger);
  requestLog.setContext('http');
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', (request, reply, done) => {
      logFailedRequest(requestLog, request, reply.statusCode, reply.elapsedTime);
      done();
    });
  await useSecurityHeaders(app, config.http.hstsMaxAgeSeconds);
  useDepthLimitedJsonParser(app, config.http.jsonMaxDepth);
  await app.register(multipart, { limits: { fileSize: config.http.uploadMaxBytes, files: 1, fields: 10 } });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.enableShutdownHooks();
  await mountQueueBoard(app);
  if (config.http.docsEnabled) setUpDocs(app);
}

/** OpenAPI at /docs (Swagger UI) and /docs/openapi.json, only where API_DOCS_ENABLED allows it. */
function setUpDocs(app: NestFastifyApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('助理全科医生培训结业考核与招录平台 API')
      .setDescription(
        'Final assessment and recruitment of assistant general practitioner training. Errors: `{ code, message: { zh, en }, details }`. ' +
          'Every route answers a JSON body nested too deeply with 400 `BODY_TOO_DEEP`.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: `${DOCS_PATH}/openapi.json` });
}
