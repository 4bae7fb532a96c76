import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { Clock, formatBeijing, TimeWindow } from '@app/common/time';
import { TraineeRecords } from '@app/training';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AssessmentSession } from '../entities/assessment-session.entity';
import { Signup } from '../entities/signup.entity';
import { EligibilityVerdict, evaluateEligibility } from '../rules/eligibility.rules';
import { ReviewStep, reviewHistory } from '../rules/review-history.rules';
import { isEditable, nextSignupStatus, SIGNUP_STATUS_LABELS, SignupStatus } from '../rules/signup-state.rules';
import { SignupWindowRefusal, SignupWindows, signupWindowOf, signupWindowRefusal } from '../rules/signup-window.rules';
import { Bilingual, Subject } from '../rules/subject';
import { subjectStanding } from '../rules/subjects.rules';
import { refuseCancelledSubjects } from '../sessions/cancelled-subjects';
import { SessionService } from '../sessions/session.service';
import { eligibilityInput, EligibilityFactsService, SignupFacts } from './eligibility-facts.service';
import { SignupView, SubmittedSignupView, summariseVerdict, toSignupView } from './signup-view';
import { SignupWriter } from './signup-writer';
import { SignupStore } from './signup.store';

/** FA-8, FA-9: the candidate's sign-up in a session, step by step. */
export interface SignupHistory {
  signupId: number;
  sessionId: number;
  status: SignupStatus;
  statusLabel: Bilingual;
  steps: ReviewStep[];
}

/** More audit records than one sign-up can gather (each step is a decision within one review window). */
const HISTORY_LIMIT = 200;

/**
 * The candidate's side of sign-up (FA-1 … FA-7): preview the verdict, keep a draft, submit, withdraw.
 * The submit path is the burst every trainee of the province hits in the first minutes, so it reads
 * everything in one query and writes the sign-up and its audit record in one short transaction.
 */
@Injectable()
export class SignupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly facts: EligibilityFactsService,
    private readonly signups: SignupStore,
    private readonly trainees: TraineeRecords,
    private readonly audit: AuditService,
    private readonly writer: SignupWriter,
    private readonly clock: Clock,
  ) {}

  async mine(actor: Actor): Promise<SignupView[]> {
    const traineeId = ownTraineeId(actor);
    const signups = await this.signups.ofTrainee(traineeId);
    return signups.map(toSignupView);
  }

  /** FA-8, FA-9, FA-11: who reviewed the candidate's sign-up at which level, with what outcome, why and when. */
  async history(actor: Actor, sessionId: number): Promise<SignupHistory> {
    const traineeId = ownTraineeId(actor);
    const signup = (await this.signups.ofTrainee(traineeId)).find((s) => s.sessionId === sessionId);
    if (!signup) throw new DomainError('SIGNUP_NOT_FOUND');
    const { items } = await this.audit.query({ entityType: 'signup', entityId: String(signup.id), page: 1, pageSize: HISTORY_LIMIT });
    const facts = items.reverse().map((record) => ({ action: record.action, reason: record.reason, after: record.after, at: formatBeijing(new Date(record.occurredAt)) }));
    return { signupId: signup.id, sessionId, status: signup.status, statusLabel: SIGNUP_STATUS_LABELS[signup.status], steps: reviewHistory(facts) };
  }

  /** FA-14: the verdict the candidate would get now, without signing up. */
  async preview(actor: Actor, sessionId: number, subjects?: Subject[]): Promise<EligibilityVerdict> {
    const { session, facts } = await this.load(actor, sessionId);
    const now = this.clock.now();
    return evaluateEligibility(eligibilityInput(session, facts, subjects ?? requestedSubjects(session, facts), facts.existing?.status === 'RETURNED', now));
  }

  /** A draft is not a sign-up (FA-7); it only keeps the chosen subjects while the window is open. */
  async saveDraft(actor: Actor, sessionId: number, subjects: Subject[]): Promise<SignupView> {
    const { session, facts } = await this.load(actor, sessionId);
    const now = this.clock.now();
    const existing = facts.existing;
    refuseCancelledSubjects(session, subjects);
    refuseOutsideWindow(signupWindowOf(windowsOf(session), existing?.status === 'RETURNED'), now);
    const columns = { status: 'DRAFT' as SignupStatus, subjectTheory: subjects.includes('THEORY'), subjectSkills: subjects.includes('SKILLS'), verdict: null, submittedAt: null };
    if (!existing) return this.insert(actor, session, facts, columns, 'SIGNUP_DRAFT_SAVED');
    if (!isEditable(existing.status)) throw new DomainError('SIGNUP_NOT_EDITABLE', { status: existing.status });
    const status = nextSignupStatus(existing.status, 'EDIT');
    return this.transition(actor, session, facts, { ...columns, status }, 'SIGNUP_DRAFT_SAVED');
  }

  /**
   * FA-7: submit. Creates the sign-up if there is no draft. Concurrent submits of the same sign-up
   * race on a unique key (insert) or on the version (update): exactly one wins, the others get SIGNUP_EXISTS.
   */
  async submit(actor: Actor, sessionId: number, subjects?: Subject[]): Promise<SubmittedSignupView> {
    const { session, facts } = await this.load(actor, sessionId);
    const existing = facts.existing;
    if (existing && !isEditable(existing.status)) throw new DomainError('SIGNUP_EXISTS', { status: existing.status });
    const requested = subjects ?? (existing && existing.subjects.length > 0 ? existing.subjects : requestedSubjects(session, facts));
    refuseCancelledSubjects(session, requested);
    const now = this.clock.now();
    const isCorrection = existing?.status === 'RETURNED';
    const verdict = evaluateEligibility(eligibilityInput(session, facts, requested, isCorrection, now));
    if (!verdict.eligible) await this.refuse(actor, facts, verdict, signupWindowRefusal(signupWindowOf(windowsOf(session), isCorrection), now));

    const columns = { status: 'SUBMITTED' as SignupStatus, subjectTheory: requested.includes('THEORY'), subjectSkills: requested.includes('SKILLS'), verdict, submittedAt: now };
    if (existing) nextSignupStatus(existing.status, 'SUBMIT');
    const view = existing ? await this.transition(actor, session, facts, columns, 'SIGNUP_SUBMITTED') : await this.insert(actor, session, facts, columns, 'SIGNUP_SUBMITTED');
    return { ...view, verdict: summariseVerdict(verdict) };
  }

  /** A submitted sign-up not yet reviewed can be taken back to draft while the sign-up window is open. */
  async withdraw(actor: Actor, sessionId: number): Promise<SignupView> {
    const { session, facts } = await this.load(actor, sessionId);
    const existing = facts.existing;
    if (!existing) throw new DomainError('SIGNUP_NOT_FOUND');
    refuseOutsideWindow(windowsOf(session).signupWindow, this.clock.now());
    const status = nextSignupStatus(existing.status, 'WITHDRAW');
    return this.transition(
      actor,
      session,
      facts,
      { status, subjectTheory: existing.subjects.includes('THEORY'), subjectSkills: existing.subjects.includes('SKILLS'), verdict: null, submittedAt: null },
      'SIGNUP_WITHDRAWN',
    );
  }

  private async refuse(actor: Actor, facts: SignupFacts, verdict: EligibilityVerdict, timing: SignupWindowRefusal | null): Promise<never> {
    if (verdict.retrainingRequired) {
      // FA-3: the refusal also marks the trainee, so the base and the centre see it.
      if (!facts.retrainingRequired) {
        await this.dataSource.transaction((manager) =>
          this.trainees.markRetrainingRequired(manager, actor, { id: facts.traineeId, baseId: facts.baseId, rotationEndDate: facts.rotationEndDate }),
        );
      }
      throw new DomainError('RETRAINING_REQUIRED', { verdict });
    }
    const only = verdict.failedRules.length === 1 ? verdict.failedRules[0] : null;
    if (only === 'FA-1' && timing) throw windowError(timing, { verdict });
    if (only === 'FA-4') throw new DomainError('SUBJECTS_INVALID', { verdict });
    if (only === 'FA-6' && verdictMissesOnlyPhoto(verdict)) throw new DomainError('PHOTO_REQUIRED', { verdict });
    throw new DomainError('SIGNUP_NOT_ELIGIBLE', { verdict });
  }

  private async load(actor: Actor, sessionId: number): Promise<{ session: AssessmentSession; facts: SignupFacts }> {
    const traineeId = ownTraineeId(actor);
    const session = await this.sessions.loadCached(sessionId);
    const facts = await this.facts.load(session, traineeId);
    if (!facts) throw new DomainError('TRAINEE_NOT_FOUND');
    return { session, facts };
  }

  private async insert(actor: Actor, session: AssessmentSession, facts: SignupFacts, columns: SignupColumns, action: string): Promise<SignupView> {
    const id = await this.writer.create({
      actor,
      action,
      sessionId: session.id,
      traineeId: facts.traineeId,
      baseId: facts.baseId,
      cityId: facts.cityId,
      status: columns.status,
      subjects: subjectsOf(columns),
      verdictJson: jsonOrNull(columns.verdict),
      submittedAt: columns.submittedAt,
    });
    return view({ id, sessionId: session.id, facts, columns, version: 1, lastReason: null });
  }

  /** One transition, applied only if nobody changed the sign-up since it was read. */
  private async transition(actor: Actor, session: AssessmentSession, facts: SignupFacts, columns: SignupColumns, action: string): Promise<SignupView> {
    const existing = facts.existing!;
    return this.dataSource.transaction(async (manager) => {
      const changed = await this.signups.transitionIfVersion(manager, existing.id, existing.version, {
        status: columns.status,
        subjectTheory: columns.subjectTheory,
        subjectSkills: columns.subjectSkills,
        verdictJson: jsonOrNull(columns.verdict),
        submittedAt: columns.submittedAt,
      });
      if (!changed) throw new DomainError('SIGNUP_EXISTS');
      await this.audit.record(manager, actor, {
        action,
        entityType: 'signup',
        entityId: existing.id,
        scopeBaseId: facts.baseId,
        before: { status: existing.status, subjects: existing.subjects },
        after: { status: columns.status, subjects: subjectsOf(columns) },
      });
      return view({ id: existing.id, sessionId: session.id, facts, columns, version: existing.version + 1, lastReason: existing.lastReason });
    });
  }
}

interface SignupColumns {
  status: SignupStatus;
  subjectTheory: boolean;
  subjectSkills: boolean;
  verdict: EligibilityVerdict | null;
  submittedAt: Date | null;
}

function view(args: { id: number; sessionId: number; facts: SignupFacts; columns: SignupColumns; version: number; lastReason: string | null }): SignupView {
  const base = toSignupView({
    id: args.id,
    sessionId: args.sessionId,
    traineeId: args.facts.traineeId,
    baseId: args.facts.baseId,
    cityId: args.facts.cityId,
    ...args.columns,
    lastReason: args.lastReason,
    baseReviewedAt: null,
    centreReviewedAt: null,
    version: args.version,
  } as Signup);
  return { ...base, statusLabel: SIGNUP_STATUS_LABELS[args.columns.status] };
}

/** Subjects asked for when none are given: those the standing says are needed (both for a first-timer). */
function requestedSubjects(session: AssessmentSession, facts: SignupFacts): Subject[] {
  if (facts.existing && facts.existing.subjects.length > 0) return facts.existing.subjects;
  return subjectStanding(facts.history, session.year).needed;
}

function subjectsOf(columns: Pick<SignupColumns, 'subjectTheory' | 'subjectSkills'>): Subject[] {
  return [columns.subjectTheory ? 'THEORY' : null, columns.subjectSkills ? 'SKILLS' : null].filter((s): s is Subject => s !== null);
}

function jsonOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function ownTraineeId(actor: Actor): number {
  if (actor.role !== 'CANDIDATE' || actor.traineeId === null) throw new DomainError('FORBIDDEN_ROLE');
  return actor.traineeId;
}

function verdictMissesOnlyPhoto(verdict: EligibilityVerdict): boolean {
  const missing = verdict.checks.find((c) => c.rule === 'FA-6')?.data.missing;
  return Array.isArray(missing) && missing.length === 1 && missing[0] === 'photo';
}

function windowsOf(session: AssessmentSession): SignupWindows {
  return {
    signupWindow: { opensAt: session.signupOpensAt, closesAt: session.signupClosesAt },
    reviewWindow: { opensAt: session.reviewOpensAt, closesAt: session.reviewClosesAt },
  };
}

/** FA-1: outside the window, not open yet or closed, each with its own code; the window in the details. */
function refuseOutsideWindow(window: TimeWindow, now: Date): void {
  const refusal = signupWindowRefusal(window, now);
  if (refusal) throw windowError(refusal);
}

function windowError(refusal: SignupWindowRefusal, details: Record<string, unknown> = {}): DomainError {
  return new DomainError(refusal.code, { opensAt: refusal.opensAt, closesAt: refusal.closesAt, ...details });
}
