import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AttemptOutcome, Subject } from '../rules/subject';

/** A trainee's result in one subject in one year: the history FA-3 and FA-4 read. */
@Entity({ name: 'subject_attempt' })
@Index('idx_attempt_trainee', ['traineeId'])
export class SubjectAttemptRecord {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'trainee_id', type: 'int' }) traineeId: number;
  @Column({ name: 'session_id', type: 'int', nullable: true }) sessionId: number | null;
  @Column({ type: 'enum', enum: ['THEORY', 'SKILLS'] }) subject: Subject;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'enum', enum: ['PASSED', 'FAILED', 'ABSENT'] }) outcome: AttemptOutcome;
  @Column({ type: 'boolean', default: false }) voided: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
}
