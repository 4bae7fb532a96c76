import { AppConfig } from '@app/common/config';
import type { RedisOptions } from 'ioredis';

/** Reconnect soon after Redis comes back (ioredis and BullMQ back off to many seconds by default), but never hammer it. */
export function reconnectDelay(attempt: number): number {
  return Math.min(250 * attempt, 2000);
}

/** How long a request waits for an answer from a Redis that is reachable but silent, before it fails with 503. */
export const API_REDIS_COMMAND_TIMEOUT_MS = 1000;

/**
 * The API's Redis clients (queue producers, login rate limiter) fail at once while Redis is down: no offline
 * queue, no retry of a command cut off by the disconnect, and a time limit, so a request answers 503 quickly.
 */
export function apiRedisOptions(config: AppConfig): RedisOptions {
  return {
    host: config.redis.host,
    port: config.redis.port,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: API_REDIS_COMMAND_TIMEOUT_MS,
    retryStrategy: reconnectDelay,
  };
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
