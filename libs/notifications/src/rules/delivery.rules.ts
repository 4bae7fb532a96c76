/** Where a message's e-mail stands. SKIPPED: no channel configured, or the trainee gave no address. */
export type EmailStatus = 'PENDING' | 'SENT' | 'FAILED' | 'SKIPPED';

export const EMAIL_STATUSES: readonly EmailStatus[] = ['PENDING', 'SENT', 'FAILED', 'SKIPPED'];

/** What a sending failure was, as far as it decides whether to try again. */
export interface SendFailure {
  /** the server refused this recipient or message for good (a 5xx answer to RCPT TO or DATA) */
  permanent: boolean;
  message: string;
}

/** The shape of a mail library's error that matters here (nodemailer's carries these). */
export interface SmtpErrorLike {
  message?: string;
  responseCode?: number;
  command?: string;
  response?: string;
}

const LAST_ERROR_MAX = 500;

/**
 * A 5xx answer to the recipient or the message is permanent (no such mailbox, message refused): trying
 * again sends nothing. Everything else — a 4xx (greylisting, mailbox busy), a refused or dropped
 * connection, a timeout, a 5xx to the greeting or the login (a configuration to fix) — is tried again.
 */
export function classifySendError(error: SmtpErrorLike): SendFailure {
  const code = error.responseCode;
  const command = (error.command ?? '').toUpperCase();
  const perRecipient = command.startsWith('RCPT') || command === 'DATA';
  const message = (error.response ?? error.message ?? 'unknown error').slice(0, LAST_ERROR_MAX);
  return { permanent: code !== undefined && code >= 500 && code < 600 && perRecipient, message };
}

/** Waits between tries: 1 min, 5 min, 25 min, 2 h 5 min, then 6 h. */
export function retryDelayMs(attemptsMade: number): number {
  const minute = 60_000;
  return Math.min(minute * 5 ** Math.max(0, attemptsMade - 1), 6 * 60 * minute);
}

export type FailureDecision = { status: 'PENDING'; nextAttemptAt: Date; error: string } | { status: 'FAILED'; error: string };

/** After a failed try: again later while tries remain and the failure may pass, else FAILED for good. */
export function afterSendFailure(failure: SendFailure, attemptsMade: number, maxAttempts: number, now: Date): FailureDecision {
  if (failure.permanent || attemptsMade >= maxAttempts) return { status: 'FAILED', error: failure.message };
  return { status: 'PENDING', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attemptsMade)), error: failure.message };
}

/** A plausible single address (what the profile accepts and a mail server is asked to deliver to). */
export function isMailAddress(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.length <= 254 && /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/.test(value);
}
