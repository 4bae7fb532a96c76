import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DocumentKind } from '../documents';

/** RC-3: one uploaded document of an application (one per kind; a new upload replaces it). */
@Entity({ name: 'recruitment_document' })
export class RecruitmentDocument {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'application_id', type: 'int' }) applicationId: number;
  @Column({ type: 'varchar', length: 40 }) kind: DocumentKind;
  @Column({ name: 'storage_key', type: 'varchar', length: 160 }) storageKey: string;
  @Column({ type: 'char', length: 64 }) sha256: string;
  @Column({ type: 'int' }) bytes: number;
  @Column({ name: 'uploaded_at', type: 'datetime', precision: 3 }) uploadedAt: Date;
}
