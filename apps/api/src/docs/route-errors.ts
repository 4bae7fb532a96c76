import { ErrorCode } from '@app/common/errors';
import { OpenAPIObject } from '@nestjs/swagger';
import { ERROR_CATALOGUE } from '../http/error-catalogue';
import { ApiResultFact, resultSchema } from './api-result';

/** What the route's metadata says about the errors it can answer before (or besides) its service. */
export interface RouteFacts {
  /** @Public: no bearer token needed */
  isPublic: boolean;
  /** @PasswordChangeAllowed: answers while the account must change its password */
  passwordChangeAllowed: boolean;
  /** @Roles: only some roles may call it */
  roleLimited: boolean;
  /** guarded by the login rate limit, which counts in Redis */
  throttled: boolean;
  /** a path or query parameter or a body that a pipe or the validation pipe checks */
  validatesInput: boolean;
  /** POST, PUT, PATCH or DELETE: its JSON body, whatever the route reads of it, is parsed and depth-checked first */
  takesBody: boolean;
  /** the codes listed with @ApiErrors on the controller, then on the handler */
  listed: ErrorCode[];
  /** what it answers on success, from @ApiResult */
  results: ApiResultFact[];
}

/**
 * Every code a route can answer: those of its body parser, pipes and guards, then those its service throws,
 * each once, in that order.
 */
export function routeErrorCodes(route: RouteFacts): ErrorCode[] {
  const generic: ErrorCode[] = [];
  // Malformed JSON is refused by the parser as VALIDATION_FAILED, on a route that validates nothing itself too.
  if (route.validatesInput || route.takesBody) generic.push('VALIDATION_FAILED');
  if (route.takesBody) generic.push('BODY_TOO_DEEP');
  if (!route.isPublic) generic.push('UNAUTHENTICATED');
  if (!route.isPublic && !route.passwordChangeAllowed) generic.push('PASSWORD_CHANGE_REQUIRED');
  if (route.roleLimited) generic.push('FORBIDDEN_ROLE');
  if (route.throttled) generic.push('TOO_MANY_REQUESTS', 'REDIS_UNAVAILABLE');
  return [...new Set([...generic, ...route.listed])];
}

/** The error body, its code limited to those listed (any code when none is). */
export function errorBodySchema(codes: readonly string[]): Record<string, unknown> {
  return {
    type: 'object',
    required: ['code', 'message'],
    properties: {
      code: codes.length > 0 ? { type: 'string', enum: [...codes] } : { type: 'string' },
      message: {
        type: 'object',
        required: ['zh', 'en'],
        properties: { zh: { type: 'string' }, en: { type: 'string' } },
      },
      details: { type: 'object', additionalProperties: true, description: 'what was refused and why (varies by code)' },
    },
  };
}

export interface ErrorResponse {
  description: string;
  content: { 'application/json': { schema: Record<string, unknown> } };
}

/**
 * One OpenAPI response per status, each listing its codes with their messages. Errors are JSON even on a
 * route that answers a PDF or a photo.
 */
export function errorResponses(codes: readonly ErrorCode[]): Map<number, ErrorResponse> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) {
    const { status } = ERROR_CATALOGUE[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return new Map(
    [...byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, listed]) => [
        status,
        {
          description: listed.map((code) => `\`${code}\`: ${ERROR_CATALOGUE[code].zh} / ${ERROR_CATALOGUE[code].en}`).join('; '),
          content: { 'application/json': { schema: errorBodySchema(listed) } },
        },
      ]),
  );
}

const OPERATION_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** For a route that takes no input and no token (health): nothing to refuse, but the shape is the same. */
const ANY_REFUSAL: ErrorResponse = {
  description: 'None expected: the route takes no input and no token. Any 4xx would carry the error body',
  content: { 'application/json': { schema: errorBodySchema([]) } },
};

/**
 * Completes every operation of the document from its route's facts: `security` (none on a public route, the
 * bearer token on the others) and one response per error status with every code of the route. A status the
 * route's decorators already documented keeps its text after the codes. An operation with no route facts
 * means the document and the routes disagree: refused.
 */
export function completeOperations(document: OpenAPIObject, routes: ReadonlyMap<string, RouteFacts>, bearerScheme: string): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of OPERATION_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const route = operation.operationId === undefined ? undefined : routes.get(operation.operationId);
      if (!route) throw new Error(`OpenAPI: no route facts for ${method.toUpperCase()} ${path} (${operation.operationId ?? 'no operationId'})`);
      operation.security = route.isPublic ? [] : [{ [bearerScheme]: [] }];
      addResults(operation.responses as Record<string, { description?: string; content?: unknown }>, route.results, `${method.toUpperCase()} ${path}`);
      for (const [status, response] of errorResponses(routeErrorCodes(route))) {
        const documented = operation.responses[status] as { description?: string } | undefined;
        operation.responses[status] = documented?.description ? { ...response, description: `${response.description}. ${documented.description}` } : response;
      }
      if (!Object.keys(operation.responses).some((status) => status.startsWith('4'))) operation.responses['4XX'] = ANY_REFUSAL;
    }
  }
}

/**
 * Puts each @ApiResult schema on its status: the one it names, or the route's single success status as Nest
 * documented it from @HttpCode or the method's default.
 */
function addResults(responses: Record<string, { description?: string; content?: unknown }>, results: readonly ApiResultFact[], route: string): void {
  for (const result of results) {
    const successes = Object.keys(responses).filter((status) => status.startsWith('2'));
    const status = result.status === undefined ? (successes.length === 1 ? successes[0] : undefined) : String(result.status);
    if (status === undefined) throw new Error(`OpenAPI: ${route} has ${successes.length} success statuses; say which one @ApiResult('${result.name}') answers`);
    const documented = responses[status]?.description;
    responses[status] = {
      description: result.description ?? (documented || (result.list ? `a list of ${result.name}` : result.name)),
      content: { 'application/json': { schema: resultSchema(result) } },
    };
  }
}
