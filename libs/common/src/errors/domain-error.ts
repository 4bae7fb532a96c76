// Registers the common codes, so a DomainError of one always carries its English text.
import './common-errors';
import type { ErrorCode } from './error-catalogue';
import { errorMessages } from './error-definition';

/** Thrown by services and rules; one HTTP filter maps it. Services never import HTTP exceptions. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
    message?: string,
  ) {
    // The English text of the code's catalogue: worker logs, failed jobs and stored failures show it.
    super(message ?? errorMessages(code).en);
    this.name = 'DomainError';
  }
}

export function isDomainError(error: unknown, code?: ErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}
