import { Injectable } from '@nestjs/common';
import { Organisation } from './entities/organisation.entity';
import { OrganisationStore } from './organisations/organisation.store';

/** The organisation tree changes only through seeding, so each process keeps a copy after first use. */
@Injectable()
export class OrganisationService {
  private cache: Promise<Map<number, Organisation>> | null = null;

  constructor(private readonly store: OrganisationStore) {}

  async all(): Promise<Organisation[]> {
    return [...(await this.load()).values()];
  }

  async byId(id: number): Promise<Organisation | null> {
    return (await this.load()).get(id) ?? null;
  }

  async byName(name: string): Promise<Organisation | null> {
    const wanted = name.trim();
    return (await this.all()).find((o) => o.name === wanted) ?? null;
  }

  /** Synchronous look-up for scope filters; call after `all()` has loaded the tree once. */
  async cityOfBaseResolver(): Promise<(baseId: number) => number | null> {
    const map = await this.load();
    return (baseId) => {
      const organisation = map.get(baseId);
      return organisation?.kind === 'BASE' ? organisation.cityId : null;
    };
  }

  /** Synchronous look-up by id over the whole tree, for rules that walk it. */
  async resolver(): Promise<(id: number) => Organisation | null> {
    const map = await this.load();
    return (id) => map.get(id) ?? null;
  }

  invalidate(): void {
    this.cache = null;
  }

  private load(): Promise<Map<number, Organisation>> {
    this.cache ??= this.store
      .all()
      .then((rows) => new Map(rows.map((row) => [row.id, row])))
      .catch((error: unknown) => {
        this.cache = null;
        throw error;
      });
    return this.cache;
  }
}
