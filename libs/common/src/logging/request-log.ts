/** The part of a pino logger the request log needs. */
export interface RequestLogger {
  warn(object: Record<string, unknown>, message: string): void;
  error(object: Record<string, unknown>, message: string): void;
}

interface LoggedRequest {
  id: unknown;
  method: string;
  url: string;
}

/**
 * One line per failed request: warn for 4xx, error for 5xx (whose stack the error filter logs under the
 * same request id). Successful requests are not logged: at a sign-up burst's rate, a line per request
 * would cost more than the request.
 */
export function logFailedRequest(logger: RequestLogger, request: LoggedRequest, statusCode: number, responseTimeMs: number): void {
  if (statusCode < 400) return;
  const line = { req: request, res: { statusCode }, responseTime: Math.round(responseTimeMs) };
  if (statusCode >= 500) logger.error(line, 'request failed');
  else logger.warn(line, 'request refused');
}
