import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A candidate's seat: one per sign-up, one sign-up per seat (both enforced by unique keys). */
@Entity({ name: 'seat_assignment' })
@Index('uq_seat_signup', ['signupId'], { unique: true })
@Index('uq_seat_place', ['slotId', 'roomId', 'seat'], { unique: true })
export class SeatAssignmentRecord {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'session_id', type: 'int' }) sessionId: number;
  @Column({ name: 'signup_id', type: 'int' }) signupId: number;
  @Column({ name: 'slot_id', type: 'int' }) slotId: number;
  @Column({ name: 'room_id', type: 'varchar', length: 32 }) roomId: string;
  @Column({ type: 'int' }) seat: number;
  @Column({ name: 'assigned_at', type: 'datetime', precision: 3 }) assignedAt: Date;
}
