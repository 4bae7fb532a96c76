import { IdDocumentType } from '@app/common/identity-document';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * A trainee of a base, as the base's roster says, plus the profile the trainee completes (FA-6).
 * The ID number is kept encrypted; `idHash` finds and de-duplicates it, `idMasked` is what screens show.
 */
@Entity({ name: 'trainee' })
@Index('idx_trainee_base', ['baseId'])
export class Trainee {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'varchar', length: 50 }) name: string;

  @Column({
    name: 'id_type',
    type: 'enum',
    enum: ['RESIDENT_ID', 'HMT_RESIDENCE_PERMIT', 'HK_MACAU_PERMIT', 'TAIWAN_PERMIT', 'PASSPORT', 'FOREIGN_PERMANENT_RESIDENT'],
  })
  idType: IdDocumentType;

  @Index({ unique: true })
  @Column({ name: 'id_hash', type: 'char', length: 64 })
  idHash: string;

  @Column({ name: 'id_cipher', type: 'varchar', length: 255 }) idCipher: string;
  @Column({ name: 'id_masked', type: 'varchar', length: 32 }) idMasked: string;

  @Column({ name: 'base_id', type: 'int' }) baseId: number;
  @Column({ name: 'city_id', type: 'int' }) cityId: number;
  @Column({ type: 'varchar', length: 16 }) cohort: string;

  @Column({ name: 'rotation_end_date', type: 'date' }) rotationEndDate: string;
  @Column({ name: 'phase_theory_passed', type: 'boolean' }) phaseTheoryPassed: boolean;
  @Column({ name: 'process_assessment_passed', type: 'boolean' }) processAssessmentPassed: boolean;
  /** Set when FA-3's three-year limit refused a sign-up: 自费重新培训. */
  @Column({ name: 'retraining_required', type: 'boolean', default: false }) retrainingRequired: boolean;

  @Column({ type: 'enum', enum: ['M', 'F'], nullable: true }) sex: 'M' | 'F' | null;
  @Column({ name: 'birth_date', type: 'date', nullable: true }) birthDate: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) phone: string | null;
  /** Where the e-mail channel sends the candidate's messages; none given, none sent. */
  @Column({ type: 'varchar', length: 254, nullable: true }) email: string | null;

  @Column({ name: 'photo_key', type: 'varchar', length: 160, nullable: true }) photoKey: string | null;
  @Column({ name: 'photo_sha256', type: 'char', length: 64, nullable: true }) photoSha256: string | null;
  /** FA-6: the photo may not change once the centre approved a sign-up. */
  @Column({ name: 'photo_locked', type: 'boolean', default: false }) photoLocked: boolean;

  @VersionColumn() version: number;
  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 }) updatedAt: Date;
}
