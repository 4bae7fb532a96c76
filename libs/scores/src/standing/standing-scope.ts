import { Actor } from '@app/common/actor';
import { DomainError } from '@app/common/errors';
import { resolveBaseFilter } from '@app/identity/scope.policy';

/** Whose standing a list shows: the province, or one base's trainees. */
export type StandingScope = { kind: 'ALL' } | { kind: 'BASE'; baseId: number };

/**
 * Standing lists are for the bases and the centre (a base: its own trainees; the centre: the province,
 * or one base with ?baseId=). Another base's id is FORBIDDEN_SCOPE, an unknown one ORGANISATION_NOT_FOUND.
 */
export function standingScope(actor: Actor, baseId: number | undefined, cityOfBase: (baseId: number) => number | null): StandingScope {
  const scope = resolveBaseFilter(actor, { baseId }, cityOfBase);
  switch (scope.kind) {
    case 'ALL':
    case 'BASE':
      return scope;
    case 'CITY':
    case 'TRAINEE':
      throw new DomainError('FORBIDDEN_ROLE');
  }
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** Exports may be large, but not unbounded. */
export const EXPORT_LIMIT = 100_000;
