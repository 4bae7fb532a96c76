import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AdmissionRound, ApplicantType } from '../admission';
import type { PackedExplanation } from '../admission-runs/outcome-packing';

/** What a run decided for one applicant, with the explanation they read (their rank per choice, the last admitted). */
@Entity({ name: 'admission_outcome' })
export class AdmissionOutcome {
  @PrimaryColumn({ name: 'run_id', type: 'int' }) runId: number;
  @PrimaryColumn({ name: 'application_id', type: 'int' }) applicationId: number;
  @Column({ type: 'boolean' }) admitted: boolean;
  @Column({ name: 'base_id', type: 'int', nullable: true }) baseId: number | null;
  @Column({ name: 'applicant_type', type: 'enum', enum: ['EMPLOYED', 'INDEPENDENT'] }) applicantType: ApplicantType;
  @Column({ name: 'admitted_by', type: 'enum', enum: ['FIRST', 'SECOND', 'PARALLEL', 'ADJUSTMENT'], nullable: true }) admittedBy: AdmissionRound | null;
  /** The ApplicantExplanation in positional form (admission-runs/outcome-packing.ts): a third of the bytes. */
  @Column({ type: 'json' }) explanation: PackedExplanation;
}
