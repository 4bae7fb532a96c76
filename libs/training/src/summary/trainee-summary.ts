import { OrganisationService } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TraineeStore } from '../trainee.store';

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

/** Reads trainee summaries in chunks, for the libraries above training. */
@Injectable()
export class TraineeSummaries {
  constructor(
    private readonly trainees: TraineeStore,
    private readonly organisations: OrganisationService,
  ) {}

  /** Keyed by trainee id; unknown ids are left out. `manager` reads inside the caller's transaction. */
  async byIds(ids: Iterable<number>, manager?: EntityManager): Promise<Map<number, TraineeSummary>> {
    const rows = await this.trainees.summaryRows([...new Set(ids)], manager);
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
