import { sign, SignOptions } from 'jsonwebtoken';
import { createAccessTokenVerifier } from './access-token';

describe('createAccessTokenVerifier', () => {
  const secret = 'test-secret-0123456789abcdef';
  /** A fixed instant (seconds): tokens are issued and checked on it, never on the running clock. */
  const now = Date.UTC(2024, 2, 1, 2, 0, 0) / 1000;
  /** The token check as of `seconds` (the API itself uses the system clock). */
  const verifyHs256Token = (t: string, _secret: string, seconds: number) => createAccessTokenVerifier(secret, seconds * 1000)(t);
  const claims = { sub: 7, role: 'CANDIDATE', org: null, base: null, city: null, trainee: 42 };
  /** Signed as issued at `now` (iat), so exp and nbf count from it rather than from the moment of signing. */
  const signAtNow = (payload: object, key: string, options: SignOptions) => sign({ iat: now, ...payload }, key, options);
  const token = (payload: object = claims, options: object = { expiresIn: 3600 }) => signAtNow(payload, secret, { algorithm: 'HS256', ...options });
  const segments = (t: string) => t.split('.');
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it('accepts a token signed with the key and returns its claims', () => {
    expect(verifyHs256Token(token(), secret, now)).toMatchObject(claims);
  });

  it('refuses a token signed with another key', () => {
    expect(verifyHs256Token(signAtNow(claims, 'another-secret-0123456789', { algorithm: 'HS256', expiresIn: 3600 }), secret, now)).toBeNull();
  });

  it('refuses changed claims under the original signature', () => {
    const [header, , signature] = segments(token());
    expect(verifyHs256Token(`${header}.${encode({ ...claims, role: 'CENTRE_ADMIN', exp: now + 3600 })}.${signature}`, secret, now)).toBeNull();
  });

  it('refuses other algorithms, including none', () => {
    expect(verifyHs256Token(signAtNow(claims, secret, { algorithm: 'HS512', expiresIn: 3600 }), secret, now)).toBeNull();
    const [, payload] = segments(token());
    expect(verifyHs256Token(`${encode({ alg: 'none', typ: 'JWT' })}.${payload}.`, secret, now)).toBeNull();
  });

  it('refuses an expired token, one without exp and one not yet valid', () => {
    expect(verifyHs256Token(token(), secret, now + 3600)).toBeNull();
    expect(verifyHs256Token(token(claims, {}), secret, now)).toBeNull();
    expect(verifyHs256Token(token(claims, { expiresIn: 3600, notBefore: 60 }), secret, now)).toBeNull();
    expect(verifyHs256Token(token(claims, { expiresIn: 3600, notBefore: 60 }), secret, now + 60)).toMatchObject(claims);
  });

  it('refuses malformed tokens and a non-canonical signature encoding', () => {
    for (const bad of ['', 'a.b', 'a.b.c.d', '..', `${token()}x`, `${token()}=`]) expect(verifyHs256Token(bad, secret, now)).toBeNull();
  });
});
