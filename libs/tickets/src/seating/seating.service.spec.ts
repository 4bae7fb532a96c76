import { AssessmentSession } from '@app/assessment/entities/assessment-session.entity';
import { Actor } from '@app/common/actor';
import { AuditEntry, AuditService } from '@app/common/audit';
import { FixedClock } from '@app/common/time';
import { DataSource, EntityManager } from 'typeorm';
import { AssessmentReadStore } from '../assessment-reads/assessment-read.store';
import { ExamSite } from '../entities/exam-site.entity';
import { ExamSlot } from '../entities/exam-slot.entity';
import { SeatAssignmentRecord } from '../entities/seat-assignment.entity';
import { SeatingCandidate } from '../rules/seating.rules';
import { SiteStore } from '../sites/site.store';
import { SeatingService } from './seating.service';
import { NewSeat, SeatingStore } from './seating.store';

const CENTRE: Actor = { userId: 1, role: 'CENTRE_ADMIN', organisationId: 1, baseId: null, cityId: null, traineeId: null };
const NOW = '2024-03-25T01:00:00.000Z';
const SESSION_ID = 7;

const site = { id: 3, sessionId: SESSION_ID, code: 'FZ', name: '福州考点', address: '福州市' } as ExamSite;
const slot = (id: number, capacity: number, roomId = 'G1') => ({ id, siteId: 3, date: '2024-04-19', startsAt: '08:00', endsAt: '11:30', rooms: [{ id: roomId, name: '第一考场', capacity }] }) as ExamSlot;
const candidate = (signupId: number): SeatingCandidate & { name: string } => ({ signupId, traineeId: 500 + signupId, baseId: 11, cityId: 2, name: `考生${signupId}` });
const seatOf = (id: number, signupId: number, seat: number, slotId = 1, roomId = 'G1') => ({ id, sessionId: SESSION_ID, signupId, slotId, roomId, seat, assignedAt: new Date('2024-03-01T00:00:00Z') });

/** The three stores in memory; every call is logged with its manager, so order and transaction can be checked. */
function setUp(options: { session?: boolean; sites?: ExamSite[]; slots?: ExamSlot[]; candidates?: Array<SeatingCandidate & { name: string }>; seats?: SeatAssignmentRecord[] }) {
  const calls: Array<{ call: string; manager: EntityManager }> = [];
  const log = (call: string, manager: EntityManager) => calls.push({ call, manager });
  const seats = {
    rows: [...(options.seats ?? [])],
    removed: [] as number[][],
    inserted: [] as NewSeat[][],
    async ofSession(manager: EntityManager, sessionId: number) {
      log('seats.ofSession', manager);
      return seats.rows.filter((s) => s.sessionId === sessionId);
    },
    async remove(manager: EntityManager, ids: number[]) {
      log('seats.remove', manager);
      seats.removed.push(ids);
    },
    async insert(manager: EntityManager, rows: NewSeat[]) {
      log('seats.insert', manager);
      seats.inserted.push(rows);
    },
  };
  const sites = {
    async sitesOfSession(manager: EntityManager, sessionId: number) {
      log('sites.sitesOfSession', manager);
      return (options.sites ?? [site]).filter((s) => s.sessionId === sessionId);
    },
    async slotsOfSites(manager: EntityManager, siteIds: number[]) {
      log('sites.slotsOfSites', manager);
      return (options.slots ?? []).filter((s) => siteIds.includes(s.siteId));
    },
  };
  const assessment = {
    async lockedSession(manager: EntityManager, sessionId: number) {
      log('assessment.lockedSession', manager);
      return options.session === false ? null : ({ id: sessionId } as AssessmentSession);
    },
    async approvedSkillsCandidates(manager: EntityManager, _sessionId: number) {
      log('assessment.approvedSkillsCandidates', manager);
      return options.candidates ?? [];
    },
  };
  const audit = {
    entries: [] as Array<{ actor: Actor; entry: AuditEntry }>,
    async record(manager: EntityManager, actor: Actor, entry: AuditEntry) {
      log('audit.record', manager);
      audit.entries.push({ actor, entry });
    },
  };
  const transaction = { id: 'the run' } as unknown as EntityManager;
  const transactions = { async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> { return work(transaction); } };
  const service = new SeatingService(
    transactions as unknown as DataSource,
    seats as unknown as SeatingStore,
    sites as unknown as SiteStore,
    assessment as unknown as AssessmentReadStore,
    audit as unknown as AuditService,
    new FixedClock(NOW),
  );
  return { service, calls, seats, audit, transaction };
}

describe('TK-4 SeatingService.run, on fake stores', () => {
  it('TK-4 an unknown session is refused after its lock is asked for, before anything else is read', async () => {
    const { service, calls } = setUp({ session: false });
    await expect(service.run(CENTRE, SESSION_ID)).rejects.toMatchObject({ code: 'SESSION_NOT_FOUND' });
    expect(calls.map((c) => c.call)).toEqual(['assessment.lockedSession']);
  });

  it('TK-4 seats new candidates in one insert stamped with the clock, all in one transaction that first locks the session', async () => {
    const { service, calls, seats, audit, transaction } = setUp({ slots: [slot(1, 2)], candidates: [candidate(22), candidate(21)] });
    const report = await service.run(CENTRE, SESSION_ID);
    expect(report).toMatchObject({ sessionId: SESSION_ID, candidates: 2, seated: 2, newlySeated: 2, unseated: [] });
    expect(report.load).toEqual([{ slotId: '1', roomId: 'G1', capacity: 2, used: 2 }]);
    expect(seats.inserted).toEqual([
      [
        { sessionId: SESSION_ID, signupId: 21, slotId: 1, roomId: 'G1', seat: 1, assignedAt: new Date(NOW) },
        { sessionId: SESSION_ID, signupId: 22, slotId: 1, roomId: 'G1', seat: 2, assignedAt: new Date(NOW) },
      ],
    ]);
    expect(seats.removed).toEqual([]);
    expect(calls.map((c) => c.call)).toEqual([
      'assessment.lockedSession',
      'sites.sitesOfSession',
      'sites.slotsOfSites',
      'assessment.approvedSkillsCandidates',
      'seats.ofSession',
      'seats.insert',
      'audit.record',
    ]);
    expect(calls.every((c) => c.manager === transaction)).toBe(true);
    expect(audit.entries).toEqual([
      { actor: CENTRE, entry: { action: 'SEATING_RUN', entityType: 'assessment_session', entityId: SESSION_ID, after: { candidates: 2, seated: 2, newlySeated: 2, unseated: 0, dropped: 0 } } },
    ]);
  });

  it('TK-4 seats already given stay where they are and are neither deleted nor written again', async () => {
    const { service, seats } = setUp({ slots: [slot(1, 3)], candidates: [candidate(21), candidate(22)], seats: [seatOf(90, 22, 3)] });
    const report = await service.run(CENTRE, SESSION_ID);
    expect(report).toMatchObject({ candidates: 2, seated: 2, newlySeated: 1 });
    expect(seats.removed).toEqual([]);
    expect(seats.inserted).toEqual([[{ sessionId: SESSION_ID, signupId: 21, slotId: 1, roomId: 'G1', seat: 1, assignedAt: new Date(NOW) }]]);
  });

  it('TK-4 a run with nothing new writes no seat and still records the run', async () => {
    const { service, seats, audit } = setUp({ slots: [slot(1, 3)], candidates: [candidate(21)], seats: [seatOf(90, 21, 1)] });
    expect(await service.run(CENTRE, SESSION_ID)).toMatchObject({ candidates: 1, seated: 1, newlySeated: 0, unseated: [] });
    expect(seats.removed).toEqual([]);
    expect(seats.inserted).toEqual([]);
    expect(audit.entries[0].entry.after).toEqual({ candidates: 1, seated: 1, newlySeated: 0, unseated: 0, dropped: 0 });
  });

  it('TK-4 gives up the seat of a candidate no longer approved, and of a seat its room no longer has, reporting the latter by name', async () => {
    const { service, seats, audit } = setUp({
      slots: [slot(1, 3)],
      candidates: [candidate(21), candidate(23)],
      seats: [seatOf(90, 21, 1), seatOf(91, 22, 2), seatOf(92, 23, 1, 1, 'GONE')],
    });
    const report = await service.run(CENTRE, SESSION_ID);
    expect(seats.removed).toEqual([[91, 92]]);
    expect(seats.inserted).toEqual([]);
    expect(report.unseated).toEqual([expect.objectContaining({ signupId: 23, reason: 'EXISTING_SEAT_INVALID', name: '考生23' })]);
    expect(audit.entries[0].entry.after).toEqual({ candidates: 2, seated: 1, newlySeated: 0, unseated: 1, dropped: 2 });
  });

  it('TK-4 with no site defined nobody is seated, each reported by name for want of a seat', async () => {
    const { service, seats } = setUp({ sites: [], candidates: [candidate(21)] });
    const report = await service.run(CENTRE, SESSION_ID);
    expect(report).toMatchObject({ candidates: 1, seated: 0, newlySeated: 0, load: [] });
    expect(report.unseated).toEqual([expect.objectContaining({ signupId: 21, reason: 'NO_CAPACITY', name: '考生21' })]);
    expect(seats.inserted).toEqual([]);
  });

  it('TK-4 never over capacity: those beyond the last seat are reported, not seated', async () => {
    const { service, seats } = setUp({ slots: [slot(1, 1)], candidates: [candidate(21), candidate(22)] });
    const report = await service.run(CENTRE, SESSION_ID);
    expect(seats.inserted.flat().map((s) => s.signupId)).toEqual([21]);
    expect(report.unseated).toEqual([expect.objectContaining({ signupId: 22, reason: 'NO_CAPACITY', name: '考生22' })]);
  });
});
