import type { AttemptVoidKind } from '@app/assessment/entities/subject-attempt.entity';
import { AttemptOutcome, Subject, SubjectAttempt } from '@app/assessment/rules';
import { LocalDate } from '@app/common/time';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { countingAttemptSql } from '@app/assessment/attempts/counting-attempts';

/** Rows per IN (...) list. */
const CHUNK = 5_000;

export interface OrganisationDirectory {
  nameOf(id: number): string;
  cityOfBase(baseId: number): number | null;
}

/** A published (or pre-platform) result, as the trainee and the base may see it. */
export interface CountedAttempt extends SubjectAttempt {
  sessionId: number | null;
  score: string | null;
  voidKind: AttemptVoidKind | null;
  voidReason: string | null;
}

/** The trainee facts the standing views need, with the organisation names shown beside them. */
export interface TraineeFacts {
  id: number;
  name: string;
  idNumberMasked: string;
  baseId: number;
  baseName: string;
  cityId: number;
  cityName: string;
  cohort: string;
  rotationEndDate: LocalDate;
  processAssessmentPassed: boolean;
  /** FA-6: the photo the centre approved at sign-up is locked, so the certificate uses that same photo */
  photoConsistent: boolean;
  retrainingRequired: boolean;
}

interface TraineeRow {
  id: number;
  name: string;
  idMasked: string;
  baseId: number;
  cityId: number;
  cohort: string;
  rotationEndDate: string;
  processAssessmentPassed: number | string;
  photoLocked: number | string;
  photoKey: string | null;
  retrainingRequired: number | string;
}

const TRAINEE_COLUMNS = `t.id AS id, t.name AS name, t.id_masked AS idMasked, t.base_id AS baseId, t.city_id AS cityId, t.cohort AS cohort,
  t.rotation_end_date AS rotationEndDate, t.process_assessment_passed AS processAssessmentPassed, t.photo_locked AS photoLocked,
  t.photo_key AS photoKey, t.retraining_required AS retrainingRequired`;

/** Reads shared by the standing views: trainee facts and counting results, in chunks. */
@Injectable()
export class StandingReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The organisation tree (a few dozen rows), read per request: this module does not import identity's cache. */
  async organisations(): Promise<OrganisationDirectory> {
    const rows: Array<{ id: number; name: string; kind: string; cityId: number | null }> = await this.dataSource.query(
      'SELECT id, name, kind, city_id AS cityId FROM organisation',
    );
    const byId = new Map(rows.map((row) => [Number(row.id), row]));
    return {
      nameOf: (id) => byId.get(id)?.name ?? '',
      cityOfBase: (baseId) => {
        const row = byId.get(baseId);
        return row?.kind === 'BASE' && row.cityId !== null ? Number(row.cityId) : null;
      },
    };
  }

  /** Published and pre-platform results, voided ones included (a voided sitting still used its year). */
  async countingAttempts(traineeIds: readonly number[], manager: EntityManager = this.dataSource.manager): Promise<Map<number, CountedAttempt[]>> {
    const result = new Map<number, CountedAttempt[]>(traineeIds.map((id) => [id, []]));
    for (let start = 0; start < traineeIds.length; start += CHUNK) {
      const chunk = traineeIds.slice(start, start + CHUNK);
      const rows: Array<{
        traineeId: number;
        sessionId: number | null;
        subject: Subject;
        year: number;
        outcome: AttemptOutcome;
        score: string | null;
        voided: number | string;
        voidKind: AttemptVoidKind | null;
        voidReason: string | null;
      }> = await manager.query(
        `SELECT a.trainee_id AS traineeId, a.session_id AS sessionId, a.subject, a.year, a.outcome, a.score, a.voided, a.void_kind AS voidKind, a.void_reason AS voidReason
           FROM subject_attempt a WHERE a.trainee_id IN (${chunk.map(() => '?').join(',')}) AND ${countingAttemptSql('a')}
          ORDER BY a.year, a.subject`,
        chunk,
      );
      for (const row of rows) {
        result.get(Number(row.traineeId))?.push({
          sessionId: row.sessionId === null ? null : Number(row.sessionId),
          subject: row.subject,
          year: Number(row.year),
          outcome: row.outcome,
          score: row.score,
          voided: Boolean(Number(row.voided)),
          voidKind: row.voidKind,
          voidReason: row.voidReason,
        });
      }
    }
    return result;
  }

  async trainee(id: number): Promise<TraineeFacts | null> {
    const [row] = await this.trainees([id]);
    return row ?? null;
  }

  /** In the order of `ids`; unknown ids are left out. */
  async trainees(ids: readonly number[]): Promise<TraineeFacts[]> {
    const found = new Map<number, TraineeRow>();
    for (let start = 0; start < ids.length; start += CHUNK) {
      const chunk = ids.slice(start, start + CHUNK);
      const rows: TraineeRow[] = await this.dataSource.query(`SELECT ${TRAINEE_COLUMNS} FROM trainee t WHERE t.id IN (${chunk.map(() => '?').join(',')})`, chunk);
      for (const row of rows) found.set(Number(row.id), row);
    }
    const organisations = await this.organisations();
    return ids.flatMap((id) => {
      const row = found.get(id);
      if (!row) return [];
      const baseId = Number(row.baseId);
      const cityId = Number(row.cityId);
      return [
        {
          id,
          name: row.name,
          idNumberMasked: row.idMasked,
          baseId,
          baseName: organisations.nameOf(baseId),
          cityId,
          cityName: organisations.nameOf(cityId),
          cohort: row.cohort,
          rotationEndDate: row.rotationEndDate,
          processAssessmentPassed: Boolean(Number(row.processAssessmentPassed)),
          photoConsistent: Boolean(Number(row.photoLocked)) && row.photoKey !== null,
          retrainingRequired: Boolean(Number(row.retrainingRequired)),
        },
      ];
    });
  }
}
