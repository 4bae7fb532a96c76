import { IdDocumentType } from '@app/common/identity-document';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ApplicantType } from '../admission';
import type { ApplicantFacts, RecruitmentVerdict } from '../eligibility';
import type { ReviewLevel, ReviewStage, ReviewStatus } from '../review';

/**
 * One applicant's application to one round (RC-1, RC-4, RC-5): who they are (the ID number encrypted, its hash
 * for bans and duplicates), the facts eligibility reads, their choices and the review state of RC-5's chain.
 */
@Entity({ name: 'recruitment_application' })
export class RecruitmentApplication {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'round_id', type: 'int' }) roundId: number;
  @Column({ name: 'account_id', type: 'int' }) accountId: number;
  @Column({ type: 'varchar', length: 50 }) name: string;
  @Column({
    name: 'id_type',
    type: 'enum',
    enum: ['RESIDENT_ID', 'HMT_RESIDENCE_PERMIT', 'HK_MACAU_PERMIT', 'TAIWAN_PERMIT', 'PASSPORT', 'FOREIGN_PERMANENT_RESIDENT'],
  })
  idType: IdDocumentType;
  @Column({ name: 'id_hash', type: 'char', length: 64 }) idHash: string;
  @Column({ name: 'id_cipher', type: 'varchar', length: 255 }) idCipher: string;
  @Column({ name: 'id_masked', type: 'varchar', length: 32 }) idMasked: string;
  @Column({ type: 'varchar', length: 20, nullable: true }) phone: string | null;
  @Column({ name: 'applicant_type', type: 'enum', enum: ['EMPLOYED', 'INDEPENDENT'] }) applicantType: ApplicantType;
  /** What RC-2's criteria read (education, employment, licence, training records…), as the applicant declared. */
  @Column({ type: 'json' }) facts: ApplicantFacts;
  /** EMPLOYED in a chain with a CITY level: the city commission of the employer reviews. */
  @Column({ name: 'employer_city_id', type: 'int', nullable: true }) employerCityId: number | null;
  @Column({ name: 'choice1_base_id', type: 'int', nullable: true }) choice1BaseId: number | null;
  @Column({ name: 'choice2_base_id', type: 'int', nullable: true }) choice2BaseId: number | null;
  @Column({ name: 'accepts_adjustment', type: 'boolean', default: false }) acceptsAdjustment: boolean;

  @Column({ type: 'enum', enum: ['DRAFT', 'IN_REVIEW', 'RETURNED', 'APPROVED', 'CONFIRMED', 'REJECTED', 'WITHDRAWN'], default: 'DRAFT' })
  status: ReviewStatus;
  @Column({ type: 'enum', enum: ['BEFORE_ADMISSION', 'AFTER_ADMISSION'], default: 'BEFORE_ADMISSION' }) stage: ReviewStage;
  @Column({ type: 'tinyint', default: 0 }) step: number;
  @Column({ name: 'returned_level', type: 'enum', enum: ['BASE', 'CITY', 'CENTRE'], nullable: true }) returnedLevel: ReviewLevel | null;
  @Column({ name: 'return_reason', type: 'varchar', length: 500, nullable: true }) returnReason: string | null;
  @Column({ name: 'correct_by', type: 'datetime', precision: 3, nullable: true }) correctBy: Date | null;
  @Column({ name: 'rejected_level', type: 'enum', enum: ['BASE', 'CITY', 'CENTRE'], nullable: true }) rejectedLevel: ReviewLevel | null;
  @Column({ name: 'reject_reason', type: 'varchar', length: 500, nullable: true }) rejectReason: string | null;

  /** RC-2: the verdict of the last submission, rule by rule, stamped with the policy's id and version. */
  @Column({ type: 'json', nullable: true }) verdict: RecruitmentVerdict | null;
  @Column({ type: 'boolean', nullable: true }) eligible: boolean | null;
  /** The centre's ranking score (CENTRE_RANKING rounds). */
  @Column({ name: 'ranking_score', type: 'decimal', precision: 7, scale: 2, nullable: true }) rankingScore: string | null;
  @Column({ name: 'submitted_at', type: 'datetime', precision: 3, nullable: true }) submittedAt: Date | null;

  /** Bumped by every change: the compare-and-set that keeps concurrent edits and reviews from both winning. */
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 }) updatedAt: Date;
}
