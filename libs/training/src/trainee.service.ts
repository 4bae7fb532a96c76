import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { AppConfig } from '@app/common/config';
import { PersonalDataCipher } from '@app/common/crypto';
import { DomainError } from '@app/common/errors';
import { reencodeWithoutMetadata, validatePhoto } from '@app/common/photo';
import { FileStorage } from '@app/common/storage';
import { OrganisationService } from '@app/identity/organisation.service';
import { assertAccess, resolveBaseFilter } from '@app/identity/scope.policy';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ROTATION_FACT_FIELDS, RotationFactsEvents } from './rotation-facts.events';
import { Trainee } from './trainee.entity';
import { TraineeChanges, TraineeStore } from './trainee.store';
import { toTraineeView, TraineeView } from './trainee-view';

export interface TraineeListQuery {
  baseId?: number;
  cityId?: number;
  name?: string;
  page: number;
  pageSize: number;
}

export interface TraineeEdit {
  expectedVersion: number;
  reason: string;
  name?: string;
  cohort?: string;
  rotationEndDate?: string;
  phaseTheoryPassed?: boolean;
  processAssessmentPassed?: boolean;
  retrainingRequired?: boolean;
}

export interface ProfileEdit {
  phone?: string;
  /** null removes the address */
  email?: string | null;
  sex?: 'M' | 'F';
  birthDate?: string;
}

@Injectable()
export class TraineeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly trainees: TraineeStore,
    private readonly organisations: OrganisationService,
    private readonly audit: AuditService,
    private readonly cipher: PersonalDataCipher,
    private readonly storage: FileStorage,
    private readonly config: AppConfig,
    private readonly rotationFacts: RotationFactsEvents,
  ) {}

  async list(actor: Actor, query: TraineeListQuery): Promise<{ items: TraineeView[]; total: number }> {
    const scope = resolveBaseFilter(actor, query, await this.organisations.cityOfBaseResolver());
    const { items, total } = await this.trainees.list({
      baseId: scope.kind === 'BASE' ? scope.baseId : undefined,
      cityId: scope.kind === 'CITY' ? scope.cityId : undefined,
      traineeId: scope.kind === 'TRAINEE' ? scope.traineeId : undefined,
      name: query.name,
      page: query.page,
      pageSize: query.pageSize,
    });
    return { items: items.map(toTraineeView), total };
  }

  async get(actor: Actor, id: number): Promise<TraineeView> {
    return toTraineeView(await this.loadScoped(actor, id));
  }

  /** Only for those who need the full number (base and centre staff); every look is audited. */
  async revealIdNumber(actor: Actor, id: number): Promise<{ idType: string; idNumber: string }> {
    const trainee = await this.loadScoped(actor, id);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, actor, { action: 'ID_NUMBER_REVEALED', entityType: 'trainee', entityId: id, scopeBaseId: trainee.baseId }),
    );
    return { idType: trainee.idType, idNumber: this.cipher.decrypt(trainee.idCipher) };
  }

  async edit(actor: Actor, id: number, edit: TraineeEdit): Promise<TraineeView> {
    return this.dataSource.transaction(async (manager) => {
      const trainee = await this.trainees.lockedById(manager, id);
      if (!trainee) throw new DomainError('NOT_FOUND');
      assertAccess(actor, trainee);
      if (trainee.version !== edit.expectedVersion) throw new DomainError('CONFLICT', { currentVersion: trainee.version });
      // Clearing "retraining required" means the trainee was retrained: a centre decision.
      if (edit.retrainingRequired !== undefined && actor.role !== 'CENTRE_ADMIN') throw new DomainError('FORBIDDEN_ROLE');
      const fields = ['name', 'cohort', 'rotationEndDate', 'phaseTheoryPassed', 'processAssessmentPassed', 'retrainingRequired'] as const;
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const field of fields) {
        const value = edit[field];
        if (value === undefined || value === trainee[field]) continue;
        before[field] = trainee[field];
        after[field] = value;
        Object.assign(trainee, { [field]: value });
      }
      if (Object.keys(after).length === 0) return toTraineeView(trainee);
      trainee.version += 1;
      await this.trainees.update(manager, id, { ...(after as TraineeChanges), version: trainee.version });
      if (ROTATION_FACT_FIELDS.some((field) => field in after)) {
        await this.rotationFacts.changed(manager, { traineeIds: [id], cause: { action: 'TRAINEE_UPDATED', actor } });
      }
      await this.audit.record(manager, actor, { action: 'TRAINEE_UPDATED', entityType: 'trainee', entityId: id, scopeBaseId: trainee.baseId, reason: edit.reason, before, after });
      return toTraineeView(trainee);
    });
  }

  async editProfile(actor: Actor, edit: ProfileEdit): Promise<TraineeView> {
    const id = this.ownTraineeId(actor);
    return this.dataSource.transaction(async (manager) => {
      const trainee = await this.trainees.lockedById(manager, id);
      if (!trainee) throw new DomainError('NOT_FOUND');
      // For resident IDs, sex and birth date come from the number itself and cannot be edited.
      const derived = trainee.idType === 'RESIDENT_ID' || trainee.idType === 'HMT_RESIDENCE_PERMIT';
      const changes: Partial<Trainee> = {};
      if (edit.phone !== undefined) changes.phone = edit.phone;
      if (edit.email !== undefined && edit.email !== trainee.email) changes.email = edit.email;
      if (!derived && edit.sex !== undefined) changes.sex = edit.sex;
      if (!derived && edit.birthDate !== undefined) changes.birthDate = edit.birthDate;
      if (Object.keys(changes).length === 0) return toTraineeView(trainee);
      const before = Object.fromEntries(Object.keys(changes).map((key) => [key, trainee[key as keyof Trainee]]));
      Object.assign(trainee, changes);
      trainee.version += 1;
      await this.trainees.update(manager, id, { ...changes, version: trainee.version });
      await this.audit.record(manager, actor, { action: 'PROFILE_UPDATED', entityType: 'trainee', entityId: id, scopeBaseId: trainee.baseId, before, after: changes });
      return toTraineeView(trainee);
    });
  }

  /**
   * FA-6: a real JPEG within the configured limits; stored before the row points at it. The checks judge the
   * upload itself: type, byte size and the pixel limit only mean something on what was sent (re-encoding would
   * turn a PNG or a bomb into a fine JPEG), and the dimension and background checks already see it upright.
   * What is stored and served is the accepted photo re-encoded without its metadata (GPS, camera).
   */
  async uploadPhoto(actor: Actor, content: Buffer): Promise<TraineeView> {
    const id = this.ownTraineeId(actor);
    const current = await this.trainees.byId(id);
    if (!current) throw new DomainError('NOT_FOUND');
    if (current.photoLocked) throw new DomainError('PHOTO_LOCKED');
    const checked = await validatePhoto(content, this.config.photoPolicy);
    const photo = await reencodeWithoutMetadata(content, { maxPixels: this.config.photoPolicy.maxPixels });
    const key = `photos/${id}/${photo.sha256}.jpg`;
    await this.storage.put(key, photo.content);
    return this.dataSource.transaction(async (manager) => {
      const trainee = await this.trainees.lockedById(manager, id);
      if (!trainee) throw new DomainError('NOT_FOUND');
      if (trainee.photoLocked) throw new DomainError('PHOTO_LOCKED');
      const before = { photoSha256: trainee.photoSha256 };
      trainee.photoKey = key;
      trainee.photoSha256 = photo.sha256;
      trainee.version += 1;
      await this.trainees.update(manager, id, { photoKey: key, photoSha256: photo.sha256, version: trainee.version });
      await this.audit.record(manager, actor, {
        action: 'PHOTO_UPLOADED',
        entityType: 'trainee',
        entityId: id,
        scopeBaseId: trainee.baseId,
        before,
        after: { photoSha256: photo.sha256, width: photo.width, height: photo.height, bytes: photo.bytes, uploadedBytes: checked.bytes, uploadedSha256: checked.sha256 },
      });
      return toTraineeView(trainee);
    });
  }

  /** Photos are served only to those whose scope covers the trainee. */
  async photo(actor: Actor, id: number): Promise<Buffer> {
    const trainee = await this.loadScoped(actor, id);
    if (!trainee.photoKey) throw new DomainError('NOT_FOUND');
    return this.storage.get(trainee.photoKey);
  }

  async loadScoped(actor: Actor, id: number): Promise<Trainee> {
    const trainee = await this.trainees.byId(id);
    if (!trainee) throw new DomainError('NOT_FOUND');
    assertAccess(actor, { baseId: trainee.baseId, cityId: trainee.cityId, traineeId: trainee.id });
    return trainee;
  }

  ownTraineeId(actor: Actor): number {
    if (actor.role !== 'CANDIDATE' || actor.traineeId === null) throw new DomainError('FORBIDDEN_ROLE');
    return actor.traineeId;
  }
}
