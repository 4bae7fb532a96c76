import { DomainError, ErrorCode } from '@app/common/errors';
import { isRedisUnavailable } from '@app/queue/redis-connection';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_CATALOGUE } from './error-catalogue';

export interface ErrorBody {
  code: ErrorCode;
  message: { zh: string; en: string };
  details?: unknown;
}

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: 'VALIDATION_FAILED',
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN_ROLE',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'FILE_TYPE_UNSUPPORTED',
  [HttpStatus.TOO_MANY_REQUESTS]: 'TOO_MANY_REQUESTS',
};

/** One place maps every failure to `{ code, message: { zh, en }, details }` with the catalogue's status. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(ErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { status, body } = this.toBody(exception);
    if (status >= 500) {
      // The request id ties the stack to the request's own log line.
      const requestId = String(host.switchToHttp().getRequest<FastifyRequest>().id);
      this.logger.error(`request ${requestId}: ${exception instanceof Error ? exception.stack : String(exception)}`);
    }
    // A route may have set another Content-Type before failing (the photo routes' image/jpeg): errors are JSON.
    void reply.status(status).header('Content-Type', 'application/json; charset=utf-8').send(body);
  }

  private toBody(exception: unknown): { status: number; body: ErrorBody } {
    if (exception instanceof DomainError) return this.coded(exception.code, exception.details);
    if (exception instanceof ThrottlerException) return this.coded('TOO_MANY_REQUESTS');
    // The API's Redis clients fail at once while Redis is down (no offline queue): the client may retry later.
    if (isRedisUnavailable(exception)) return this.coded('REDIS_UNAVAILABLE');
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED');
      const response = exception.getResponse();
      const details = typeof response === 'object' && response !== null && 'message' in response ? { problems: response.message } : undefined;
      return { status, body: { code, message: messageOf(code), details } };
    }
    // Fastify's own errors (body too large, bad JSON, multipart limits) carry a statusCode.
    const statusCode = (exception as { statusCode?: number } | null)?.statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      const code = STATUS_CODES[statusCode] ?? 'VALIDATION_FAILED';
      return { status: statusCode, body: { code, message: messageOf(code), details: { problem: (exception as Error).message } } };
    }
    return this.coded('INTERNAL_ERROR');
  }

  private coded(code: ErrorCode, details?: unknown): { status: number; body: ErrorBody } {
    return { status: ERROR_CATALOGUE[code].status, body: { code, message: messageOf(code, details), details } };
  }
}

/** The catalogue's message, each `{name}` filled from the details' string or number of that name. */
function messageOf(code: ErrorCode, details?: unknown): { zh: string; en: string } {
  const { zh, en } = ERROR_CATALOGUE[code];
  if (typeof details !== 'object' || details === null) return { zh, en };
  const values = details as Record<string, unknown>;
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = values[name];
      return typeof value === 'string' || typeof value === 'number' ? String(value) : placeholder;
    });
  return { zh: fill(zh), en: fill(en) };
}
