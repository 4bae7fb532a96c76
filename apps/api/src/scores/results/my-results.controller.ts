import { Subject, SUBJECTS } from '@app/assessment';
import { Actor } from '@app/common/actor';
import { CandidateResultsService, CandidateSessionResults } from '@app/scores';
import { Controller, Get, Param, ParseEnumPipe, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../../http/actor.decorator';
import { ApiErrors } from '../../http/api-errors.decorator';
import { ApiResult } from '../../docs/api-result';

@ApiTags('my results')
@ApiBearerAuth()
@Roles('CANDIDATE')
@Controller('me/results')
export class MyResultsController {
  constructor(private readonly results: CandidateResultsService) {}

  @Get()
  @ApiOperation({ summary: 'SC-4: your published results per session and subject: score, pass/fail/absent, valid-until date, voiding; unpublished ones are not shown' })
  @ApiResult('CandidateSessionResults', { list: true })
  mine(@CurrentActor() actor: Actor): Promise<CandidateSessionResults[]> {
    return this.results.mine(actor);
  }

  @Post(':sessionId/:subject/recheck-requests')
  @ApiOperation({
    summary: 'SC-1: recheck requests are not accepted. THEORY → 409 RECHECK_NOT_ACCEPTED (standard scores); SKILLS → 409 RECHECK_NOT_AVAILABLE (contact the centre)',
  })
  @ApiParam({ name: 'subject', enum: SUBJECTS })
  @ApiErrors('RECHECK_NOT_ACCEPTED', 'RECHECK_NOT_AVAILABLE')
  recheck(
    @CurrentActor() actor: Actor,
    @Param('sessionId', ParseIntPipe) sessionId: number,
    @Param('subject', new ParseEnumPipe(SUBJECTS)) subject: Subject,
  ): Promise<never> {
    return this.results.requestRecheck(actor, sessionId, subject);
  }
}
