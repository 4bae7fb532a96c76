import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EligibilityRuleId } from '../rules/eligibility.rules';

/** FA-14: the centre's recorded exception for one trainee and one rule in one session. */
@Entity({ name: 'eligibility_exception' })
@Index('uq_exception', ['sessionId', 'traineeId', 'rule'], { unique: true })
export class EligibilityException {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'session_id', type: 'int' }) sessionId: number;
  @Column({ name: 'trainee_id', type: 'int' }) traineeId: number;
  @Column({ type: 'varchar', length: 32 }) rule: EligibilityRuleId;
  @Column({ type: 'varchar', length: 500 }) reason: string;
  @Column({ name: 'granted_by', type: 'int' }) grantedBy: number;
  @CreateDateColumn({ name: 'granted_at', type: 'datetime', precision: 3 }) grantedAt: Date;
}
