import { Clock } from '@app/common/time';
import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { TokenStateStore } from './token-state.store';

/** How long a link for opening a page in a new tab lasts: long enough to open it, too short to pass around. */
export const ONE_TIME_LINK_SECONDS = 60;

/** The pages opened this way; a code issued for one is no good for another. */
export type OneTimeLinkPurpose = 'queue-board';

/** 32 random bytes, base64url. */
const CODE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Single-use links for the pages the portal opens in a new tab, which cannot carry its Authorization header
 * (the access token lives in the portal's memory). The link's code is random and stands, in Redis, for the
 * access token of the request that asked for it; only the code's SHA-256 is a key. Redeeming takes it out in
 * one step, so a link works once, and not after ONE_TIME_LINK_SECONDS by the platform's clock.
 */
@Injectable()
export class OneTimeLinks {
  constructor(
    private readonly state: TokenStateStore,
    private readonly clock: Clock,
  ) {}

  async issue(purpose: OneTimeLinkPurpose, accessToken: string): Promise<{ code: string; expiresAt: Date }> {
    const code = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + ONE_TIME_LINK_SECONDS * 1000);
    await this.state.putOnce(keyOf(purpose, code), JSON.stringify({ accessToken, expiresAt: expiresAt.getTime() }), ONE_TIME_LINK_SECONDS);
    return { code, expiresAt };
  }

  /** The access token the code stands for; null when it was never issued (forged), is used up or has expired. */
  async redeem(purpose: OneTimeLinkPurpose, code: string): Promise<string | null> {
    if (!CODE.test(code)) return null;
    const stored = await this.state.takeOnce(keyOf(purpose, code));
    if (stored === null) return null;
    const { accessToken, expiresAt } = JSON.parse(stored) as { accessToken: string; expiresAt: number };
    return this.clock.now().getTime() < expiresAt ? accessToken : null;
  }
}

function keyOf(purpose: OneTimeLinkPurpose, code: string): string {
  return `once:${purpose}:${createHash('sha256').update(code).digest('hex')}`;
}
