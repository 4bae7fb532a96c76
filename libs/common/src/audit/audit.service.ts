import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../actor';
import { Clock } from '../time';
import { AuditRecord } from './audit-record.entity';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number;
  scopeBaseId?: number | null;
  reason?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  action?: string;
  /** only these actions (a history reads its steps, not every record of the entity) */
  actions?: readonly string[];
  actorUserId?: number;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

/** FA-13. Records are written inside the caller's transaction, so a decision and its record land together. */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(manager: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
    await this.recordMany(manager, [{ actor, entry }]);
  }

  /** Plain SQL, many rows in one statement: this runs inside every decision's transaction, including the sign-up burst. */
  async recordMany(manager: EntityManager, records: Array<{ actor: Actor; entry: AuditEntry }>): Promise<void> {
    if (records.length === 0) return;
    const now = this.clock.now();
    const values = records.flatMap(({ actor, entry }) => [
      now,
      actor.userId,
      actor.role,
      entry.action,
      entry.entityType,
      String(entry.entityId),
      entry.scopeBaseId ?? null,
      entry.reason ?? null,
      entry.before ? JSON.stringify(entry.before) : null,
      entry.after ? JSON.stringify(entry.after) : null,
    ]);
    await manager.query(
      `INSERT INTO audit_record (occurred_at, actor_user_id, actor_role, action, entity_type, entity_id, scope_base_id, reason, \`before\`, \`after\`) VALUES ${records
        .map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .join(', ')}`,
      values,
    );
  }

  async query(query: AuditQuery): Promise<{ items: AuditRecord[]; total: number }> {
    const qb = this.dataSource.getRepository(AuditRecord).createQueryBuilder('a');
    if (query.entityType) qb.andWhere('a.entityType = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('a.entityId = :entityId', { entityId: query.entityId });
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.actions) {
      if (query.actions.length === 0) return { items: [], total: 0 };
      qb.andWhere('a.action IN (:...actions)', { actions: [...query.actions] });
    }
    if (query.actorUserId) qb.andWhere('a.actorUserId = :actorUserId', { actorUserId: query.actorUserId });
    if (query.from) qb.andWhere('a.occurredAt >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.occurredAt < :to', { to: query.to });
    const [items, total] = await qb
      .orderBy('a.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items, total };
  }
}
