import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * TK-6: what the QR code on a ticket carries. The payload names the ticket and the revision it was
 * printed at (a reschedule or a new photo bumps the revision, so an old print verifies as superseded);
 * an HMAC-SHA256 over it makes any change detectable. Nothing personal is in the token itself.
 */
export interface TicketTokenPayload {
  ticketNumber: string;
  signupId: number;
  revision: number;
}

const VERSION = 't1';

export class TicketTokenSigner {
  private readonly key: Buffer;

  constructor(key: Buffer) {
    if (key.length < 32) throw new RangeError('the ticket signing key must have at least 32 bytes');
    this.key = Buffer.from(key);
  }

  sign(payload: TicketTokenPayload): string {
    const body = Buffer.from(JSON.stringify([payload.ticketNumber, payload.signupId, payload.revision]), 'utf8').toString('base64url');
    return `${VERSION}.${body}.${this.mac(body)}`;
  }

  /** The payload of a genuine token, or null for anything forged, altered or malformed. */
  verify(token: string): TicketTokenPayload | null {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== VERSION) return null;
    const [, body, mac] = parts;
    // The MAC's text, not its decoded bytes, is compared: base64url decoding ignores the spare bits of the
    // last character (and stray characters), so several strings would otherwise pass for one ticket.
    const expected = Buffer.from(this.mac(body), 'latin1');
    const given = Buffer.from(mac, 'latin1');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const decoded: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
      if (!Array.isArray(decoded) || decoded.length !== 3) return null;
      const [ticketNumber, signupId, revision] = decoded as unknown[];
      if (typeof ticketNumber !== 'string' || !Number.isInteger(signupId) || !Number.isInteger(revision)) return null;
      return { ticketNumber, signupId: signupId as number, revision: revision as number };
    } catch {
      return null;
    }
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(`${VERSION}.${body}`).digest('base64url');
  }
}
