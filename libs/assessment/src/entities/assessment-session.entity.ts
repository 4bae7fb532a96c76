import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { SkillsPassRule, TheoryPassRule } from '../rules/pass-rules';
import type { SubjectCancellation } from '../rules/session-cancellation.rules';
import { Subject } from '../rules/subject';

export type TicketMode = 'PLATFORM' | 'NATIONAL_SITE';

/** Per-subject calendar: where tickets come from, when they can be printed, when the exam runs. */
export interface SessionSubjectConfig {
  subject: Subject;
  ticketMode: TicketMode;
  ticketOpensAt: string;
  ticketClosesAt: string;
  examStartsAt: string;
  examEndsAt: string;
}

/** 考核年度/批次: every date, year and limit is configuration, never a constant in code. */
@Entity({ name: 'assessment_session' })
export class AssessmentSession {
  @PrimaryGeneratedColumn() id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 120 }) name: string;
  @Column({ type: 'int' }) year: number;
  @Column({ name: 'rule_set_version', type: 'varchar', length: 40 }) ruleSetVersion: string;

  @Column({ name: 'signup_opens_at', type: 'datetime', precision: 3 }) signupOpensAt: Date;
  @Column({ name: 'signup_closes_at', type: 'datetime', precision: 3 }) signupClosesAt: Date;
  @Column({ name: 'review_opens_at', type: 'datetime', precision: 3 }) reviewOpensAt: Date;
  @Column({ name: 'review_closes_at', type: 'datetime', precision: 3 }) reviewClosesAt: Date;

  @Column({ name: 'admitted_from_year', type: 'int' }) admittedFromYear: number;
  @Column({ name: 'admitted_to_year', type: 'int' }) admittedToYear: number;
  /** Rotation must end before this date (exclusive). */
  @Column({ name: 'rotation_cutoff', type: 'date' }) rotationCutoff: string;

  @Column({ type: 'json' }) subjects: SessionSubjectConfig[];
  @Column({ name: 'results_note', type: 'varchar', length: 200, nullable: true }) resultsNote: string | null;
  /** SC-1 / SC-2: pass rules are configuration of the session; null until the centre sets them. */
  @Column({ name: 'theory_pass_rule', type: 'json', nullable: true }) theoryPassRule: TheoryPassRule | null;
  @Column({ name: 'skills_pass_rule', type: 'json', nullable: true }) skillsPassRule: SkillsPassRule | null;
  /** SC-5: set once, by whichever worker applied the rotation deadline first. */
  @Column({ name: 'rotation_deadline_applied_at', type: 'datetime', precision: 3, nullable: true }) rotationDeadlineAppliedAt: Date | null;

  /** FA-12: the subjects called off; every subject of the session off means the session is. Null: none. */
  @Column({ type: 'json', nullable: true }) cancellations: SubjectCancellation[] | null;

  @VersionColumn() version: number;
  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 }) updatedAt: Date;
}
