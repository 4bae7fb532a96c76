import { OpenAPIObject } from '@nestjs/swagger';
import { completeOperations, errorResponses, RouteFacts, routeErrorCodes } from './route-errors';

const route = (facts: Partial<RouteFacts> = {}): RouteFacts => ({
  isPublic: false,
  passwordChangeAllowed: false,
  roleLimited: false,
  throttled: false,
  validatesInput: false,
  takesBody: false,
  listed: [],
  results: [],
  ...facts,
});

describe('routeErrorCodes: what a route can answer, from its metadata and its listed codes', () => {
  it('a signed-in GET with nothing to validate: no token, or a password still to change', () => {
    expect(routeErrorCodes(route())).toEqual(['UNAUTHENTICATED', 'PASSWORD_CHANGE_REQUIRED']);
  });

  it('a role-limited route with a validated parameter adds VALIDATION_FAILED and FORBIDDEN_ROLE', () => {
    expect(routeErrorCodes(route({ roleLimited: true, validatesInput: true }))).toEqual(['VALIDATION_FAILED', 'UNAUTHENTICATED', 'PASSWORD_CHANGE_REQUIRED', 'FORBIDDEN_ROLE']);
  });

  it('a method with a body: its JSON may be malformed or nested too deeply, whatever the handler reads', () => {
    expect(routeErrorCodes(route({ takesBody: true }))).toEqual(['VALIDATION_FAILED', 'BODY_TOO_DEEP', 'UNAUTHENTICATED', 'PASSWORD_CHANGE_REQUIRED']);
  });

  it('a public, throttled route: no token codes, the rate limit and its Redis', () => {
    expect(routeErrorCodes(route({ isPublic: true, throttled: true, takesBody: true, listed: ['INVALID_CREDENTIALS'] }))).toEqual([
      'VALIDATION_FAILED',
      'BODY_TOO_DEEP',
      'TOO_MANY_REQUESTS',
      'REDIS_UNAVAILABLE',
      'INVALID_CREDENTIALS',
    ]);
  });

  it('a route allowed while the password must change is not refused for it', () => {
    expect(routeErrorCodes(route({ passwordChangeAllowed: true }))).toEqual(['UNAUTHENTICATED']);
  });

  it('listed codes follow the generic ones, each once', () => {
    expect(routeErrorCodes(route({ roleLimited: true, listed: ['FORBIDDEN_SCOPE', 'FORBIDDEN_ROLE', 'NOT_FOUND', 'FORBIDDEN_SCOPE'] }))).toEqual([
      'UNAUTHENTICATED',
      'PASSWORD_CHANGE_REQUIRED',
      'FORBIDDEN_ROLE',
      'FORBIDDEN_SCOPE',
      'NOT_FOUND',
    ]);
  });
});

describe('errorResponses: one response per status, every code of that status in it', () => {
  it('groups the codes by status, in order of status, each with its messages', () => {
    const responses = errorResponses(['SIGNUP_WINDOW_CLOSED', 'UNAUTHENTICATED', 'SIGNUP_WINDOW_NOT_OPEN', 'FORBIDDEN_ROLE']);
    expect([...responses.keys()]).toEqual([401, 403, 409]);
    const conflict = responses.get(409)!;
    expect(conflict.content['application/json'].schema).toMatchObject({ required: ['code', 'message'], properties: { code: { type: 'string', enum: ['SIGNUP_WINDOW_CLOSED', 'SIGNUP_WINDOW_NOT_OPEN'] } } });
    expect(conflict.description).toBe(
      '`SIGNUP_WINDOW_CLOSED`: 不在报名时间内，漏报、逾期不予补报 / Sign-up is closed; late sign-ups are not accepted; ' +
        '`SIGNUP_WINDOW_NOT_OPEN`: 报名尚未开始（开始时间：{opensAt}） / Sign-up has not opened yet (opens {opensAt})',
    );
  });
});

describe('completeOperations: security and error responses on every operation of the document', () => {
  const document = (): OpenAPIObject => ({
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      '/health': { get: { operationId: 'HealthController_check', responses: { '200': { description: 'up' }, '503': { description: 'MySQL or Redis is down' } } } },
      '/signups/{id}': { get: { operationId: 'SignupsController_get', responses: { '200': { description: '' } } } },
    },
  });
  const facts = new Map<string, RouteFacts>([
    ['HealthController_check', route({ isPublic: true, listed: ['SERVICE_UNAVAILABLE'] })],
    ['SignupsController_get', route({ roleLimited: true, validatesInput: true, listed: ['SIGNUP_NOT_FOUND'] })],
  ]);

  it('public operations declare no security; the others the bearer token, with their 4xx codes', () => {
    const completed = document();
    completeOperations(completed, facts, 'bearer');
    const signup = completed.paths['/signups/{id}'].get!;
    expect(signup.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(signup.responses)).toEqual(['200', '400', '401', '403', '404']);
    expect(completed.paths['/health'].get!.security).toEqual([]);
  });

  it('a status already documented keeps its text after the codes; a route with no 4xx gets the generic error body', () => {
    const completed = document();
    completeOperations(completed, facts, 'bearer');
    const health = completed.paths['/health'].get!.responses;
    expect(health['503']).toMatchObject({ description: '`SERVICE_UNAVAILABLE`: 服务暂时不可用，请稍后再试 / The service is temporarily unavailable; try again shortly. MySQL or Redis is down' });
    expect(health['4XX']).toMatchObject({ content: { 'application/json': { schema: { required: ['code', 'message'], properties: { code: { type: 'string' } } } } } });
  });

  it('an operation no route stands behind is refused: the document and the routes would disagree', () => {
    expect(() => completeOperations(document(), new Map([['HealthController_check', route({ isPublic: true })]]), 'bearer')).toThrow(
      'OpenAPI: no route facts for GET /signups/{id} (SignupsController_get)',
    );
  });
});
