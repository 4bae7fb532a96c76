import { DomainError, ErrorCode } from '@app/common/errors';
import {
  ArgumentsHost,
  BadRequestException,
  ForbiddenException,
  HttpException,
  HttpStatus,
  InternalServerErrorException,
  Logger,
  NotFoundException,
  PayloadTooLargeException,
  ServiceUnavailableException,
  UnauthorizedException,
  UnsupportedMediaTypeException,
  ValidationPipe,
} from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { errorCodes as fastifyErrors } from 'fastify';
import MaxRetriesPerRequestError from 'ioredis/built/errors/MaxRetriesPerRequestError';
import { ERROR_CATALOGUE } from './error-catalogue';
import { ErrorBody, ErrorFilter } from './error.filter';

/** The part of FastifyReply the filter touches, recording what it was told. */
class FakeReply {
  statusCode = 200;
  readonly headers: Record<string, string> = {};
  body: unknown = undefined;
  sent = 0;

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  header(name: string, value: string): this {
    this.headers[name.toLowerCase()] = value;
    return this;
  }

  send(body: unknown): this {
    this.body = body;
    this.sent += 1;
    return this;
  }
}

function fakeHost(reply: FakeReply): ArgumentsHost {
  const http = { getResponse: () => reply, getRequest: () => ({ id: 'req-7', url: '/api/test', method: 'POST' }), getNext: () => undefined };
  return { switchToHttp: () => http, getType: () => 'http' } as unknown as ArgumentsHost;
}

/** Runs the filter on one exception and returns what the client would receive. */
function filtered(exception: unknown, reply = new FakeReply()): { status: number; body: ErrorBody; contentType: string | undefined; reply: FakeReply } {
  new ErrorFilter().catch(exception, fakeHost(reply));
  return { status: reply.statusCode, body: reply.body as ErrorBody, contentType: reply.headers['content-type'], reply };
}

const messageOf = (code: ErrorCode) => ({ zh: ERROR_CATALOGUE[code].zh, en: ERROR_CATALOGUE[code].en });

class SignupProbeDto {
  @IsString() name: string;
  @IsInt() @Min(2000) @Max(2100) year: number;
}

/** The BadRequestException the global ValidationPipe (bootstrap.ts options) throws for a bad body. */
async function validationFailure(body: unknown): Promise<BadRequestException> {
  const pipe = new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true });
  try {
    await pipe.transform(body, { type: 'body', metatype: SignupProbeDto, data: '' });
  } catch (error) {
    if (error instanceof BadRequestException) return error;
    throw error;
  }
  throw new Error('the pipe accepted the body');
}

let loggedErrors: jest.SpyInstance;
beforeEach(() => {
  loggedErrors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe('ERROR_CATALOGUE', () => {
  const codes = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

  it.each(codes)('errors %s has an HTTP error status and non-empty zh/en messages', (code) => {
    const entry = ERROR_CATALOGUE[code];
    expect(Number.isInteger(entry.status)).toBe(true);
    expect(entry.status).toBeGreaterThanOrEqual(400);
    expect(entry.status).toBeLessThanOrEqual(599);
    expect(entry.zh.trim()).not.toBe('');
    expect(entry.en.trim()).not.toBe('');
    expect(entry.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('errors codes are SCREAMING_SNAKE_CASE and unique', () => {
    for (const code of codes) expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('errors the codes the HTTP fallbacks rely on exist with their statuses', () => {
    expect(ERROR_CATALOGUE.VALIDATION_FAILED.status).toBe(400);
    expect(ERROR_CATALOGUE.UNAUTHENTICATED.status).toBe(401);
    expect(ERROR_CATALOGUE.FORBIDDEN_ROLE.status).toBe(403);
    expect(ERROR_CATALOGUE.FORBIDDEN_SCOPE.status).toBe(403);
    expect(ERROR_CATALOGUE.NOT_FOUND.status).toBe(404);
    expect(ERROR_CATALOGUE.PAYLOAD_TOO_LARGE.status).toBe(413);
    expect(ERROR_CATALOGUE.FILE_TYPE_UNSUPPORTED.status).toBe(415);
    expect(ERROR_CATALOGUE.TOO_MANY_REQUESTS.status).toBe(429);
    expect(ERROR_CATALOGUE.INTERNAL_ERROR.status).toBe(500);
  });

  it('FA-1 a closed window says, in Chinese, that late sign-ups are not accepted (漏报、逾期不予补报)', () => {
    expect(ERROR_CATALOGUE.SIGNUP_WINDOW_CLOSED.zh).toContain('逾期不予补报');
  });
});

describe('ErrorFilter: DomainError', () => {
  it.each(Object.keys(ERROR_CATALOGUE) as ErrorCode[])('errors DomainError %s → its catalogue status and bilingual message', (code) => {
    const { status, body, contentType } = filtered(new DomainError(code));
    expect(status).toBe(ERROR_CATALOGUE[code].status);
    expect(body).toEqual({ code, message: messageOf(code), details: undefined });
    expect(contentType).toBe('application/json; charset=utf-8');
  });

  it('FA-1 SIGNUP_WINDOW_CLOSED → 409 with its details passed through unchanged', () => {
    const details = { opensAt: '2024-02-29T08:00:00+08:00', closesAt: '2024-03-11T00:00:00+08:00' };
    const { status, body } = filtered(new DomainError('SIGNUP_WINDOW_CLOSED', details));
    expect(status).toBe(409);
    expect(body).toEqual({
      code: 'SIGNUP_WINDOW_CLOSED',
      message: { zh: '不在报名时间内，漏报、逾期不予补报', en: 'Sign-up is closed; late sign-ups are not accepted' },
      details,
    });
  });

  it.each<[ErrorCode, string, string]>([
    ['SIGNUP_WINDOW_NOT_OPEN', '报名尚未开始（开始时间：2024-02-29T08:00:00+08:00）', 'Sign-up has not opened yet (opens 2024-02-29T08:00:00+08:00)'],
    ['TICKET_WINDOW_NOT_OPEN', '准考证打印尚未开始（开始时间：2024-02-29T08:00:00+08:00）', 'Admit-ticket printing has not opened yet (opens 2024-02-29T08:00:00+08:00)'],
  ])('FA-1 / TK-1 %s → 409, its message names the opening time from the details', (code, zh, en) => {
    const details = { opensAt: '2024-02-29T08:00:00+08:00', closesAt: '2024-03-11T00:00:00+08:00' };
    const { status, body } = filtered(new DomainError(code, details));
    expect(status).toBe(409);
    expect(body).toEqual({ code, message: { zh, en }, details });
  });

  it('FA-1 / TK-1 "not now" answers one status for both windows, open or closed: 409', () => {
    for (const code of ['SIGNUP_WINDOW_NOT_OPEN', 'SIGNUP_WINDOW_CLOSED', 'TICKET_WINDOW_NOT_OPEN', 'TICKET_WINDOW_CLOSED'] as const) {
      expect(ERROR_CATALOGUE[code].status).toBe(409);
    }
    expect(ERROR_CATALOGUE.SIGNUP_WINDOW_NOT_OPEN.zh).not.toContain('逾期');
  });

  it('scope FORBIDDEN_SCOPE → 403', () => {
    const { status, body } = filtered(new DomainError('FORBIDDEN_SCOPE'));
    expect(status).toBe(403);
    expect(body.code).toBe('FORBIDDEN_SCOPE');
    expect(body.message).toEqual({ zh: '超出本机构的管辖范围', en: 'This record is outside your organisation' });
  });

  it('errors a custom DomainError message does not replace the catalogue text sent to clients', () => {
    const { body } = filtered(new DomainError('CONFLICT', { currentVersion: 3 }, 'internal note: row 17 version 3'));
    expect(body).toEqual({ code: 'CONFLICT', message: messageOf('CONFLICT'), details: { currentVersion: 3 } });
    expect(JSON.stringify(body)).not.toContain('internal note');
  });

  it('errors a domain error is not logged as an internal error', () => {
    filtered(new DomainError('SIGNUP_EXISTS'));
    expect(loggedErrors).not.toHaveBeenCalled();
  });

  it('errors a 500-class domain error is logged', () => {
    filtered(new DomainError('INTERNAL_ERROR'));
    expect(loggedErrors).toHaveBeenCalledTimes(1);
  });
});

describe('ErrorFilter: Redis down', () => {
  it('errors a Redis the API cannot reach (no offline queue, command cut off) → 503 REDIS_UNAVAILABLE', () => {
    for (const exception of [new Error("Stream isn't writeable and enableOfflineQueue options is false"), new MaxRetriesPerRequestError(0), new Error('Command timed out')]) {
      const { status, body } = filtered(exception);
      expect(status).toBe(503);
      expect(body).toEqual({ code: 'REDIS_UNAVAILABLE', message: messageOf('REDIS_UNAVAILABLE'), details: undefined });
    }
    expect(ERROR_CATALOGUE.REDIS_UNAVAILABLE.zh).toContain('Redis');
  });
});

describe('ErrorFilter: Nest HTTP exceptions', () => {
  it('errors ThrottlerException → 429 TOO_MANY_REQUESTS', () => {
    const { status, body } = filtered(new ThrottlerException());
    expect(status).toBe(429);
    expect(body).toEqual({ code: 'TOO_MANY_REQUESTS', message: messageOf('TOO_MANY_REQUESTS'), details: undefined });
  });

  it('errors ThrottlerException with a custom message → still the catalogue body', () => {
    const { status, body } = filtered(new ThrottlerException('slow down'));
    expect(status).toBe(429);
    expect(body.code).toBe('TOO_MANY_REQUESTS');
    expect(body.message).toEqual(messageOf('TOO_MANY_REQUESTS'));
  });

  it('errors a validation failure from the global ValidationPipe → 400 VALIDATION_FAILED listing every problem', async () => {
    const exception = await validationFailure({ name: 42, year: 1999, admin: true });
    const { status, body } = filtered(exception);
    expect(status).toBe(400);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.message).toEqual({ zh: '请求参数不合法', en: 'The request is invalid' });
    const problems = (body.details as { problems: string[] }).problems;
    expect(Array.isArray(problems)).toBe(true);
    expect(problems).toEqual(
      expect.arrayContaining(['property admin should not exist', 'name must be a string', 'year must not be less than 2000']),
    );
    expect(problems).toHaveLength(3);
  });

  it('errors a BadRequestException with a plain message → 400 VALIDATION_FAILED with that message as the problem', () => {
    const { status, body } = filtered(new BadRequestException('Validation failed (numeric string is expected)'));
    expect(status).toBe(400);
    expect(body).toEqual({
      code: 'VALIDATION_FAILED',
      message: messageOf('VALIDATION_FAILED'),
      details: { problems: 'Validation failed (numeric string is expected)' },
    });
  });

  it('errors NotFoundException (unknown route) → 404 NOT_FOUND', () => {
    const { status, body } = filtered(new NotFoundException('Cannot GET /api/nope'));
    expect(status).toBe(404);
    expect(body).toEqual({ code: 'NOT_FOUND', message: messageOf('NOT_FOUND'), details: { problems: 'Cannot GET /api/nope' } });
  });

  it.each<[string, HttpException, number, ErrorCode]>([
    ['UnauthorizedException', new UnauthorizedException(), 401, 'UNAUTHENTICATED'],
    ['ForbiddenException (a guard said no)', new ForbiddenException(), 403, 'FORBIDDEN_ROLE'],
    ['PayloadTooLargeException', new PayloadTooLargeException(), 413, 'PAYLOAD_TOO_LARGE'],
    ['UnsupportedMediaTypeException', new UnsupportedMediaTypeException(), 415, 'FILE_TYPE_UNSUPPORTED'],
    ['InternalServerErrorException', new InternalServerErrorException(), 500, 'INTERNAL_ERROR'],
  ])('errors %s → %i %s', (_label, exception, status, code) => {
    const result = filtered(exception);
    expect(result.status).toBe(status);
    expect(result.body.code).toBe(code);
    expect(result.body.message).toEqual(messageOf(code));
  });

  it('errors an HttpException with another 5xx status keeps the status and reports INTERNAL_ERROR', () => {
    const { status, body } = filtered(new ServiceUnavailableException());
    expect(status).toBe(HttpStatus.SERVICE_UNAVAILABLE);
    expect(body.code).toBe('INTERNAL_ERROR');
    expect(loggedErrors).toHaveBeenCalledTimes(1);
  });

  it('errors an HttpException whose response is a bare string carries no details', () => {
    const { status, body } = filtered(new HttpException('Not Acceptable', HttpStatus.NOT_ACCEPTABLE));
    expect(status).toBe(406);
    expect(body.details).toBeUndefined();
    expect(Object.keys(ERROR_CATALOGUE)).toContain(body.code);
  });

  it('errors 4xx HTTP exceptions are not logged as internal errors', () => {
    filtered(new NotFoundException());
    filtered(new ThrottlerException());
    expect(loggedErrors).not.toHaveBeenCalled();
  });
});

describe('ErrorFilter: Fastify errors (statusCode on a plain Error)', () => {
  it('errors Fastify FST_ERR_CTP_BODY_TOO_LARGE (413) → PAYLOAD_TOO_LARGE', () => {
    const { status, body } = filtered(new fastifyErrors.FST_ERR_CTP_BODY_TOO_LARGE());
    expect(status).toBe(413);
    expect(body).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: messageOf('PAYLOAD_TOO_LARGE'), details: { problem: 'Request body is too large' } });
  });

  it('errors any error object with statusCode 413 (multipart limits) → PAYLOAD_TOO_LARGE', () => {
    const error = Object.assign(new Error('request file too large'), { statusCode: 413, code: 'FST_REQ_FILE_TOO_LARGE' });
    const { status, body } = filtered(error);
    expect(status).toBe(413);
    expect(body).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: messageOf('PAYLOAD_TOO_LARGE'), details: { problem: 'request file too large' } });
  });

  it('errors Fastify FST_ERR_CTP_INVALID_MEDIA_TYPE (415) → FILE_TYPE_UNSUPPORTED', () => {
    const { status, body } = filtered(new fastifyErrors.FST_ERR_CTP_INVALID_MEDIA_TYPE());
    expect(status).toBe(415);
    expect(body.code).toBe('FILE_TYPE_UNSUPPORTED');
  });

  it('errors Fastify bad JSON body (400) → VALIDATION_FAILED with the problem', () => {
    const { status, body } = filtered(new fastifyErrors.FST_ERR_CTP_EMPTY_JSON_BODY());
    expect(status).toBe(400);
    expect(body).toEqual({
      code: 'VALIDATION_FAILED',
      message: messageOf('VALIDATION_FAILED'),
      details: { problem: "Body cannot be empty when content-type is set to 'application/json'" },
    });
  });

  it('errors an error with a 5xx statusCode is an internal error, its message not sent', () => {
    const error = Object.assign(new Error('upstream socket hang up'), { statusCode: 502 });
    const { status, body } = filtered(error);
    expect(status).toBe(500);
    expect(body).toEqual({ code: 'INTERNAL_ERROR', message: messageOf('INTERNAL_ERROR'), details: undefined });
    expect(JSON.stringify(body)).not.toContain('socket');
  });

  it.each([[200], [302], [399], [600], [Number.NaN]])('errors an error with statusCode %p is an internal error', (statusCode) => {
    const { status, body } = filtered(Object.assign(new Error('odd'), { statusCode }));
    expect(status).toBe(500);
    expect(body.code).toBe('INTERNAL_ERROR');
  });

  it('errors a statusCode given as a string is not trusted', () => {
    const { status, body } = filtered(Object.assign(new Error('odd'), { statusCode: '413' }));
    expect(status).toBe(500);
    expect(body.code).toBe('INTERNAL_ERROR');
  });
});

describe('ErrorFilter: unknown failures', () => {
  it('errors an unknown Error → 500 INTERNAL_ERROR, no internals in the body, stack logged with the request id', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'id') at /srv/app/secret.ts");
    const { status, body } = filtered(error);
    expect(status).toBe(500);
    expect(body).toEqual({ code: 'INTERNAL_ERROR', message: { zh: '系统内部错误', en: 'Internal error' }, details: undefined });
    expect(JSON.stringify(body)).not.toContain('secret');
    expect(loggedErrors).toHaveBeenCalledTimes(1);
    expect(loggedErrors).toHaveBeenCalledWith(`request req-7: ${error.stack}`);
  });

  it.each<[string, unknown]>([
    ['a thrown string', 'boom'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a plain object', { reason: 'x' }],
  ])('errors %s → 500 INTERNAL_ERROR, logged as text with the request id', (_label, thrown) => {
    const { status, body } = filtered(thrown);
    expect(status).toBe(500);
    expect(body.code).toBe('INTERNAL_ERROR');
    expect(loggedErrors).toHaveBeenCalledWith(`request req-7: ${String(thrown)}`);
  });
});

describe('ErrorFilter: the reply', () => {
  it('errors the reply is JSON even when the route had already set image/jpeg (photo routes)', () => {
    const reply = new FakeReply().header('Content-Type', 'image/jpeg');
    const { contentType } = filtered(new DomainError('PHOTO_REQUIRED'), reply);
    expect(contentType).toBe('application/json; charset=utf-8');
  });

  it.each<[string, unknown]>([
    ['DomainError', new DomainError('NOT_FOUND')],
    ['ThrottlerException', new ThrottlerException()],
    ['NotFoundException', new NotFoundException()],
    ['Fastify 413', new fastifyErrors.FST_ERR_CTP_BODY_TOO_LARGE()],
    ['unknown Error', new Error('x')],
  ])('errors %s: the reply is sent exactly once, as JSON, with {code, message:{zh,en}}', (_label, exception) => {
    const { contentType, body, reply } = filtered(exception);
    expect(reply.sent).toBe(1);
    expect(contentType).toMatch(/^application\/json/);
    expect(Object.keys(ERROR_CATALOGUE)).toContain(body.code);
    expect(typeof body.message.zh).toBe('string');
    expect(typeof body.message.en).toBe('string');
    expect(Object.keys(body).sort()).toEqual(['code', 'details', 'message']);
    expect(() => JSON.stringify(body)).not.toThrow();
  });
});
