import { affectedRows } from '@app/common/sql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import type { ApplicantType } from '../admission';
import type { BanRecord } from '../bans';
import type { DocumentKind } from '../documents';
import { RecruitmentApplicant } from '../entities/recruitment-applicant.entity';
import { RecruitmentApplication } from '../entities/recruitment-application.entity';
import { RecruitmentBan } from '../entities/recruitment-ban.entity';
import { RecruitmentDocument } from '../entities/recruitment-document.entity';
import type { Jurisdiction } from '../jurisdiction';
import type { ReviewStatus } from '../review';

/** Who sees which applications in a list (RC-5 scope); drafts are the applicant's alone. */
export type ApplicationListScope =
  | { kind: 'AUTHORITY'; jurisdiction: Jurisdiction }
  | { kind: 'CITY'; jurisdiction: Jurisdiction; cityId: number; cityBaseIds: number[] }
  | { kind: 'BASE'; jurisdiction: Jurisdiction; baseId: number };

export interface ApplicationListFilter {
  roundId?: number;
  status?: ReviewStatus;
  applicantType?: ApplicantType;
  baseId?: number;
}

export type ApplicationChanges = Partial<Omit<RecruitmentApplication, 'id' | 'roundId' | 'accountId' | 'version' | 'createdAt' | 'updatedAt'>>;

const isDuplicateKey = (error: unknown): boolean => (error as { code?: string; errno?: number }).code === 'ER_DUP_ENTRY';

/** SQL of recruitment_applicant, recruitment_application, recruitment_document and the reads of recruitment_ban. */
@Injectable()
export class ApplicationStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // --- applicants

  /** False when the person (ID hash) has an applicant account already. */
  async insertApplicant(manager: EntityManager, applicant: Omit<RecruitmentApplicant, 'createdAt'>): Promise<boolean> {
    try {
      await manager.insert(RecruitmentApplicant, applicant);
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  applicant(accountId: number): Promise<RecruitmentApplicant | null> {
    return this.dataSource.manager.findOneBy(RecruitmentApplicant, { accountId });
  }

  // --- applications

  /** Null when the account or the person applied in the round already (the unique keys decide, whatever races). */
  async insertApplication(manager: EntityManager, row: Partial<RecruitmentApplication>): Promise<number | null> {
    try {
      const result = await manager.insert(RecruitmentApplication, row);
      return Number((result.identifiers[0] as { id: number }).id);
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
  }

  byId(id: number, manager: EntityManager = this.dataSource.manager): Promise<RecruitmentApplication | null> {
    return manager.findOneBy(RecruitmentApplication, { id });
  }

  lockedById(manager: EntityManager, id: number): Promise<RecruitmentApplication | null> {
    return manager.getRepository(RecruitmentApplication).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  ofAccount(accountId: number): Promise<RecruitmentApplication[]> {
    return this.dataSource.manager.find(RecruitmentApplication, { where: { accountId }, order: { id: 'DESC' } });
  }

  /** Compare-and-set on the version: false when someone changed the row since `version` was read. */
  async updateIfVersion(manager: EntityManager, id: number, version: number, changes: ApplicationChanges): Promise<boolean> {
    const result = await manager.update(RecruitmentApplication, { id, version }, { ...changes, version: version + 1 });
    return result.affected === 1;
  }

  /** RC-5 sweep: RETURNED and past its deadline, oldest deadline first. */
  async returnsDue(now: Date, limit: number): Promise<Array<{ id: number }>> {
    const rows: Array<{ id: number }> = await this.dataSource.query(
      "SELECT id FROM recruitment_application WHERE status = 'RETURNED' AND correct_by <= ? ORDER BY correct_by, id LIMIT ?",
      [now, limit],
    );
    return rows.map((row) => ({ id: Number(row.id) }));
  }

  /** The conditional withdrawal: only while still RETURNED past its deadline, so two sweeps withdraw it once. */
  async withdrawIfStillReturned(manager: EntityManager, id: number, now: Date): Promise<boolean> {
    return (
      affectedRows(
        await manager.query(
          "UPDATE recruitment_application SET status = 'WITHDRAWN', version = version + 1 WHERE id = ? AND status = 'RETURNED' AND correct_by <= ?",
          [id, now],
        ),
      ) === 1
    );
  }

  async list(scope: ApplicationListScope, filter: ApplicationListFilter, paging: { limit: number; offset: number } | null): Promise<{ rows: RecruitmentApplication[]; total: number }> {
    const query = this.dataSource
      .getRepository(RecruitmentApplication)
      .createQueryBuilder('a')
      .innerJoin('recruitment_round', 'r', 'r.id = a.round_id')
      .where('r.jurisdiction = :jurisdiction', { jurisdiction: scope.jurisdiction })
      .andWhere("a.status <> 'DRAFT'");
    if (scope.kind === 'BASE') query.andWhere('(a.choice1_base_id = :scopeBase OR a.choice2_base_id = :scopeBase)', { scopeBase: scope.baseId });
    if (scope.kind === 'CITY') {
      query.andWhere(
        new Brackets((where) => {
          where.where('a.employer_city_id = :scopeCity', { scopeCity: scope.cityId });
          if (scope.cityBaseIds.length > 0) {
            where.orWhere('a.choice1_base_id IN (:...cityBases)', { cityBases: scope.cityBaseIds }).orWhere('a.choice2_base_id IN (:...cityBases)', { cityBases: scope.cityBaseIds });
          }
        }),
      );
    }
    if (filter.roundId !== undefined) query.andWhere('a.round_id = :roundId', { roundId: filter.roundId });
    if (filter.status !== undefined) query.andWhere('a.status = :status', { status: filter.status });
    if (filter.applicantType !== undefined) query.andWhere('a.applicant_type = :applicantType', { applicantType: filter.applicantType });
    if (filter.baseId !== undefined) query.andWhere('(a.choice1_base_id = :filterBase OR a.choice2_base_id = :filterBase)', { filterBase: filter.baseId });
    query.orderBy('a.id', 'ASC');
    if (paging) query.take(paging.limit).skip(paging.offset);
    const [rows, total] = await query.getManyAndCount();
    return { rows, total };
  }

  // --- documents

  documents(applicationId: number, manager: EntityManager = this.dataSource.manager): Promise<RecruitmentDocument[]> {
    return manager.find(RecruitmentDocument, { where: { applicationId }, order: { kind: 'ASC' } });
  }

  document(applicationId: number, kind: DocumentKind): Promise<RecruitmentDocument | null> {
    return this.dataSource.manager.findOneBy(RecruitmentDocument, { applicationId, kind });
  }

  /** One document per kind: a new upload replaces the row of its kind. */
  async upsertDocument(manager: EntityManager, row: Omit<RecruitmentDocument, 'id'>): Promise<void> {
    await manager.query(
      `INSERT INTO recruitment_document (application_id, kind, storage_key, sha256, bytes, uploaded_at) VALUES (?, ?, ?, ?, ?, ?)
       ON DUPLICATE KEY UPDATE storage_key = VALUES(storage_key), sha256 = VALUES(sha256), bytes = VALUES(bytes), uploaded_at = VALUES(uploaded_at)`,
      [row.applicationId, row.kind, row.storageKey, row.sha256, row.bytes, row.uploadedAt],
    );
  }

  // --- bans (RC-8): every record of the ID number, from every round and jurisdiction

  async bansOf(idHash: string, manager: EntityManager = this.dataSource.manager): Promise<BanRecord[]> {
    const rows = await manager.find(RecruitmentBan, { where: { idHash }, order: { occurredOn: 'ASC', id: 'ASC' } });
    return rows.map((row) => row.record);
  }
}
