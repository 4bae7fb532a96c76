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
