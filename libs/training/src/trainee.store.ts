import { PreparedStatements } from '@app/database/prepared-statements';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Trainee } from './trainee.entity';
import { TraineeView } from './trainee-view';

export interface TraineeListFilter {
  baseId?: number;
  cityId?: number;
  traineeId?: number;
  /** Part of the name. */
  name?: string;
  page: number;
  pageSize: number;
}

/** A trainee as a roster row gives it; the rest starts unset. */
export type NewTrainee = Omit<Trainee, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'phone' | 'email' | 'photoKey' | 'photoSha256' | 'photoLocked' | 'retrainingRequired'>;

export type TraineeChanges = Partial<Omit<Trainee, 'id' | 'createdAt' | 'updatedAt'>>;

/** What the sign-up path reads of a trainee: FA-2's rotation facts, FA-3's mark, FA-6's profile. */
export type TraineeSignupFacts = Pick<
  TraineeView,
  'id' | 'name' | 'baseId' | 'cityId' | 'cohort' | 'rotationEndDate' | 'phaseTheoryPassed' | 'processAssessmentPassed' | 'retrainingRequired' | 'sex' | 'birthDate' | 'phone' | 'hasPhoto'
>;

interface SignupFactsRow extends Omit<TraineeSignupFacts, 'phaseTheoryPassed' | 'processAssessmentPassed' | 'retrainingRequired' | 'hasPhoto'> {
  phaseTheoryPassed: number;
  processAssessmentPassed: number;
  retrainingRequired: number;
  hasPhoto: number;
}

const signupFactsSql = (count: number) => `
SELECT t.id, t.name, t.base_id AS baseId, t.city_id AS cityId, t.cohort, t.rotation_end_date AS rotationEndDate,
  t.phase_theory_passed AS phaseTheoryPassed, t.process_assessment_passed AS processAssessmentPassed,
  t.retraining_required AS retrainingRequired, t.sex, t.birth_date AS birthDate, t.phone, t.photo_key IS NOT NULL AS hasPhoto
FROM trainee t WHERE t.id IN (${Array.from({ length: count }, () => '?').join(', ')})`;

/** The columns TraineeSummaries shows, as read. */
export interface TraineeSummaryRow {
  id: number;
  name: string;
  idMasked: string;
  baseId: number;
  cityId: number;
  cohort: string;
  rotationEndDate: string;
  processAssessmentPassed: number | string;
  retrainingRequired: number | string;
  photoKey: string | null;
  photoLocked: number | string;
}

/** Ids per summary statement: lists and exports may hold tens of thousands. */
const SUMMARY_CHUNK = 5_000;

const SUMMARY_COLUMNS = `t.id AS id, t.name AS name, t.id_masked AS idMasked, t.base_id AS baseId, t.city_id AS cityId, t.cohort AS cohort,
  t.rotation_end_date AS rotationEndDate, t.process_assessment_passed AS processAssessmentPassed,
  t.retraining_required AS retrainingRequired, t.photo_key AS photoKey, t.photo_locked AS photoLocked`;

/** Values per statement, for look-ups by long lists. */
const CHUNK = 1000;
const INSERT_CHUNK = 500;

/** Every SQL statement on trainee. Methods taking a manager run inside the caller's transaction. */
@Injectable()
export class TraineeStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly statements: PreparedStatements,
  ) {}

  byId(id: number, manager: EntityManager = this.dataSource.manager): Promise<Trainee | null> {
    return manager.findOneBy(Trainee, { id });
  }

  /** The row locked until the transaction ends, so concurrent changes to one trainee queue up. */
  lockedById(manager: EntityManager, id: number): Promise<Trainee | null> {
    return manager.findOne(Trainee, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Summary columns of these trainees, in chunks; unknown ids are left out. */
  async summaryRows(ids: readonly number[], manager: EntityManager = this.dataSource.manager): Promise<TraineeSummaryRow[]> {
    const rows: TraineeSummaryRow[] = [];
    for (let start = 0; start < ids.length; start += SUMMARY_CHUNK) {
      const chunk = ids.slice(start, start + SUMMARY_CHUNK);
      rows.push(...(await manager.query(`SELECT ${SUMMARY_COLUMNS} FROM trainee t WHERE t.id IN (${chunk.map(() => '?').join(',')})`, chunk)));
    }
    return rows;
  }

  byIdHash(idHash: string): Promise<Trainee | null> {
    return this.dataSource.getRepository(Trainee).findOne({ where: { idHash } });
  }

  async byIdHashes(idHashes: readonly string[]): Promise<Trainee[]> {
    const trainees: Trainee[] = [];
    for (let i = 0; i < idHashes.length; i += CHUNK) {
      trainees.push(...(await this.dataSource.getRepository(Trainee).findBy({ idHash: In(idHashes.slice(i, i + CHUNK)) })));
    }
    return trainees;
  }

  /** Id, ID-number hash and base only: what matching another list by ID number needs. */
  async placementsByIdHash(idHashes: readonly string[]): Promise<Array<{ id: number; idHash: string; baseId: number }>> {
    const rows: Array<{ id: number; idHash: string; baseId: number }> = [];
    for (let i = 0; i < idHashes.length; i += CHUNK) {
      const chunk = idHashes.slice(i, i + CHUNK);
      rows.push(...(await this.dataSource.query(`SELECT id, id_hash AS idHash, base_id AS baseId FROM trainee WHERE id_hash IN (${chunk.map(() => '?').join(', ')})`, chunk)));
    }
    return rows.map((row) => ({ id: Number(row.id), idHash: row.idHash, baseId: Number(row.baseId) }));
  }

  async idsWithNameContaining(text: string): Promise<number[]> {
    const rows: Array<{ id: number }> = await this.dataSource
      .getRepository(Trainee)
      .createQueryBuilder('t')
      .select('t.id', 'id')
      .where('t.name LIKE :name', { name: `%${escapeLike(text)}%` })
      .getRawMany();
    return rows.map((row) => Number(row.id));
  }

  async list(filter: TraineeListFilter): Promise<{ items: Trainee[]; total: number }> {
    const qb = this.dataSource.getRepository(Trainee).createQueryBuilder('t');
    if (filter.baseId !== undefined) qb.andWhere('t.baseId = :baseId', { baseId: filter.baseId });
    if (filter.cityId !== undefined) qb.andWhere('t.cityId = :cityId', { cityId: filter.cityId });
    if (filter.traineeId !== undefined) qb.andWhere('t.id = :id', { id: filter.traineeId });
    if (filter.name) qb.andWhere('t.name LIKE :name', { name: `%${escapeLike(filter.name)}%` });
    const [items, total] = await qb
      .orderBy('t.id', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  /**
   * The sign-up burst's read, as one prepared statement. Callers pad `ids` (repeating one) to a few list
   * lengths, so the statement text, and the server's plan of it, is reused.
   */
  async signupFacts(ids: readonly number[]): Promise<TraineeSignupFacts[]> {
    const rows = await this.statements.execute<SignupFactsRow[]>(signupFactsSql(ids.length), [...ids]);
    return rows.map((row) => ({
      ...row,
      phaseTheoryPassed: Boolean(row.phaseTheoryPassed),
      processAssessmentPassed: Boolean(row.processAssessmentPassed),
      retrainingRequired: Boolean(row.retrainingRequired),
      hasPhoto: Boolean(row.hasPhoto),
    }));
  }

  /** Name and e-mail address of each trainee found, for the e-mail channel. */
  async mailRecipients(ids: readonly number[]): Promise<Array<{ id: number; name: string; email: string | null }>> {
    const rows: Array<{ id: number; name: string; email: string | null }> = [];
    for (let start = 0; start < ids.length; start += CHUNK) {
      const chunk = ids.slice(start, start + CHUNK);
      rows.push(...(await this.dataSource.query(`SELECT id, name, email FROM trainee WHERE id IN (${chunk.map(() => '?').join(', ')})`, chunk)));
    }
    return rows.map((row) => ({ id: Number(row.id), name: row.name, email: row.email }));
  }

  async update(manager: EntityManager, id: number, changes: TraineeChanges): Promise<void> {
    await manager.update(Trainee, { id }, changes);
  }

  /** Compare-and-set: applies the changes (and the next version) only while the row still has `version`. */
  async updateIfVersion(manager: EntityManager, id: number, version: number, changes: TraineeChanges): Promise<boolean> {
    const result = await manager.update(Trainee, { id, version }, { ...changes, version: version + 1 });
    return result.affected === 1;
  }

  /** New trainees start unmarked, with an unlocked photo. */
  async insertMany(manager: EntityManager, trainees: readonly NewTrainee[]): Promise<void> {
    for (let i = 0; i < trainees.length; i += INSERT_CHUNK) {
      await manager.insert(
        Trainee,
        trainees.slice(i, i + INSERT_CHUNK).map((fields) => ({ ...fields, retrainingRequired: false, photoLocked: false, version: 1 })),
      );
    }
  }

  /** One new trainee, answering its id; a trainee of the same ID number already there fails on the unique hash. */
  async insertOne(manager: EntityManager, trainee: NewTrainee): Promise<number> {
    const result = await manager.insert(Trainee, { ...trainee, retrainingRequired: false, photoLocked: false, version: 1 });
    return Number((result.identifiers[0] as { id: number }).id);
  }

  /** Sets the retraining mark; false when it was already set, so only one writer records it. */
  async markRetrainingRequired(manager: EntityManager, id: number): Promise<boolean> {
    const result: { affectedRows: number } = await manager.query('UPDATE trainee SET retraining_required = 1, version = version + 1 WHERE id = ? AND retraining_required = 0', [id]);
    return result.affectedRows === 1;
  }

  async lockPhoto(manager: EntityManager, id: number): Promise<void> {
    await manager.update(Trainee, { id }, { photoLocked: true, version: () => 'version + 1' });
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
