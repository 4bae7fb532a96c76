import { logFailedRequest, RequestLogger } from './request-log';

function recorder(): RequestLogger & { lines: Array<{ level: string; object: Record<string, unknown>; message: string }> } {
  const lines: Array<{ level: string; object: Record<string, unknown>; message: string }> = [];
  return {
    lines,
    warn: (object, message) => lines.push({ level: 'warn', object, message }),
    error: (object, message) => lines.push({ level: 'error', object, message }),
  };
}

describe('request log: failed requests only', () => {
  const request = { id: 'req-3', method: 'POST', url: '/me/signups/1/submit' };

  it.each([200, 201, 204, 302, 399])('writes nothing for status %i', (status) => {
    const logger = recorder();
    logFailedRequest(logger, request, status, 12.4);
    expect(logger.lines).toEqual([]);
  });

  it.each([400, 401, 403, 409, 422, 429, 499])('writes one warn line for status %i, with the request and the time', (status) => {
    const logger = recorder();
    logFailedRequest(logger, request, status, 12.4);
    expect(logger.lines).toEqual([{ level: 'warn', object: { req: request, res: { statusCode: status }, responseTime: 12 }, message: 'request refused' }]);
  });

  it.each([500, 502, 503])('writes one error line for status %i', (status) => {
    const logger = recorder();
    logFailedRequest(logger, request, status, 0.4);
    expect(logger.lines).toEqual([{ level: 'error', object: { req: request, res: { statusCode: status }, responseTime: 0 }, message: 'request failed' }]);
  });
});
