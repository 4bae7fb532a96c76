import { Module } from '@nestjs/common';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config';
import { maskIdNumbersDeep, maskIdNumbersInText } from './mask-id-numbers';
import { requestSummary } from './request-summary';

/**
 * Structured JSON logs (pino). Secrets are redacted and ID numbers masked before a line is written.
 * The per-request HTTP middleware of nestjs-pino is left off (`forRoutes: []`): it runs every request
 * through Nest's middleware layer and an AsyncLocalStorage, whose promise hooks then tax every promise
 * of the request, which the sign-up burst paid for on every submit. Failed requests are logged by a
 * Fastify hook instead (`logFailedRequests`), with the request id that error lines also carry.
 */
@Module({
  imports: [
    PinoLoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        forRoutes: [],
        pinoHttp: {
          level: config.logLevel,
          redact: ['req.headers.authorization', 'req.headers.cookie', 'req.body.password', 'req.body.idNumber'],
          // Whatever logs a request logs what identifies it: no headers, no body.
          serializers: { req: requestSummary },
          formatters: { log: (object: Record<string, unknown>) => maskIdNumbersDeep(object) as Record<string, unknown> },
          hooks: {
            logMethod(args, method) {
              method.apply(this, args.map((arg) => (typeof arg === 'string' ? maskIdNumbersInText(arg) : arg)) as Parameters<typeof method>);
            },
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
