import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AdmissionRound } from '../admission';

export type AdmissionRunStatus = 'PREVIEW' | 'PUBLISHED' | 'DISCARDED';

/**
 * One computation of a round's admission (RC-6): previewed, then published or discarded. A run stops after
 * `throughRound` (every round, or a stage when results are published round by round) and continues the published
 * run `afterRunId`. `publishedRoundId` is set to the round on publication and is unique with the stage, so a round
 * has at most one published run per stage whatever races.
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
  @Column({ name: 'through_round', type: 'enum', enum: ['FIRST', 'SECOND', 'PARALLEL', 'ADJUSTMENT'] }) throughRound: AdmissionRound;
  @Column({ name: 'after_run_id', type: 'int', nullable: true }) afterRunId: number | null;
  @Column({ name: 'published_round_id', type: 'int', nullable: true }) publishedRoundId: number | null;
  @Column({ name: 'created_by', type: 'int', nullable: true }) createdBy: number | null;
  @Column({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
  @Column({ name: 'published_by', type: 'int', nullable: true }) publishedBy: number | null;
  @Column({ name: 'published_at', type: 'datetime', precision: 3, nullable: true }) publishedAt: Date | null;
}
