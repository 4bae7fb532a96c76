import { jsonValue } from '@app/common/sql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { BanRecord } from './ban.types';

/** SQL of recruitment_ban. The record is stored without the ID number: its look-up hash stands for it. */
@Injectable()
export class BanStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One ban per person, round and kind (the unique key): recording an event twice keeps the first. */
  async insertIgnoring(manager: EntityManager, ban: { idHash: string; roundId: number; record: BanRecord }): Promise<void> {
    const stored: BanRecord = { ...ban.record, idNumber: '' };
    await manager.query('INSERT IGNORE INTO recruitment_ban (id_hash, kind, occurred_on, round_id, record) VALUES (?, ?, ?, ?, ?)', [
      ban.idHash,
      ban.record.kind,
      ban.record.occurredOn,
      ban.roundId,
      JSON.stringify(stored),
    ]);
  }

  /** Every ban of a person, from any round and jurisdiction, with the ID number put back in. */
  async history(idHash: string, idNumber: string, manager: EntityManager = this.dataSource.manager): Promise<BanRecord[]> {
    const rows: Array<{ record: unknown }> = await manager.query('SELECT record FROM recruitment_ban WHERE id_hash = ? ORDER BY id', [idHash]);
    return rows.map((row) => ({ ...(jsonValue<BanRecord>(row.record) as BanRecord), idNumber }));
  }
}
