import { IdDocumentType } from '@app/common/identity-document';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * RC-1: who registered an applicant account (a CANDIDATE account without a trainee record): the identity an
 * application copies. The ID number is stored encrypted, with its look-up hash (unique: one account per person).
 */
@Entity({ name: 'recruitment_applicant' })
export class RecruitmentApplicant {
  @PrimaryColumn({ name: 'account_id', type: 'int' }) accountId: number;
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
  /** From the ID number where it carries one (resident ID), else null. */
  @Column({ name: 'birth_date', type: 'date', nullable: true }) birthDate: string | null;
  @Column({ type: 'varchar', length: 20 }) phone: string;
  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
}
