import type { Actor } from '@app/common/actor';
import { DomainError } from '@app/common/errors';
import { OrganisationService } from '@app/identity';
import { Injectable } from '@nestjs/common';
import type { Jurisdiction } from '../jurisdiction';
import type { ReviewLevel } from '../review';
import { recruitmentStanding, RecruitmentStanding, reviewLevelOf } from './recruitment-access';

/** recruitment-access.ts over the organisation tree (cached by OrganisationService). */
@Injectable()
export class RecruitmentAccess {
  constructor(private readonly organisations: OrganisationService) {}

  async standing(actor: Actor): Promise<RecruitmentStanding | null> {
    const resolve = await this.organisations.resolver();
    return recruitmentStanding(actor, (id) => resolve(id));
  }

  /** The jurisdictions whose rounds the actor may list: its own; an applicant every one (rounds are public). */
  async visibleJurisdictions(actor: Actor): Promise<Jurisdiction[] | null> {
    const standing = await this.standing(actor);
    if (standing === null) throw new DomainError('FORBIDDEN_SCOPE');
    return standing.kind === 'APPLICANT' ? null : [standing.jurisdiction];
  }

  /** Refuses anyone but the round's authority. */
  async assertAuthority(actor: Actor, jurisdiction: Jurisdiction): Promise<void> {
    const standing = await this.standing(actor);
    if (standing?.kind !== 'AUTHORITY') throw new DomainError('FORBIDDEN_SCOPE');
    if (standing.jurisdiction !== jurisdiction) throw new DomainError('ROUND_NOT_IN_JURISDICTION');
  }

  /** The level the actor reviews at in a round of `jurisdiction`, or a refusal. */
  async reviewLevel(actor: Actor, jurisdiction: Jurisdiction): Promise<ReviewLevel> {
    const level = reviewLevelOf(await this.standing(actor), jurisdiction);
    if (level === null) throw new DomainError('ROUND_NOT_IN_JURISDICTION');
    return level;
  }
}
