import { Actor } from '@app/common/actor';
import { AuditEntry, AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { beijingToInstant, FixedClock } from '@app/common/time';
import type { TraineePlacement } from '@app/identity';
import type { NewCandidateMessage, Notifications } from '@app/notifications';
import type { AccountService } from '@app/identity';
import type { TraineeRecords, TraineeSummaries, TraineeSummary } from '@app/training';
import { DataSource, EntityManager } from 'typeorm';
import { AssessmentEvents, SignupCancellation } from '../attempts/assessment-events';
import { AssessmentSession } from '../entities/assessment-session.entity';
import { Signup } from '../entities/signup.entity';
import { SignupStatus } from '../rules/signup-state.rules';
import { AssessmentSessionStore } from '../sessions/assessment-session.store';
import { SignupReviewService } from './signup-review.service';
import { NewEligibilityException, SignupStore } from './signup.store';

const SESSION_ID = 7;
/** Review window [03-04, 03-14) Beijing time. */
const SESSION = { id: SESSION_ID, name: '2024年结业考核', year: 2024, reviewOpensAt: beijingToInstant('2024-03-04'), reviewClosesAt: beijingToInstant('2024-03-14') } as AssessmentSession;
const IN_REVIEW = '2024-03-06 10:00';
const MANAGER = { transactional: true } as unknown as EntityManager;

const TRAINEE_ID = 501;
const BASE_ID = 31;
const CITY_ID = 3;

const baseReviewer: Actor = { userId: 20, role: 'BASE_REVIEWER', organisationId: BASE_ID, baseId: BASE_ID, cityId: CITY_ID, traineeId: null };
const otherBaseReviewer: Actor = { userId: 21, role: 'BASE_REVIEWER', organisationId: 32, baseId: 32, cityId: CITY_ID, traineeId: null };
const centre: Actor = { userId: 1, role: 'CENTRE_ADMIN', organisationId: 100, baseId: null, cityId: null, traineeId: null };

function signup(status: SignupStatus, overrides: Partial<Signup> = {}): Signup {
  return {
    id: 61,
    sessionId: SESSION_ID,
    traineeId: TRAINEE_ID,
    baseId: BASE_ID,
    cityId: CITY_ID,
    status,
    subjectTheory: true,
    subjectSkills: true,
    theoryCancelled: false,
    skillsCancelled: false,
    verdict: null,
    lastReason: null,
    submittedAt: new Date('2024-03-01T02:00:00Z'),
    baseReviewedAt: null,
    centreReviewedAt: null,
    version: 3,
    createdAt: new Date('2024-03-01T02:00:00Z'),
    updatedAt: new Date('2024-03-01T02:00:00Z'),
    ...overrides,
  };
}

/** Sign-ups and exceptions in memory; the exception's unique key (session, trainee, rule) as the table holds it. */
class FakeSignupStore {
  readonly rows = new Map<number, Signup>();
  readonly locked: number[] = [];
  readonly updates: Array<{ id: number; changes: Partial<Signup> }> = [];
  readonly exceptions: Array<NewEligibilityException & { id: number }> = [];

  async byId(id: number): Promise<Signup | null> {
    return this.rows.get(id) ?? null;
  }

  async lockedById(manager: EntityManager, id: number): Promise<Signup | null> {
    expect(manager).toBe(MANAGER);
    this.locked.push(id);
    const row = this.rows.get(id);
    return row ? { ...row } : null;
  }

  async update(manager: EntityManager, id: number, changes: Partial<Signup>): Promise<void> {
    expect(manager).toBe(MANAGER);
    this.updates.push({ id, changes });
    Object.assign(this.rows.get(id)!, changes);
  }

  async insertException(manager: EntityManager, row: NewEligibilityException): Promise<number | null> {
    expect(manager).toBe(MANAGER);
    if (this.exceptions.some((e) => e.sessionId === row.sessionId && e.traineeId === row.traineeId && e.rule === row.rule)) return null;
    const id = this.exceptions.length + 1;
    this.exceptions.push({ ...row, id });
    return id;
  }

  async exceptionsOfSession(sessionId: number, page: number, pageSize: number) {
    const matching = this.exceptions
      .filter((e) => e.sessionId === sessionId)
      .sort((a, b) => b.grantedAt.getTime() - a.grantedAt.getTime() || b.id - a.id);
    return { items: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length };
  }
}

class FakeSessionStore {
  /** Writes read the session in their transaction; lists outside any. */
  expectedManager: EntityManager | undefined = MANAGER;

  async byId(id: number, manager?: EntityManager): Promise<AssessmentSession | null> {
    expect(manager).toBe(this.expectedManager);
    return id === SESSION_ID ? SESSION : null;
  }
}

/** What lists show of a trainee, and staff names by account id. */
const SUMMARY = { id: TRAINEE_ID, name: '林晓', idNumberMasked: '350102********1234', baseId: BASE_ID, baseName: '福州市第一医院', cityId: CITY_ID, cityName: '福州市' } as TraineeSummary;
const summaries = { byIds: async (ids: Iterable<number>) => new Map([...ids].filter((id) => id === TRAINEE_ID).map((id) => [id, SUMMARY])) };
const accounts = { displayNames: async (ids: Iterable<number>) => new Map([...ids].filter((id) => id === centre.userId).map((id) => [id, '省中心管理员'])) };

/** Results of the trainee: id, session, voided. */
class FakeAttemptStore {
  readonly attempts = [
    { id: 801, sessionId: SESSION_ID, traineeId: TRAINEE_ID, voided: false },
    { id: 802, sessionId: SESSION_ID, traineeId: TRAINEE_ID, voided: false },
    { id: 803, sessionId: SESSION_ID, traineeId: TRAINEE_ID, voided: true },
    { id: 804, sessionId: 6, traineeId: TRAINEE_ID, voided: false },
  ];
  readonly voids: Array<{ sessionId: number; traineeId: number; reason: string | null; at: Date; by: number | null }> = [];

  async lockStanding(manager: EntityManager, sessionId: number, traineeId: number): Promise<number[]> {
    expect(manager).toBe(MANAGER);
    return this.attempts.filter((a) => a.sessionId === sessionId && a.traineeId === traineeId && !a.voided).map((a) => a.id);
  }

  async voidForFalseInformation(manager: EntityManager, change: { sessionId: number; traineeId: number; reason: string | null; at: Date; by: number | null }): Promise<void> {
    expect(manager).toBe(MANAGER);
    this.voids.push(change);
    for (const a of this.attempts) if (a.sessionId === change.sessionId && a.traineeId === change.traineeId) a.voided = true;
  }
}

class FakeTrainees {
  readonly photoLocks: number[] = [];
  readonly placements = new Map<number, TraineePlacement>([[TRAINEE_ID, { baseId: BASE_ID, cityId: CITY_ID }]]);

  async lockPhoto(manager: EntityManager, traineeId: number): Promise<void> {
    expect(manager).toBe(MANAGER);
    this.photoLocks.push(traineeId);
  }

  async placement(manager: EntityManager, traineeId: number): Promise<TraineePlacement | null> {
    expect(manager).toBe(MANAGER);
    return this.placements.get(traineeId) ?? null;
  }
}

class FakeAudit {
  readonly records: Array<{ actor: Actor; entry: AuditEntry }> = [];

  async record(manager: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
    expect(manager).toBe(MANAGER);
    this.records.push({ actor, entry });
  }
}

class FakeEvents {
  readonly cancelled: SignupCancellation[] = [];
  readonly attemptsChangedFor: Array<readonly number[]> = [];

  async signupCancelled(manager: EntityManager, cancellation: SignupCancellation): Promise<void> {
    expect(manager).toBe(MANAGER);
    this.cancelled.push(cancellation);
  }

  async attemptsChanged(manager: EntityManager, traineeIds: readonly number[]): Promise<void> {
    expect(manager).toBe(MANAGER);
    this.attemptsChangedFor.push(traineeIds);
  }
}

class FakeNotifications {
  readonly messages: NewCandidateMessage[] = [];

  async notify(manager: EntityManager, message: NewCandidateMessage): Promise<void> {
    expect(manager).toBe(MANAGER);
    this.messages.push(message);
  }
}

function setUp(rows: Signup[], now = IN_REVIEW) {
  const signups = new FakeSignupStore();
  for (const row of rows) signups.rows.set(row.id, row);
  const attempts = new FakeAttemptStore();
  const trainees = new FakeTrainees();
  const audit = new FakeAudit();
  const events = new FakeEvents();
  const notifications = new FakeNotifications();
  const clock = new FixedClock(beijingToInstant(now));
  let transactions = 0;
  const dataSource = {
    transaction: async <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> => {
      transactions += 1;
      return work(MANAGER);
    },
  };
  const sessions = new FakeSessionStore();
  const service = new SignupReviewService(
    dataSource as unknown as DataSource,
    signups as unknown as SignupStore,
    sessions as unknown as AssessmentSessionStore,
    attempts,
    trainees as unknown as TraineeRecords,
    audit as unknown as AuditService,
    clock,
    events as unknown as AssessmentEvents,
    notifications as unknown as Notifications,
    summaries as unknown as TraineeSummaries,
    accounts as unknown as AccountService,
  );
  return { service, signups, sessions, attempts, trainees, audit, events, notifications, clock, transactions: () => transactions };
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

describe('SignupReviewService (fakes: stores, trainees, audit, events, clock)', () => {
  describe('base review', () => {
    it('FA-8 the base approves a submitted sign-up: BASE_APPROVED, version raised, review time set, audited', async () => {
      const { service, signups, audit, trainees } = setUp([signup('SUBMITTED')]);
      const view = await service.baseReview(baseReviewer, 61, 'APPROVE', undefined, 3);
      expect(signups.locked).toEqual([61]);
      expect(signups.updates).toEqual([{ id: 61, changes: { status: 'BASE_APPROVED', version: 4, lastReason: null, baseReviewedAt: beijingToInstant(IN_REVIEW) } }]);
      expect(audit.records).toEqual([
        { actor: baseReviewer, entry: { action: 'SIGNUP_BASE_APPROVE', entityType: 'signup', entityId: 61, scopeBaseId: BASE_ID, reason: null, before: { status: 'SUBMITTED' }, after: { status: 'BASE_APPROVED' } } },
      ]);
      expect(view).toMatchObject({ id: 61, status: 'BASE_APPROVED', version: 4, baseReviewedAt: '2024-03-06T10:00:00+08:00', centreReviewedAt: null });
      expect(trainees.photoLocks).toEqual([]);
    });

    it('FA-8 a return keeps the trimmed reason for the candidate', async () => {
      const { service, signups } = setUp([signup('SUBMITTED', { lastReason: 'old' })]);
      const view = await service.baseReview(baseReviewer, 61, 'RETURN', '  照片不清晰  ');
      expect(signups.updates[0].changes).toMatchObject({ status: 'RETURNED', lastReason: '照片不清晰' });
      expect(view.lastReason).toBe('照片不清晰');
    });

    it('FA-8 a reject or return without a reason (or only spaces): REASON_REQUIRED, nothing locked or written', async () => {
      const { service, signups, transactions } = setUp([signup('SUBMITTED')]);
      expect((await refusal(() => service.baseReview(baseReviewer, 61, 'REJECT', undefined))).code).toBe('REASON_REQUIRED');
      expect((await refusal(() => service.baseReview(baseReviewer, 61, 'RETURN', '   '))).code).toBe('REASON_REQUIRED');
      expect(signups.locked).toEqual([]);
      expect(signups.updates).toEqual([]);
      expect(transactions()).toBe(0);
    });

    it('FA-8 outside the review window: REVIEW_WINDOW_CLOSED, nothing written', async () => {
      for (const now of ['2024-03-03 23:59', '2024-03-14 00:00']) {
        const { service, signups, audit } = setUp([signup('SUBMITTED')], now);
        expect((await refusal(() => service.baseReview(baseReviewer, 61, 'APPROVE', undefined))).code).toBe('REVIEW_WINDOW_CLOSED');
        expect(signups.updates).toEqual([]);
        expect(audit.records).toEqual([]);
      }
    });

    it('FA-8 only the trainee’s own base reviews: another base is FORBIDDEN_SCOPE, the centre is FORBIDDEN_ROLE', async () => {
      const { service, signups } = setUp([signup('SUBMITTED')]);
      expect((await refusal(() => service.baseReview(otherBaseReviewer, 61, 'APPROVE', undefined))).code).toBe('FORBIDDEN_SCOPE');
      expect((await refusal(() => service.baseReview(centre, 61, 'APPROVE', undefined))).code).toBe('FORBIDDEN_ROLE');
      expect(signups.updates).toEqual([]);
    });

    it('FA-8 a decision on a sign-up changed since it was shown: CONFLICT with the current version', async () => {
      const { service, signups } = setUp([signup('SUBMITTED', { version: 5 })]);
      const error = await refusal(() => service.baseReview(baseReviewer, 61, 'APPROVE', undefined, 3));
      expect(error.code).toBe('CONFLICT');
      expect(error.details).toEqual({ currentVersion: 5 });
      expect(signups.updates).toEqual([]);
    });

    it('FA-8 a transition the machine does not allow (approving a draft): SIGNUP_TRANSITION_INVALID', async () => {
      const { service, signups } = setUp([signup('DRAFT')]);
      const error = await refusal(() => service.baseReview(baseReviewer, 61, 'APPROVE', undefined));
      expect(error.code).toBe('SIGNUP_TRANSITION_INVALID');
      expect(error.details).toEqual({ from: 'DRAFT', action: 'BASE_APPROVE' });
      expect(signups.updates).toEqual([]);
    });

    it('an unknown sign-up: SIGNUP_NOT_FOUND', async () => {
      const { service } = setUp([]);
      expect((await refusal(() => service.baseReview(baseReviewer, 99, 'APPROVE', undefined))).code).toBe('SIGNUP_NOT_FOUND');
    });
  });

  describe('centre review', () => {
    it('FA-9 the centre approves what the base approved, and FA-6 locks the trainee’s photo in the same transaction', async () => {
      const { service, signups, trainees, audit, transactions } = setUp([signup('BASE_APPROVED')]);
      const view = await service.centreReview(centre, 61, 'APPROVE', undefined);
      expect(signups.updates).toEqual([{ id: 61, changes: { status: 'APPROVED', version: 4, lastReason: null, centreReviewedAt: beijingToInstant(IN_REVIEW) } }]);
      expect(trainees.photoLocks).toEqual([TRAINEE_ID]);
      expect(transactions()).toBe(1);
      expect(audit.records.map((r) => r.entry.action)).toEqual(['SIGNUP_CENTRE_APPROVE']);
      expect(view).toMatchObject({ status: 'APPROVED', statusLabel: { zh: '资格审核通过' } });
    });

    it('FA-9 a centre rejection needs a reason and does not lock the photo', async () => {
      const { service, signups, trainees } = setUp([signup('BASE_APPROVED')]);
      expect((await refusal(() => service.centreReview(centre, 61, 'REJECT', ''))).code).toBe('REASON_REQUIRED');
      await service.centreReview(centre, 61, 'REJECT', '证件不符');
      expect(signups.updates[0].changes).toMatchObject({ status: 'REJECTED', lastReason: '证件不符' });
      expect(trainees.photoLocks).toEqual([]);
    });

    it('FA-9 the centre cannot approve before the base did: SIGNUP_TRANSITION_INVALID, photo not locked', async () => {
      const { service, trainees, signups } = setUp([signup('SUBMITTED')]);
      expect((await refusal(() => service.centreReview(centre, 61, 'APPROVE', undefined))).code).toBe('SIGNUP_TRANSITION_INVALID');
      expect(trainees.photoLocks).toEqual([]);
      expect(signups.updates).toEqual([]);
    });

    it('FA-9 only the centre re-reviews: a base reviewer is FORBIDDEN_ROLE', async () => {
      const { service } = setUp([signup('BASE_APPROVED')]);
      expect((await refusal(() => service.centreReview(baseReviewer, 61, 'APPROVE', undefined))).code).toBe('FORBIDDEN_ROLE');
    });
  });

  describe('cancel for false information', () => {
    it('FA-11 cancels an approved sign-up at any time, withdraws its tickets and voids its session’s standing results', async () => {
      const { service, signups, attempts, events, audit } = setUp([signup('APPROVED')], '2024-06-01 09:00');
      const view = await service.cancelForFalseInformation(centre, 61, ' 学历造假 ');
      expect(signups.updates[0].changes).toMatchObject({ status: 'CANCELLED', lastReason: '学历造假' });
      expect(events.cancelled).toEqual([{ signupId: 61, sessionId: SESSION_ID, traineeId: TRAINEE_ID, actor: centre }]);
      expect(attempts.voids).toEqual([{ sessionId: SESSION_ID, traineeId: TRAINEE_ID, reason: '学历造假', at: beijingToInstant('2024-06-01 09:00'), by: centre.userId }]);
      expect(events.attemptsChangedFor).toEqual([[TRAINEE_ID]]);
      expect(audit.records).toEqual([
        {
          actor: centre,
          entry: { action: 'SIGNUP_CANCEL_FALSE_INFORMATION', entityType: 'signup', entityId: 61, scopeBaseId: BASE_ID, reason: '学历造假', before: { status: 'APPROVED' }, after: { status: 'CANCELLED', voidedResults: [801, 802] } },
        },
      ]);
      expect(view.status).toBe('CANCELLED');
    });

    it('FA-11 with no results yet: tickets withdrawn, nothing voided, no attempts-changed event', async () => {
      const { service, attempts, events, audit } = setUp([signup('SUBMITTED')]);
      for (const a of attempts.attempts) a.voided = true;
      await service.cancelForFalseInformation(centre, 61, '虚假材料');
      expect(events.cancelled).toHaveLength(1);
      expect(attempts.voids).toEqual([]);
      expect(events.attemptsChangedFor).toEqual([]);
      expect(audit.records[0].entry.after).toEqual({ status: 'CANCELLED' });
    });

    it('FA-11 needs a reason, is the centre’s alone, and cannot cancel a rejected sign-up', async () => {
      const { service, events } = setUp([signup('APPROVED'), signup('REJECTED', { id: 62 })]);
      expect((await refusal(() => service.cancelForFalseInformation(centre, 61, '  '))).code).toBe('REASON_REQUIRED');
      expect((await refusal(() => service.cancelForFalseInformation(baseReviewer, 61, '虚假材料'))).code).toBe('FORBIDDEN_ROLE');
      expect((await refusal(() => service.cancelForFalseInformation(centre, 62, '虚假材料'))).code).toBe('SIGNUP_TRANSITION_INVALID');
      expect(events.cancelled).toEqual([]);
    });
  });

  describe('telling the candidate', () => {
    const facts = { sessionId: SESSION_ID, sessionName: '2024年结业考核', signupId: 61 };

    it('FA-8 each base decision tells the candidate in its transaction: approval, rejection with the reason, return with the reason and the deadline', async () => {
      const approve = setUp([signup('SUBMITTED')]);
      await approve.service.baseReview(baseReviewer, 61, 'APPROVE', undefined);
      expect(approve.notifications.messages).toEqual([{ traineeId: TRAINEE_ID, kind: 'SIGNUP_BASE_APPROVED', dedupeKey: 'SIGNUP_BASE_APPROVED:signup=61:version=4', facts }]);

      const reject = setUp([signup('SUBMITTED')]);
      await reject.service.baseReview(baseReviewer, 61, 'REJECT', ' 无法按期完成轮转 ');
      expect(reject.notifications.messages).toEqual([
        { traineeId: TRAINEE_ID, kind: 'SIGNUP_REJECTED', dedupeKey: 'SIGNUP_REJECTED:signup=61:version=4', facts: { ...facts, by: 'BASE', reason: '无法按期完成轮转' } },
      ]);

      const giveBack = setUp([signup('SUBMITTED')]);
      await giveBack.service.baseReview(baseReviewer, 61, 'RETURN', '照片不清晰');
      expect(giveBack.notifications.messages).toEqual([
        { traineeId: TRAINEE_ID, kind: 'SIGNUP_RETURNED', dedupeKey: 'SIGNUP_RETURNED:signup=61:version=4', facts: { ...facts, reason: '照片不清晰', correctBefore: '2024-03-14T00:00:00+08:00' } },
      ]);
    });

    it('FA-9 the centre\'s approval (with the subjects) and rejection tell the candidate; FA-11 a cancellation too', async () => {
      const approve = setUp([signup('BASE_APPROVED', { subjectTheory: false })]);
      await approve.service.centreReview(centre, 61, 'APPROVE', undefined);
      expect(approve.notifications.messages).toEqual([{ traineeId: TRAINEE_ID, kind: 'SIGNUP_APPROVED', dedupeKey: 'SIGNUP_APPROVED:signup=61:version=4', facts: { ...facts, subjects: ['SKILLS'] } }]);

      const reject = setUp([signup('BASE_APPROVED')]);
      await reject.service.centreReview(centre, 61, 'REJECT', '证件不符');
      expect(reject.notifications.messages.map((m) => [m.kind, m.facts])).toEqual([['SIGNUP_REJECTED', { ...facts, by: 'CENTRE', reason: '证件不符' }]]);

      const cancel = setUp([signup('APPROVED')], '2024-06-01 09:00');
      await cancel.service.cancelForFalseInformation(centre, 61, '学历造假');
      expect(cancel.notifications.messages.map((m) => [m.kind, m.dedupeKey, m.facts])).toEqual([['SIGNUP_CANCELLED', 'SIGNUP_CANCELLED:signup=61:version=4', { ...facts, reason: '学历造假' }]]);
    });

    it('FA-8 a refused decision tells nobody', async () => {
      const { service, notifications } = setUp([signup('DRAFT'), signup('SUBMITTED', { id: 62, version: 5 })]);
      await refusal(() => service.baseReview(baseReviewer, 61, 'APPROVE', undefined));
      await refusal(() => service.baseReview(baseReviewer, 62, 'APPROVE', undefined, 3));
      await refusal(() => service.baseReview(baseReviewer, 62, 'RETURN', ' '));
      expect(notifications.messages).toEqual([]);
    });
  });

  describe('exceptions', () => {
    it('FA-14 the centre grants an exception with a trimmed reason, by whom and when, audited at the trainee’s base', async () => {
      const { service, signups, audit } = setUp([]);
      await expect(service.grantException(centre, SESSION_ID, TRAINEE_ID, 'FA-2.rotation', ' 援外延期 ')).resolves.toEqual({ id: 1 });
      expect(signups.exceptions).toEqual([{ id: 1, sessionId: SESSION_ID, traineeId: TRAINEE_ID, rule: 'FA-2.rotation', reason: '援外延期', grantedBy: centre.userId, grantedAt: beijingToInstant(IN_REVIEW) }]);
      expect(audit.records).toEqual([
        { actor: centre, entry: { action: 'ELIGIBILITY_EXCEPTION_GRANTED', entityType: 'trainee', entityId: TRAINEE_ID, scopeBaseId: BASE_ID, reason: ' 援外延期 ', after: { sessionId: SESSION_ID, rule: 'FA-2.rotation' } } },
      ]);
    });

    it('FA-14 window, subject, once-a-year and profile rules cannot be excepted: EXCEPTION_RULE_NOT_ALLOWED', async () => {
      const { service, transactions } = setUp([]);
      for (const rule of ['FA-1', 'FA-4', 'FA-5', 'FA-6'] as const) {
        const error = await refusal(() => service.grantException(centre, SESSION_ID, TRAINEE_ID, rule, '特殊情况'));
        expect(error.code).toBe('EXCEPTION_RULE_NOT_ALLOWED');
        expect(error.details).toEqual({ rule, allowed: ['FA-2.rotation', 'FA-2.phase-theory', 'FA-2.process', 'FA-3'] });
      }
      expect(transactions()).toBe(0);
    });

    it('FA-14 needs a reason and the centre’s role', async () => {
      const { service, signups } = setUp([]);
      expect((await refusal(() => service.grantException(centre, SESSION_ID, TRAINEE_ID, 'FA-3', ' '))).code).toBe('REASON_REQUIRED');
      expect((await refusal(() => service.grantException(baseReviewer, SESSION_ID, TRAINEE_ID, 'FA-3', '特殊情况'))).code).toBe('FORBIDDEN_ROLE');
      expect(signups.exceptions).toEqual([]);
    });

    it('FA-14 an unknown session or trainee is refused; the same rule twice is CONFLICT, audited once', async () => {
      const { service, audit } = setUp([]);
      expect((await refusal(() => service.grantException(centre, 99, TRAINEE_ID, 'FA-3', '特殊情况'))).code).toBe('SESSION_NOT_FOUND');
      expect((await refusal(() => service.grantException(centre, SESSION_ID, 999, 'FA-3', '特殊情况'))).code).toBe('NOT_FOUND');
      await service.grantException(centre, SESSION_ID, TRAINEE_ID, 'FA-3', '特殊情况');
      const again = await refusal(() => service.grantException(centre, SESSION_ID, TRAINEE_ID, 'FA-3', '另一理由'));
      expect(again.code).toBe('CONFLICT');
      expect(again.details).toEqual({ reason: 'exception already granted' });
      expect(audit.records).toHaveLength(1);
    });
  });

  describe('list of exceptions', () => {
    it('FA-14 the centre lists a session’s exceptions newest first, paged: who (name, masked ID, base), rule, reason, granted by whom and when', async () => {
      const { service, signups, sessions } = setUp([]);
      signups.exceptions.push(
        { id: 1, sessionId: SESSION_ID, traineeId: TRAINEE_ID, rule: 'FA-2.rotation', reason: '援外延期', grantedBy: 1, grantedAt: beijingToInstant('2024-03-05 09:00') },
        { id: 2, sessionId: SESSION_ID, traineeId: TRAINEE_ID, rule: 'FA-3', reason: '服兵役顺延', grantedBy: 77, grantedAt: beijingToInstant('2024-03-06 10:30') },
        { id: 3, sessionId: 6, traineeId: TRAINEE_ID, rule: 'FA-3', reason: '另一批次', grantedBy: 1, grantedAt: beijingToInstant('2024-03-07 08:00') },
      );
      sessions.expectedManager = undefined;
      const first = await service.listExceptions(centre, SESSION_ID, 1, 1);
      expect([first.total, first.page, first.pageSize]).toEqual([2, 1, 1]);
      expect(first.items).toEqual([
        {
          id: 2,
          sessionId: SESSION_ID,
          traineeId: TRAINEE_ID,
          traineeName: '林晓',
          idNumberMasked: '350102********1234',
          baseId: BASE_ID,
          baseName: '福州市第一医院',
          rule: 'FA-3',
          ruleTitle: { zh: '三年期限', en: 'Three-year limit' },
          reason: '服兵役顺延',
          // an account that no longer exists keeps its id, without a name
          grantedBy: { userId: 77, displayName: null },
          grantedAt: '2024-03-06T10:30:00+08:00',
        },
      ]);
      const second = await service.listExceptions(centre, SESSION_ID, 2, 1);
      expect(second.items.map((e) => [e.id, e.rule, e.grantedBy])).toEqual([[1, 'FA-2.rotation', { userId: 1, displayName: '省中心管理员' }]]);
    });

    it('FA-14 only the centre lists exceptions (FORBIDDEN_ROLE); an unknown session is SESSION_NOT_FOUND', async () => {
      const { service, sessions } = setUp([]);
      sessions.expectedManager = undefined;
      expect((await refusal(() => service.listExceptions(baseReviewer, SESSION_ID, 1, 20))).code).toBe('FORBIDDEN_ROLE');
      expect((await refusal(() => service.listExceptions(centre, 99, 1, 20))).code).toBe('SESSION_NOT_FOUND');
      expect(await service.listExceptions(centre, SESSION_ID, 1, 20)).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
    });
  });

  describe('get', () => {
    it('shows a sign-up only within the reader’s scope', async () => {
      const { service } = setUp([signup('SUBMITTED')]);
      await expect(service.get(baseReviewer, 61)).resolves.toMatchObject({ id: 61, status: 'SUBMITTED' });
      expect((await refusal(() => service.get(otherBaseReviewer, 61))).code).toBe('FORBIDDEN_SCOPE');
      expect((await refusal(() => service.get(centre, 99))).code).toBe('SIGNUP_NOT_FOUND');
    });
  });
});
