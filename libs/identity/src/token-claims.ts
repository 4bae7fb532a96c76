import { Actor, Role } from '@app/common/actor';

/** What a signed access token carries: enough to check role, scope and revocation without a database read. */
export interface TokenClaims {
  sub: number;
  role: Role;
  org: number | null;
  base: number | null;
  city: number | null;
  trainee: number | null;
  /** The account's token version when issued; raising it ends the token. */
  ver: number;
  /** The login (refresh-token family) the token belongs to; logging out ends it. */
  fam: number;
  /** Present (true) while the account must change its password first. */
  pwc?: true;
}

/** Claims as read from a verified token; null when a claim the API relies on is missing or mistyped. */
export function parseClaims(raw: Record<string, unknown>): TokenClaims | null {
  const { sub, role, ver, fam } = raw;
  if (typeof sub !== 'number' || typeof role !== 'string' || typeof ver !== 'number' || typeof fam !== 'number') return null;
  return raw as unknown as TokenClaims;
}

export function actorFromClaims(claims: TokenClaims): Actor {
  return {
    userId: claims.sub,
    role: claims.role,
    organisationId: claims.org,
    baseId: claims.base,
    cityId: claims.city,
    traineeId: claims.trainee,
  };
}
