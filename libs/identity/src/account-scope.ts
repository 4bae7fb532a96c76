import { EntityManager } from 'typeorm';
import { TraineePlacements } from './accounts/trainee-placements';
import { UserAccount } from './entities/user-account.entity';
import { OrganisationService } from './organisation.service';
import { ScopedRecord } from './scope.policy';

/** No base or city matches this: a city or province account sits outside every base's scope. */
const NONE = -1;

/**
 * Where an account sits in the organisation tree, for scope checks and audit records: a candidate with
 * their trainee's base, a reviewer with their organisation.
 */
export async function accountScope(manager: EntityManager, organisations: OrganisationService, placements: TraineePlacements, account: UserAccount): Promise<ScopedRecord> {
  if (account.traineeId !== null) {
    const placement = await placements.of(manager, account.traineeId);
    return { baseId: placement?.baseId ?? NONE, cityId: placement?.cityId ?? NONE, traineeId: account.traineeId };
  }
  const organisation = account.organisationId === null ? null : await organisations.byId(account.organisationId);
  switch (organisation?.kind) {
    case 'BASE':
      return { baseId: organisation.id, cityId: organisation.cityId ?? NONE };
    case 'CITY':
      return { baseId: NONE, cityId: organisation.id };
    case 'PROVINCE':
    case undefined:
      return { baseId: NONE, cityId: NONE };
  }
}

/** The base an audit record of this account is filed under (none for city and province accounts). */
export function auditBaseOf(scope: ScopedRecord): number | null {
  return scope.baseId === NONE ? null : scope.baseId;
}
