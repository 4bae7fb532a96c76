import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Organisation, OrganisationKind } from '../entities/organisation.entity';

export interface NewOrganisation {
  name: string;
  kind: OrganisationKind;
  parentId: number | null;
  cityId: number | null;
}

/** Every SQL statement on organisation. Methods taking a manager run inside the caller's transaction. */
@Injectable()
export class OrganisationStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The whole tree, in id order. */
  all(): Promise<Organisation[]> {
    return this.dataSource.getRepository(Organisation).find({ order: { id: 'ASC' } });
  }

  /** The whole tree as the caller's transaction sees it. */
  allIn(manager: EntityManager): Promise<Organisation[]> {
    return manager.getRepository(Organisation).find();
  }

  /** Inserts the organisation and returns it with its id. */
  async insert(manager: EntityManager, organisation: NewOrganisation): Promise<Organisation> {
    const repository = manager.getRepository(Organisation);
    const created = repository.create(organisation);
    await repository.save(created);
    return created;
  }
}
