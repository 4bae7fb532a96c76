import { affectedRows, placeholders } from '@app/common/sql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AdmissionRound, ApplicantType } from '../admission';
import type { PlacementStatus } from '../entities/recruitment-placement.entity';
import { insertInBatches } from '../admission-runs/admission-run.store';

export interface NewPlacement {
  applicationId: number;
  roundId: number;
  runId: number;
  baseId: number;
  applicantType: ApplicantType;
  admittedBy: AdmissionRound;
  noticeToken: string;
}

/** A place with what lists, reporting and notices need of its application. */
export interface PlacementRow {
  applicationId: number;
  roundId: number;
  runId: number;
  baseId: number;
  applicantType: ApplicantType;
  admittedBy: AdmissionRound;
  status: PlacementStatus;
  reportedOn: string | null;
  noShowReason: string | null;
  noShowByDeadline: boolean;
  recordedAt: Date | null;
  traineeId: number | null;
  noticeToken: string;
  noticeStatus: 'PENDING' | 'READY' | 'FAILED';
  noticeFileKey: string | null;
  version: number;
  accountId: number;
  name: string;
  idType: string;
  idHash: string;
  idCipher: string;
  idMasked: string;
}

const COLUMNS = `p.application_id, p.round_id, p.run_id, p.base_id, p.applicant_type, p.admitted_by, p.status, DATE_FORMAT(p.reported_on, '%Y-%m-%d') AS reported_on,
  p.no_show_reason, p.no_show_by_deadline, p.recorded_at, p.trainee_id, p.notice_token, p.notice_status, p.notice_file_key, p.version,
  a.account_id, a.name, a.id_type, a.id_hash, a.id_cipher, a.id_masked`;
const FROM = 'recruitment_placement p JOIN recruitment_application a ON a.id = p.application_id';

interface RawPlacement {
  application_id: number;
  round_id: number;
  run_id: number;
  base_id: number;
  applicant_type: ApplicantType;
  admitted_by: AdmissionRound;
  status: PlacementStatus;
  reported_on: string | null;
  no_show_reason: string | null;
  no_show_by_deadline: number;
  recorded_at: Date | null;
  trainee_id: number | null;
  notice_token: string;
  notice_status: PlacementRow['noticeStatus'];
  notice_file_key: string | null;
  version: number;
  account_id: number;
  name: string;
  id_type: string;
  id_hash: string;
  id_cipher: string;
  id_masked: string;
}

const toRow = (raw: RawPlacement): PlacementRow => ({
  applicationId: raw.application_id,
  roundId: raw.round_id,
  runId: raw.run_id,
  baseId: raw.base_id,
  applicantType: raw.applicant_type,
  admittedBy: raw.admitted_by,
  status: raw.status,
  reportedOn: raw.reported_on,
  noShowReason: raw.no_show_reason,
  noShowByDeadline: Boolean(raw.no_show_by_deadline),
  recordedAt: raw.recorded_at,
  traineeId: raw.trainee_id,
  noticeToken: raw.notice_token,
  noticeStatus: raw.notice_status,
  noticeFileKey: raw.notice_file_key,
  version: raw.version,
  accountId: raw.account_id,
  name: raw.name,
  idType: raw.id_type,
  idHash: raw.id_hash,
  idCipher: raw.id_cipher,
  idMasked: raw.id_masked,
});

/** SQL of recruitment_placement: places from publication on, their reporting and their admission notices. */
@Injectable()
export class PlacementStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertMany(manager: EntityManager, placements: readonly NewPlacement[]): Promise<void> {
    await insertInBatches(
      manager,
      'INSERT INTO recruitment_placement (application_id, round_id, run_id, base_id, applicant_type, admitted_by, notice_token)',
      '(?,?,?,?,?,?,?)',
      placements.map((p) => [p.applicationId, p.roundId, p.runId, p.baseId, p.applicantType, p.admittedBy, p.noticeToken]),
      () => 120,
    );
  }

  async byApplication(applicationId: number, manager: EntityManager = this.dataSource.manager): Promise<PlacementRow | null> {
    const rows: RawPlacement[] = await manager.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE p.application_id = ?`, [applicationId]);
    return rows.length === 0 ? null : toRow(rows[0]);
  }

  async lockedByApplication(manager: EntityManager, applicationId: number): Promise<PlacementRow | null> {
    const rows: RawPlacement[] = await manager.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE p.application_id = ? FOR UPDATE`, [applicationId]);
    return rows.length === 0 ? null : toRow(rows[0]);
  }

  async byNoticeToken(token: string): Promise<PlacementRow | null> {
    const rows: RawPlacement[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE p.notice_token = ?`, [token]);
    return rows.length === 0 ? null : toRow(rows[0]);
  }

  /** A round's places (of one base, or all), by base then name. */
  async ofRound(roundId: number, baseId: number | null): Promise<PlacementRow[]> {
    const rows: RawPlacement[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE p.round_id = ? ${baseId === null ? '' : 'AND p.base_id = ?'} ORDER BY p.base_id, a.name, p.application_id`,
      baseId === null ? [roundId] : [roundId, baseId],
    );
    return rows.map(toRow);
  }

  /** Compare-and-set on the version: the reporting of a place is recorded once. */
  async recordReport(
    manager: EntityManager,
    place: { applicationId: number; version: number },
    changes: { status: PlacementStatus; reportedOn: string | null; noShowReason: string | null; recordedBy: number | null; recordedAt: Date; traineeId: number | null },
  ): Promise<boolean> {
    const result: unknown = await manager.query(
      `UPDATE recruitment_placement SET status = ?, reported_on = ?, no_show_reason = ?, recorded_by = ?, recorded_at = ?, trainee_id = ?, version = version + 1
        WHERE application_id = ? AND version = ? AND status = 'ADMITTED'`,
      [changes.status, changes.reportedOn, changes.noShowReason, changes.recordedBy, changes.recordedAt, changes.traineeId, place.applicationId, place.version],
    );
    return affectedRows(result) === 1;
  }

  /** Rounds that still have places without a report: candidates for the deadline sweep. */
  async roundsWithOpenPlaces(): Promise<number[]> {
    const rows: Array<{ round_id: number }> = await this.dataSource.query(`SELECT DISTINCT round_id FROM recruitment_placement WHERE status = 'ADMITTED'`);
    return rows.map((row) => row.round_id);
  }

  /** The places still without a report, locked: a second sweeper waits here and then finds none. */
  async lockedOpenPlaces(manager: EntityManager, roundId: number): Promise<PlacementRow[]> {
    const rows: RawPlacement[] = await manager.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE p.round_id = ? AND p.status = 'ADMITTED' ORDER BY p.application_id FOR UPDATE`, [roundId]);
    return rows.map(toRow);
  }

  /** The conditional UPDATE of the sweep: only places still ADMITTED change, so each is marked once. */
  async markNoShowsByDeadline(manager: EntityManager, applicationIds: readonly number[], reason: string, at: Date): Promise<number> {
    let changed = 0;
    for (let start = 0; start < applicationIds.length; start += 1000) {
      const chunk = applicationIds.slice(start, start + 1000);
      const result: unknown = await manager.query(
        `UPDATE recruitment_placement SET status = 'NO_SHOW', no_show_reason = ?, no_show_by_deadline = 1, recorded_at = ?, version = version + 1
          WHERE application_id IN (${placeholders(chunk.length)}) AND status = 'ADMITTED'`,
        [reason, at, ...chunk],
      );
      changed += affectedRows(result);
    }
    return changed;
  }

  // ---------- admission notices ----------

  async pendingNoticeIds(limit = 5000): Promise<number[]> {
    const rows: Array<{ application_id: number }> = await this.dataSource.query(`SELECT application_id FROM recruitment_placement WHERE notice_status = 'PENDING' ORDER BY application_id LIMIT ?`, [limit]);
    return rows.map((row) => row.application_id);
  }

  /** Locked until marked, so a copy of the same job waits and then skips what is rendered. */
  async lockedDueNotices(manager: EntityManager, applicationIds: readonly number[]): Promise<PlacementRow[]> {
    if (applicationIds.length === 0) return [];
    const rows: RawPlacement[] = await manager.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE p.application_id IN (${placeholders(applicationIds.length)}) AND p.notice_status <> 'READY' ORDER BY p.application_id FOR UPDATE`,
      [...applicationIds],
    );
    return rows.map(toRow);
  }

  async markNoticeReady(manager: EntityManager, applicationId: number, fileKey: string): Promise<void> {
    await manager.query(`UPDATE recruitment_placement SET notice_status = 'READY', notice_file_key = ?, notice_error = NULL WHERE application_id = ?`, [fileKey, applicationId]);
  }

  async markNoticeFailed(manager: EntityManager, applicationId: number, error: string): Promise<void> {
    await manager.query(`UPDATE recruitment_placement SET notice_status = 'FAILED', notice_error = ? WHERE application_id = ?`, [error.slice(0, 500), applicationId]);
  }
}
