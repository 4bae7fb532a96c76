import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { isValidLocalDate } from '@app/common/time';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AssessmentReadStore } from '../assessment-reads/assessment-read.store';
import { ExamSite } from '../entities/exam-site.entity';
import { ExamSlot } from '../entities/exam-slot.entity';
import { SeatingRoom } from '../rules/seating.rules';
import { isValidSiteCode } from '../rules/ticket-number.rules';
import { DuplicateSiteCodeError, SiteStore, SiteWithSlots } from './site.store';

export type { SiteWithSlots } from './site.store';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** TK-4: the centre defines the skills-assessment sites of a session, their days, slots and rooms. */
@Injectable()
export class SiteService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sites: SiteStore,
    private readonly assessment: AssessmentReadStore,
    private readonly audit: AuditService,
  ) {}

  async list(sessionId: number): Promise<SiteWithSlots[]> {
    return this.sites.listOfSession(sessionId);
  }

  async createSite(actor: Actor, sessionId: number, site: { code: string; name: string; address: string }): Promise<ExamSite> {
    if (!isValidSiteCode(site.code)) throw new DomainError('SESSION_CONFIG_INVALID', { problems: ['site code must be 2 capital letters or digits'] });
    return this.dataSource
      .transaction(async (manager) => {
        if (!(await this.assessment.sessionExists(manager, sessionId))) throw new DomainError('SESSION_NOT_FOUND');
        const created = await this.sites.insertSite(manager, { sessionId, ...site });
        await this.audit.record(manager, actor, { action: 'EXAM_SITE_CREATED', entityType: 'exam_site', entityId: created.id, after: { sessionId, ...site } });
        return created;
      })
      .catch((error: unknown) => {
        if (error instanceof DuplicateSiteCodeError) throw new DomainError('SESSION_CONFIG_INVALID', { problems: [`site code ${site.code} is already used in this session`] });
        throw error;
      });
  }

  async createSlot(actor: Actor, sessionId: number, siteId: number, slot: { date: string; startsAt: string; endsAt: string; rooms: SeatingRoom[] }): Promise<ExamSlot> {
    const problems: string[] = [];
    if (!isValidLocalDate(slot.date)) problems.push('date must be YYYY-MM-DD');
    if (!TIME.test(slot.startsAt) || !TIME.test(slot.endsAt) || slot.startsAt >= slot.endsAt) problems.push('a slot runs from HH:mm to a later HH:mm');
    const roomIds = slot.rooms.map((r) => r.id);
    if (slot.rooms.length === 0 || new Set(roomIds).size !== roomIds.length) problems.push('at least one room, each id once');
    if (slot.rooms.some((r) => !Number.isInteger(r.capacity) || r.capacity < 0)) problems.push('room capacity must be a whole number ≥ 0');
    if (problems.length > 0) throw new DomainError('SESSION_CONFIG_INVALID', { problems });
    return this.dataSource.transaction(async (manager) => {
      const site = await this.sites.siteOfSession(manager, siteId, sessionId);
      if (!site) throw new DomainError('NOT_FOUND');
      const created = await this.sites.insertSlot(manager, { siteId, ...slot });
      await this.audit.record(manager, actor, { action: 'EXAM_SLOT_CREATED', entityType: 'exam_slot', entityId: created.id, after: { sessionId, siteId, ...slot } });
      return created;
    });
  }
}
