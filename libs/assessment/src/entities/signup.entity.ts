import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EligibilityVerdict } from '../rules/eligibility.rules';
import { SignupStatus } from '../rules/signup-state.rules';

/** One trainee's sign-up for one session (FA-5: unique per session and trainee). */
@Entity({ name: 'signup' })
@Index('uq_signup_session_trainee', ['sessionId', 'traineeId'], { unique: true })
@Index('idx_signup_list', ['sessionId', 'baseId', 'status'])
@Index('idx_signup_trainee', ['traineeId'])
export class Signup {
  @PrimaryGeneratedColumn() id: number;

  @Column({ name: 'session_id', type: 'int' }) sessionId: number;
  @Column({ name: 'trainee_id', type: 'int' }) traineeId: number;
  @Column({ name: 'base_id', type: 'int' }) baseId: number;
  @Column({ name: 'city_id', type: 'int' }) cityId: number;

  @Column({
    type: 'enum',
    enum: ['DRAFT', 'SUBMITTED', 'RETURNED', 'BASE_APPROVED', 'APPROVED', 'REJECTED', 'VOIDED', 'CANCELLED'],
  })
  status: SignupStatus;

  @Column({ name: 'subject_theory', type: 'boolean' }) subjectTheory: boolean;
  @Column({ name: 'subject_skills', type: 'boolean' }) subjectSkills: boolean;
  /** FA-12: subjects taken off this sign-up because the centre called them off. */
  @Column({ name: 'theory_cancelled', type: 'boolean', default: false }) theoryCancelled: boolean;
  @Column({ name: 'skills_cancelled', type: 'boolean', default: false }) skillsCancelled: boolean;

  /** FA-14: the verdict of the last submission, with every rule and the data it used. */
  @Column({ type: 'json', nullable: true }) verdict: EligibilityVerdict | null;

  /** The reason of the last reject / return / cancel, shown to the candidate. */
  @Column({ name: 'last_reason', type: 'varchar', length: 500, nullable: true }) lastReason: string | null;

  @Column({ name: 'submitted_at', type: 'datetime', precision: 3, nullable: true }) submittedAt: Date | null;
  @Column({ name: 'base_reviewed_at', type: 'datetime', precision: 3, nullable: true }) baseReviewedAt: Date | null;
  @Column({ name: 'centre_reviewed_at', type: 'datetime', precision: 3, nullable: true }) centreReviewedAt: Date | null;

  /** Bumped by every transition: the compare-and-set that keeps concurrent actions from both winning. */
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 }) updatedAt: Date;
}
