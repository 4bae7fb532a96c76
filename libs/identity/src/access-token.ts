import { createVerifier } from 'fast-jwt';

export type AccessTokenVerifier = (token: string) => Record<string, unknown> | null;

/**
 * Verifies the API's own access tokens (HS256, signed by JwtService) on every request. fast-jwt rather
 * than the general JWT library: on the sign-up burst the latter's option handling cost more than the
 * HMAC itself. Checks: algorithm exactly HS256 (never "none"), signature, exp required and in the
 * future, nbf honoured; on the system clock, as the tokens were issued on it, unless a fixed instant
 * (milliseconds) is given. Null for any failure.
 */
export function createAccessTokenVerifier(secret: string, clockTimestamp?: number): AccessTokenVerifier {
  const verify = createVerifier({ key: secret, algorithms: ['HS256'], requiredClaims: ['exp'], clockTimestamp, cache: false });
  return (token) => {
    try {
      const claims = verify(token) as Record<string, unknown>;
      // RFC 7519 4.1.4: the token is valid only before exp; fast-jwt still accepts it in the second of exp itself.
      return (claims.exp as number) * 1000 > (clockTimestamp ?? Date.now()) ? claims : null;
    } catch {
      return null;
    }
  };
}
