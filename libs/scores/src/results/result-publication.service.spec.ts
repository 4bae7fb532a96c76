import { AssessmentSession, SessionService } from '@app/assessment';
import { ResultPublication } from '@app/assessment/entities/result-publication.entity';
import { Subject } from '@app/assessment/rules';
import { Actor } from '@app/common/actor';
import { AuditEntry, AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { FixedClock } from '@app/common/time';
import type { NewCandidateMessage, Notifications } from '@app/notifications';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { StandingService } from '../standing/standing.service';
import { PublicationStore } from './publication.store';
import { ResultStore } from './result.store';
import { PublicationView, ResultPublicationService } from './result-publication.service';

// ResultPublicationService on fakes: publications, results and approved sign-ups in memory, a fixed clock,
// and a transaction that undoes what was written through it when the work throws.

const CENTRE: Actor = { userId: 1, role: 'CENTRE_ADMIN', organisationId: 1, baseId: null, cityId: null, traineeId: null };
const BASE_REVIEWER: Actor = { userId: 2, role: 'BASE_REVIEWER', organisationId: 30, baseId: 30, cityId: 3, traineeId: null };
const CANDIDATE: Actor = { userId: 3, role: 'CANDIDATE', organisationId: null, baseId: null, cityId: null, traineeId: 9 };
const SESSION_ID = 7;

function fake<T>(implementation: Partial<T>): T {
  return implementation as T;
}

class World {
  readonly clock = new FixedClock('2024-09-01T02:00:00.000Z');
  sessionExists = true;
  publications: ResultPublication[] = [];
  /** trainee ids with a result, per subject */
  results: Record<Subject, number[]> = { THEORY: [1, 2, 3], SKILLS: [1] };
  /** trainee ids approved for the subject */
  approved: Record<Subject, number[]> = { THEORY: [1, 2, 3], SKILLS: [1, 2, 3] };
  audit: AuditEntry[] = [];
  recomputed: number[] = [];
  messages: NewCandidateMessage[] = [];
  locks: string[] = [];
  /** another publication lands between the check and the insert */
  raceOnInsert = false;
  private readonly transactionManager = { name: 'the publication transaction' } as unknown as EntityManager;
  private transactionOpen = false;

  service(): ResultPublicationService {
    return new ResultPublicationService(
      fake<DataSource>({ transaction: ((work: (manager: EntityManager) => Promise<unknown>) => this.transaction(work)) as DataSource['transaction'] }),
      fake<PublicationStore>({
        lockSession: async (manager, sessionId, mode) => {
          this.inTransaction(manager);
          this.locks.push(`${sessionId}:${mode}`);
          if (!this.sessionExists) throw new DomainError('SESSION_NOT_FOUND');
          return Object.assign(new AssessmentSession(), { id: sessionId, name: '2024年结业考核' });
        },
        find: async (manager, sessionId, subject) => {
          this.inTransaction(manager);
          return this.publications.find((p) => p.sessionId === sessionId && p.subject === subject) ?? null;
        },
        insert: async (manager, publication) => {
          this.inTransaction(manager);
          if (this.raceOnInsert) throw new QueryFailedError('INSERT', [], Object.assign(new Error('Duplicate entry'), { code: 'ER_DUP_ENTRY' }));
          this.publications.push(publication);
        },
        ofSession: async (sessionId) => this.publications.filter((p) => p.sessionId === sessionId),
        approvedWithoutResult: async (sessionId, subject, manager) => {
          if (manager !== undefined) this.inTransaction(manager);
          return sessionId === SESSION_ID ? this.approved[subject].filter((id) => !this.results[subject].includes(id)) : [];
        },
      }),
      fake<ResultStore>({
        countOfSubject: async (sessionId, subject) => (sessionId === SESSION_ID ? this.results[subject].length : 0),
        traineesWithResult: async (manager, sessionId, subject) => {
          this.inTransaction(manager);
          return sessionId === SESSION_ID ? this.results[subject] : [];
        },
      }),
      fake<SessionService>({
        load: async () => {
          if (!this.sessionExists) throw new DomainError('SESSION_NOT_FOUND');
          return new AssessmentSession();
        },
      }),
      fake<AuditService>({
        record: async (manager, _actor, entry) => {
          this.inTransaction(manager);
          this.audit.push(entry);
        },
      }),
      fake<StandingService>({
        recomputeSession: async (manager, sessionId) => {
          this.inTransaction(manager);
          this.recomputed.push(sessionId);
          return 0;
        },
      }),
      this.clock,
      fake<Notifications>({
        notifyMany: async (manager, messages) => {
          this.inTransaction(manager);
          this.messages.push(...messages);
        },
      }),
    );
  }

  private async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const before = structuredClone({ publications: this.publications, audit: this.audit, recomputed: this.recomputed, messages: this.messages });
    this.transactionOpen = true;
    try {
      return await work(this.transactionManager);
    } catch (error) {
      Object.assign(this, before);
      throw error;
    } finally {
      this.transactionOpen = false;
    }
  }

  private inTransaction(manager: EntityManager | undefined): void {
    if (manager !== this.transactionManager || !this.transactionOpen) throw new Error('outside the publication transaction');
  }
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

let world: World;
let service: ResultPublicationService;

beforeEach(() => {
  world = new World();
  service = world.service();
});

describe('ResultPublicationService.publish (SC-4)', () => {
  it('SC-4 the centre publishes a complete subject under the exclusive session lock; standing is recomputed in the same transaction', async () => {
    const view = await service.publish(CENTRE, SESSION_ID, 'THEORY');
    expect(view).toEqual({ sessionId: SESSION_ID, subject: 'THEORY', published: true, publishedAt: '2024-09-01T10:00:00+08:00', results: 3, missing: 0 });
    expect(world.locks).toEqual([`${SESSION_ID}:EXCLUSIVE`]);
    expect(world.publications).toEqual([{ sessionId: SESSION_ID, subject: 'THEORY', publishedAt: world.clock.now(), publishedBy: CENTRE.userId }]);
    expect(world.recomputed).toEqual([SESSION_ID]);
    expect(world.audit).toEqual([
      {
        action: 'RESULTS_PUBLISHED',
        entityType: 'assessment_session',
        entityId: SESSION_ID,
        reason: null,
        after: { subject: 'THEORY', publishedAt: '2024-09-01T10:00:00+08:00', results: 3, publishedWithoutResult: 0, withoutResultTraineeIds: [] },
      },
    ]);
  });

  it('SC-4 every candidate with a result of the subject is told it is published, in the publication transaction, once each', async () => {
    await service.publish(CENTRE, SESSION_ID, 'THEORY');
    expect(world.messages).toEqual(
      [1, 2, 3].map((traineeId) => ({
        traineeId,
        kind: 'RESULTS_PUBLISHED',
        dedupeKey: `RESULTS_PUBLISHED:session=${SESSION_ID}:subject=THEORY:trainee=${traineeId}`,
        facts: { sessionId: SESSION_ID, sessionName: '2024年结业考核', subject: 'THEORY' },
      })),
    );
  });

  it('SC-4 a refused or lost publication tells nobody', async () => {
    await refusal(service.publish(CENTRE, SESSION_ID, 'SKILLS'));
    world.raceOnInsert = true;
    await refusal(service.publish(CENTRE, SESSION_ID, 'THEORY'));
    expect(world.messages).toEqual([]);
  });

  it('SC-4 only the centre publishes', async () => {
    expect((await refusal(service.publish(BASE_REVIEWER, SESSION_ID, 'THEORY'))).code).toBe('FORBIDDEN_ROLE');
    expect([world.publications, world.locks]).toEqual([[], []]);
  });

  it('SC-4 approved candidates without a result: refused with who (RESULTS_INCOMPLETE) unless the centre acknowledges them with a reason', async () => {
    const refused = await refusal(service.publish(CENTRE, SESSION_ID, 'SKILLS'));
    expect([refused.code, refused.details]).toEqual(['RESULTS_INCOMPLETE', { missing: 2, traineeIds: [2, 3], acknowledgeWith: 'acknowledgeMissing: true and a reason' }]);
    // An acknowledgement needs a reason, and a reason alone is no acknowledgement.
    expect((await refusal(service.publish(CENTRE, SESSION_ID, 'SKILLS', '   ', true))).code).toBe('RESULTS_INCOMPLETE');
    expect((await refusal(service.publish(CENTRE, SESSION_ID, 'SKILLS', 'not on the national list'))).code).toBe('RESULTS_INCOMPLETE');
    expect([world.publications, world.audit, world.recomputed]).toEqual([[], [], []]);

    const view = await service.publish(CENTRE, SESSION_ID, 'SKILLS', '  not on the national list (FA-10)  ', true);
    expect([view.published, view.results, view.missing]).toEqual([true, 1, 2]);
    expect(world.audit.map((entry) => [entry.reason, entry.after])).toEqual([
      ['not on the national list (FA-10)', { subject: 'SKILLS', publishedAt: '2024-09-01T10:00:00+08:00', results: 1, publishedWithoutResult: 2, withoutResultTraineeIds: [2, 3] }],
    ]);
  });

  it('SC-4 RESULTS_INCOMPLETE names at most the first 50 candidates without a result, and counts them all', async () => {
    world.approved.SKILLS = Array.from({ length: 120 }, (_, i) => i + 1);
    const refused = await refusal(service.publish(CENTRE, SESSION_ID, 'SKILLS'));
    expect(refused.details).toMatchObject({ missing: 119, traineeIds: Array.from({ length: 50 }, (_, i) => i + 2) });
  });

  it('SC-4 a subject is published once: again is RESULTS_ALREADY_PUBLISHED with when, and so is losing a race to the insert', async () => {
    await service.publish(CENTRE, SESSION_ID, 'THEORY');
    world.clock.advance(3_600_000);
    const again = await refusal(service.publish(CENTRE, SESSION_ID, 'THEORY'));
    expect([again.code, again.details]).toEqual(['RESULTS_ALREADY_PUBLISHED', { publishedAt: '2024-09-01T10:00:00+08:00' }]);
    expect(world.audit).toHaveLength(1);

    world.raceOnInsert = true;
    const raced = await refusal(service.publish(CENTRE, SESSION_ID, 'SKILLS', 'absent from the list', true));
    expect(raced.code).toBe('RESULTS_ALREADY_PUBLISHED');
    expect([world.publications.map((p) => p.subject), world.audit.length, world.recomputed]).toEqual([['THEORY'], 1, [SESSION_ID]]);
  });

  it('SC-4 an unknown session is SESSION_NOT_FOUND', async () => {
    world.sessionExists = false;
    expect((await refusal(service.publish(CENTRE, SESSION_ID, 'THEORY'))).code).toBe('SESSION_NOT_FOUND');
    expect((await refusal(service.status(CENTRE, SESSION_ID))).code).toBe('SESSION_NOT_FOUND');
  });
});

describe('ResultPublicationService.status (SC-4)', () => {
  it('SC-4 the centre sees per subject whether and when it was published, with its counts; a base sees no counts; a candidate nothing', async () => {
    await service.publish(CENTRE, SESSION_ID, 'THEORY');
    const expected: PublicationView[] = [
      { sessionId: SESSION_ID, subject: 'THEORY', published: true, publishedAt: '2024-09-01T10:00:00+08:00', results: 3, missing: 0 },
      { sessionId: SESSION_ID, subject: 'SKILLS', published: false, publishedAt: null, results: 1, missing: 2 },
    ];
    expect(await service.status(CENTRE, SESSION_ID)).toEqual(expected);
    expect(await service.status(BASE_REVIEWER, SESSION_ID)).toEqual(expected.map((view) => ({ ...view, results: null, missing: null })));
    expect((await refusal(service.status(CANDIDATE, SESSION_ID))).code).toBe('FORBIDDEN_ROLE');
  });
});
