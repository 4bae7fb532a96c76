import { refuseCancelledSubjects, SessionService } from '@app/assessment';
import { Subject, SUBJECTS } from '@app/assessment/rules';
import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { Clock, formatBeijing } from '@app/common/time';
import { messageKey, Notifications } from '@app/notifications';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StandingService } from '../standing/standing.service';
import { isDuplicateKey } from '@app/common/sql';
import { PublicationStore } from './publication.store';
import { ResultStore } from './result.store';
import { MISSING_SAMPLE } from './results.rules';

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

/** SC-4: the centre publishes one subject of a session at a time; from then on its results count and are visible. */
@Injectable()
export class ResultPublicationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publications: PublicationStore,
    private readonly results: ResultStore,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly standing: StandingService,
    private readonly clock: Clock,
    private readonly notifications: Notifications,
  ) {}

  async publish(actor: Actor, sessionId: number, subject: Subject, reason?: string, acknowledgeMissing = false): Promise<PublicationView> {
    if (actor.role !== 'CENTRE_ADMIN') throw new DomainError('FORBIDDEN_ROLE');
    const now = this.clock.now();
    return this.dataSource
      .transaction(async (manager) => {
        const session = await this.publications.lockSession(manager, sessionId, 'EXCLUSIVE');
        // FA-12: a called-off exam has no results to publish.
        refuseCancelledSubjects(session, [subject]);
        const existing = await this.publications.find(manager, sessionId, subject);
        if (existing) throw new DomainError('RESULTS_ALREADY_PUBLISHED', { publishedAt: formatBeijing(existing.publishedAt) });
        // Publication is final and entry stops with it, so a candidate left without a result could never get one: the centre
        // must see who and say why. Some never can have one (FA-10: not signed up on the national site, so not on its list).
        const missing = await this.publications.approvedWithoutResult(sessionId, subject, manager);
        if (missing.length > 0 && !(acknowledgeMissing && reason?.trim())) {
          throw new DomainError('RESULTS_INCOMPLETE', { missing: missing.length, traineeIds: missing.slice(0, MISSING_SAMPLE), acknowledgeWith: 'acknowledgeMissing: true and a reason' });
        }
        await this.publications.insert(manager, { sessionId, subject, publishedAt: now, publishedBy: actor.userId ?? 0 });
        const results = await this.results.countOfSubject(sessionId, subject, manager);
        await this.audit.record(manager, actor, {
          action: 'RESULTS_PUBLISHED',
          entityType: 'assessment_session',
          entityId: sessionId,
          reason: reason?.trim() || null,
          after: { subject, publishedAt: formatBeijing(now), results, publishedWithoutResult: missing.length, withoutResultTraineeIds: missing.slice(0, MISSING_SAMPLE) },
        });
        await this.standing.recomputeSession(manager, sessionId);
        // SC-4: everyone whose result is now visible is told, with the publication or not at all.
        const candidates = await this.results.traineesWithResult(manager, sessionId, subject);
        await this.notifications.notifyMany(
          manager,
          candidates.map((traineeId) => ({
            traineeId,
            kind: 'RESULTS_PUBLISHED' as const,
            dedupeKey: messageKey('RESULTS_PUBLISHED', { session: sessionId, subject, trainee: traineeId }),
            facts: { sessionId, sessionName: session.name, subject },
          })),
        );
        return { sessionId, subject, published: true, publishedAt: formatBeijing(now), results, missing: missing.length };
      })
      .catch((error: unknown) => {
        if (isDuplicateKey(error)) throw new DomainError('RESULTS_ALREADY_PUBLISHED');
        throw error;
      });
  }

  async status(actor: Actor, sessionId: number): Promise<PublicationView[]> {
    if (actor.role !== 'CENTRE_ADMIN' && actor.role !== 'BASE_REVIEWER') throw new DomainError('FORBIDDEN_ROLE');
    await this.sessions.load(sessionId);
    const publications = await this.publications.ofSession(sessionId);
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
        results: centre ? await this.results.countOfSubject(sessionId, subject) : null,
        missing: centre ? (await this.publications.approvedWithoutResult(sessionId, subject)).length : null,
      });
    }
    return views;
  }
}
