/** The Redis settings queued work depends on; null where Redis would not say (CONFIG may be disabled on a managed Redis). */
export interface RedisSettings {
  maxmemoryPolicy: string | null;
  aofEnabled: boolean | null;
  /** RDB snapshot rules (`save`), an empty string when snapshots are off. */
  rdbSavePoints: string | null;
}

export interface RedisPersistence {
  aof: boolean | null;
  rdb: boolean | null;
}

export function persistenceOf(settings: RedisSettings): RedisPersistence {
  return { aof: settings.aofEnabled, rdb: settings.rdbSavePoints === null ? null : settings.rdbSavePoints.trim() !== '' };
}

/** What an operator must hear about: an eviction policy that may drop queued jobs, and a Redis that keeps nothing over a restart. */
export function redisSettingWarnings(settings: RedisSettings): string[] {
  const warnings: string[] = [];
  if (settings.maxmemoryPolicy !== null && settings.maxmemoryPolicy !== 'noeviction') {
    warnings.push(`maxmemory-policy is ${settings.maxmemoryPolicy}: BullMQ needs noeviction, otherwise Redis may evict queued jobs when memory runs short`);
  }
  const persistence = persistenceOf(settings);
  if (persistence.aof === false && persistence.rdb === false) {
    warnings.push('persistence is off (no AOF, no RDB snapshots): a Redis restart loses the queues; the worker queues again what MySQL says is pending');
  }
  return warnings;
}

/** Reads `INFO` text (`key:value` lines) into the settings, with the `save` rule read separately. */
export function parseRedisSettings(info: string, savePoints: string | null): RedisSettings {
  const fields = new Map<string, string>();
  for (const line of info.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0 && !line.startsWith('#')) fields.set(line.slice(0, colon), line.slice(colon + 1).trim());
  }
  const aof = fields.get('aof_enabled');
  return { maxmemoryPolicy: fields.get('maxmemory_policy') ?? null, aofEnabled: aof === undefined ? null : aof === '1', rdbSavePoints: savePoints };
}
