import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A base's assessment score of an applicant in one choice round (BASE_ASSESSMENT ranking: Chongqing, Xiaogan). */
@Entity({ name: 'recruitment_assessment_score' })
export class RecruitmentAssessmentScore {
  @PrimaryColumn({ name: 'application_id', type: 'int' }) applicationId: number;
  @PrimaryColumn({ name: 'base_id', type: 'int' }) baseId: number;
  @PrimaryColumn({ name: 'choice_round', type: 'enum', enum: ['FIRST', 'SECOND', 'ADJUSTMENT'] }) choiceRound: 'FIRST' | 'SECOND' | 'ADJUSTMENT';
  @Column({ type: 'decimal', precision: 6, scale: 2 }) score: string;
  @Column({ name: 'entered_by', type: 'int', nullable: true }) enteredBy: number | null;
  @Column({ name: 'entered_at', type: 'datetime', precision: 3 }) enteredAt: Date;
}
