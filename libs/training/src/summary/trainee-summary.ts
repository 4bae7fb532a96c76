import { OrganisationService } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * What lists, exports and standing views of other libraries show of a trainee: the ID number only
 * masked, the base and city by name. The one projection of a trainee outside training.
 */
export interface TraineeSummary {
  id: number;
  name: string;
  idNumberMasked: string;
  baseId: number;
  baseName: string;
  cityId: number;
  cityName: string;
  cohort: string;
  rotationEndDate: string;
  processAssessmentPassed: boolean;
  retrainingRequired: boolean;
  hasPhoto: boolean;
  photoLocked: boolean;
}

interface SummaryRow {
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

/** Ids per statement: lists and exports may hold tens of thousands. */
const CHUNK = 1_000;

const SUMMARY_COLUMNS = `t.id AS id, t.name AS name, t.id_masked AS idMasked, t.base_id AS baseId, t.city_id AS cityId, t.cohort AS cohort,
  t.rotation_end_date AS rotationEndDate, t.process_assessment_passed AS processAssessmentPassed,
  t.retraining_required AS retrainingRequired, t.photo_key AS photoKey, t.photo_locked AS photoLocked`;

/** Reads trainee summaries in chunks, for the libraries above training. */
@Injectable()
export class TraineeSummaries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationService,
  ) {}

  /** Keyed by trainee id; unknown ids are left out. `manager` reads inside the caller's transaction. */
  async byIds(ids: Iterable<number>, manager: EntityManager = this.dataSource.manager): Promise<Map<number, TraineeSummary>> {
    const unique = [...new Set(ids)];
    const rows: SummaryRow[] = [];
    for (let start = 0; start < unique.length; start += CHUNK) {
      const chunk = unique.slice(start, start + CHUNK);
      rows.push(...(await manager.query(`SELECT ${SUMMARY_COLUMNS} FROM trainee t WHERE t.id IN (${chunk.map(() => '?').join(',')})`, chunk)));
    }
    if (rows.length === 0) return new Map();
    const organisation = await this.organisations.resolver();
    return new Map(
      rows.map((row) => {
        const baseId = Number(row.baseId);
        const cityId = Number(row.cityId);
        const summary: TraineeSummary = {
          id: Number(row.id),
          name: row.name,
          idNumberMasked: row.idMasked,
          baseId,
          baseName: organisation(baseId)?.name ?? '',
          cityId,
          cityName: organisation(cityId)?.name ?? '',
          cohort: row.cohort,
          rotationEndDate: row.rotationEndDate,
          processAssessmentPassed: Boolean(Number(row.processAssessmentPassed)),
          retrainingRequired: Boolean(Number(row.retrainingRequired)),
          hasPhoto: row.photoKey !== null,
          photoLocked: Boolean(Number(row.photoLocked)),
        };
        return [summary.id, summary];
      }),
    );
  }
}
