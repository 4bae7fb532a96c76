/** How many consecutive wrong passwords lock an account, and for how long. */
export interface LockoutPolicy {
  threshold: number;
  lockMinutes: number;
}

/** An account's lock state as stored on its row. */
export interface LockoutState {
  failedCount: number;
  lockedUntil: Date | null;
}

export type LoginAttemptVerdict =
  | { outcome: 'GRANTED'; next: LockoutState }
  /** `lockedNow`: this attempt reached the threshold and locked the account. */
  | { outcome: 'REFUSED'; reason: 'WRONG_PASSWORD'; next: LockoutState; lockedNow: boolean }
  | { outcome: 'REFUSED'; reason: 'LOCKED'; next: LockoutState };

export const UNLOCKED: LockoutState = Object.freeze({ failedCount: 0, lockedUntil: null });

export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && now.getTime() < state.lockedUntil.getTime();
}

/**
 * One login attempt against an existing account. While locked every attempt is refused, the right password
 * too, and nothing is counted (the lock ends when it says). A wrong password counts; the threshold-th in a
 * row locks the account and starts a fresh count for after the lock. The right password clears the count.
 */
export function judgeLoginAttempt(state: LockoutState, passwordMatches: boolean, now: Date, policy: LockoutPolicy): LoginAttemptVerdict {
  if (isLocked(state, now)) return { outcome: 'REFUSED', reason: 'LOCKED', next: state };
  if (passwordMatches) return { outcome: 'GRANTED', next: UNLOCKED };
  const failedCount = state.failedCount + 1;
  if (failedCount >= policy.threshold) {
    return { outcome: 'REFUSED', reason: 'WRONG_PASSWORD', lockedNow: true, next: { failedCount: 0, lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000) } };
  }
  return { outcome: 'REFUSED', reason: 'WRONG_PASSWORD', lockedNow: false, next: { failedCount, lockedUntil: null } };
}

export function sameLockoutState(a: LockoutState, b: LockoutState): boolean {
  return a.failedCount === b.failedCount && (a.lockedUntil?.getTime() ?? null) === (b.lockedUntil?.getTime() ?? null);
}
