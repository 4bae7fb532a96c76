import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Jurisdiction } from '../jurisdiction';

/**
 * A recruitment round as stored: its configuration (RecruitmentRound, instants as ISO strings) is one JSON
 * document, read and written through rounds/round-file.ts, so a round is data and never code.
 */
@Entity({ name: 'recruitment_round' })
export class RecruitmentRoundRow {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 40 }) code: string;
  @Column({ type: 'enum', enum: ['FUJIAN', 'CHONGQING', 'XIAOGAN'] }) jurisdiction: Jurisdiction;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'smallint' }) year: number;
  @Column({ type: 'json' }) config: object;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 }) updatedAt: Date;
}
