import type { SkillsPassRule, TheoryPassRule } from '../rules/pass-rules';
import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { formatBeijing } from '@app/common/time';
import { messageKey, NewCandidateMessage, Notifications } from '@app/notifications';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AssessmentSession } from '../entities/assessment-session.entity';
import { isSessionCancelled } from '../rules/session-cancellation.rules';
import { Subject } from '../rules/subject';
import { SignupStore } from '../signup/signup.store';
import { AssessmentSessionStore } from './assessment-session.store';
import { examReschedules } from './exam-reschedules';
import { assertValidSessionDefinition, SessionDefinition, toSessionColumns } from './session-definition';

export interface SessionView {
  id: number;
  code: string;
  name: string;
  year: number;
  ruleSetVersion: string;
  signupWindow: { opensAt: string; closesAt: string };
  reviewWindow: { opensAt: string; closesAt: string };
  admittedRotationEndYears: { from: number; to: number };
  rotationCutoff: string;
  subjects: Array<{ subject: string; ticketMode: string; ticketWindow: { opensAt: string; closesAt: string }; exam: { opensAt: string; closesAt: string } }>;
  resultsNote: string | null;
  theoryPassRule: TheoryPassRule | null;
  skillsPassRule: SkillsPassRule | null;
  /** FA-12: the subjects called off, in Beijing time; `cancelled` once every subject is. */
  cancellations: Array<{ subject: Subject; reason: string; cancelledAt: string; wholeSession: boolean }>;
  cancelled: boolean;
  version: number;
}

/** Windows are shown in Beijing time with an explicit offset, so nobody has to guess the zone. */
export function toSessionView(session: AssessmentSession): SessionView {
  const w = (opensAt: Date | string, closesAt: Date | string) => ({ opensAt: formatBeijing(new Date(opensAt)), closesAt: formatBeijing(new Date(closesAt)) });
  return {
    id: session.id,
    code: session.code,
    name: session.name,
    year: session.year,
    ruleSetVersion: session.ruleSetVersion,
    signupWindow: w(session.signupOpensAt, session.signupClosesAt),
    reviewWindow: w(session.reviewOpensAt, session.reviewClosesAt),
    admittedRotationEndYears: { from: session.admittedFromYear, to: session.admittedToYear },
    rotationCutoff: session.rotationCutoff,
    subjects: session.subjects.map((s) => ({
      subject: s.subject,
      ticketMode: s.ticketMode,
      ticketWindow: w(s.ticketOpensAt, s.ticketClosesAt),
      exam: w(s.examStartsAt, s.examEndsAt),
    })),
    resultsNote: session.resultsNote,
    theoryPassRule: session.theoryPassRule,
    skillsPassRule: session.skillsPassRule,
    cancellations: (session.cancellations ?? []).map((c) => ({ subject: c.subject, reason: c.reason, cancelledAt: formatBeijing(new Date(c.cancelledAt)), wholeSession: c.wholeSession })),
    cancelled: isSessionCancelled(
      session.subjects.map((config) => config.subject),
      (session.cancellations ?? []).map((c) => c.subject),
    ),
    version: session.version,
  };
}

/**
 * How long a process may reuse a session's configuration on the sign-up path. A centre's change reaches
 * every API copy within this time; the clock itself is still read on every request.
 */
const SESSION_CACHE_MS = 1000;

@Injectable()
export class SessionService {
  private readonly cache = new Map<number, { session: AssessmentSession; expires: number }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: AssessmentSessionStore,
    private readonly audit: AuditService,
    private readonly signups: SignupStore,
    private readonly notifications: Notifications,
  ) {}

  async list(): Promise<SessionView[]> {
    const sessions = await this.store.all();
    return sessions.map(toSessionView);
  }

  async get(id: number): Promise<SessionView> {
    return toSessionView(await this.load(id));
  }

  /** The sign-up burst asks for the same session thousands of times a second. */
  async loadCached(id: number): Promise<AssessmentSession> {
    const now = performance.now();
    const hit = this.cache.get(id);
    if (hit && hit.expires > now) return hit.session;
    const session = await this.load(id);
    this.cache.set(id, { session, expires: now + SESSION_CACHE_MS });
    return session;
  }

  /** Drops this process's copy at once after a change (other API copies follow within SESSION_CACHE_MS). */
  forget(id: number): void {
    this.cache.delete(id);
  }

  async load(id: number): Promise<AssessmentSession> {
    const session = await this.store.byId(id);
    if (!session) throw new DomainError('SESSION_NOT_FOUND');
    return session;
  }

  async create(actor: Actor, definition: SessionDefinition): Promise<SessionView> {
    assertValidSessionDefinition(definition);
    return this.dataSource.transaction(async (manager) => {
      const session = await this.store.insert(manager, toSessionColumns(definition));
      if (!session) throw new DomainError('SESSION_CODE_TAKEN');
      await this.audit.record(manager, actor, { action: 'SESSION_CREATED', entityType: 'assessment_session', entityId: session.id, after: { ...toSessionView(session) } });
      return toSessionView(session);
    });
  }

  /** FA-13: configuration changes are audited with before and after. */
  async update(actor: Actor, id: number, definition: SessionDefinition, expectedVersion: number, reason: string): Promise<SessionView> {
    assertValidSessionDefinition(definition);
    return this.dataSource.transaction(async (manager) => {
      const session = await this.store.lockedById(manager, id);
      if (!session) throw new DomainError('SESSION_NOT_FOUND');
      if (session.version !== expectedVersion) throw new DomainError('CONFLICT', { currentVersion: session.version });
      const before = toSessionView(session);
      const subjectsBefore = session.subjects;
      const fromVersion = session.version;
      Object.assign(session, toSessionColumns(definition));
      if (!(await this.store.update(manager, session))) throw new DomainError('SESSION_CODE_TAKEN');
      this.cache.delete(id);
      await this.audit.record(manager, actor, {
        action: 'SESSION_UPDATED',
        entityType: 'assessment_session',
        entityId: id,
        reason,
        before: { ...before },
        after: { ...toSessionView(session) },
      });
      // FA-12: everyone still signed up for a subject whose exam moved is told, with the change's reason.
      for (const change of examReschedules(subjectsBefore, session.subjects)) {
        const signups = await this.signups.activeOfSubject(manager, id, change.subject);
        await this.notifications.notifyMany(
          manager,
          signups.map(
            ({ signupId, traineeId }): NewCandidateMessage => ({
              traineeId,
              kind: 'SESSION_RESCHEDULED',
              dedupeKey: messageKey('SESSION_RESCHEDULED', { session: id, fromVersion, subject: change.subject, signup: signupId }),
              facts: {
                sessionId: id,
                sessionName: session.name,
                subject: change.subject,
                before: { startsAt: formatBeijing(change.before.startsAt), endsAt: formatBeijing(change.before.endsAt) },
                after: { startsAt: formatBeijing(change.after.startsAt), endsAt: formatBeijing(change.after.endsAt) },
                siteName: null,
                reason,
                ticketReissued: false,
              },
            }),
          ),
        );
      }
      return toSessionView(session);
    });
  }

  /** Seeding: create the session if its code is not there yet. */
  async ensure(actor: Actor, definition: SessionDefinition): Promise<AssessmentSession> {
    const existing = await this.store.byCode(definition.code);
    if (existing) return existing;
    const view = await this.create(actor, definition);
    return this.load(view.id);
  }
}
