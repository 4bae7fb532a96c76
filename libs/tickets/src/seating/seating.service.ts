import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { Clock } from '@app/common/time';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '@app/common/errors';
import { AssessmentReadStore } from '../assessment-reads/assessment-read.store';
import { assignSeats, SlotRoomLoad, UnseatedCandidate } from '../rules/seating.rules';
import { SiteStore } from '../sites/site.store';
import { SeatingStore } from './seating.store';

export interface SeatingReport {
  sessionId: number;
  candidates: number;
  seated: number;
  newlySeated: number;
  unseated: Array<UnseatedCandidate & { name: string }>;
  load: SlotRoomLoad[];
}

/** TK-4: where and when the candidate sits the skills assessment. */
export interface CandidateSeat {
  sessionId: number;
  subject: 'SKILLS';
  site: { code: string; name: string; address: string };
  /** the day (YYYY-MM-DD) and Beijing times (HH:mm) */
  slot: { date: string; startsAt: string; endsAt: string };
  room: { id: string; name: string };
  seat: number;
  /** once the ticket is numbered */
  ticketNumber: string | null;
}

/**
 * TK-4: seats every centre-approved SKILLS candidate with the pure seating rule and stores the result.
 * Runs of one session are serialised by a lock on the session row; seats already given never move.
 */
@Injectable()
export class SeatingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly seats: SeatingStore,
    private readonly sites: SiteStore,
    private readonly assessment: AssessmentReadStore,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** TK-4: the candidate's own seat in the session, once the centre approved the sign-up and seated it. */
  async mySeat(actor: Actor, sessionId: number): Promise<CandidateSeat> {
    if (actor.role !== 'CANDIDATE' || actor.traineeId === null) throw new DomainError('FORBIDDEN_ROLE');
    if (!(await this.assessment.sessionById(sessionId))) throw new DomainError('SESSION_NOT_FOUND');
    const row = await this.seats.seatOfTrainee(sessionId, actor.traineeId);
    if (!row) throw new DomainError('SEAT_NOT_ASSIGNED');
    return {
      sessionId,
      subject: 'SKILLS',
      site: { code: row.siteCode, name: row.siteName, address: row.siteAddress },
      slot: { date: row.slotDate, startsAt: row.startsAt, endsAt: row.endsAt },
      room: { id: row.roomId, name: row.roomName },
      seat: row.seat,
      ticketNumber: row.ticketNumber,
    };
  }

  async run(actor: Actor, sessionId: number): Promise<SeatingReport> {
    return this.dataSource.transaction(async (manager) => {
      const session = await this.assessment.lockedSession(manager, sessionId);
      if (!session) throw new DomainError('SESSION_NOT_FOUND');
      const sites = await this.sites.sitesOfSession(manager, sessionId);
      const slots = await this.sites.slotsOfSites(manager, sites.map((s) => s.id));
      const candidates = await this.assessment.approvedSkillsCandidates(manager, sessionId);
      const existing = await this.seats.ofSession(manager, sessionId);

      const result = assignSeats({
        sites: sites.map((s) => ({ id: String(s.id), name: s.name, address: s.address, code: s.code })),
        slots: slots.map((s) => ({ id: String(s.id), siteId: String(s.siteId), date: s.date, startsAt: s.startsAt, endsAt: s.endsAt, rooms: s.rooms })),
        candidates,
        existing: existing.map((e) => ({ signupId: e.signupId, slotId: String(e.slotId), roomId: e.roomId, seat: e.seat })),
      });

      // Seats of withdrawn candidates, or made invalid by a configuration change, are given up.
      const kept = new Set(result.assignments.map((a) => a.signupId));
      const dropped = existing.filter((e) => !kept.has(e.signupId) || result.newlySeated.some((n) => n.signupId === e.signupId));
      if (dropped.length > 0) await this.seats.remove(manager, dropped.map((d) => d.id));
      const now = this.clock.now();
      if (result.newlySeated.length > 0) {
        await this.seats.insert(
          manager,
          result.newlySeated.map((a) => ({ sessionId, signupId: a.signupId, slotId: Number(a.slotId), roomId: a.roomId, seat: a.seat, assignedAt: now })),
        );
      }
      const names = new Map(candidates.map((c) => [c.signupId, c.name]));
      const report: SeatingReport = {
        sessionId,
        candidates: candidates.length,
        seated: result.assignments.length,
        newlySeated: result.newlySeated.length,
        unseated: result.unseated.map((u) => ({ ...u, name: names.get(u.signupId) ?? '' })),
        load: result.load,
      };
      await this.audit.record(manager, actor, {
        action: 'SEATING_RUN',
        entityType: 'assessment_session',
        entityId: sessionId,
        after: { candidates: report.candidates, seated: report.seated, newlySeated: report.newlySeated, unseated: report.unseated.length, dropped: dropped.length },
      });
      return report;
    });
  }
}
