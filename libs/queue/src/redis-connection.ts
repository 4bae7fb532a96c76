import { AppConfig } from '@app/common/config';
import type { RedisOptions } from 'ioredis';

/** Reconnect soon after Redis comes back (ioredis and BullMQ back off to many seconds by default), but never hammer it. */
export function reconnectDelay(attempt: number): number {
  return Math.min(250 * attempt, 2000);
}

/** How long a login waits for an answer from a Redis that is reachable but silent, before it fails with 503. */
export const RATE_LIMIT_COMMAND_TIMEOUT_MS = 1000;

/**
 * The API's queue producers fail at once while Redis is down: no offline queue and no retry of a command cut
 * off by the disconnect, so a request answers 503 quickly. No command time limit here: BullMQ's queue sends
 * one command when it connects, and a time-out there (an event loop busy at start) would break it for good.
 */
export function apiRedisOptions(config: AppConfig): RedisOptions {
  return {
    host: config.redis.host,
    port: config.redis.port,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: reconnectDelay,
  };
}

/** The login rate limiter's client: as the producers', and a login also gives up on a silent Redis after a second. */
export function rateLimitRedisOptions(config: AppConfig): RedisOptions {
  return { ...apiRedisOptions(config), commandTimeout: RATE_LIMIT_COMMAND_TIMEOUT_MS };
}

/** The worker's clients wait for Redis instead (BullMQ workers need maxRetriesPerRequest null): their jobs resume after it. */
export function workerRedisOptions(config: AppConfig): RedisOptions {
  return { host: config.redis.host, port: config.redis.port, maxRetriesPerRequest: null, retryStrategy: reconnectDelay };
}

// The errors ioredis raises for a Redis it cannot reach (no offline queue, cut-off command, time limit, closed client).
const UNAVAILABLE_MESSAGES = new Set(["Stream isn't writeable and enableOfflineQueue options is false", 'Command timed out', 'Connection is closed.']);
const UNAVAILABLE_NAMES = new Set(['MaxRetriesPerRequestError', 'ConnectionClosedError']);

/** Whether an error says Redis could not be reached (as opposed to a command Redis refused); socket codes are left out, MySQL's look alike. */
export function isRedisUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return UNAVAILABLE_MESSAGES.has(error.message) || UNAVAILABLE_NAMES.has(error.constructor.name) || UNAVAILABLE_NAMES.has(error.name);
}
