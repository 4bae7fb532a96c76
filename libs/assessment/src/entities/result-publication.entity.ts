import { Subject } from '../rules/subject';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** SC-4: one subject's results of one session are published (visible to candidates, counting for standing). */
@Entity({ name: 'result_publication' })
export class ResultPublication {
  @PrimaryColumn({ name: 'session_id', type: 'int' }) sessionId: number;
  @PrimaryColumn({ type: 'enum', enum: ['THEORY', 'SKILLS'] }) subject: Subject;
  @Column({ name: 'published_at', type: 'datetime', precision: 3 }) publishedAt: Date;
  @Column({ name: 'published_by', type: 'int' }) publishedBy: number;
}
