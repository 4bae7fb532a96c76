import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The standing read model (SC-3, SC-6, SC-7): time-independent facts from a trainee's published,
 * non-voided results, recomputed whenever those results change. What they mean today (still valid?
 * retraining required?) is decided when read, from the clock, so the row never goes stale with time.
 */
@Entity({ name: 'trainee_standing' })
export class TraineeStanding {
  @PrimaryColumn({ name: 'trainee_id', type: 'int' }) traineeId: number;
  /** latest counting pass per subject */
  @Column({ name: 'theory_pass_year', type: 'int', nullable: true }) theoryPassYear: number | null;
  @Column({ name: 'skills_pass_year', type: 'int', nullable: true }) skillsPassYear: number | null;
  /** SC-6: the pair of passes valid together, when there is one (the assessment is then complete) */
  @Column({ name: 'completed_theory_year', type: 'int', nullable: true }) completedTheoryYear: number | null;
  @Column({ name: 'completed_skills_year', type: 'int', nullable: true }) completedSkillsYear: number | null;
  @Column({ name: 'last_sat_year', type: 'int', nullable: true }) lastSatYear: number | null;
  /** published sittings, voided ones included */
  @Column({ type: 'int' }) sittings: number;
  @Column({ name: 'computed_at', type: 'datetime', precision: 3 }) computedAt: Date;
}
