import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { Clock, isWithinWindow } from '@app/common/time';
import { Trainee } from '@app/training/trainee.entity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { AssessmentSession } from '../entities/assessment-session.entity';
import { Signup } from '../entities/signup.entity';
import { EligibilityVerdict, evaluateEligibility } from '../rules/eligibility.rules';
import { isEditable, nextSignupStatus } from '../rules/signup-state.rules';
import { Subject } from '../rules/subject';
import { subjectStanding } from '../rules/subjects.rules';
import { SessionService } from '../sessions/session.service';
import { EligibilityFactsService } from './eligibility-facts.service';
import { SignupView, subjectsOf, toSignupView } from './signup-view';

/**
 * The candidate's side of sign-up (FA-1 … FA-7): preview the verdict, keep a draft, submit, withdraw.
 * Kept lean: the submit path is the burst every trainee of the province hits in the first minutes.
 */
@Injectable()
export class SignupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly facts: EligibilityFactsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async mine(actor: Actor): Promise<SignupView[]> {
    const traineeId = ownTraineeId(actor);
    const signups = await this.dataSource.getRepository(Signup).find({ where: { traineeId }, order: { id: 'DESC' } });
    return signups.map(toSignupView);
  }

  /** FA-14: the verdict the candidate would get now, without signing up. */
  async preview(actor: Actor, sessionId: number, subjects?: Subject[]): Promise<EligibilityVerdict> {
    const { session, trainee, existing } = await this.load(actor, sessionId);
    const requested = await this.requestedSubjects(session, trainee, existing, subjects);
    const input = await this.facts.gather(session, trainee, requested, existing?.status === 'RETURNED', this.clock.now());
    return evaluateEligibility(input);
  }

  /** A draft is not a sign-up (FA-7); it only keeps the chosen subjects while the window is open. */
  async saveDraft(actor: Actor, sessionId: number, subjects: Subject[]): Promise<SignupView> {
    const { session, trainee, existing } = await this.load(actor, sessionId);
    const now = this.clock.now();
    const correcting = existing?.status === 'RETURNED';
    const open = correcting ? now < session.reviewClosesAt : isWithinWindow({ opensAt: session.signupOpensAt, closesAt: session.signupClosesAt }, now);
    if (!open) throw new DomainError('SIGNUP_WINDOW_CLOSED');
    const columns = { subjectTheory: subjects.includes('THEORY'), subjectSkills: subjects.includes('SKILLS') };
    if (existing) {
      if (!isEditable(existing.status)) throw new DomainError('SIGNUP_NOT_EDITABLE', { status: existing.status });
      await this.compareAndSet(existing, { ...columns, status: nextSignupStatus(existing.status, 'EDIT') }, actor, 'SIGNUP_DRAFT_SAVED');
      return toSignupView({ ...existing, ...columns, version: existing.version + 1 });
    }
    return this.insert(actor, trainee, session, { ...columns, status: 'DRAFT', verdict: null, submittedAt: null }, 'SIGNUP_DRAFT_SAVED');
  }

  /**
   * FA-7: submit. Creates the sign-up if there is no draft. Concurrent submits of the same sign-up
   * race on a unique key (insert) or on the version (update): exactly one wins, the others get SIGNUP_EXISTS.
   */
  async submit(actor: Actor, sessionId: number, subjects?: Subject[]): Promise<SignupView> {
    const { session, trainee, existing } = await this.load(actor, sessionId);
    if (existing && !isEditable(existing.status)) throw new DomainError('SIGNUP_EXISTS', { status: existing.status });
    const requested = await this.requestedSubjects(session, trainee, existing, subjects);
    const now = this.clock.now();
    const verdict = evaluateEligibility(await this.facts.gather(session, trainee, requested, existing?.status === 'RETURNED', now));
    if (!verdict.eligible) await this.refuse(actor, trainee, verdict);

    const columns = {
      status: 'SUBMITTED' as const,
      subjectTheory: requested.includes('THEORY'),
      subjectSkills: requested.includes('SKILLS'),
      verdict,
      submittedAt: now,
    };
    if (!existing) return this.insert(actor, trainee, session, columns, 'SIGNUP_SUBMITTED');
    nextSignupStatus(existing.status, 'SUBMIT');
    await this.compareAndSet(existing, { ...columns, lastReason: existing.lastReason }, actor, 'SIGNUP_SUBMITTED');
    return toSignupView({ ...existing, ...columns, version: existing.version + 1 });
  }

  /** A submitted sign-up not yet reviewed can be taken back to draft while the sign-up window is open. */
  async withdraw(actor: Actor, sessionId: number): Promise<SignupView> {
    const { session, existing } = await this.load(actor, sessionId);
    if (!existing) throw new DomainError('SIGNUP_NOT_FOUND');
    if (!isWithinWindow({ opensAt: session.signupOpensAt, closesAt: session.signupClosesAt }, this.clock.now())) {
      throw new DomainError('SIGNUP_WINDOW_CLOSED');
    }
    const status = nextSignupStatus(existing.status, 'WITHDRAW');
    await this.compareAndSet(existing, { status, submittedAt: null }, actor, 'SIGNUP_WITHDRAWN');
    return toSignupView({ ...existing, status, submittedAt: null, version: existing.version + 1 });
  }

  private async refuse(actor: Actor, trainee: Trainee, verdict: EligibilityVerdict): Promise<never> {
    if (verdict.retrainingRequired) {
      // FA-3: the refusal also marks the trainee, so the base and the centre see it.
      if (!trainee.retrainingRequired) {
        await this.dataSource.transaction(async (manager) => {
          const result = await manager.update(Trainee, { id: trainee.id, retrainingRequired: false }, { retrainingRequired: true, version: () => 'version + 1' });
          if (result.affected === 1) {
            await this.audit.record(manager, actor, {
              action: 'TRAINEE_RETRAINING_REQUIRED',
              entityType: 'trainee',
              entityId: trainee.id,
              scopeBaseId: trainee.baseId,
              reason: 'FA-3',
              after: { retrainingRequired: true, rotationEndDate: trainee.rotationEndDate },
            });
          }
        });
      }
      throw new DomainError('RETRAINING_REQUIRED', { verdict });
    }
    if (verdict.failedRules.length === 1 && verdict.failedRules[0] === 'FA-1') throw new DomainError('SIGNUP_WINDOW_CLOSED', { verdict });
    if (verdict.failedRules.length === 1 && verdict.failedRules[0] === 'FA-4') throw new DomainError('SUBJECTS_INVALID', { verdict });
    if (verdict.failedRules.length === 1 && verdict.failedRules[0] === 'FA-6') throw new DomainError(verdictMissesOnlyPhoto(verdict) ? 'PHOTO_REQUIRED' : 'SIGNUP_NOT_ELIGIBLE', { verdict });
    throw new DomainError('SIGNUP_NOT_ELIGIBLE', { verdict });
  }

  private async load(actor: Actor, sessionId: number): Promise<{ session: AssessmentSession; trainee: Trainee; existing: Signup | null }> {
    const traineeId = ownTraineeId(actor);
    const [session, trainee, existing] = await Promise.all([
      this.sessions.load(sessionId),
      this.dataSource.getRepository(Trainee).findOneBy({ id: traineeId }),
      this.dataSource.getRepository(Signup).findOneBy({ sessionId, traineeId }),
    ]);
    if (!trainee) throw new DomainError('TRAINEE_NOT_FOUND');
    return { session, trainee, existing };
  }

  /** Subjects asked for, else those already chosen, else those the standing says are needed (both for a first-timer). */
  private async requestedSubjects(session: AssessmentSession, trainee: Trainee, existing: Signup | null, subjects?: Subject[]): Promise<Subject[]> {
    if (subjects) return subjects;
    if (existing && (existing.subjectTheory || existing.subjectSkills)) return subjectsOf(existing);
    const input = await this.facts.gather(session, trainee, [], false, this.clock.now());
    return subjectStanding(input.history, session.year).needed;
  }

  private async insert(
    actor: Actor,
    trainee: Trainee,
    session: AssessmentSession,
    columns: Pick<Signup, 'status' | 'subjectTheory' | 'subjectSkills' | 'verdict' | 'submittedAt'>,
    action: string,
  ): Promise<SignupView> {
    return this.dataSource
      .transaction(async (manager) => {
        const signup = manager.create(Signup, {
          sessionId: session.id,
          traineeId: trainee.id,
          baseId: trainee.baseId,
          cityId: trainee.cityId,
          lastReason: null,
          baseReviewedAt: null,
          centreReviewedAt: null,
          version: 1,
          ...columns,
        });
        await manager.insert(Signup, signup);
        await this.audit.record(manager, actor, {
          action,
          entityType: 'signup',
          entityId: signup.id,
          scopeBaseId: trainee.baseId,
          after: { status: signup.status, subjects: subjectsOf(signup), sessionId: session.id },
        });
        return toSignupView(signup);
      })
      .catch((error: unknown) => {
        if (error instanceof QueryFailedError && error.message.includes('uq_signup_session_trainee')) throw new DomainError('SIGNUP_EXISTS');
        throw error;
      });
  }

  /** One transition, applied only if nobody changed the sign-up since we read it. */
  private async compareAndSet(existing: Signup, changes: Partial<Signup>, actor: Actor, action: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(Signup, { id: existing.id, version: existing.version }, { ...changes, version: existing.version + 1 });
      if (result.affected !== 1) throw new DomainError('SIGNUP_EXISTS');
      await this.audit.record(manager, actor, {
        action,
        entityType: 'signup',
        entityId: existing.id,
        scopeBaseId: existing.baseId,
        before: { status: existing.status, subjects: subjectsOf(existing) },
        after: { status: changes.status ?? existing.status, subjects: subjectsOf({ ...existing, ...changes }) },
      });
    });
  }
}

function ownTraineeId(actor: Actor): number {
  if (actor.role !== 'CANDIDATE' || actor.traineeId === null) throw new DomainError('FORBIDDEN_ROLE');
  return actor.traineeId;
}

function verdictMissesOnlyPhoto(verdict: EligibilityVerdict): boolean {
  const check = verdict.checks.find((c) => c.rule === 'FA-6');
  const missing = check?.data.missing;
  return Array.isArray(missing) && missing.length === 1 && missing[0] === 'photo';
}
