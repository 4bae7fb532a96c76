/** The code of a request that never reached the API. */
export const NETWORK_ERROR = 'NETWORK_ERROR';

interface ErrorBody {
  code?: string;
  message?: { zh?: string; en?: string };
  details?: unknown;
}

/** A refusal of the API, with its stable code and its message in Chinese (shown to the user as is). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  static from(status: number, body: unknown): ApiError {
    const error = (typeof body === 'object' && body !== null ? body : {}) as ErrorBody;
    return new ApiError(status, error.code ?? 'HTTP_ERROR', error.message?.zh ?? `服务器错误（${status}），请稍后再试。`, error.details);
  }
}

/** The Chinese message of any error the portal can meet. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '操作未完成，请稍后再试。';
}

/**
 * The problems of a VALIDATION_FAILED or SESSION_CONFIG_INVALID answer by the field they name (their first word,
 * e.g. `signupWindow.closesAt must be …`), for a form to show beside its fields; those naming no field under ''.
 */
export function fieldProblems(error: unknown): Record<string, string[]> {
  if (!(error instanceof ApiError) || typeof error.details !== 'object' || error.details === null) return {};
  const problems = (error.details as { problems?: unknown }).problems;
  const out: Record<string, string[]> = {};
  for (const problem of Array.isArray(problems) ? problems : []) {
    if (typeof problem !== 'string') continue;
    const field = /^([A-Za-z][\w.]*)\s/.exec(problem)?.[1] ?? '';
    (out[field] ??= []).push(problem);
  }
  return out;
}
