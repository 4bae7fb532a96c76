import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RecruitmentRoundRow } from '../entities/recruitment-round.entity';
import type { Jurisdiction } from '../jurisdiction';
import { roundFromStored, storedRound } from './round-storage';
import type { RecruitmentRound } from './round.types';

/** A stored round: its row id and version beside the configuration. */
export interface StoredRound {
  id: number;
  version: number;
  round: RecruitmentRound;
}

const toStored = (row: RecruitmentRoundRow): StoredRound => ({ id: row.id, version: row.version, round: roundFromStored(row.config) });

/** SQL of the recruitment_round table. */
@Injectable()
export class RoundStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byId(id: number, manager: EntityManager = this.dataSource.manager): Promise<StoredRound | null> {
    const row = await manager.findOneBy(RecruitmentRoundRow, { id });
    return row ? toStored(row) : null;
  }

  /** FOR UPDATE: the round's row is the lock that serialises admission runs and quota changes of one round. */
  async lockById(manager: EntityManager, id: number): Promise<StoredRound | null> {
    const row = await manager.getRepository(RecruitmentRoundRow).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    return row ? toStored(row) : null;
  }

  async byCode(code: string, manager: EntityManager = this.dataSource.manager): Promise<StoredRound | null> {
    const row = await manager.findOneBy(RecruitmentRoundRow, { code });
    return row ? toStored(row) : null;
  }

  /** Newest first; `jurisdictions` null: every jurisdiction. */
  async list(jurisdictions: readonly Jurisdiction[] | null): Promise<StoredRound[]> {
    const query = this.dataSource.getRepository(RecruitmentRoundRow).createQueryBuilder('r').orderBy('r.year', 'DESC').addOrderBy('r.id', 'DESC');
    if (jurisdictions !== null) {
      if (jurisdictions.length === 0) return [];
      query.where('r.jurisdiction IN (:...jurisdictions)', { jurisdictions });
    }
    return (await query.getMany()).map(toStored);
  }

  /** Inserts the round unless its code exists; answers whether it did. */
  async insertIfMissing(manager: EntityManager, round: RecruitmentRound): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(RecruitmentRoundRow)
      .values({ code: round.code, jurisdiction: round.jurisdiction, name: round.name, year: round.year, config: storedRound(round) })
      .orIgnore()
      // An ignored row has no generated id to copy back: TypeORM would throw on the second start of a database.
      .updateEntity(false)
      .execute();
    return (result.raw as { affectedRows?: number }).affectedRows === 1;
  }

  /** Compare-and-set on the version: a stale editor changes nothing and gets false. */
  async replaceConfig(manager: EntityManager, stored: StoredRound, round: RecruitmentRound): Promise<boolean> {
    const result = await manager.update(
      RecruitmentRoundRow,
      { id: stored.id, version: stored.version },
      { name: round.name, year: round.year, config: storedRound(round), version: stored.version + 1 },
    );
    return result.affected === 1;
  }
}
