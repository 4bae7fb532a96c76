import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * FA-13: who did what, when and why. Append-only: database triggers refuse UPDATE and DELETE.
 */
@Entity({ name: 'audit_record' })
@Index('idx_audit_entity', ['entityType', 'entityId'])
@Index('idx_audit_time', ['occurredAt'])
export class AuditRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'occurred_at', type: 'datetime', precision: 3 }) occurredAt: Date;
  @Column({ name: 'actor_user_id', type: 'int', nullable: true }) actorUserId: number | null;
  @Column({ name: 'actor_role', type: 'varchar', length: 32 }) actorRole: string;
  @Column({ type: 'varchar', length: 64 }) action: string;
  @Column({ name: 'entity_type', type: 'varchar', length: 32 }) entityType: string;
  @Column({ name: 'entity_id', type: 'varchar', length: 64 }) entityId: string;
  @Column({ name: 'scope_base_id', type: 'int', nullable: true }) scopeBaseId: number | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) reason: string | null;
  @Column({ type: 'json', nullable: true }) before: Record<string, unknown> | null;
  @Column({ type: 'json', nullable: true }) after: Record<string, unknown> | null;
}
