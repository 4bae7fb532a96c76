import type { Actor } from '@app/common/actor';
import { JURISDICTION_INFO, JURISDICTIONS, type Jurisdiction } from '../jurisdiction';
import type { ReviewLevel } from '../review';

/**
 * Who may do what in recruitment (SPEC Part D, Jurisdictions; Part A's scope rules extended):
 * - the round's authority: staff of the jurisdiction's authority organisation (a CENTRE_ADMIN of 福建省 or 重庆市,
 *   the CITY_REVIEWER of 孝感市), who administer its rounds and act as its CENTRE level;
 * - a city commission of the jurisdiction (CITY level): applications whose employer is in its city;
 * - a base of the jurisdiction (BASE level): applications that chose it, and the places admitted to it;
 * - the applicant: their own application.
 * Nobody sees another jurisdiction's rounds.
 */

/** Enough of an organisation to place it: walk up to find its jurisdiction. */
export interface OrganisationNode {
  id: number;
  name: string;
  kind: 'PROVINCE' | 'CITY' | 'BASE';
  parentId: number | null;
}

export type OrganisationLookup = (id: number) => OrganisationNode | null;

/** The jurisdiction whose authority organisation is this one or one above it; null: none. */
export function jurisdictionOfOrganisation(organisationId: number, lookup: OrganisationLookup): Jurisdiction | null {
  const names = new Set<string>();
  let current = lookup(organisationId);
  // Three levels deep; the bound stops a corrupt cycle.
  for (let depth = 0; current && depth < 8; depth++) {
    names.add(current.name);
    current = current.parentId === null ? null : lookup(current.parentId);
  }
  return JURISDICTIONS.find((jurisdiction) => names.has(JURISDICTION_INFO[jurisdiction].authorityOrganisation)) ?? null;
}

/** What the actor is in recruitment: the level they review at, in which jurisdiction; null: no part in it. */
export type RecruitmentStanding =
  | { kind: 'AUTHORITY'; jurisdiction: Jurisdiction }
  | { kind: 'CITY'; jurisdiction: Jurisdiction; cityId: number }
  | { kind: 'BASE'; jurisdiction: Jurisdiction; baseId: number; cityId: number | null }
  | { kind: 'APPLICANT'; accountId: number };

export function recruitmentStanding(actor: Actor, lookup: OrganisationLookup): RecruitmentStanding | null {
  if (actor.role === 'CANDIDATE') return actor.userId === null ? null : { kind: 'APPLICANT', accountId: actor.userId };
  if (actor.organisationId === null) return null;
  const organisation = lookup(actor.organisationId);
  const jurisdiction = jurisdictionOfOrganisation(actor.organisationId, lookup);
  if (organisation === null || jurisdiction === null) return null;
  const isAuthorityOrganisation = organisation.name === JURISDICTION_INFO[jurisdiction].authorityOrganisation;
  switch (actor.role) {
    case 'CENTRE_ADMIN':
      return isAuthorityOrganisation ? { kind: 'AUTHORITY', jurisdiction } : null;
    case 'CITY_REVIEWER':
      if (isAuthorityOrganisation) return { kind: 'AUTHORITY', jurisdiction };
      return actor.cityId === null ? null : { kind: 'CITY', jurisdiction, cityId: actor.cityId };
    case 'BASE_REVIEWER':
      return actor.baseId === null ? null : { kind: 'BASE', jurisdiction, baseId: actor.baseId, cityId: actor.cityId };
    case 'CHECKER':
    case 'SYSTEM':
      return null;
  }
}

/** The review level a standing acts at in a round of `jurisdiction`; null: none there. */
export function reviewLevelOf(standing: RecruitmentStanding | null, jurisdiction: Jurisdiction): ReviewLevel | null {
  if (standing === null || standing.kind === 'APPLICANT' || standing.jurisdiction !== jurisdiction) return null;
  return standing.kind === 'AUTHORITY' ? 'CENTRE' : standing.kind;
}

/** Where an application sits, for scope. */
export interface ScopedApplication {
  jurisdiction: Jurisdiction;
  accountId: number;
  employerCityId: number | null;
  /** The bases it chose, and the base of its place once admitted. */
  baseIds: readonly number[];
  /** The cities of those bases. */
  cityIds: readonly number[];
}

export function canSeeApplication(standing: RecruitmentStanding | null, application: ScopedApplication): boolean {
  if (standing === null) return false;
  switch (standing.kind) {
    case 'APPLICANT':
      return application.accountId === standing.accountId;
    case 'AUTHORITY':
      return application.jurisdiction === standing.jurisdiction;
    case 'CITY':
      return application.jurisdiction === standing.jurisdiction && (application.employerCityId === standing.cityId || application.cityIds.includes(standing.cityId));
    case 'BASE':
      return application.jurisdiction === standing.jurisdiction && application.baseIds.includes(standing.baseId);
  }
}
