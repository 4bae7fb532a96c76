import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AdmissionRunStatus = 'PREVIEW' | 'PUBLISHED' | 'DISCARDED';

/**
 * One computation of a round's admission (RC-6): previewed, then published or discarded. `publishedRoundId` is
 * set to the round on publication and is unique, so a round has at most one published run whatever races.
 */
@Entity({ name: 'admission_run' })
export class AdmissionRun {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'round_id', type: 'int' }) roundId: number;
  @Column({ type: 'enum', enum: ['PREVIEW', 'PUBLISHED', 'DISCARDED'], default: 'PREVIEW' }) status: AdmissionRunStatus;
  /** The lottery seed of the tie-break, recorded so the run can be recomputed and checked. */
  @Column({ type: 'char', length: 64 }) seed: string;
  /** A digest of the inputs (applicants, choices, scores, quotas): a publish of a stale preview is refused. */
  @Column({ name: 'input_digest', type: 'char', length: 64 }) inputDigest: string;
  @Column({ type: 'json' }) summary: unknown;
  @Column({ name: 'published_round_id', type: 'int', nullable: true }) publishedRoundId: number | null;
  @Column({ name: 'created_by', type: 'int', nullable: true }) createdBy: number | null;
  @Column({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
  @Column({ name: 'published_by', type: 'int', nullable: true }) publishedBy: number | null;
  @Column({ name: 'published_at', type: 'datetime', precision: 3, nullable: true }) publishedAt: Date | null;
}
