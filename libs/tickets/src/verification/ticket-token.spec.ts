import { createHmac, randomBytes } from 'node:crypto';
import { TicketTokenSigner } from './ticket-token';

describe('TK-6 signed ticket tokens', () => {
  const signer = new TicketTokenSigner(randomBytes(32));
  const payload = { ticketNumber: '20242FZ00037', signupId: 1234, revision: 2 };

  it('TK-6 a genuine token verifies to its payload', () => {
    expect(signer.verify(signer.sign(payload))).toEqual(payload);
  });

  it('TK-6 the token carries nothing personal and stays short enough for a QR code', () => {
    const token = signer.sign(payload);
    expect(token.length).toBeLessThan(120);
    expect(Buffer.from(token.split('.')[1], 'base64url').toString()).toBe('["20242FZ00037",1234,2]');
  });

  it('TK-6 an altered payload is refused (ticket number, sign-up or revision changed)', () => {
    const [version, , mac] = signer.sign(payload).split('.');
    for (const forged of [['20242FZ00038', 1234, 2], ['20242FZ00037', 1235, 2], ['20242FZ00037', 1234, 3]]) {
      const body = Buffer.from(JSON.stringify(forged)).toString('base64url');
      expect(signer.verify(`${version}.${body}.${mac}`)).toBeNull();
    }
  });

  it('TK-6 a token signed with another key, a truncated or garbled one is refused', () => {
    const other = new TicketTokenSigner(randomBytes(32)).sign(payload);
    const token = signer.sign(payload);
    for (const bad of [other, token.slice(0, -2), `${token}x`, 't2' + token.slice(2), 'garbage', '', 't1..', `t1.${Buffer.from('{').toString('base64url')}.x`]) {
      expect(signer.verify(bad)).toBeNull();
    }
  });

  it('TK-6 one ticket has exactly one valid token: a last character changed to any other that decodes to the same bytes is refused', () => {
    const token = signer.sign(payload);
    const mac = token.split('.')[2];
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sameBytes = [...alphabet].map((c) => `${token.slice(0, -1)}${c}`).filter((t) => t !== token && Buffer.from(t.split('.')[2], 'base64url').equals(Buffer.from(mac, 'base64url')));
    // 32 MAC bytes in 43 characters leave 2 spare bits in the last one: 3 other characters decode alike.
    expect(sameBytes).toHaveLength(3);
    for (const altered of sameBytes) expect(signer.verify(altered)).toBeNull();
    expect(signer.verify(token)).toEqual(payload);
  });

  it('TK-6 padding or stray characters that base64url decoding would skip are refused', () => {
    const token = signer.sign(payload);
    for (const altered of [`${token}=`, `${token}==`, `${token.slice(0, 10)} ${token.slice(10)}`, `${token.slice(0, -5)}\n${token.slice(-5)}`, `${token.slice(0, -1)}+`]) {
      expect(signer.verify(altered)).toBeNull();
    }
  });

  it('TK-6 a well-signed body of the wrong shape is refused', () => {
    const key = randomBytes(32);
    const local = new TicketTokenSigner(key);
    const body = Buffer.from(JSON.stringify({ ticketNumber: 'x' })).toString('base64url');
    // The right key and format, but a body that is not [ticketNumber, signupId, revision].
    const mac = createHmac('sha256', key).update(`t1.${body}`).digest('base64url');
    expect(local.verify(`t1.${body}.${mac}`)).toBeNull();
  });

  it('TK-6 refuses a short key', () => {
    expect(() => new TicketTokenSigner(randomBytes(16))).toThrow(RangeError);
  });
});
