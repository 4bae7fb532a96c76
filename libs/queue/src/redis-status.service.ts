import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { QueueName } from './job-catalogue';
import { parseRedisSettings, RedisSettings, redisSettingWarnings } from './redis-settings';

/**
 * Watches the queues' Redis connection: logs its risky settings once when it connects and after every
 * reconnect, reads them for /health, and tells subscribers when Redis is back (it may have lost its data).
 */
@Injectable()
export class RedisStatus implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Redis');
  private readonly reconnectListeners = new Set<() => void>();
  private detach: (() => void) | null = null;
  private closed = false;
  private unreachable = false;

  constructor(
    @InjectQueue(QueueName.Assessment) private readonly queue: Queue,
    @InjectQueue(QueueName.Tickets) tickets: Queue,
    @InjectQueue(QueueName.Scores) scores: Queue,
    @InjectQueue(QueueName.Notifications) notifications: Queue,
  ) {
    // Every reconnect attempt fails while Redis is down: one warning per outage, not one line per attempt on stderr.
    for (const each of [queue, tickets, scores, notifications]) each.on('error', (error) => this.unreachableNow(error));
  }

  /** Called after every reconnect (not the first connect); returns the unsubscribe. */
  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }

  onApplicationBootstrap(): void {
    // Not awaited: an app starts while Redis is down, and reports once it connects.
    void this.queue.client
      .then((client) => {
        if (this.closed) return;
        const ready = () => {
          if (this.unreachable) this.logger.warn('Redis reachable again');
          this.unreachable = false;
          this.report();
          for (const listener of this.reconnectListeners) listener();
        };
        client.on('ready', ready);
        this.detach = () => client.removeListener('ready', ready);
        this.report();
      })
      .catch((error: unknown) => this.logger.warn(`Redis not reachable: ${(error as Error).message}`));
  }

  onModuleDestroy(): void {
    this.closed = true;
    this.detach?.();
  }

  async settings(): Promise<RedisSettings> {
    const client = await this.queue.client;
    const info = await client.info();
    // CONFIG is often disabled on a managed Redis: then RDB is reported as unknown.
    const save = await (client as unknown as Redis)
      .config('GET', 'save')
      .then((reply) => (Array.isArray(reply) && typeof reply[1] === 'string' ? reply[1] : null))
      .catch(() => null);
    return parseRedisSettings(info, save);
  }

  private unreachableNow(error: Error): void {
    if (this.unreachable || this.closed) return;
    this.unreachable = true;
    this.logger.warn(`Redis unreachable: ${error.message}`);
  }

  private report(): void {
    this.settings()
      .then((settings) => {
        for (const warning of redisSettingWarnings(settings)) this.logger.warn(warning);
      })
      .catch((error: unknown) => this.logger.warn(`could not read the Redis settings: ${(error as Error).message}`));
  }
}
