/** CHECKER: exam-site staff who verify admit tickets; they see nothing else. */
export type Role = 'CANDIDATE' | 'BASE_REVIEWER' | 'CITY_REVIEWER' | 'CENTRE_ADMIN' | 'CHECKER';
export const ROLES: readonly Role[] = ['CANDIDATE', 'BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN', 'CHECKER'];

/**
 * Who is acting, as the verified token says. Scope checks read only this, never the request.
 * baseId / cityId are the organisation the account works for (a base reviewer has both).
 */
export interface Actor {
  userId: number | null;
  role: Role | 'SYSTEM';
  organisationId: number | null;
  baseId: number | null;
  cityId: number | null;
  traineeId: number | null;
}

/** Scheduled jobs act as the system. */
export const SYSTEM_ACTOR: Actor = {
  userId: null,
  role: 'SYSTEM',
  organisationId: null,
  baseId: null,
  cityId: null,
  traineeId: null,
};
