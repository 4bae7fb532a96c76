import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { SeatingRoom } from '../rules/seating.rules';

/** A day and time slot at a site, with its rooms / station groups and their capacities (TK-4). */
@Entity({ name: 'exam_slot' })
export class ExamSlot {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'site_id', type: 'int' }) siteId: number;
  @Column({ name: 'slot_date', type: 'date' }) date: string;
  @Column({ name: 'starts_at', type: 'char', length: 5 }) startsAt: string;
  @Column({ name: 'ends_at', type: 'char', length: 5 }) endsAt: string;
  @Column({ type: 'json' }) rooms: SeatingRoom[];
  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
}
