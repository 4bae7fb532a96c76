import { AppConfig } from '@app/common/config';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { LRUCache } from 'lru-cache';

/** What Redis says about an access token's account and login family. */
export interface TokenState {
  /** The account's current token version; null when Redis does not know it (never set, or lost). */
  version: number | null;
  familyRevoked: boolean;
}

/** Sets the version only upward, so a late writer (a login that read the row before a revocation) cannot undo a raise. */
const RAISE_VERSION = `local current = tonumber(redis.call('GET', KEYS[1]) or '-1')
if current < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], ARGV[1]) end
return 0`;

const TAKE_ONCE = `local value = redis.call('GET', KEYS[1])
if value then redis.call('DEL', KEYS[1]) end
return value`;

/**
 * The revocation state every API copy checks on every request, in Redis: each account's token version and the
 * login families ended before their access tokens expire. Reads are cached in this process for at most
 * ACCESS_REVOCATION_CACHE_MS (1 s at most), and commands issued in one tick share one round trip (auto-pipelining),
 * so a burst of requests costs few Redis calls and no MySQL ones. MySQL stays the source of truth.
 */
@Injectable()
export class TokenStateStore implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly cache: LRUCache<string, Promise<TokenState>> | null;

  constructor(config: AppConfig) {
    // Lazy: the worker builds this module too and never asks.
    this.redis = new Redis({ host: config.redis.host, port: config.redis.port, lazyConnect: true, enableAutoPipelining: true, maxRetriesPerRequest: 3 });
    this.prefix = `${config.redis.queuePrefix}:auth:`;
    const ttl = config.auth.revocationCacheMs;
    this.cache = ttl > 0 ? new LRUCache({ max: 100_000, ttl }) : null;
  }

  async onModuleDestroy(): Promise<void> {
    if (this.redis.status === 'ready') await this.redis.quit();
    else this.redis.disconnect();
  }

  accountVersionKey(accountId: number): string {
    return `${this.prefix}account-version:${accountId}`;
  }

  private revokedFamilyKey(familyId: number): string {
    return `${this.prefix}revoked-family:${familyId}`;
  }

  read(accountId: number, familyId: number): Promise<TokenState> {
    const key = `${accountId}:${familyId}`;
    const cached = this.cache?.get(key);
    if (cached) return cached;
    const loading = this.redis
      .mget(this.accountVersionKey(accountId), this.revokedFamilyKey(familyId))
      .then(([version, revoked]): TokenState => ({ version: version === null ? null : Number(version), familyRevoked: revoked !== null }));
    this.cache?.set(key, loading);
    loading.catch(() => this.cache?.delete(key));
    return loading;
  }

  /** Publishes an account's token version (never lowering it); this process forgets what it cached for the account. */
  async raiseVersion(accountId: number, version: number): Promise<void> {
    await this.redis.eval(RAISE_VERSION, 1, this.accountVersionKey(accountId), String(version));
    this.forget(`${accountId}:`);
  }

  /** Marks a family ended for as long as an access token of it can live. */
  async revokeFamily(accountId: number, familyId: number, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.revokedFamilyKey(familyId), '1', 'EX', ttlSeconds);
    this.cache?.delete(`${accountId}:${familyId}`);
  }

  /** Keeps a value under a key of this store for `ttlSeconds`, to be taken once. */
  async putOnce(key: string, value: string, ttlSeconds: number): Promise<void> {
    await this.redis.set(`${this.prefix}${key}`, value, 'EX', ttlSeconds);
  }

  /** The value and its removal in one step: of two requests racing for it, one gets it and the other null. */
  async takeOnce(key: string): Promise<string | null> {
    return (await this.redis.eval(TAKE_ONCE, 1, `${this.prefix}${key}`)) as string | null;
  }

  private forget(keyPrefix: string): void {
    if (!this.cache) return;
    for (const key of this.cache.keys()) if (key.startsWith(keyPrefix)) this.cache.delete(key);
  }
}
