import { isLocked, judgeLoginAttempt, LockoutState, UNLOCKED } from './login-lockout.rules';

const policy = { threshold: 3, lockMinutes: 15 };
const now = new Date('2024-03-01T02:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe('judgeLoginAttempt: lock after N consecutive wrong passwords', () => {
  it('counts a wrong password', () => {
    expect(judgeLoginAttempt(UNLOCKED, false, now, policy)).toEqual({ outcome: 'REFUSED', reason: 'WRONG_PASSWORD', lockedNow: false, next: { failedCount: 1, lockedUntil: null } });
  });

  it('locks on the threshold-th wrong password in a row, for the configured minutes, and starts a fresh count', () => {
    const verdict = judgeLoginAttempt({ failedCount: 2, lockedUntil: null }, false, now, policy);
    expect(verdict).toEqual({ outcome: 'REFUSED', reason: 'WRONG_PASSWORD', lockedNow: true, next: { failedCount: 0, lockedUntil: minutes(15) } });
  });

  it('the right password clears the count', () => {
    expect(judgeLoginAttempt({ failedCount: 2, lockedUntil: null }, true, now, policy)).toEqual({ outcome: 'GRANTED', next: UNLOCKED });
  });

  it('while locked refuses the right password too, and counts nothing', () => {
    const locked: LockoutState = { failedCount: 0, lockedUntil: minutes(1) };
    expect(judgeLoginAttempt(locked, true, now, policy)).toEqual({ outcome: 'REFUSED', reason: 'LOCKED', next: locked });
    expect(judgeLoginAttempt(locked, false, now, policy)).toEqual({ outcome: 'REFUSED', reason: 'LOCKED', next: locked });
  });

  it('the lock ends at its instant (half-open): the right password is then granted', () => {
    const locked: LockoutState = { failedCount: 0, lockedUntil: now };
    expect(isLocked(locked, new Date(now.getTime() - 1))).toBe(true);
    expect(isLocked(locked, now)).toBe(false);
    expect(judgeLoginAttempt(locked, true, now, policy)).toEqual({ outcome: 'GRANTED', next: UNLOCKED });
  });

  it('after an expired lock a wrong password counts from one and clears the old lock', () => {
    expect(judgeLoginAttempt({ failedCount: 0, lockedUntil: minutes(-1) }, false, now, policy)).toMatchObject({ lockedNow: false, next: { failedCount: 1, lockedUntil: null } });
  });

  it('a threshold of one locks on the first wrong password', () => {
    expect(judgeLoginAttempt(UNLOCKED, false, now, { threshold: 1, lockMinutes: 5 })).toMatchObject({ lockedNow: true, next: { lockedUntil: minutes(5) } });
  });
});
