import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { AdmissionRound, ApplicantType } from '../admission';

export type PlacementStatus = 'ADMITTED' | 'REPORTED' | 'NO_SHOW' | 'CANCELLED' | 'WITHDRAWN';

/**
 * An admitted applicant's place at a base, from publication on (RC-7, RC-9): its reporting, the trainee record an
 * arrival created, and the admission notice (录取通知书) the worker renders, verifiable by its token like a ticket.
 */
@Entity({ name: 'recruitment_placement' })
export class RecruitmentPlacement {
  @PrimaryColumn({ name: 'application_id', type: 'int' }) applicationId: number;
  @Column({ name: 'round_id', type: 'int' }) roundId: number;
  @Column({ name: 'run_id', type: 'int' }) runId: number;
  @Column({ name: 'base_id', type: 'int' }) baseId: number;
  @Column({ name: 'applicant_type', type: 'enum', enum: ['EMPLOYED', 'INDEPENDENT'] }) applicantType: ApplicantType;
  @Column({ name: 'admitted_by', type: 'enum', enum: ['FIRST', 'SECOND', 'PARALLEL', 'ADJUSTMENT'] }) admittedBy: AdmissionRound;
  @Column({ type: 'enum', enum: ['ADMITTED', 'REPORTED', 'NO_SHOW', 'CANCELLED', 'WITHDRAWN'], default: 'ADMITTED' }) status: PlacementStatus;
  @Column({ name: 'reported_on', type: 'date', nullable: true }) reportedOn: string | null;
  @Column({ name: 'no_show_reason', type: 'varchar', length: 500, nullable: true }) noShowReason: string | null;
  @Column({ name: 'no_show_by_deadline', type: 'boolean', default: false }) noShowByDeadline: boolean;
  @Column({ name: 'recorded_by', type: 'int', nullable: true }) recordedBy: number | null;
  @Column({ name: 'recorded_at', type: 'datetime', precision: 3, nullable: true }) recordedAt: Date | null;
  @Column({ name: 'trainee_id', type: 'int', nullable: true }) traineeId: number | null;
  @Column({ name: 'notice_token', type: 'varchar', length: 64 }) noticeToken: string;
  @Column({ name: 'notice_status', type: 'enum', enum: ['PENDING', 'READY', 'FAILED'], default: 'PENDING' }) noticeStatus: 'PENDING' | 'READY' | 'FAILED';
  @Column({ name: 'notice_file_key', type: 'varchar', length: 160, nullable: true }) noticeFileKey: string | null;
  @Column({ name: 'notice_error', type: 'varchar', length: 500, nullable: true }) noticeError: string | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 }) updatedAt: Date;
}
