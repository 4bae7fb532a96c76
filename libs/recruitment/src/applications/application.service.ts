import type { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { beijingYearOf, Clock, windowPhase } from '@app/common/time';
import { TraineeRecords } from '@app/training';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ApplicantType } from '../admission';
import { validateChoices } from '../choices';
import { judgeApplicant } from '../eligibility';
import type { ApplicantFacts } from '../eligibility';
import type { RecruitmentApplicant } from '../entities/recruitment-applicant.entity';
import type { RecruitmentApplication } from '../entities/recruitment-application.entity';
import { isApplicationEditable, reviewTransition } from '../review';
import { readApplicantFacts } from './applicant-facts';
import { ApplicationView } from './application-view';
import { ApplicationViews, documentCheckOf } from './application-views.service';
import { choiceSubmissionOf, factsWithPlatformRecords, needsEmployerCity, REVIEW_PROBLEM_ERRORS, reviewColumnsOf, reviewStateOf, signupWindowProblem } from './application.rules';
import { ApplicationChanges, ApplicationStore } from './application.store';
import { LoadedRound, RoundCatalogue } from './round-catalogue.service';

export interface ApplicationProfile {
  applicantType: ApplicantType;
  /** EMPLOYED where a city commission reviews: the city of the employer */
  employerCityId?: number | null;
  /** RC-2's facts, as the applicant declares them (read by readApplicantFacts) */
  facts: unknown;
  expectedVersion?: number;
}

export interface ApplicationChoices {
  baseIds: number[];
  acceptsAdjustment: boolean;
  expectedVersion?: number;
}

/**
 * The applicant's side of RC-1 … RC-5, RC-8 at sign-up: a draft per round, its profile and choices (editable while
 * a draft or returned, compare-and-set on the version), and the submission that judges eligibility with the
 * round's policy and every ban of the ID number, checks the documents, and hands the application to the first
 * level of its chain. Every change is one audited transaction.
 */
@Injectable()
export class ApplicationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: ApplicationStore,
    private readonly catalogue: RoundCatalogue,
    private readonly views: ApplicationViews,
    private readonly trainees: TraineeRecords,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async applicantOf(actor: Actor): Promise<RecruitmentApplicant> {
    if (actor.role !== 'CANDIDATE' || actor.userId === null) throw new DomainError('FORBIDDEN_ROLE');
    const applicant = actor.traineeId === null ? await this.store.applicant(actor.userId) : null;
    if (!applicant) throw new DomainError('APPLICANT_ACCOUNT_REQUIRED');
    return applicant;
  }

  async mine(actor: Actor): Promise<ApplicationView[]> {
    const applicant = await this.applicantOf(actor);
    const rows = await this.store.ofAccount(applicant.accountId);
    return Promise.all(rows.map((row) => this.views.view(row)));
  }

  async get(actor: Actor, id: number): Promise<ApplicationView> {
    return this.views.view(await this.own(actor, id));
  }

  async create(actor: Actor, roundId: number, profile: ApplicationProfile): Promise<ApplicationView> {
    const applicant = await this.applicantOf(actor);
    const loaded = await this.catalogue.load(roundId);
    if (windowPhase(loaded.round.signupWindow, this.clock.now()) === 'CLOSED') throw new DomainError('RECRUITMENT_SIGNUP_CLOSED');
    const checked = await this.checkedProfile(loaded, profile, applicant);
    const id = await this.dataSource.transaction(async (manager) => {
      const inserted = await this.store.insertApplication(manager, {
        roundId,
        accountId: applicant.accountId,
        name: applicant.name,
        idType: applicant.idType,
        idHash: applicant.idHash,
        idCipher: applicant.idCipher,
        idMasked: applicant.idMasked,
        phone: applicant.phone,
        applicantType: checked.applicantType,
        facts: checked.facts,
        employerCityId: checked.employerCityId,
      });
      if (inserted === null) throw new DomainError('APPLICATION_EXISTS');
      await this.audit.record(manager, actor, {
        action: 'RECRUITMENT_APPLICATION_CREATED',
        entityType: 'recruitment_application',
        entityId: inserted,
        after: { roundId, applicantType: checked.applicantType, employerCityId: checked.employerCityId },
      });
      return inserted;
    });
    return this.get(actor, id);
  }

  async updateProfile(actor: Actor, id: number, profile: ApplicationProfile): Promise<ApplicationView> {
    const applicant = await this.applicantOf(actor);
    const row = await this.own(actor, id);
    const loaded = await this.catalogue.load(row.roundId);
    const checked = await this.checkedProfile(loaded, profile, applicant);
    await this.editIfCurrent(
      actor,
      row,
      profile.expectedVersion,
      'RECRUITMENT_PROFILE_EDITED',
      checked,
      { applicantType: row.applicantType, employerCityId: row.employerCityId },
      { applicantType: checked.applicantType, employerCityId: checked.employerCityId },
    );
    return this.get(actor, id);
  }

  /** RC-4: at most the round's number of choices, bases of the round with seats for the applicant's type. */
  async updateChoices(actor: Actor, id: number, choices: ApplicationChoices): Promise<ApplicationView> {
    const row = await this.own(actor, id);
    const loaded = await this.catalogue.load(row.roundId);
    const problems = validateChoices(loaded.round, row.applicantType, choiceSubmissionOf(loaded.bases, choices.baseIds, choices.acceptsAdjustment));
    if (problems.length > 0) throw new DomainError('CHOICES_INVALID', { problems });
    const changes = { choice1BaseId: choices.baseIds[0] ?? null, choice2BaseId: choices.baseIds[1] ?? null, acceptsAdjustment: choices.acceptsAdjustment };
    await this.editIfCurrent(
      actor,
      row,
      choices.expectedVersion,
      'RECRUITMENT_CHOICES_EDITED',
      changes,
      { choice1BaseId: row.choice1BaseId, choice2BaseId: row.choice2BaseId, acceptsAdjustment: row.acceptsAdjustment },
      changes,
    );
    return this.get(actor, id);
  }

  /**
   * RC-1 … RC-5, RC-8: a draft is submitted inside the sign-up window; a returned application is resubmitted
   * before its correction deadline. Refused with the explained verdict when not eligible (nothing is stored:
   * the draft stays as it was and may be corrected), and with what is missing when documents are.
   */
  async submit(actor: Actor, id: number, expectedVersion?: number): Promise<ApplicationView> {
    await this.own(actor, id);
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const row = await this.store.lockedById(manager, id);
      if (!row || row.accountId !== actor.userId) throw new DomainError('APPLICATION_NOT_FOUND');
      if (expectedVersion !== undefined && expectedVersion !== row.version) throw new DomainError('APPLICATION_CHANGED', { currentVersion: row.version });
      const loaded = await this.catalogue.load(row.roundId);
      const { round } = loaded;
      const state = reviewStateOf(row);
      if (!isApplicationEditable(state)) throw new DomainError('APPLICATION_NOT_EDITABLE', { status: row.status });
      if (state.status === 'DRAFT') {
        const timing = signupWindowProblem(round.signupWindow, now);
        if (timing) throw new DomainError(timing);
      }
      const transition = reviewTransition(round.reviewChain, state, { kind: state.status === 'DRAFT' ? 'SUBMIT' : 'RESUBMIT' }, { now, windows: round.reviewWindows });
      if (!transition.ok) throw new DomainError(REVIEW_PROBLEM_ERRORS[transition.problem.code], { message: transition.problem.message });

      if (row.choice1BaseId === null) throw new DomainError('CHOICES_REQUIRED');
      const baseIds = [row.choice1BaseId, ...(row.choice2BaseId === null ? [] : [row.choice2BaseId])];
      const choiceProblems = validateChoices(round, row.applicantType, choiceSubmissionOf(loaded.bases, baseIds, row.acceptsAdjustment));
      if (choiceProblems.length > 0) throw new DomainError('CHOICES_INVALID', { problems: choiceProblems });

      const verdict = await this.judge(manager, loaded, row, now);
      if (!verdict.eligible) throw new DomainError('APPLICANT_NOT_ELIGIBLE', { verdict });

      const check = documentCheckOf(round, row, await this.store.documents(row.id, manager));
      if (!check.complete) throw new DomainError('DOCUMENTS_INCOMPLETE', { missing: check.missing.map((each) => ({ requirement: each.requirement.id, stillNeeded: each.stillNeeded, message: each.message })) });

      const changes: ApplicationChanges = { ...reviewColumnsOf(transition.state), verdict, eligible: true, submittedAt: now };
      if (!(await this.store.updateIfVersion(manager, row.id, row.version, changes))) throw new DomainError('APPLICATION_CHANGED');
      await this.audit.record(manager, actor, {
        action: state.status === 'DRAFT' ? 'RECRUITMENT_APPLICATION_SUBMITTED' : 'RECRUITMENT_APPLICATION_RESUBMITTED',
        entityType: 'recruitment_application',
        entityId: row.id,
        scopeBaseId: row.choice1BaseId,
        before: { status: row.status },
        after: { status: transition.state.status, policy: `${verdict.policyId}@${verdict.policyVersion}` },
      });
    });
    return this.get(actor, id);
  }

  /** RC-2 with RC-8: the round's policy over the declared facts, the platform's rosters and every ban of the ID number. */
  private async judge(manager: EntityManager, loaded: LoadedRound, row: RecruitmentApplication, now: Date) {
    const onRoster = (await this.trainees.byIdHash([row.idHash])).has(row.idHash);
    const facts = factsWithPlatformRecords(row.facts, onRoster);
    // Bans are keyed by the ID hash; the hash stands for the number on both sides of the comparison.
    const records = (await this.store.bansOf(row.idHash, manager)).map((record) => ({ ...record, idNumber: row.idHash }));
    const { round } = loaded;
    const reference = { code: round.code, year: round.year, jurisdiction: round.jurisdiction };
    const banHistory = { idNumber: row.idHash, records };
    return judgeApplicant(loaded.policy, facts, { round: { ...reference, signupWindow: round.signupWindow }, judgedAt: now, banHistory });
  }

  private async own(actor: Actor, id: number): Promise<RecruitmentApplication> {
    const applicant = await this.applicantOf(actor);
    const row = await this.store.byId(id);
    if (!row || row.accountId !== applicant.accountId) throw new DomainError('APPLICATION_NOT_FOUND');
    return row;
  }

  private async checkedProfile(loaded: LoadedRound, profile: ApplicationProfile, applicant: RecruitmentApplicant) {
    const { round } = loaded;
    if (!round.applicantTypes.includes(profile.applicantType)) throw new DomainError('APPLICANT_TYPE_NOT_OFFERED', { offered: round.applicantTypes });
    const read = readApplicantFacts(profile.facts, beijingYearOf(this.clock.now()));
    if (!read.ok) throw new DomainError('APPLICANT_FACTS_INVALID', { problems: read.problems });
    // A resident ID carries the birth date: the number, not the form, says how old the applicant is.
    const facts: ApplicantFacts = applicant.birthDate ? { ...read.facts, birthDate: applicant.birthDate } : read.facts;
    let employerCityId: number | null = null;
    if (needsEmployerCity(round.reviewChain, profile.applicantType)) {
      if (profile.employerCityId === undefined || profile.employerCityId === null) throw new DomainError('EMPLOYER_CITY_REQUIRED');
      if (!(await this.catalogue.isCityOf(profile.employerCityId, round.jurisdiction))) throw new DomainError('EMPLOYER_CITY_INVALID');
      employerCityId = profile.employerCityId;
    }
    return { applicantType: profile.applicantType, facts, employerCityId };
  }

  /** Editable (draft or returned) and unchanged since read: one audited compare-and-set, or APPLICATION_CHANGED. */
  private async editIfCurrent(
    actor: Actor,
    row: RecruitmentApplication,
    expectedVersion: number | undefined,
    action: string,
    changes: ApplicationChanges,
    before: Record<string, unknown>,
    after: Record<string, unknown>,
  ): Promise<void> {
    if (!isApplicationEditable(reviewStateOf(row))) throw new DomainError('APPLICATION_NOT_EDITABLE', { status: row.status });
    if (expectedVersion !== undefined && expectedVersion !== row.version) throw new DomainError('APPLICATION_CHANGED', { currentVersion: row.version });
    if (row.status === 'RETURNED' && row.correctBy !== null && this.clock.now().getTime() >= row.correctBy.getTime()) throw new DomainError('CORRECTION_DEADLINE_PASSED');
    await this.dataSource.transaction(async (manager) => {
      // A submit or a review in between bumps the version too, so a stale edit never lands on a locked application.
      if (!(await this.store.updateIfVersion(manager, row.id, row.version, changes))) throw new DomainError('APPLICATION_CHANGED');
      await this.audit.record(manager, actor, {
        action,
        entityType: 'recruitment_application',
        entityId: row.id,
        scopeBaseId: row.choice1BaseId,
        before,
        after: { ...after, version: row.version + 1 },
      });
    });
  }
}
