import { Actor } from '@app/common/actor';
import { AuditEntry, AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { beijingToInstant, FixedClock } from '@app/common/time';
import type { TraineeRecords } from '@app/training';
import { DataSource, EntityManager } from 'typeorm';
import { AssessmentSession } from '../entities/assessment-session.entity';
import { Signup } from '../entities/signup.entity';
import { EligibilityVerdict } from '../rules/eligibility.rules';
import { SessionService } from '../sessions/session.service';
import { EligibilityFactsService, ExistingSignup, SignupFacts } from './eligibility-facts.service';
import { NewSignup, SignupWriter } from './signup-writer';
import { SignupService } from './signup.service';
import { SignupStore, SignupTransitionColumns } from './signup.store';

/** Fujian-like calendar: sign-up [02-29 08:00, 03-11 00:00), review [03-04, 03-14) Beijing time. */
const SESSION = {
  id: 7,
  code: 'FJ-2024',
  name: '2024 结业考核',
  year: 2024,
  ruleSetVersion: 'fujian-2024.1',
  signupOpensAt: beijingToInstant('2024-02-29 08:00'),
  signupClosesAt: beijingToInstant('2024-03-11'),
  reviewOpensAt: beijingToInstant('2024-03-04'),
  reviewClosesAt: beijingToInstant('2024-03-14'),
  admittedFromYear: 2022,
  admittedToYear: 2024,
  rotationCutoff: '2024-12-01',
  subjects: [
    { subject: 'THEORY', ticketMode: 'NATIONAL_SITE', ticketOpensAt: '2024-04-01T00:00:00.000Z', ticketClosesAt: '2024-04-10T00:00:00.000Z', examStartsAt: '2024-04-13T00:00:00.000Z', examEndsAt: '2024-04-13T08:00:00.000Z' },
    { subject: 'SKILLS', ticketMode: 'PLATFORM', ticketOpensAt: '2024-05-01T00:00:00.000Z', ticketClosesAt: '2024-05-10T00:00:00.000Z', examStartsAt: '2024-05-13T00:00:00.000Z', examEndsAt: '2024-05-14T08:00:00.000Z' },
  ],
  resultsNote: null,
  theoryPassRule: null,
  skillsPassRule: null,
  rotationDeadlineAppliedAt: null,
  version: 1,
} as AssessmentSession;

const INSIDE_SIGNUP = '2024-03-01 10:00';
const TRAINEE_ID = 501;
const BASE_ID = 31;
const CITY_ID = 3;

const candidate: Actor = { userId: 900, role: 'CANDIDATE', organisationId: BASE_ID, baseId: BASE_ID, cityId: CITY_ID, traineeId: TRAINEE_ID };
const MANAGER = { transactional: true } as unknown as EntityManager;

/** An eligible trainee with no sign-up yet; `overrides` change one fact at a time. */
function factsOf(overrides: Partial<SignupFacts> = {}): SignupFacts {
  return {
    traineeId: TRAINEE_ID,
    baseId: BASE_ID,
    cityId: CITY_ID,
    retrainingRequired: false,
    rotationEndDate: '2024-06-30',
    trainee: { rotationEndDate: '2024-06-30', phaseTheoryPassed: true, processAssessmentPassed: true },
    profile: { name: '林小明', sex: 'M', birthDate: '1998-05-04', phone: '13800000000', baseId: BASE_ID, cohort: '2022', hasPhoto: true },
    history: [],
    exceptions: [],
    others: [],
    existing: null,
    ...overrides,
  };
}

function existing(status: ExistingSignup['status'], overrides: Partial<ExistingSignup> = {}): ExistingSignup {
  return { id: 61, status, version: 4, subjects: ['THEORY', 'SKILLS'], lastReason: null, ...overrides };
}

/** The sign-up store's rows, with the version compare-and-set the real UPDATE does. */
class FakeSignupStore {
  rows: Signup[] = [];
  transitions: Array<{ id: number; version: number; columns: SignupTransitionColumns }> = [];

  async ofTrainee(traineeId: number): Promise<Signup[]> {
    return this.rows.filter((row) => row.traineeId === traineeId).sort((a, b) => b.id - a.id);
  }

  async transitionIfVersion(manager: EntityManager, id: number, version: number, columns: SignupTransitionColumns): Promise<boolean> {
    expect(manager).toBe(MANAGER);
    this.transitions.push({ id, version, columns });
    const row = this.rows.find((candidateRow) => candidateRow.id === id);
    if (!row || row.version !== version) return false;
    row.version += 1;
    row.status = columns.status;
    return true;
  }
}

class FakeWriter {
  created: NewSignup[] = [];
  refuseAsDuplicate = false;

  async create(row: NewSignup): Promise<number> {
    if (this.refuseAsDuplicate) throw new DomainError('SIGNUP_EXISTS');
    this.created.push(row);
    return 88;
  }
}

class FakeAudit {
  records: Array<{ manager: EntityManager; actor: Actor; entry: AuditEntry }> = [];

  async record(manager: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
    this.records.push({ manager, actor, entry });
  }
}

class FakeTrainees {
  marks: Array<{ actor: Actor; trainee: { id: number; baseId: number; rotationEndDate: string } }> = [];

  async markRetrainingRequired(manager: EntityManager, actor: Actor, trainee: { id: number; baseId: number; rotationEndDate: string }): Promise<boolean> {
    expect(manager).toBe(MANAGER);
    this.marks.push({ actor, trainee });
    return true;
  }
}

function setUp(facts: SignupFacts | null, now = INSIDE_SIGNUP) {
  const store = new FakeSignupStore();
  const writer = new FakeWriter();
  const audit = new FakeAudit();
  const trainees = new FakeTrainees();
  const clock = new FixedClock(beijingToInstant(now));
  let transactions = 0;
  const dataSource = {
    transaction: async <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> => {
      transactions += 1;
      return work(MANAGER);
    },
  };
  const sessions = { loadCached: async (id: number) => (id === SESSION.id ? SESSION : Promise.reject(new DomainError('SESSION_NOT_FOUND'))) };
  const factsService = { load: async (session: AssessmentSession, traineeId: number) => (session === SESSION && traineeId === TRAINEE_ID ? facts : null) };
  if (facts?.existing) {
    store.rows.push({ id: facts.existing.id, sessionId: SESSION.id, traineeId: TRAINEE_ID, baseId: BASE_ID, cityId: CITY_ID, status: facts.existing.status, version: facts.existing.version } as Signup);
  }
  const service = new SignupService(
    dataSource as unknown as DataSource,
    sessions as unknown as SessionService,
    factsService as unknown as EligibilityFactsService,
    store as unknown as SignupStore,
    trainees as unknown as TraineeRecords,
    audit as unknown as AuditService,
    writer as unknown as SignupWriter,
    clock,
  );
  return { service, store, writer, audit, trainees, clock, transactions: () => transactions };
}

/** The DomainError the action refuses with, thrown at once (role checks) or by the returned promise. */
async function refusal(action: () => Promise<unknown>): Promise<DomainError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, got none');
}

function verdictOf(error: DomainError): EligibilityVerdict {
  return (error.details as { verdict: EligibilityVerdict }).verdict;
}

describe('SignupService (fakes: stores, writer, audit, clock)', () => {
  describe('submit', () => {
    it('FA-7 writes an eligible first sign-up as SUBMITTED with its verdict, through the writer', async () => {
      const { service, writer, audit } = setUp(factsOf());
      const view = await service.submit(candidate, SESSION.id);
      expect(writer.created).toHaveLength(1);
      const [row] = writer.created;
      expect(row).toMatchObject({ actor: candidate, action: 'SIGNUP_SUBMITTED', sessionId: SESSION.id, traineeId: TRAINEE_ID, baseId: BASE_ID, cityId: CITY_ID, status: 'SUBMITTED', subjects: ['THEORY', 'SKILLS'] });
      expect(row.submittedAt).toEqual(beijingToInstant(INSIDE_SIGNUP));
      const stored = JSON.parse(row.verdictJson!) as EligibilityVerdict;
      expect(stored.eligible).toBe(true);
      expect(stored.checks.map((c) => c.rule)).toEqual(['FA-1', 'FA-2.rotation', 'FA-2.phase-theory', 'FA-2.process', 'FA-3', 'FA-4', 'FA-5', 'FA-6']);
      expect(view).toMatchObject({ id: 88, status: 'SUBMITTED', version: 1, subjects: ['THEORY', 'SKILLS'], statusLabel: { zh: '报名信息已提交，等待审核' } });
      // The response carries the summary only: outcomes, no titles or explanations.
      expect(view.verdict).toEqual({ ruleSetVersion: 'fujian-2024.1', evaluatedAt: stored.evaluatedAt, eligible: true, failedRules: [], checks: stored.checks.map((c) => ({ rule: c.rule, outcome: c.outcome })) });
      // The writer writes the audit record with the row (one round trip); the service adds none.
      expect(audit.records).toEqual([]);
    });

    it('FA-4 without subjects asks for those the standing still needs; a first-timer may not ask for one alone', async () => {
      const theoryPassed = factsOf({ history: [{ subject: 'THEORY', year: 2023, outcome: 'PASSED', voided: false }] });
      const defaulted = setUp(theoryPassed);
      await defaulted.service.submit(candidate, SESSION.id);
      expect(defaulted.writer.created[0].subjects).toEqual(['SKILLS']);
      const firstTimer = setUp(factsOf());
      expect((await refusal(() => firstTimer.service.submit(candidate, SESSION.id, ['SKILLS']))).code).toBe('SUBJECTS_INVALID');
      expect(firstTimer.writer.created).toEqual([]);
    });

    it('FA-1 before the sign-up window opens: SIGNUP_WINDOW_NOT_OPEN with the window, nothing written', async () => {
      const { service, writer } = setUp(factsOf(), '2024-02-29 07:59');
      const error = await refusal(() => service.submit(candidate, SESSION.id));
      expect(error.code).toBe('SIGNUP_WINDOW_NOT_OPEN');
      expect(error.details).toMatchObject({ opensAt: '2024-02-29T08:00:00+08:00', closesAt: '2024-03-11T00:00:00+08:00' });
      expect(verdictOf(error).failedRules).toEqual(['FA-1']);
      expect(writer.created).toEqual([]);
    });

    it('FA-1 from the closing instant on: SIGNUP_WINDOW_CLOSED, nothing written', async () => {
      const { service, writer } = setUp(factsOf(), '2024-03-11 00:00');
      const error = await refusal(() => service.submit(candidate, SESSION.id));
      expect(error.code).toBe('SIGNUP_WINDOW_CLOSED');
      expect(writer.created).toEqual([]);
    });

    it('FA-8 a returned sign-up may be corrected after the sign-up window, until the review window closes', async () => {
      const { service, store, audit, writer } = setUp(factsOf({ existing: existing('RETURNED', { lastReason: '照片不清晰' }) }), '2024-03-12 09:00');
      const view = await service.submit(candidate, SESSION.id);
      expect(writer.created).toEqual([]);
      expect(store.transitions).toEqual([
        { id: 61, version: 4, columns: expect.objectContaining({ status: 'SUBMITTED', subjectTheory: true, subjectSkills: true, submittedAt: beijingToInstant('2024-03-12 09:00') }) },
      ]);
      expect(JSON.parse(store.transitions[0].columns.verdictJson!)).toMatchObject({ eligible: true });
      expect(audit.records).toEqual([
        {
          manager: MANAGER,
          actor: candidate,
          entry: { action: 'SIGNUP_SUBMITTED', entityType: 'signup', entityId: 61, scopeBaseId: BASE_ID, before: { status: 'RETURNED', subjects: ['THEORY', 'SKILLS'] }, after: { status: 'SUBMITTED', subjects: ['THEORY', 'SKILLS'] } },
        },
      ]);
      expect(view).toMatchObject({ id: 61, status: 'SUBMITTED', version: 5, lastReason: '照片不清晰' });
    });

    it('FA-8 a returned sign-up is refused from the review window’s close: SIGNUP_WINDOW_CLOSED', async () => {
      const { service, store } = setUp(factsOf({ existing: existing('RETURNED') }), '2024-03-14 00:00');
      expect((await refusal(() => service.submit(candidate, SESSION.id))).code).toBe('SIGNUP_WINDOW_CLOSED');
      expect(store.transitions).toEqual([]);
    });

    it('FA-3 past the three-year limit: RETRAINING_REQUIRED, and the trainee is marked in a transaction of its own', async () => {
      const { service, trainees, writer, transactions } = setUp(factsOf({ rotationEndDate: '2021-06-30', trainee: { rotationEndDate: '2021-06-30', phaseTheoryPassed: true, processAssessmentPassed: true } }));
      const error = await refusal(() => service.submit(candidate, SESSION.id));
      expect(error.code).toBe('RETRAINING_REQUIRED');
      expect(verdictOf(error).retrainingRequired).toBe(true);
      expect(trainees.marks).toEqual([{ actor: candidate, trainee: { id: TRAINEE_ID, baseId: BASE_ID, rotationEndDate: '2021-06-30' } }]);
      expect(transactions()).toBe(1);
      expect(writer.created).toEqual([]);
    });

    it('FA-3 a trainee already marked is not marked again', async () => {
      const { service, trainees, transactions } = setUp(
        factsOf({ retrainingRequired: true, rotationEndDate: '2021-06-30', trainee: { rotationEndDate: '2021-06-30', phaseTheoryPassed: true, processAssessmentPassed: true } }),
      );
      expect((await refusal(() => service.submit(candidate, SESSION.id))).code).toBe('RETRAINING_REQUIRED');
      expect(trainees.marks).toEqual([]);
      expect(transactions()).toBe(0);
    });

    it('FA-3 an exception granted for the limit lifts it: no retraining demanded, no mark', async () => {
      const { service, trainees, writer } = setUp(
        factsOf({
          rotationEndDate: '2021-06-30',
          trainee: { rotationEndDate: '2021-06-30', phaseTheoryPassed: true, processAssessmentPassed: true },
          exceptions: [
            { rule: 'FA-3', reason: '援外延期', grantedBy: '1', grantedAt: new Date('2024-03-01T00:00:00Z') },
            { rule: 'FA-2.rotation', reason: '援外延期', grantedBy: '1', grantedAt: new Date('2024-03-01T00:00:00Z') },
          ],
        }),
      );
      const view = await service.submit(candidate, SESSION.id);
      expect(view.verdict).toMatchObject({ eligible: true, failedRules: [] });
      expect(view.verdict!.checks.filter((c) => c.outcome === 'EXCEPTED').map((c) => c.rule)).toEqual(['FA-2.rotation', 'FA-3']);
      expect(trainees.marks).toEqual([]);
      expect(writer.created).toHaveLength(1);
    });

    it('FA-4 alone failing (no subject asked for): SUBJECTS_INVALID', async () => {
      const { service, writer } = setUp(factsOf());
      const error = await refusal(() => service.submit(candidate, SESSION.id, []));
      expect(error.code).toBe('SUBJECTS_INVALID');
      expect(verdictOf(error).failedRules).toEqual(['FA-4']);
      expect(writer.created).toEqual([]);
    });

    it('FA-6 only the photo missing: PHOTO_REQUIRED; another profile field missing: SIGNUP_NOT_ELIGIBLE', async () => {
      const noPhoto = setUp(factsOf({ profile: { ...factsOf().profile, hasPhoto: false } }));
      expect((await refusal(() => noPhoto.service.submit(candidate, SESSION.id))).code).toBe('PHOTO_REQUIRED');
      const noPhone = setUp(factsOf({ profile: { ...factsOf().profile, phone: ' ' } }));
      const error = await refusal(() => noPhone.service.submit(candidate, SESSION.id));
      expect(error.code).toBe('SIGNUP_NOT_ELIGIBLE');
      expect(verdictOf(error).failedRules).toEqual(['FA-6']);
    });

    it('FA-2 not eligible on several rules: SIGNUP_NOT_ELIGIBLE listing each, nothing written', async () => {
      const { service, writer, trainees } = setUp(factsOf({ trainee: { rotationEndDate: '2024-06-30', phaseTheoryPassed: false, processAssessmentPassed: false } }));
      const error = await refusal(() => service.submit(candidate, SESSION.id));
      expect(error.code).toBe('SIGNUP_NOT_ELIGIBLE');
      expect(verdictOf(error).failedRules).toEqual(['FA-2.phase-theory', 'FA-2.process']);
      expect(writer.created).toEqual([]);
      expect(trainees.marks).toEqual([]);
    });

    it('FA-1 outside the window with other failures too: SIGNUP_NOT_ELIGIBLE, not the window code', async () => {
      const { service } = setUp(factsOf({ trainee: { rotationEndDate: '2024-06-30', phaseTheoryPassed: false, processAssessmentPassed: true } }), '2024-03-11 00:00');
      const error = await refusal(() => service.submit(candidate, SESSION.id));
      expect(error.code).toBe('SIGNUP_NOT_ELIGIBLE');
      expect(verdictOf(error).failedRules).toEqual(['FA-1', 'FA-2.phase-theory']);
    });

    it('FA-5 a submit of a sign-up already submitted: SIGNUP_EXISTS with its status, nothing evaluated or written', async () => {
      const { service, store, writer } = setUp(factsOf({ existing: existing('SUBMITTED') }));
      const error = await refusal(() => service.submit(candidate, SESSION.id));
      expect(error.code).toBe('SIGNUP_EXISTS');
      expect(error.details).toEqual({ status: 'SUBMITTED' });
      expect(store.transitions).toEqual([]);
      expect(writer.created).toEqual([]);
    });

    it('FA-5 a second submit that lost the race: the writer’s SIGNUP_EXISTS is the answer', async () => {
      const { service, writer } = setUp(factsOf());
      writer.refuseAsDuplicate = true;
      expect((await refusal(() => service.submit(candidate, SESSION.id))).code).toBe('SIGNUP_EXISTS');
    });

    it('FA-5 a draft changed by a concurrent submit since it was read: SIGNUP_EXISTS and no audit record', async () => {
      const { service, store, audit } = setUp(factsOf({ existing: existing('DRAFT') }));
      store.rows[0].version = 5;
      expect((await refusal(() => service.submit(candidate, SESSION.id))).code).toBe('SIGNUP_EXISTS');
      expect(store.transitions).toHaveLength(1);
      expect(audit.records).toEqual([]);
    });

    it('refuses other roles, and a candidate whose trainee is unknown', async () => {
      const { service } = setUp(null);
      const reviewer: Actor = { ...candidate, role: 'BASE_REVIEWER', traineeId: null };
      expect((await refusal(() => service.submit(reviewer, SESSION.id))).code).toBe('FORBIDDEN_ROLE');
      expect((await refusal(() => service.submit(candidate, SESSION.id))).code).toBe('TRAINEE_NOT_FOUND');
    });
  });

  describe('preview', () => {
    it('FA-14 explains the verdict without writing anything', async () => {
      const { service, writer, trainees, transactions } = setUp(factsOf({ profile: { ...factsOf().profile, hasPhoto: false } }));
      const verdict = await service.preview(candidate, SESSION.id);
      expect(verdict.eligible).toBe(false);
      expect(verdict.checks.find((c) => c.rule === 'FA-6')).toMatchObject({ outcome: 'FAIL', data: { missing: ['photo'] } });
      expect(writer.created).toEqual([]);
      expect(trainees.marks).toEqual([]);
      expect(transactions()).toBe(0);
    });
  });

  describe('saveDraft', () => {
    it('FA-7 a first draft is written as DRAFT, without verdict or submission time', async () => {
      const { service, writer } = setUp(factsOf());
      const view = await service.saveDraft(candidate, SESSION.id, ['THEORY']);
      expect(writer.created).toEqual([expect.objectContaining({ action: 'SIGNUP_DRAFT_SAVED', status: 'DRAFT', subjects: ['THEORY'], verdictJson: null, submittedAt: null })]);
      expect(view).toMatchObject({ id: 88, status: 'DRAFT', verdict: null, submittedAt: null });
    });

    it('FA-7 an existing draft is edited in place; a returned sign-up stays RETURNED while corrected', async () => {
      const draft = setUp(factsOf({ existing: existing('DRAFT') }));
      await draft.service.saveDraft(candidate, SESSION.id, ['SKILLS']);
      expect(draft.store.transitions[0].columns).toEqual({ status: 'DRAFT', subjectTheory: false, subjectSkills: true, verdictJson: null, submittedAt: null });
      expect(draft.audit.records[0].entry).toMatchObject({ action: 'SIGNUP_DRAFT_SAVED', before: { status: 'DRAFT' }, after: { status: 'DRAFT', subjects: ['SKILLS'] } });
      const returned = setUp(factsOf({ existing: existing('RETURNED') }), '2024-03-12 09:00');
      await returned.service.saveDraft(candidate, SESSION.id, ['THEORY']);
      expect(returned.store.transitions[0].columns.status).toBe('RETURNED');
    });

    it('FA-1 outside the window a draft is refused with the window code', async () => {
      const { service, writer } = setUp(factsOf(), '2024-02-28 12:00');
      expect((await refusal(() => service.saveDraft(candidate, SESSION.id, ['THEORY']))).code).toBe('SIGNUP_WINDOW_NOT_OPEN');
      expect(writer.created).toEqual([]);
    });

    it('FA-7 a submitted sign-up is no longer a draft to edit: SIGNUP_NOT_EDITABLE', async () => {
      const { service, store } = setUp(factsOf({ existing: existing('SUBMITTED') }));
      const error = await refusal(() => service.saveDraft(candidate, SESSION.id, ['THEORY']));
      expect(error.code).toBe('SIGNUP_NOT_EDITABLE');
      expect(error.details).toEqual({ status: 'SUBMITTED' });
      expect(store.transitions).toEqual([]);
    });
  });

  describe('withdraw', () => {
    it('FA-7 a submitted sign-up not yet reviewed goes back to draft, its verdict cleared, audited', async () => {
      const { service, store, audit } = setUp(factsOf({ existing: existing('SUBMITTED') }));
      const view = await service.withdraw(candidate, SESSION.id);
      expect(store.transitions[0].columns).toEqual({ status: 'DRAFT', subjectTheory: true, subjectSkills: true, verdictJson: null, submittedAt: null });
      expect(audit.records.map((r) => r.entry.action)).toEqual(['SIGNUP_WITHDRAWN']);
      expect(view).toMatchObject({ status: 'DRAFT', version: 5 });
    });

    it('FA-8 a reviewed sign-up cannot be withdrawn: SIGNUP_TRANSITION_INVALID', async () => {
      const { service, store } = setUp(factsOf({ existing: existing('BASE_APPROVED') }));
      const error = await refusal(() => service.withdraw(candidate, SESSION.id));
      expect(error.code).toBe('SIGNUP_TRANSITION_INVALID');
      expect(error.details).toEqual({ from: 'BASE_APPROVED', action: 'WITHDRAW' });
      expect(store.transitions).toEqual([]);
    });

    it('FA-1 only while the sign-up window is open; nothing to withdraw is SIGNUP_NOT_FOUND', async () => {
      const late = setUp(factsOf({ existing: existing('SUBMITTED') }), '2024-03-11 00:00');
      expect((await refusal(() => late.service.withdraw(candidate, SESSION.id))).code).toBe('SIGNUP_WINDOW_CLOSED');
      const none = setUp(factsOf());
      expect((await refusal(() => none.service.withdraw(candidate, SESSION.id))).code).toBe('SIGNUP_NOT_FOUND');
    });
  });

  describe('mine', () => {
    it('lists the candidate’s own sign-ups, newest first', async () => {
      const { service, store } = setUp(factsOf());
      store.rows.push(
        { id: 3, sessionId: 1, traineeId: TRAINEE_ID, baseId: BASE_ID, cityId: CITY_ID, status: 'REJECTED', subjectTheory: true, subjectSkills: false, verdict: null, lastReason: '材料不全', submittedAt: null, baseReviewedAt: null, centreReviewedAt: null, version: 3 } as Signup,
        { id: 9, sessionId: 7, traineeId: TRAINEE_ID, baseId: BASE_ID, cityId: CITY_ID, status: 'DRAFT', subjectTheory: false, subjectSkills: true, verdict: null, lastReason: null, submittedAt: null, baseReviewedAt: null, centreReviewedAt: null, version: 1 } as Signup,
        { id: 5, sessionId: 7, traineeId: 999, baseId: BASE_ID, cityId: CITY_ID, status: 'DRAFT', subjectTheory: true, subjectSkills: true, verdict: null, lastReason: null, submittedAt: null, baseReviewedAt: null, centreReviewedAt: null, version: 1 } as Signup,
      );
      const views = await service.mine(candidate);
      expect(views.map((v) => [v.id, v.status, v.subjects])).toEqual([
        [9, 'DRAFT', ['SKILLS']],
        [3, 'REJECTED', ['THEORY']],
      ]);
    });
  });
});
