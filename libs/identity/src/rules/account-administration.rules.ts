import { Role } from '@app/common/actor';
import type { OrganisationKind } from '../entities/organisation.entity';

/** The roles whose accounts the centre creates, edits, disables and resets. */
export const ADMINISTERED_ROLES = ['BASE_REVIEWER', 'CITY_REVIEWER', 'CHECKER'] as const satisfies readonly Role[];
export type AdministeredRole = (typeof ADMINISTERED_ROLES)[number];

/** Staff roles, listed by the account list (candidates register themselves and are listed with their trainee). */
export const STAFF_ROLES = ['BASE_REVIEWER', 'CITY_REVIEWER', 'CHECKER', 'CENTRE_ADMIN'] as const satisfies readonly Role[];

export function isAdministeredRole(role: string): role is AdministeredRole {
  return (ADMINISTERED_ROLES as readonly string[]).includes(role);
}

/**
 * The organisation level each role works at. A base reviewer works for a base and a city reviewer for a city.
 * Exam-site checkers are staff of the skills sites, which the centre runs itself or through a city, so a checker
 * belongs to the province or to a city; never to a base, which would make base staff check their own candidates.
 */
export function organisationKindsOf(role: Role): readonly OrganisationKind[] {
  switch (role) {
    case 'BASE_REVIEWER':
      return ['BASE'];
    case 'CITY_REVIEWER':
      return ['CITY'];
    case 'CHECKER':
      return ['PROVINCE', 'CITY'];
    case 'CENTRE_ADMIN':
      return ['PROVINCE'];
    case 'CANDIDATE':
      return [];
  }
}

export function roleFitsOrganisation(role: Role, kind: OrganisationKind): boolean {
  return organisationKindsOf(role).includes(kind);
}

/** Enough of an organisation to walk up the tree. */
export interface OrganisationNode {
  id: number;
  kind: OrganisationKind;
  parentId: number | null;
}

/** True when `ancestorId` is the organisation itself or one above it (province → city → base). */
export function isWithinOrganisation(ancestorId: number, organisation: OrganisationNode, byId: (id: number) => OrganisationNode | null): boolean {
  let current: OrganisationNode | null = organisation;
  // The tree is three levels deep; the bound stops a corrupt cycle.
  for (let depth = 0; current && depth < 8; depth++) {
    if (current.id === ancestorId) return true;
    current = current.parentId === null ? null : byId(current.parentId);
  }
  return false;
}

export type AdministrationRefusal = 'FORBIDDEN_SCOPE' | 'ACCOUNT_ROLE_NOT_ADMINISTERED' | 'ROLE_ORGANISATION_MISMATCH';

/**
 * May an administrator with this organisation give (or keep) an account this role at this organisation? The
 * account must hold an administered role, sit at its role's level, and inside the administrator's subtree.
 */
export function administrationRefusal(
  administratorOrganisationId: number | null,
  target: { role: Role; organisation: OrganisationNode },
  byId: (id: number) => OrganisationNode | null,
): AdministrationRefusal | null {
  if (!isAdministeredRole(target.role)) return 'ACCOUNT_ROLE_NOT_ADMINISTERED';
  if (administratorOrganisationId === null || !isWithinOrganisation(administratorOrganisationId, target.organisation, byId)) return 'FORBIDDEN_SCOPE';
  if (!roleFitsOrganisation(target.role, target.organisation.kind)) return 'ROLE_ORGANISATION_MISMATCH';
  return null;
}

/** What an account's access tokens claim: a change to any of these must end the tokens already issued. */
export interface TokenRelevantState {
  role: Role;
  organisationId: number | null;
  active: boolean;
}

export function changeEndsTokens(before: TokenRelevantState, after: TokenRelevantState): boolean {
  return before.role !== after.role || before.organisationId !== after.organisationId || (before.active && !after.active);
}

/** No 0/O, 1/l/I: a temporary password is read out over the phone. */
const TEMPORARY_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const TEMPORARY_PASSWORD_LENGTH = 16;

/** A temporary password from random bytes (about 93 bits); rejection sampling keeps every character equally likely. */
export function temporaryPasswordFrom(randomBytes: (count: number) => Buffer): string {
  const limit = 256 - (256 % TEMPORARY_ALPHABET.length);
  let password = '';
  while (password.length < TEMPORARY_PASSWORD_LENGTH) {
    for (const byte of randomBytes(TEMPORARY_PASSWORD_LENGTH * 2)) {
      if (byte < limit && password.length < TEMPORARY_PASSWORD_LENGTH) password += TEMPORARY_ALPHABET[byte % TEMPORARY_ALPHABET.length];
    }
  }
  return password;
}
