import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AttemptOutcome, Subject } from '../rules/subject';

export type AttemptSource = 'HISTORY' | 'IMPORT' | 'ENTRY' | 'CORRECTION';
/** Why a result no longer counts: SC-5 rotation deadline, SC-8 exam-rule violation, FA-11 false information. */
export type AttemptVoidKind = 'ROTATION_DEADLINE' | 'VIOLATION' | 'FALSE_INFORMATION';

/**
 * A trainee's result in one subject of one session: the history FA-3, FA-4 and Part C read. Rows without
 * a session are results from before the platform (HISTORY). One row per session, trainee and subject.
 */
@Entity({ name: 'subject_attempt' })
@Index('idx_attempt_trainee', ['traineeId'])
@Index('uq_attempt_session_trainee_subject', ['sessionId', 'traineeId', 'subject'], { unique: true })
export class SubjectAttemptRecord {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'trainee_id', type: 'int' }) traineeId: number;
  @Column({ name: 'session_id', type: 'int', nullable: true }) sessionId: number | null;
  @Column({ name: 'signup_id', type: 'int', nullable: true }) signupId: number | null;
  @Column({ type: 'enum', enum: ['THEORY', 'SKILLS'] }) subject: Subject;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'enum', enum: ['PASSED', 'FAILED', 'ABSENT'] }) outcome: AttemptOutcome;
  /** THEORY: the standard score; SKILLS: the total of the stations. Null when absent. DECIMAL comes back as a string. */
  @Column({ type: 'decimal', precision: 7, scale: 2, nullable: true }) score: string | null;
  /** SKILLS only: station → score (null = absent from that station) */
  @Column({ name: 'station_scores', type: 'json', nullable: true }) stationScores: Record<string, number | null> | null;
  @Column({ name: 'failed_critical_items', type: 'json', nullable: true }) failedCriticalItems: string[] | null;
  @Column({ type: 'enum', enum: ['HISTORY', 'IMPORT', 'ENTRY', 'CORRECTION'], default: 'HISTORY' }) source: AttemptSource;
  @Column({ name: 'import_id', type: 'int', nullable: true }) importId: number | null;
  @Column({ type: 'boolean', default: false }) voided: boolean;
  @Column({ name: 'void_kind', type: 'enum', enum: ['ROTATION_DEADLINE', 'VIOLATION', 'FALSE_INFORMATION'], nullable: true }) voidKind: AttemptVoidKind | null;
  @Column({ name: 'void_reason', type: 'varchar', length: 500, nullable: true }) voidReason: string | null;
  @Column({ name: 'voided_at', type: 'datetime', precision: 3, nullable: true }) voidedAt: Date | null;
  @Column({ name: 'voided_by', type: 'int', nullable: true }) voidedBy: number | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 }) updatedAt: Date;
}
