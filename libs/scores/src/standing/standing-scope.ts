import { Actor } from '@app/common/actor';
import { DomainError } from '@app/common/errors';
import { resolveBaseFilter } from '@app/identity/scope.policy';

/** A SQL condition on trainee alias `t` and its parameters. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/**
 * Standing lists are for the bases and the centre (a base: its own trainees; the centre: the province,
 * or one base with ?baseId=). Another base's id is FORBIDDEN_SCOPE, an unknown one ORGANISATION_NOT_FOUND.
 */
export function standingScope(actor: Actor, baseId: number | undefined, cityOfBase: (baseId: number) => number | null): SqlCondition {
  const scope = resolveBaseFilter(actor, { baseId }, cityOfBase);
  switch (scope.kind) {
    case 'ALL':
      return { sql: '1 = 1', params: [] };
    case 'BASE':
      return { sql: 't.base_id = ?', params: [scope.baseId] };
    case 'CITY':
    case 'TRAINEE':
      throw new DomainError('FORBIDDEN_ROLE');
  }
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** Exports may be large, but not unbounded. */
export const EXPORT_LIMIT = 100_000;
