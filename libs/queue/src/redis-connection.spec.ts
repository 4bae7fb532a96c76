import { QueryFailedError } from 'typeorm';
import Redis, { ReplyError } from 'ioredis';
import MaxRetriesPerRequestError from 'ioredis/built/errors/MaxRetriesPerRequestError';
import { isRedisUnavailable, reconnectDelay } from './redis-connection';

describe('Redis unreachable vs. Redis refusing', () => {
  it('a command on a client with no offline queue that is not connected is "unavailable", at once', async () => {
    const client = new Redis({ port: 1, lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    const error: unknown = await client.get('x').catch((e: unknown) => e);
    expect(isRedisUnavailable(error)).toBe(true);
    client.disconnect();
  });

  it('a command cut off by the disconnect, a time-out and a closed client are "unavailable"', () => {
    expect(isRedisUnavailable(new MaxRetriesPerRequestError(0))).toBe(true);
    expect(isRedisUnavailable(new Error('Command timed out'))).toBe(true);
    expect(isRedisUnavailable(new Error('Connection is closed.'))).toBe(true);
  });

  it('a reply error, a MySQL error and anything else are not', () => {
    expect(isRedisUnavailable(new ReplyError('OOM command not allowed when used memory > maxmemory'))).toBe(false);
    expect(isRedisUnavailable(new QueryFailedError('SELECT 1', [], Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })))).toBe(false);
    expect(isRedisUnavailable('Connection is closed.')).toBe(false);
    expect(isRedisUnavailable(null)).toBe(false);
  });

  it('reconnects within a quarter second at first and never waits more than two', () => {
    expect(reconnectDelay(1)).toBe(250);
    expect([1, 2, 5, 50, 10_000].map(reconnectDelay).every((ms) => ms >= 250 && ms <= 2000)).toBe(true);
  });
});
