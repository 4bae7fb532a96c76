import { Subject, SUBJECTS } from '@app/assessment/rules';
import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { Clock, formatBeijing } from '@app/common/time';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ResultPublication } from '@app/assessment/entities/result-publication.entity';
import { StandingService } from '../standing/standing.service';
import { MISSING_SAMPLE } from './results.rules';
import { findPublication, isDuplicateKey, lockSession } from './results-store';

export interface PublicationView {
  sessionId: number;
  subject: Subject;
  published: boolean;
  /** Beijing time */
  publishedAt: string | null;
  /** centre only: results recorded, and approved candidates still without one */
  results: number | null;
  missing: number | null;
}

const SUBJECT_FLAG: Record<Subject, string> = { THEORY: 'subject_theory', SKILLS: 'subject_skills' };

/** SC-4: the centre publishes one subject of a session at a time; from then on its results count and are visible. */
@Injectable()
export class ResultPublicationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly standing: StandingService,
    private readonly clock: Clock,
  ) {}

  async publish(actor: Actor, sessionId: number, subject: Subject, reason?: string, acknowledgeMissing = false): Promise<PublicationView> {
    if (actor.role !== 'CENTRE_ADMIN') throw new DomainError('FORBIDDEN_ROLE');
    const now = this.clock.now();
    return this.dataSource
      .transaction(async (manager) => {
        await lockSession(manager, sessionId, 'EXCLUSIVE');
        const existing = await findPublication(manager, sessionId, subject);
        if (existing) throw new DomainError('RESULTS_ALREADY_PUBLISHED', { publishedAt: formatBeijing(existing.publishedAt) });
        // Publication is final and entry stops with it, so a candidate left without a result could never get one: the centre
        // must see who and say why. Some never can have one (FA-10: not signed up on the national site, so not on its list).
        const missing = await this.missingTrainees(manager, sessionId, subject);
        if (missing.length > 0 && !(acknowledgeMissing && reason?.trim())) {
          throw new DomainError('RESULTS_INCOMPLETE', { missing: missing.length, traineeIds: missing.slice(0, MISSING_SAMPLE), acknowledgeWith: 'acknowledgeMissing: true and a reason' });
        }
        await manager.insert(ResultPublication, { sessionId, subject, publishedAt: now, publishedBy: actor.userId ?? 0 });
        const results = await this.resultCount(manager, sessionId, subject);
        await this.audit.record(manager, actor, {
          action: 'RESULTS_PUBLISHED',
          entityType: 'assessment_session',
          entityId: sessionId,
          reason: reason?.trim() || null,
          after: { subject, publishedAt: formatBeijing(now), results, publishedWithoutResult: missing.length, withoutResultTraineeIds: missing.slice(0, MISSING_SAMPLE) },
        });
        await this.standing.recomputeSession(manager, sessionId);
        return { sessionId, subject, published: true, publishedAt: formatBeijing(now), results, missing: missing.length };
      })
      .catch((error: unknown) => {
        if (isDuplicateKey(error)) throw new DomainError('RESULTS_ALREADY_PUBLISHED');
        throw error;
      });
  }

  async status(actor: Actor, sessionId: number): Promise<PublicationView[]> {
    if (actor.role !== 'CENTRE_ADMIN' && actor.role !== 'BASE_REVIEWER') throw new DomainError('FORBIDDEN_ROLE');
    const manager = this.dataSource.manager;
    const [session]: unknown[] = await manager.query('SELECT id FROM assessment_session WHERE id = ?', [sessionId]);
    if (!session) throw new DomainError('SESSION_NOT_FOUND');
    const publications = await manager.findBy(ResultPublication, { sessionId });
    const views: PublicationView[] = [];
    for (const subject of SUBJECTS) {
      const publication = publications.find((p) => p.subject === subject);
      // Counts span every base, so only the centre sees them.
      const centre = actor.role === 'CENTRE_ADMIN';
      views.push({
        sessionId,
        subject,
        published: publication !== undefined,
        publishedAt: publication ? formatBeijing(publication.publishedAt) : null,
        results: centre ? await this.resultCount(manager, sessionId, subject) : null,
        missing: centre ? (await this.missingTrainees(manager, sessionId, subject)).length : null,
      });
    }
    return views;
  }

  private async missingTrainees(manager: EntityManager, sessionId: number, subject: Subject): Promise<number[]> {
    const rows: Array<{ traineeId: number }> = await manager.query(
      `SELECT s.trainee_id AS traineeId FROM signup s
        WHERE s.session_id = ? AND s.status = 'APPROVED' AND s.${SUBJECT_FLAG[subject]} = 1
          AND NOT EXISTS (SELECT 1 FROM subject_attempt a WHERE a.session_id = s.session_id AND a.trainee_id = s.trainee_id AND a.subject = ?)
        ORDER BY s.trainee_id`,
      [sessionId, subject],
    );
    return rows.map((row) => Number(row.traineeId));
  }

  private async resultCount(manager: EntityManager, sessionId: number, subject: Subject): Promise<number> {
    const [row]: Array<{ n: number | string }> = await manager.query('SELECT COUNT(*) AS n FROM subject_attempt WHERE session_id = ? AND subject = ?', [sessionId, subject]);
    return Number(row.n);
  }
}
