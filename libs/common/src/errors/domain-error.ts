import { ERROR_CATALOGUE, ErrorCode } from './error-codes';

/** Thrown by services and rules; one HTTP filter maps it. Services never import HTTP exceptions. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
    message?: string,
  ) {
    super(message ?? ERROR_CATALOGUE[code].en);
    this.name = 'DomainError';
  }
}

export function isDomainError(error: unknown, code?: ErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}
