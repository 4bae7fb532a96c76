import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { Clock } from '@app/common/time';
import { messageKey, NewCandidateMessage, Notifications } from '@app/notifications';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AssessmentEvents } from '../attempts/assessment-events';
import { ExaminedSubjectsStore } from '../attempts/examined-subjects.store';
import { AssessmentSession } from '../entities/assessment-session.entity';
import { CancellationRequest, cancellationSubjects, isSessionCancelled, planCancellation, SubjectCancellation } from '../rules/session-cancellation.rules';
import { Subject, SUBJECTS } from '../rules/subject';
import { SignupStore } from '../signup/signup.store';
import { AssessmentSessionStore } from './assessment-session.store';
import { SessionService, SessionView, toSessionView } from './session.service';

/** What one cancellation did. */
export interface SessionCancellationResult {
  sessionId: number;
  /** the subjects this act called off */
  subjects: Subject[];
  wholeSession: boolean;
  reason: string;
  /** standing sign-ups that lost a subject; each candidate was sent one message */
  affectedSignups: number;
  /** of those, the sign-ups left with no subject, now CANCELLED */
  cancelledSignups: number;
  session: SessionView;
}

/** What the centre is shown before it confirms: how many candidates each choice would reach. */
export interface SessionCancellationImpact {
  sessionId: number;
  sessionCancelled: boolean;
  subjects: Array<{ subject: Subject; cancelled: boolean; candidates: number }>;
  /** candidates of the subjects not yet cancelled, each counted once */
  wholeSession: { candidates: number };
}

/** Audit rows per statement: a session of thousands of candidates writes in a few statements of bounded size. */
const AUDIT_CHUNK = 500;

const offeredOf = (session: AssessmentSession): Subject[] => SUBJECTS.filter((subject) => session.subjects.some((config) => config.subject === subject));
const cancelledOf = (session: AssessmentSession): Subject[] => (session.cancellations ?? []).map((c) => c.subject);

/**
 * FA-12: the centre calls off a session or one subject. One transaction records it on the session, takes the
 * subject off every standing sign-up (CANCELLED when none is left), withdraws tickets and seats (tickets listens),
 * tells each affected candidate once, and writes the audit records (FA-13). The session row is locked for the
 * whole of it, so a score import commit (which locks it too) and a second cancellation queue up behind.
 */
@Injectable()
export class SessionCancellationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: AssessmentSessionStore,
    private readonly sessions: SessionService,
    private readonly signups: SignupStore,
    private readonly examined: ExaminedSubjectsStore,
    private readonly events: AssessmentEvents,
    private readonly notifications: Notifications,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async impact(actor: Actor, sessionId: number): Promise<SessionCancellationImpact> {
    if (actor.role !== 'CENTRE_ADMIN') throw new DomainError('FORBIDDEN_ROLE');
    const session = await this.sessions.load(sessionId);
    const cancelled = cancelledOf(session);
    const counts = await this.signups.activeCounts(sessionId);
    // A cancelled subject has no sign-ups left, so the standing sign-ups are exactly those of the rest.
    return {
      sessionId,
      sessionCancelled: isSessionCancelled(offeredOf(session), cancelled),
      subjects: offeredOf(session).map((subject) => ({ subject, cancelled: cancelled.includes(subject), candidates: counts[subject] })),
      wholeSession: { candidates: counts.any },
    };
  }

  async cancel(actor: Actor, sessionId: number, request: CancellationRequest): Promise<SessionCancellationResult> {
    const result = await this.dataSource.transaction(async (manager) => {
      const session = await this.store.lockedById(manager, sessionId);
      if (!session) throw new DomainError('SESSION_NOT_FOUND');
      const state = { offered: offeredOf(session), cancelled: cancelledOf(session), ...(await this.examined.ofSession(manager, sessionId)) };
      // Refusals (role, reason, already cancelled, examined) come before any sign-up is locked.
      const subjects = cancellationSubjects(actor.role, state, request);
      const standing = await this.signups.activeHoldingForUpdate(manager, sessionId, subjects);
      const plan = planCancellation(actor.role, state, request, standing);
      const now = this.clock.now();

      const before = { cancelledSubjects: state.cancelled };
      const added: SubjectCancellation[] = plan.subjects.map((subject) => ({
        subject,
        reason: plan.reason,
        cancelledAt: now.toISOString(),
        cancelledBy: actor.userId,
        wholeSession: plan.wholeSession,
      }));
      session.cancellations = [...(session.cancellations ?? []), ...added];
      await this.store.update(manager, session);
      this.sessions.forget(sessionId);

      await this.signups.applyCancellation(manager, plan.changes, plan.reason);
      // TK-6: the subjects' tickets are withdrawn (their QR codes verify as withdrawn) and SKILLS seats released.
      await this.events.subjectsCancelled(manager, { sessionId, subjects: plan.subjects, actor });

      const scope = plan.wholeSession ? 'ALL' : plan.subjects.join('+');
      await this.notifications.notifyMany(
        manager,
        plan.changes.map(
          (change): NewCandidateMessage => ({
            traineeId: change.traineeId,
            kind: 'SESSION_CANCELLED',
            dedupeKey: messageKey('SESSION_CANCELLED', { session: sessionId, subject: scope, signup: change.signupId }),
            facts: { sessionId, sessionName: session.name, subject: plan.wholeSession ? null : plan.subjects[0], reason: plan.reason },
          }),
        ),
      );

      const cancelledSignups = plan.changes.filter((change) => change.statusAfter === 'CANCELLED').length;
      const records = [
        {
          actor,
          entry: {
            action: plan.wholeSession ? 'SESSION_CANCELLED' : 'SESSION_SUBJECT_CANCELLED',
            entityType: 'assessment_session',
            entityId: sessionId,
            reason: plan.reason,
            before,
            after: { cancelledSubjects: cancelledOf(session), subjects: plan.subjects, affectedSignups: plan.changes.length, cancelledSignups },
          },
        },
        // each sign-up's own history shows what it lost and why, in its base's scope
        ...plan.changes.map((change) => ({
          actor,
          entry: {
            action: 'SIGNUP_SESSION_CANCELLED',
            entityType: 'signup',
            entityId: change.signupId,
            scopeBaseId: change.baseId,
            reason: plan.reason,
            before: { status: change.statusBefore, subjects: change.subjectsBefore },
            after: { status: change.statusAfter, subjects: change.remaining, cancelledSubjects: change.removed },
          },
        })),
      ];
      for (let i = 0; i < records.length; i += AUDIT_CHUNK) await this.audit.recordMany(manager, records.slice(i, i + AUDIT_CHUNK));

      return {
        sessionId,
        subjects: plan.subjects,
        wholeSession: plan.wholeSession,
        reason: plan.reason,
        affectedSignups: plan.changes.length,
        cancelledSignups,
        session: toSessionView(session),
      };
    });
    this.sessions.forget(sessionId);
    return result;
  }
}
