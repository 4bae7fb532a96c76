import { jsonValue } from '@app/common/sql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SeatAssignmentRecord } from '../entities/seat-assignment.entity';

export type NewSeat = Pick<SeatAssignmentRecord, 'sessionId' | 'signupId' | 'slotId' | 'roomId' | 'seat' | 'assignedAt'>;

/** A seated candidate as numbering sees it: the site's code, and whether a SKILLS ticket exists yet. */
export interface SeatToNumber {
  signupId: number;
  siteCode: string;
  numbered: boolean;
}

/** A candidate's seat with where and when, and the SKILLS ticket's number once issued. */
export interface CandidateSeatRow {
  signupId: number;
  siteCode: string;
  siteName: string;
  siteAddress: string;
  slotDate: string;
  startsAt: string;
  endsAt: string;
  roomId: string;
  roomName: string;
  seat: number;
  ticketNumber: string | null;
}

/** Every SQL statement on seat_assignment. Methods taking a manager run inside the caller's transaction. */
@Injectable()
export class SeatingStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  ofSession(manager: EntityManager, sessionId: number): Promise<SeatAssignmentRecord[]> {
    return manager.findBy(SeatAssignmentRecord, { sessionId });
  }

  async remove(manager: EntityManager, seatIds: number[]): Promise<void> {
    await manager.delete(SeatAssignmentRecord, seatIds);
  }

  /** FA-12: the session's SKILLS exam is called off: every seat is free again. */
  async releaseOfSession(manager: EntityManager, sessionId: number): Promise<void> {
    await manager.delete(SeatAssignmentRecord, { sessionId });
  }

  /** All the seats in one INSERT. */
  async insert(manager: EntityManager, seats: NewSeat[]): Promise<void> {
    await manager.insert(SeatAssignmentRecord, seats);
  }

  /** The seat of the trainee's centre-approved sign-up in the session; null when there is none (yet). */
  async seatOfTrainee(sessionId: number, traineeId: number): Promise<CandidateSeatRow | null> {
    const rows: Array<Omit<CandidateSeatRow, 'roomName'> & { rooms: unknown }> = await this.dataSource.query(
      `SELECT s.id AS signupId, site.code AS siteCode, site.name AS siteName, site.address AS siteAddress,
              slot.slot_date AS slotDate, slot.starts_at AS startsAt, slot.ends_at AS endsAt, slot.rooms,
              a.room_id AS roomId, a.seat, t.ticket_number AS ticketNumber
         FROM signup s
         JOIN seat_assignment a ON a.signup_id = s.id
         JOIN exam_slot slot ON slot.id = a.slot_id
         JOIN exam_site site ON site.id = slot.site_id
         LEFT JOIN admit_ticket t ON t.signup_id = s.id AND t.subject = 'SKILLS' AND t.status = 'ISSUED'
        WHERE s.session_id = ? AND s.trainee_id = ? AND s.status = 'APPROVED'`,
      [sessionId, traineeId],
    );
    const [row] = rows;
    if (!row) return null;
    const rooms = jsonValue<Array<{ id: string; name: string }>>(row.rooms) ?? [];
    return {
      signupId: Number(row.signupId),
      siteCode: row.siteCode,
      siteName: row.siteName,
      siteAddress: row.siteAddress,
      slotDate: row.slotDate,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      roomId: row.roomId,
      roomName: rooms.find((room) => room.id === row.roomId)?.name ?? row.roomId,
      seat: Number(row.seat),
      ticketNumber: row.ticketNumber,
    };
  }

  /** Every seat of the session in the order ticket numbers follow: day, start time, site, room, seat. */
  async inNumberingOrder(sessionId: number): Promise<SeatToNumber[]> {
    const rows: Array<{ signupId: number; siteCode: string; numbered: number }> = await this.dataSource.query(
      `SELECT a.signup_id AS signupId, site.code AS siteCode, t.id IS NOT NULL AS numbered
         FROM seat_assignment a JOIN exam_slot slot ON slot.id = a.slot_id JOIN exam_site site ON site.id = slot.site_id
         LEFT JOIN admit_ticket t ON t.signup_id = a.signup_id AND t.subject = 'SKILLS'
        WHERE a.session_id = ? ORDER BY slot.slot_date, slot.starts_at, site.code, a.room_id, a.seat`,
      [sessionId],
    );
    return rows.map((row) => ({ signupId: Number(row.signupId), siteCode: row.siteCode, numbered: Boolean(Number(row.numbered)) }));
  }
}
