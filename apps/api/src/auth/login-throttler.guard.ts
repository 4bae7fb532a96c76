import { normaliseUsername } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * Counts attempts per client address and username, in Redis, so every API copy shares the count. The address
 * is the socket's unless TRUSTED_PROXIES names the proxy; the username in the form the look-up uses.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const body = request.body as { username?: unknown } | undefined;
    const username = typeof body?.username === 'string' ? normaliseUsername(body.username) : '';
    return `${String(request.ip)}:${username}`;
  }
}
