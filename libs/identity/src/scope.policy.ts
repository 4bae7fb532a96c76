import { Actor } from '@app/common/actor';
import { DomainError } from '@app/common/errors';

/** Where a record sits in the organisation tree. */
export interface ScopedRecord {
  baseId: number;
  cityId: number;
  traineeId?: number;
}

/**
 * Organisation scope (SPEC "Who uses it"): centre → everything; city → its bases; base → itself;
 * candidate → only their own trainee record.
 */
export function canAccess(actor: Actor, record: ScopedRecord): boolean {
  switch (actor.role) {
    case 'CENTRE_ADMIN':
    case 'SYSTEM':
      return true;
    case 'CITY_REVIEWER':
      return actor.cityId !== null && record.cityId === actor.cityId;
    case 'BASE_REVIEWER':
      return actor.baseId !== null && record.baseId === actor.baseId;
    case 'CANDIDATE':
      return actor.traineeId !== null && record.traineeId === actor.traineeId;
    case 'CHECKER':
      // Exam-site staff verify tickets (their answer is the public one) and see no record beyond that.
      return false;
  }
}

export function assertAccess(actor: Actor, record: ScopedRecord): void {
  if (!canAccess(actor, record)) throw new DomainError('FORBIDDEN_SCOPE');
}

/** The filter a list query must apply for this actor. */
export type ScopeFilter = { kind: 'ALL' } | { kind: 'CITY'; cityId: number } | { kind: 'BASE'; baseId: number } | { kind: 'TRAINEE'; traineeId: number };

export function scopeFilterFor(actor: Actor): ScopeFilter {
  switch (actor.role) {
    case 'CENTRE_ADMIN':
    case 'SYSTEM':
      return { kind: 'ALL' };
    case 'CITY_REVIEWER':
      if (actor.cityId === null) throw new DomainError('FORBIDDEN_SCOPE');
      return { kind: 'CITY', cityId: actor.cityId };
    case 'BASE_REVIEWER':
      if (actor.baseId === null) throw new DomainError('FORBIDDEN_SCOPE');
      return { kind: 'BASE', baseId: actor.baseId };
    case 'CANDIDATE':
      if (actor.traineeId === null) throw new DomainError('FORBIDDEN_SCOPE');
      return { kind: 'TRAINEE', traineeId: actor.traineeId };
    case 'CHECKER':
      throw new DomainError('FORBIDDEN_SCOPE');
  }
}

/** Narrow a requested base filter to the actor's scope; asking for a base outside it is refused. */
export function resolveBaseFilter(actor: Actor, requested: { baseId?: number; cityId?: number }, lookupCityOfBase: (baseId: number) => number | null): ScopeFilter {
  const scope = scopeFilterFor(actor);
  if (requested.baseId !== undefined) {
    const cityId = lookupCityOfBase(requested.baseId);
    if (cityId === null) throw new DomainError('ORGANISATION_NOT_FOUND');
    assertAccess(actor, { baseId: requested.baseId, cityId, traineeId: -1 });
    return { kind: 'BASE', baseId: requested.baseId };
  }
  if (requested.cityId !== undefined) {
    if (scope.kind === 'ALL' || (scope.kind === 'CITY' && scope.cityId === requested.cityId)) {
      return { kind: 'CITY', cityId: requested.cityId };
    }
    throw new DomainError('FORBIDDEN_SCOPE');
  }
  return scope;
}
