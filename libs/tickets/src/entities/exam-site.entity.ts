import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A skills-assessment site of a session (TK-4); its two-character code goes into ticket numbers (TK-3). */
@Entity({ name: 'exam_site' })
@Index('uq_site_code', ['sessionId', 'code'], { unique: true })
export class ExamSite {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'session_id', type: 'int' }) sessionId: number;
  @Column({ type: 'char', length: 2 }) code: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'varchar', length: 200 }) address: string;
  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
}
