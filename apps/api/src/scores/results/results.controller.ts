import { Subject, SUBJECTS } from '@app/assessment';
import { Actor } from '@app/common/actor';
import {
  AttemptChangesService,
  AttemptView,
  JudgedAttemptView,
  PublicationView,
  ResultListService,
  ResultPublicationService,
  SkillsEntryService,
} from '@app/scores';
import { Body, Controller, Get, HttpCode, Param, ParseEnumPipe, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../../http/actor.decorator';
import { ApiErrors } from '../../http/api-errors.decorator';
import { CorrectionDto, PublishDto, ResultListQuery, SkillsEntryDto, VoidDto } from './results.dto';
import { ApiResult } from '../../docs/api-result';
import { ResultPage } from '../../docs/response-types';

@ApiTags('results')
@ApiBearerAuth()
@Controller()
export class ResultsController {
  constructor(
    private readonly publications: ResultPublicationService,
    private readonly lists: ResultListService,
    private readonly entries: SkillsEntryService,
    private readonly changes: AttemptChangesService,
  ) {}

  @Roles('CENTRE_ADMIN')
  @Post('sessions/:sessionId/results/:subject/publish')
  @HttpCode(200)
  @ApiOperation({
    summary: 'SC-4: publish one subject of a session; its results become visible to candidates and count. Final. ' +
      'Errors: RESULTS_ALREADY_PUBLISHED, RESULTS_INCOMPLETE (approved candidates without a result, unless acknowledged with a reason), SESSION_NOT_FOUND',
  })
  @ApiParam({ name: 'subject', enum: SUBJECTS })
  @ApiErrors('RESULTS_ALREADY_PUBLISHED', 'RESULTS_INCOMPLETE', 'SESSION_NOT_FOUND', 'SESSION_IS_CANCELLED', 'SESSION_SUBJECT_IS_CANCELLED')
  @ApiResult('PublicationView')
  publish(
    @CurrentActor() actor: Actor,
    @Param('sessionId', ParseIntPipe) sessionId: number,
    @Param('subject', new ParseEnumPipe(SUBJECTS)) subject: Subject,
    @Body() dto: PublishDto,
  ): Promise<PublicationView> {
    return this.publications.publish(actor, sessionId, subject, dto.reason, dto.acknowledgeMissing === true);
  }

  @Roles('BASE_REVIEWER', 'CENTRE_ADMIN')
  @Get('sessions/:sessionId/results/publication')
  @ApiOperation({ summary: 'SC-4: which subjects of the session are published (the centre also sees result and missing counts)' })
  @ApiErrors('SESSION_NOT_FOUND')
  @ApiResult('PublicationView', { list: true })
  publication(@CurrentActor() actor: Actor, @Param('sessionId', ParseIntPipe) sessionId: number): Promise<PublicationView[]> {
    return this.publications.status(actor, sessionId);
  }

  @Roles('BASE_REVIEWER', 'CENTRE_ADMIN')
  @Get('sessions/:sessionId/results')
  @ApiOperation({ summary: 'A session\'s results for review, masked ID numbers: the centre all (published or not), a base its own published ones' })
  @ApiErrors('SESSION_NOT_FOUND', 'FORBIDDEN_SCOPE', 'ORGANISATION_NOT_FOUND')
  @ApiResult('ResultPage')
  list(
    @CurrentActor() actor: Actor,
    @Param('sessionId', ParseIntPipe) sessionId: number,
    @Query() query: ResultListQuery,
  ): Promise<ResultPage> {
    const { page, pageSize, ...filter } = query;
    return this.lists.list(actor, sessionId, filter, page, pageSize);
  }

  @Roles('CENTRE_ADMIN')
  @Put('sessions/:sessionId/skills-scores/:traineeId')
  @ApiOperation({
    summary: 'SC-2: enter one candidate\'s four station scores, judged by the session\'s skills rule (audited). ' +
      'Errors: SCORE_INVALID (with reasons), SCORE_NOT_SIGNED_UP, PASS_RULE_NOT_SET, SCORE_PUBLISHED, CONFLICT',
  })
  @ApiErrors('SCORE_INVALID', 'SCORE_NOT_SIGNED_UP', 'PASS_RULE_NOT_SET', 'SCORE_PUBLISHED', 'CONFLICT', 'ATTEMPT_ALREADY_VOIDED', 'SESSION_NOT_FOUND', 'SESSION_IS_CANCELLED', 'SESSION_SUBJECT_IS_CANCELLED')
  @ApiResult('JudgedAttemptView')
  enterSkills(
    @CurrentActor() actor: Actor,
    @Param('sessionId', ParseIntPipe) sessionId: number,
    @Param('traineeId', ParseIntPipe) traineeId: number,
    @Body() dto: SkillsEntryDto,
  ): Promise<JudgedAttemptView> {
    return this.entries.enter(actor, sessionId, traineeId, dto);
  }

  @Roles('CENTRE_ADMIN')
  @Post('attempts/:id/corrections')
  @HttpCode(200)
  @ApiOperation({
    summary: 'SC-4 / FA-13: correct a published result with a reason; re-judged by the session\'s rule, audited before/after. ' +
      'Errors: RESULTS_NOT_PUBLISHED (enter or re-import instead), SCORE_INVALID, ATTEMPT_NOT_FOUND, ATTEMPT_ALREADY_VOIDED, CONFLICT',
  })
  @ApiErrors('REASON_REQUIRED', 'RESULTS_NOT_PUBLISHED', 'SCORE_INVALID', 'PASS_RULE_NOT_SET', 'ATTEMPT_NOT_FOUND', 'ATTEMPT_ALREADY_VOIDED', 'CONFLICT')
  @ApiResult('JudgedAttemptView')
  correct(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: CorrectionDto): Promise<JudgedAttemptView> {
    return this.changes.correct(actor, id, dto);
  }

  @Roles('CENTRE_ADMIN')
  @Post('attempts/:id/void')
  @HttpCode(200)
  @ApiOperation({ summary: 'SC-8 / FA-11: void a result (exam-rule violation or false information), audited. Errors: ATTEMPT_ALREADY_VOIDED, ATTEMPT_NOT_FOUND' })
  @ApiErrors('REASON_REQUIRED', 'ATTEMPT_ALREADY_VOIDED', 'ATTEMPT_NOT_FOUND')
  @ApiResult('AttemptView')
  void(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: VoidDto): Promise<AttemptView> {
    return this.changes.void(actor, id, dto.kind, dto.reason);
  }
}
