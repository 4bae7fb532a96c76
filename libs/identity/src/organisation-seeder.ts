import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { Organisation } from './entities/organisation.entity';
import { OrganisationService } from './organisation.service';
import { OrganisationStore } from './organisations/organisation.store';

export const PROVINCE_NAME = '福建省';

/**
 * Seeds the province, its cities and bases from a quota-plan file (city,base,…). Idempotent: existing
 * names are kept, new ones added, so it runs at every start.
 */
@Injectable()
export class OrganisationSeeder {
  private readonly logger = new Logger(OrganisationSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: OrganisationStore,
    private readonly organisations: OrganisationService,
  ) {}

  async seedFromPlan(csv: string): Promise<{ cities: number; bases: number }> {
    const rows = parse(csv, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Array<{ city: string; base: string }>;
    return this.seedTree(PROVINCE_NAME, rows);
  }

  /**
   * One province-level authority's tree (a province, or a municipality such as Chongqing) with its cities and
   * bases: the other jurisdictions' bases are seeded this way from their recruitment plans.
   */
  async seedTree(provinceName: string, rows: ReadonlyArray<{ city: string; base: string }>): Promise<{ cities: number; bases: number }> {
    const result = await this.dataSource.transaction(async (manager) => {
      const byName = new Map((await this.store.allIn(manager)).map((o) => [o.name, o]));
      const ensure = async (name: string, kind: Organisation['kind'], parent: Organisation | null, cityId: number | null) => {
        const existing = byName.get(name);
        if (existing) return existing;
        const created = await this.store.insert(manager, { name, kind, parentId: parent?.id ?? null, cityId });
        byName.set(name, created);
        return created;
      };
      const province = await ensure(provinceName, 'PROVINCE', null, null);
      const cities = new Set<string>();
      for (const row of rows) {
        const city = await ensure(row.city, 'CITY', province, null);
        cities.add(city.name);
        await ensure(row.base, 'BASE', city, city.id);
      }
      return { cities: cities.size, bases: rows.length };
    });
    this.organisations.invalidate();
    this.logger.log(`organisations of ${provinceName}: ${result.cities} cities, ${result.bases} bases`);
    return result;
  }
}
