import { OrganisationService } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { jurisdictionOfOrganisation } from '../access/recruitment-access';
import type { Jurisdiction } from '../jurisdiction';
import type { BaseResolver } from '../rounds';

export interface RoundBaseNames {
  /** A plan's base name → the organisation id and its city, within the round's jurisdiction. */
  resolve: BaseResolver;
  /** An organisation id → its name as applicants know it. */
  nameOf: (baseId: number) => string;
  /** A base's city (its parent organisation); null for an id that is not a base. */
  cityOf: (baseId: number) => number | null;
}

/** The organisation tree seen from one jurisdiction's rounds: base names of a plan and the ids admission uses. */
@Injectable()
export class RoundBases {
  constructor(private readonly organisations: OrganisationService) {}

  async of(jurisdiction: Jurisdiction): Promise<RoundBaseNames> {
    const all = await this.organisations.all();
    const lookup = await this.organisations.resolver();
    const byName = new Map<string, { baseId: number; cityId: number | null }>();
    const names = new Map<number, string>();
    const cities = new Map<number, number | null>();
    for (const organisation of all) {
      names.set(organisation.id, organisation.name);
      if (organisation.kind === 'BASE') cities.set(organisation.id, organisation.parentId);
      if (organisation.kind !== 'BASE') continue;
      if (jurisdictionOfOrganisation(organisation.id, (id) => lookup(id)) !== jurisdiction) continue;
      byName.set(organisation.name, { baseId: organisation.id, cityId: organisation.parentId });
    }
    return {
      resolve: (baseName) => byName.get(baseName) ?? null,
      nameOf: (baseId) => names.get(baseId) ?? `#${baseId}`,
      cityOf: (baseId) => cities.get(baseId) ?? null,
    };
  }
}
