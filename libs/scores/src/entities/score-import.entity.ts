import { Subject } from '@app/assessment/rules';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * PREVIEWING → PREVIEWED → COMMITTING → COMMITTED. FAILED: the file could not be read (see error).
 * STALE: the data changed between preview and commit, so the preview no longer says what commit would do.
 */
export type ScoreImportStatus = 'PREVIEWING' | 'PREVIEWED' | 'COMMITTING' | 'COMMITTED' | 'FAILED' | 'STALE';

/** One uploaded score file (SC-1 theory, SC-2 skills): kept with its checksum, its preview and its fate. */
@Entity({ name: 'score_import' })
export class ScoreImport {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'session_id', type: 'int' }) sessionId: number;
  @Column({ type: 'enum', enum: ['THEORY', 'SKILLS'] }) subject: Subject;
  @Column({ type: 'enum', enum: ['PREVIEWING', 'PREVIEWED', 'COMMITTING', 'COMMITTED', 'FAILED', 'STALE'] }) status: ScoreImportStatus;
  @Column({ name: 'file_name', type: 'varchar', length: 200 }) fileName: string;
  @Column({ name: 'file_key', type: 'varchar', length: 200 }) fileKey: string;
  @Column({ name: 'file_sha256', type: 'char', length: 64 }) fileSha256: string;
  @Column({ name: 'file_bytes', type: 'int' }) fileBytes: number;
  @Column({ name: 'total_rows', type: 'int', nullable: true }) totalRows: number | null;
  @Column({ name: 'processed_rows', type: 'int', default: 0 }) processedRows: number;
  /** counts per outcome and per error code; the per-row report lives in storage under reportKey */
  @Column({ type: 'json', nullable: true }) summary: Record<string, unknown> | null;
  @Column({ name: 'report_key', type: 'varchar', length: 200, nullable: true }) reportKey: string | null;
  /** checksum of the stored plan (the writes the preview promised), so commit writes exactly those */
  @Column({ name: 'plan_sha256', type: 'char', length: 64, nullable: true }) planSha256: string | null;
  /** checksum of the data the plan was made against; commit refuses when it has changed meanwhile */
  @Column({ name: 'basis_sha256', type: 'char', length: 64, nullable: true }) basisSha256: string | null;
  @Column({ type: 'json', nullable: true }) error: Record<string, unknown> | null;
  @Column({ name: 'created_by', type: 'int' }) createdBy: number;
  @Column({ name: 'committed_by', type: 'int', nullable: true }) committedBy: number | null;
  @Column({ name: 'committed_at', type: 'datetime', precision: 3, nullable: true }) committedAt: Date | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 }) updatedAt: Date;
}
