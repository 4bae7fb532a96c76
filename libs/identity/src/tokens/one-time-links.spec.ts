import { FixedClock } from '@app/common/time';
import { OneTimeLinks, ONE_TIME_LINK_SECONDS } from './one-time-links';
import type { TokenStateStore } from './token-state.store';

/** Redis's keys in memory, with the seconds each was given. */
class FakeState {
  readonly values = new Map<string, { value: string; ttl: number }>();

  async putOnce(key: string, value: string, ttlSeconds: number): Promise<void> {
    this.values.set(key, { value, ttl: ttlSeconds });
  }

  async takeOnce(key: string): Promise<string | null> {
    const entry = this.values.get(key);
    this.values.delete(key);
    return entry?.value ?? null;
  }
}

function setUp() {
  const state = new FakeState();
  const clock = new FixedClock('2024-03-01T02:00:00Z');
  return { state, clock, links: new OneTimeLinks(state as unknown as TokenStateStore, clock) };
}

describe('OneTimeLinks', () => {
  it('a link stands for the access token once, for a minute; Redis keeps only the code\'s hash as the key', async () => {
    const { state, links } = setUp();
    const { code, expiresAt } = await links.issue('queue-board', 'access.token.value');
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt.toISOString()).toBe('2024-03-01T02:01:00.000Z');
    const [[key, entry]] = [...state.values];
    expect(key).toMatch(/^once:queue-board:[0-9a-f]{64}$/);
    expect(key).not.toContain(code);
    expect(entry.ttl).toBe(ONE_TIME_LINK_SECONDS);
    await expect(links.redeem('queue-board', code)).resolves.toBe('access.token.value');
    await expect(links.redeem('queue-board', code)).resolves.toBeNull();
  });

  it('an expired, forged or malformed code is refused (null), and an expired one is spent', async () => {
    const { state, clock, links } = setUp();
    const { code } = await links.issue('queue-board', 'token');
    clock.advance(ONE_TIME_LINK_SECONDS * 1000);
    await expect(links.redeem('queue-board', code)).resolves.toBeNull();
    expect(state.values.size).toBe(0);
    await expect(links.redeem('queue-board', 'A'.repeat(43))).resolves.toBeNull();
    for (const malformed of ['', 'short', `${'A'.repeat(42)}=`, `${'A'.repeat(43)}A`, '../../etc/passwd']) {
      await expect(links.redeem('queue-board', malformed)).resolves.toBeNull();
    }
  });

  it('a code is taken at its first use even one millisecond before it expires', async () => {
    const { clock, links } = setUp();
    const { code } = await links.issue('queue-board', 'token');
    clock.advance(ONE_TIME_LINK_SECONDS * 1000 - 1);
    await expect(links.redeem('queue-board', code)).resolves.toBe('token');
  });
});
