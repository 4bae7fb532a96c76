import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import type { TraineePlacement } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NewTrainee, TraineeSignupFacts, TraineeStore } from './trainee.store';
import { isDuplicateKey } from '@app/common/sql';

export type { NewTrainee, TraineeSignupFacts } from './trainee.store';

/**
 * What the libraries above training may read and change of a trainee, besides its summary
 * (TraineeSummaries): they never touch the trainee table themselves. Methods taking a manager run
 * inside the caller's transaction, so a change lands with the decision that caused it.
 */
@Injectable()
export class TraineeRecords {
  constructor(
    private readonly store: TraineeStore,
    private readonly audit: AuditService,
  ) {}

  /**
   * RC-9: a recruited trainee who reported to their base becomes a trainee of that base, training from the report
   * day (cohort: its year; rotation end: the last day of the training years). Audited in the caller's transaction;
   * null when a trainee of this ID number exists already (the caller refuses the arrival).
   */
  async enrolRecruited(manager: EntityManager, actor: Actor, trainee: NewTrainee, reason: string): Promise<number | null> {
    let id: number;
    try {
      id = await this.store.insertOne(manager, trainee);
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
    await this.audit.record(manager, actor, {
      action: 'TRAINEE_ENROLLED_FROM_RECRUITMENT',
      entityType: 'trainee',
      entityId: id,
      scopeBaseId: trainee.baseId,
      reason,
      after: { name: trainee.name, idMasked: trainee.idMasked, baseId: trainee.baseId, cohort: trainee.cohort, rotationEndDate: trainee.rotationEndDate },
    });
    return id;
  }

  /** The sign-up path's facts of these trainees, in one round trip; unknown ids are left out. */
  signupFacts(ids: readonly number[]): Promise<TraineeSignupFacts[]> {
    return this.store.signupFacts(ids);
  }

  async placement(manager: EntityManager, traineeId: number): Promise<TraineePlacement | null> {
    const trainee = await this.store.byId(traineeId, manager);
    return trainee ? { baseId: trainee.baseId, cityId: trainee.cityId } : null;
  }

  /**
   * FA-3: a sign-up refused for the three-year limit marks the trainee (自费重新培训), so the base and the
   * centre see it. Audited once, by the writer that set the mark; false when it was set already.
   */
  async markRetrainingRequired(manager: EntityManager, actor: Actor, trainee: { id: number; baseId: number; rotationEndDate: string }): Promise<boolean> {
    if (!(await this.store.markRetrainingRequired(manager, trainee.id))) return false;
    await this.audit.record(manager, actor, {
      action: 'TRAINEE_RETRAINING_REQUIRED',
      entityType: 'trainee',
      entityId: trainee.id,
      scopeBaseId: trainee.baseId,
      reason: 'FA-3',
      after: { retrainingRequired: true, rotationEndDate: trainee.rotationEndDate },
    });
    return true;
  }

  /** FA-6: once the centre approved a sign-up, the photo may not change. */
  lockPhoto(manager: EntityManager, traineeId: number): Promise<void> {
    return this.store.lockPhoto(manager, traineeId);
  }

  /** Whom the e-mail channel writes to: each found trainee's name and address (null when they gave none). */
  async mailRecipients(traineeIds: readonly number[]): Promise<Map<number, { name: string; email: string | null }>> {
    const rows = await this.store.mailRecipients(traineeIds);
    return new Map(rows.map((row) => [row.id, { name: row.name, email: row.email }]));
  }

  /** For other libraries' name filters: the trainees whose name contains `text`. */
  idsWithNameContaining(text: string): Promise<number[]> {
    return this.store.idsWithNameContaining(text);
  }

  /** Keyed by ID-number look-up hash (PersonalDataCipher.lookupHash); hashes of nobody on a roster are left out. */
  async byIdHash(idHashes: readonly string[]): Promise<Map<string, { id: number; baseId: number }>> {
    const rows = await this.store.placementsByIdHash(idHashes);
    return new Map(rows.map((row) => [row.idHash, { id: row.id, baseId: row.baseId }]));
  }
}
