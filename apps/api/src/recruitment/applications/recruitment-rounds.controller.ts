import { Actor } from '@app/common/actor';
import { DomainError } from '@app/common/errors';
import { JURISDICTION_INFO, RecruitmentAccess, RecruitmentRoundDetail, RecruitmentRoundSummary, RoundCatalogue } from '@app/recruitment';
import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiResult } from '../../docs/api-result';
import { CurrentActor, Roles } from '../../http/actor.decorator';
import { ApiErrors } from '../../http/api-errors.decorator';
import type { RecruitmentStandingView } from '../../docs/recruitment-application-types';

@ApiTags('recruitment rounds')
@ApiBearerAuth()
@Roles('CANDIDATE', 'BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN')
@Controller('recruitment')
export class RecruitmentRoundsController {
  constructor(
    private readonly rounds: RoundCatalogue,
    private readonly access: RecruitmentAccess,
  ) {}

  @Roles('BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN')
  @Get('me/standing')
  @ApiOperation({ summary: 'What the signed-in staff member is in recruitment: the authority of a jurisdiction, a city commission or a base of it (the portal picks its pages by it)' })
  @ApiErrors('FORBIDDEN_SCOPE')
  @ApiResult('RecruitmentStandingView')
  async standing(@CurrentActor() actor: Actor): Promise<RecruitmentStandingView> {
    const standing = await this.access.standing(actor);
    if (standing === null || standing.kind === 'APPLICANT') throw new DomainError('FORBIDDEN_SCOPE');
    return {
      kind: standing.kind,
      jurisdiction: standing.jurisdiction,
      jurisdictionName: JURISDICTION_INFO[standing.jurisdiction].name,
      cityId: standing.kind === 'AUTHORITY' ? null : standing.cityId,
      baseId: standing.kind === 'BASE' ? standing.baseId : null,
    };
  }

  @Get('rounds')
  @ApiOperation({ summary: 'Recruitment rounds: an applicant sees every round open for sign-up now; staff every round of their own jurisdiction' })
  @ApiErrors('FORBIDDEN_SCOPE')
  @ApiResult('RecruitmentRoundSummary', { list: true, description: 'newest year first' })
  list(@CurrentActor() actor: Actor): Promise<RecruitmentRoundSummary[]> {
    return this.rounds.list(actor);
  }

  @Get('rounds/:id')
  @ApiOperation({ summary: 'One round in plain terms: windows, applicant types, quotas per base (ids and names), choices, documents, review chain, policy' })
  @ApiErrors('ROUND_NOT_FOUND', 'ROUND_NOT_IN_JURISDICTION', 'FORBIDDEN_SCOPE')
  @ApiResult('RecruitmentRoundDetail')
  detail(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<RecruitmentRoundDetail> {
    return this.rounds.detail(actor, id);
  }
}
