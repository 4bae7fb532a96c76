import { Actor } from '@app/common/actor';
import { DomainError } from '@app/common/errors';
import { resolveBaseFilter } from '@app/identity/scope.policy';

/** Whose standing a list shows: the province, one city's trainees, or one base's. */
export type StandingScope = { kind: 'ALL' } | { kind: 'CITY'; cityId: number } | { kind: 'BASE'; baseId: number };

/**
 * Standing lists and statistics are read by the bases, the city reviewers and the centre (a base: its own
 * trainees; a city reviewer: its city's bases, or one of them with ?baseId=; the centre: the province, or one
 * base). A base outside the reader's scope is FORBIDDEN_SCOPE, an unknown one ORGANISATION_NOT_FOUND.
 */
export function standingScope(actor: Actor, baseId: number | undefined, cityOfBase: (baseId: number) => number | null): StandingScope {
  const scope = resolveBaseFilter(actor, { baseId }, cityOfBase);
  switch (scope.kind) {
    case 'ALL':
    case 'CITY':
    case 'BASE':
      return scope;
    case 'TRAINEE':
      throw new DomainError('FORBIDDEN_ROLE');
  }
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** Exports may be large, but not unbounded. */
export const EXPORT_LIMIT = 100_000;
