import QRCode from 'qrcode';
import { randomBytes } from 'node:crypto';
import { TICKET_VERIFICATION_PAGE, ticketVerificationUrl } from './ticket-link';
import { TicketTokenSigner } from './ticket-token';

describe('TK-6 the link a ticket’s QR code encodes', () => {
  const signer = new TicketTokenSigner(randomBytes(32));
  const token = signer.sign({ ticketNumber: '20242FZ00037', signupId: 1234567, revision: 3 });

  it('TK-6 is the portal’s verification page for the signed token on the public origin', () => {
    expect(TICKET_VERIFICATION_PAGE).toBe('/verify/');
    expect(ticketVerificationUrl('https://agp.example.org', token)).toBe(`https://agp.example.org/verify/${token}`);
    expect(ticketVerificationUrl('http://127.0.0.1:3000', token)).toBe(`http://127.0.0.1:3000/verify/${token}`);
  });

  it('TK-6 a trailing slash on the origin does not double the slash', () => {
    expect(ticketVerificationUrl('https://agp.example.org/', token)).toBe(`https://agp.example.org/verify/${token}`);
  });

  it('TK-6 the page finds the token, unchanged and genuine, as the last segment of the path', () => {
    const url = new URL(ticketVerificationUrl('https://agp.example.org:8443', token));
    expect(url.origin).toBe('https://agp.example.org:8443');
    const [, page, fromPath, ...rest] = url.pathname.split('/');
    expect([page, rest]).toEqual(['verify', []]);
    expect(decodeURIComponent(fromPath)).toBe(token);
    // base64url and dots need no escaping: the printed URL is the token as signed.
    expect(fromPath).toBe(token);
    expect(signer.verify(fromPath)).toEqual({ ticketNumber: '20242FZ00037', signupId: 1234567, revision: 3 });
  });

  it('TK-6 even on a long origin the code stays small enough to print its modules over 0.6 mm wide in 34 mm', () => {
    const url = ticketVerificationUrl('https://kaohe.fujian-gp-training-centre.example.org.cn', token);
    const { modules } = QRCode.create([{ data: Buffer.from(url, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M' });
    // the printed image is 34 mm wide, quiet zone (one module each side) included
    expect(34 / (modules.size + 2)).toBeGreaterThan(0.6);
  });
});
