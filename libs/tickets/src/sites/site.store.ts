import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { ExamSite } from '../entities/exam-site.entity';
import { ExamSlot } from '../entities/exam-slot.entity';

export interface SiteWithSlots extends ExamSite {
  slots: ExamSlot[];
}

export type NewSite = Pick<ExamSite, 'sessionId' | 'code' | 'name' | 'address'>;
export type NewSlot = Pick<ExamSlot, 'siteId' | 'date' | 'startsAt' | 'endsAt' | 'rooms'>;
export type SlotTime = Pick<ExamSlot, 'date' | 'startsAt' | 'endsAt'>;

/** Thrown by `insertSite` when the session already has a site with that code. */
export class DuplicateSiteCodeError extends Error {
  constructor(readonly code: string) {
    super(`duplicate site code ${code}`);
  }
}

/** Every SQL statement on exam_site and exam_slot. Methods taking a manager run inside the caller's transaction. */
@Injectable()
export class SiteStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The session's sites by code, each with its slots by day and start time. */
  async listOfSession(sessionId: number): Promise<SiteWithSlots[]> {
    const sites = await this.dataSource.getRepository(ExamSite).find({ where: { sessionId }, order: { code: 'ASC' } });
    const slots =
      sites.length === 0
        ? []
        : await this.dataSource
            .getRepository(ExamSlot)
            .createQueryBuilder('s')
            .where('s.siteId IN (:...ids)', { ids: sites.map((s) => s.id) })
            .orderBy('s.date')
            .addOrderBy('s.startsAt')
            .getMany();
    return sites.map((site) => ({ ...site, slots: slots.filter((slot) => slot.siteId === site.id) }));
  }

  sitesOfSession(manager: EntityManager, sessionId: number): Promise<ExamSite[]> {
    return manager.findBy(ExamSite, { sessionId });
  }

  async slotsOfSites(manager: EntityManager, siteIds: number[]): Promise<ExamSlot[]> {
    return siteIds.length === 0 ? [] : manager.createQueryBuilder(ExamSlot, 's').where('s.siteId IN (:...ids)', { ids: siteIds }).getMany();
  }

  siteOfSession(manager: EntityManager, siteId: number, sessionId: number): Promise<ExamSite | null> {
    return manager.findOneBy(ExamSite, { id: siteId, sessionId });
  }

  siteIsInSession(manager: EntityManager, siteId: number, sessionId: number): Promise<boolean> {
    return manager.existsBy(ExamSite, { id: siteId, sessionId });
  }

  async insertSite(manager: EntityManager, site: NewSite): Promise<ExamSite> {
    const created = manager.create(ExamSite, site);
    try {
      await manager.save(created);
    } catch (error) {
      if (error instanceof QueryFailedError && error.message.includes('uq_site_code')) throw new DuplicateSiteCodeError(site.code);
      throw error;
    }
    return created;
  }

  async insertSlot(manager: EntityManager, slot: NewSlot): Promise<ExamSlot> {
    const created = manager.create(ExamSlot, slot);
    await manager.save(created);
    return created;
  }

  /** The slot, its row locked until the transaction ends. */
  lockedSlot(manager: EntityManager, slotId: number): Promise<ExamSlot | null> {
    return manager.findOne(ExamSlot, { where: { id: slotId }, lock: { mode: 'pessimistic_write' } });
  }

  async moveSlot(manager: EntityManager, slotId: number, time: SlotTime): Promise<void> {
    await manager.update(ExamSlot, { id: slotId }, { date: time.date, startsAt: time.startsAt, endsAt: time.endsAt });
  }
}
