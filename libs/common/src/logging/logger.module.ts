import { Module } from '@nestjs/common';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config';
import { maskIdNumbersDeep, maskIdNumbersInText } from './mask-id-numbers';
import { requestSummary } from './request-summary';

/** Structured JSON logs (pino). Secrets are redacted and ID numbers masked before a line is written. */
@Module({
  imports: [
    PinoLoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          redact: ['req.headers.authorization', 'req.headers.cookie', 'req.body.password', 'req.body.idNumber'],
          // Every request's logger is made with its request serialised (and redacted) up front, though
          // only errors are logged: keep that to what identifies the request, no headers, no body.
          serializers: { req: requestSummary },
          // Per-request lines for errors only: the submit burst would otherwise spend its time logging.
          customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'silent'),
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
