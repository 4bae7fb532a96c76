import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { Clock } from '@app/common/time';
import { assertAccess } from '@app/identity/scope.policy';
import { Notifications } from '@app/notifications';
import { AccountService } from '@app/identity';
import { TraineeRecords, TraineeSummaries } from '@app/training';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AssessmentEvents } from '../attempts/assessment-events';
import { SubjectAttemptStore } from '../attempts/subject-attempt.store';
import { Signup } from '../entities/signup.entity';
import { EligibilityRuleId, EXCEPTABLE_RULES } from '../rules/eligibility.rules';
import { Subject } from '../rules/subject';
import { actionRequiresReason, nextSignupStatus, reviewTimingProblem, SignupAction } from '../rules/signup-state.rules';
import { AssessmentSessionStore } from '../sessions/assessment-session.store';
import { reviewNotice } from './review-notices';
import { EligibilityExceptionPage, toExceptionView } from './exception-view';
import { SignupView, toSignupView } from './signup-view';
import { SignupStore } from './signup.store';

export type BaseDecision = 'APPROVE' | 'REJECT' | 'RETURN';
export type CentreDecision = 'APPROVE' | 'REJECT';

const BASE_ACTIONS: Record<BaseDecision, SignupAction> = { APPROVE: 'BASE_APPROVE', REJECT: 'BASE_REJECT', RETURN: 'BASE_RETURN' };
const CENTRE_ACTIONS: Record<CentreDecision, SignupAction> = { APPROVE: 'CENTRE_APPROVE', REJECT: 'CENTRE_REJECT' };

/** FA-8, FA-9, FA-11, FA-14 exceptions: the reviewers' side. Every decision is one audited transaction. */
@Injectable()
export class SignupReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly signups: SignupStore,
    private readonly sessions: AssessmentSessionStore,
    private readonly attempts: SubjectAttemptStore,
    private readonly trainees: TraineeRecords,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly events: AssessmentEvents,
    private readonly notifications: Notifications,
    private readonly summaries: TraineeSummaries,
    private readonly accounts: AccountService,
  ) {}

  async get(actor: Actor, signupId: number): Promise<SignupView> {
    const signup = await this.signups.byId(signupId);
    if (!signup) throw new DomainError('SIGNUP_NOT_FOUND');
    assertAccess(actor, signup);
    return toSignupView(signup);
  }

  /** FA-8: the trainee's own base judges first, including whether rotation will end in time. */
  baseReview(actor: Actor, signupId: number, decision: BaseDecision, reason: string | undefined, expectedVersion?: number): Promise<SignupView> {
    if (actor.role !== 'BASE_REVIEWER') throw new DomainError('FORBIDDEN_ROLE');
    return this.decide(actor, signupId, BASE_ACTIONS[decision], reason, expectedVersion);
  }

  /** FA-9: the centre re-reviews what the base approved. Approval locks the photo (FA-6). */
  centreReview(actor: Actor, signupId: number, decision: CentreDecision, reason: string | undefined, expectedVersion?: number): Promise<SignupView> {
    if (actor.role !== 'CENTRE_ADMIN') throw new DomainError('FORBIDDEN_ROLE');
    return this.decide(actor, signupId, CENTRE_ACTIONS[decision], reason, expectedVersion);
  }

  /** FA-11: information found false cancels the sign-up. */
  cancelForFalseInformation(actor: Actor, signupId: number, reason: string): Promise<SignupView> {
    if (actor.role !== 'CENTRE_ADMIN') throw new DomainError('FORBIDDEN_ROLE');
    return this.decide(actor, signupId, 'CANCEL_FALSE_INFORMATION', reason);
  }

  /** FA-14: a recorded exception for one trainee and one rule; the next verdict shows it. */
  async grantException(actor: Actor, sessionId: number, traineeId: number, rule: EligibilityRuleId, reason: string): Promise<{ id: number }> {
    if (actor.role !== 'CENTRE_ADMIN') throw new DomainError('FORBIDDEN_ROLE');
    if (!EXCEPTABLE_RULES.includes(rule)) throw new DomainError('EXCEPTION_RULE_NOT_ALLOWED', { rule, allowed: EXCEPTABLE_RULES });
    if (!reason.trim()) throw new DomainError('REASON_REQUIRED');
    return this.dataSource.transaction(async (manager) => {
      const session = await this.sessions.byId(sessionId, manager);
      if (!session) throw new DomainError('SESSION_NOT_FOUND');
      const trainee = await this.trainees.placement(manager, traineeId);
      if (!trainee) throw new DomainError('NOT_FOUND');
      const id = await this.signups.insertException(manager, { sessionId, traineeId, rule, reason: reason.trim(), grantedBy: actor.userId ?? 0, grantedAt: this.clock.now() });
      if (id === null) throw new DomainError('CONFLICT', { reason: 'exception already granted' });
      await this.audit.record(manager, actor, {
        action: 'ELIGIBILITY_EXCEPTION_GRANTED',
        entityType: 'trainee',
        entityId: traineeId,
        scopeBaseId: trainee.baseId,
        reason,
        after: { sessionId, rule },
      });
      return { id };
    });
  }

  /** FA-14: the exceptions granted in a session (who, which rule, why, by whom, when), newest first. */
  async listExceptions(actor: Actor, sessionId: number, page: number, pageSize: number): Promise<EligibilityExceptionPage> {
    if (actor.role !== 'CENTRE_ADMIN') throw new DomainError('FORBIDDEN_ROLE');
    if (!(await this.sessions.byId(sessionId))) throw new DomainError('SESSION_NOT_FOUND');
    const { items, total } = await this.signups.exceptionsOfSession(sessionId, page, pageSize);
    const [trainees, names] = await Promise.all([this.summaries.byIds(items.map((e) => e.traineeId)), this.accounts.displayNames(items.map((e) => e.grantedBy))]);
    return { items: items.map((e) => toExceptionView(e, trainees.get(e.traineeId), names.get(e.grantedBy))), total, page, pageSize };
  }

  private async decide(actor: Actor, signupId: number, action: SignupAction, reason: string | undefined, expectedVersion?: number): Promise<SignupView> {
    const trimmed = reason?.trim() || null;
    if (actionRequiresReason(action) && !trimmed) throw new DomainError('REASON_REQUIRED');
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const signup = await this.signups.lockedById(manager, signupId);
      if (!signup) throw new DomainError('SIGNUP_NOT_FOUND');
      assertAccess(actor, signup);
      if (expectedVersion !== undefined && signup.version !== expectedVersion) throw new DomainError('CONFLICT', { currentVersion: signup.version });
      const session = await this.sessions.byId(signup.sessionId, manager);
      if (!session) throw new DomainError('SESSION_NOT_FOUND');
      const timing = reviewTimingProblem(action, { opensAt: session.reviewOpensAt, closesAt: session.reviewClosesAt }, now);
      if (timing) throw new DomainError(timing);
      const before = { status: signup.status };
      const status = nextSignupStatus(signup.status, action);
      const changes: Partial<Signup> = { status, version: signup.version + 1, lastReason: trimmed ?? signup.lastReason };
      if (action.startsWith('BASE_')) changes.baseReviewedAt = now;
      if (action.startsWith('CENTRE_')) changes.centreReviewedAt = now;
      await this.signups.update(manager, signup.id, changes);
      if (action === 'CENTRE_APPROVE') await this.trainees.lockPhoto(manager, signup.traineeId);
      let voidedResults: number[] = [];
      if (action === 'CANCEL_FALSE_INFORMATION') {
        // FA-11 / TK-6: a cancelled sign-up's tickets are withdrawn (by tickets); their QR codes then verify as withdrawn.
        await this.events.signupCancelled(manager, { signupId: signup.id, sessionId: signup.sessionId, traineeId: signup.traineeId, actor });
        // FA-11: so are its session's results (void, kept on record), and they stop counting.
        voidedResults = await this.attempts.lockStanding(manager, signup.sessionId, signup.traineeId);
        if (voidedResults.length > 0) {
          await this.attempts.voidForFalseInformation(manager, { sessionId: signup.sessionId, traineeId: signup.traineeId, reason: trimmed, at: now, by: actor.userId });
          await this.events.attemptsChanged(manager, [signup.traineeId]);
        }
      }
      // FA-8 / FA-9 / FA-11: the candidate is told in the same transaction; the worker e-mails it later.
      const notice = reviewNotice(action, {
        signupId: signup.id,
        traineeId: signup.traineeId,
        sessionId: session.id,
        sessionName: session.name,
        version: signup.version + 1,
        subjects: subjectsOf(signup),
        reason: trimmed,
        reviewClosesAt: session.reviewClosesAt,
      });
      if (notice) await this.notifications.notify(manager, notice);
      await this.audit.record(manager, actor, {
        action: `SIGNUP_${action}`,
        entityType: 'signup',
        entityId: signup.id,
        scopeBaseId: signup.baseId,
        reason: trimmed,
        before,
        after: voidedResults.length > 0 ? { status, voidedResults } : { status },
      });
      return toSignupView({ ...signup, ...changes });
    });
  }
}

function subjectsOf(signup: Pick<Signup, 'subjectTheory' | 'subjectSkills'>): Subject[] {
  return [...(signup.subjectTheory ? (['THEORY'] as const) : []), ...(signup.subjectSkills ? (['SKILLS'] as const) : [])];
}
