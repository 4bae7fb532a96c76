import { Actor } from '@app/common/actor';
import { RecruitmentRoundDetail, RecruitmentRoundSummary, RoundCatalogue } from '@app/recruitment';
import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiResult } from '../../docs/api-result';
import { CurrentActor, Roles } from '../../http/actor.decorator';
import { ApiErrors } from '../../http/api-errors.decorator';

@ApiTags('recruitment rounds')
@ApiBearerAuth()
@Roles('CANDIDATE', 'BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN')
@Controller('recruitment/rounds')
export class RecruitmentRoundsController {
  constructor(private readonly rounds: RoundCatalogue) {}

  @Get()
  @ApiOperation({ summary: 'Recruitment rounds: an applicant sees every round open for sign-up now; staff every round of their own jurisdiction' })
  @ApiErrors('FORBIDDEN_SCOPE')
  @ApiResult('RecruitmentRoundSummary', { list: true, description: 'newest year first' })
  list(@CurrentActor() actor: Actor): Promise<RecruitmentRoundSummary[]> {
    return this.rounds.list(actor);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One round in plain terms: windows, applicant types, quotas per base (ids and names), choices, documents, review chain, policy' })
  @ApiErrors('ROUND_NOT_FOUND', 'ROUND_NOT_IN_JURISDICTION', 'FORBIDDEN_SCOPE')
  @ApiResult('RecruitmentRoundDetail')
  detail(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<RecruitmentRoundDetail> {
    return this.rounds.detail(actor, id);
  }
}
