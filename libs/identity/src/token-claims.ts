import { Actor, Role } from '@app/common/actor';

/** What a signed access token carries: enough to check role and scope without a database read. */
export interface TokenClaims {
  sub: number;
  role: Role;
  org: number | null;
  base: number | null;
  city: number | null;
  trainee: number | null;
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
