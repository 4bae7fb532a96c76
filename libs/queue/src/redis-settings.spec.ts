import { parseRedisSettings, persistenceOf, redisSettingWarnings } from './redis-settings';

const INFO = ['# Memory', 'used_memory:1048576', 'maxmemory_policy:allkeys-lru', '', '# Persistence', 'loading:0', 'aof_enabled:0', ''].join('\r\n');

describe('Redis settings the queues depend on', () => {
  it('reads the eviction policy and AOF from INFO, the RDB rule from CONFIG', () => {
    expect(parseRedisSettings(INFO, '')).toEqual({ maxmemoryPolicy: 'allkeys-lru', aofEnabled: false, rdbSavePoints: '' });
    expect(parseRedisSettings('aof_enabled:1\nmaxmemory_policy:noeviction', '3600 1 300 100')).toEqual({ maxmemoryPolicy: 'noeviction', aofEnabled: true, rdbSavePoints: '3600 1 300 100' });
  });

  it('says unknown when Redis would not tell', () => {
    const settings = parseRedisSettings('# Server\r\nredis_version:7.0.15', null);
    expect(settings).toEqual({ maxmemoryPolicy: null, aofEnabled: null, rdbSavePoints: null });
    expect(persistenceOf(settings)).toEqual({ aof: null, rdb: null });
    expect(redisSettingWarnings(settings)).toEqual([]);
  });

  it('warns about an eviction policy other than noeviction: BullMQ needs it', () => {
    for (const policy of ['allkeys-lru', 'volatile-lru', 'allkeys-random', 'volatile-ttl']) {
      const warnings = redisSettingWarnings({ maxmemoryPolicy: policy, aofEnabled: true, rdbSavePoints: '' });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(`maxmemory-policy is ${policy}`);
      expect(warnings[0]).toContain('noeviction');
    }
    expect(redisSettingWarnings({ maxmemoryPolicy: 'noeviction', aofEnabled: true, rdbSavePoints: '' })).toEqual([]);
  });

  it('warns when neither AOF nor RDB snapshots keep anything over a restart', () => {
    const off = { maxmemoryPolicy: 'noeviction', aofEnabled: false, rdbSavePoints: ' ' };
    expect(persistenceOf(off)).toEqual({ aof: false, rdb: false });
    expect(redisSettingWarnings(off)).toEqual([expect.stringContaining('persistence is off')]);
    expect(redisSettingWarnings({ ...off, aofEnabled: true })).toEqual([]);
    expect(redisSettingWarnings({ ...off, rdbSavePoints: '3600 1' })).toEqual([]);
  });
});
