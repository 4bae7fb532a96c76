import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BanEventKind, BanRecord } from '../bans';

/**
 * RC-8: a ban as imposed, keyed by the ID number's hash so it is found in every round and jurisdiction. `record`
 * is the BanRecord with the issuing policy's rule copied in (its idNumber left empty: the hash stands for it).
 */
@Entity({ name: 'recruitment_ban' })
export class RecruitmentBan {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'id_hash', type: 'char', length: 64 }) idHash: string;
  @Column({ type: 'enum', enum: ['FALSE_INFORMATION', 'WITHDREW_AFTER_ADMISSION', 'NO_SHOW', 'ADJUSTED_NO_SHOW'] }) kind: BanEventKind;
  @Column({ name: 'occurred_on', type: 'date' }) occurredOn: string;
  @Column({ name: 'round_id', type: 'int' }) roundId: number;
  @Column({ type: 'json' }) record: BanRecord;
  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
}
