import { Actor } from '@app/common/actor';
import { AppConfig } from '@app/common/config';
import { ErrorCode } from '@app/common/errors';
import { AssessmentRound, RankingImportReport, RankingScoreView, RankingService, SCORE_FILE_COLUMNS, StoredScorePage } from '@app/recruitment';
import { Body, Controller, Get, Param, ParseEnumPipe, ParseIntPipe, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { ApiResult } from '../../docs/api-result';
import { ApiTableUpload } from '../../docs/file-docs';
import { CurrentActor, Roles } from '../../http/actor.decorator';
import { ApiErrors } from '../../http/api-errors.decorator';
import { PagingQuery } from '../../http/paging.dto';
import { readSingleUpload } from '../../http/uploads';
import { ASSESSMENT_ROUNDS, CommitQuery, ScoreDto } from './admission.dto';

/** Who may read a round's scores: the entry's own scope, without the freeze (stored scores stay readable). */
const READ_ERRORS: ErrorCode[] = ['ROUND_NOT_FOUND', 'ROUND_NOT_IN_JURISDICTION', 'FORBIDDEN_SCOPE', 'RANKING_KIND_MISMATCH'];
const SCOPE_ERRORS: ErrorCode[] = [...READ_ERRORS, 'RANKING_CLOSED'];
const FILE_NOTES = 'One row per applicant of the round (approved in review); every row is checked (ID number, name, scope, duplicates, score) and reported. With commit=true every row is written or, if any row is in error, none (RANKING_FILE_INVALID, with the report).';

@ApiTags('recruitment: ranking')
@ApiBearerAuth()
@Controller('recruitment/rounds/:roundId')
export class RankingController {
  constructor(
    private readonly ranking: RankingService,
    private readonly config: AppConfig,
  ) {}

  @Roles('CENTRE_ADMIN', 'CITY_REVIEWER')
  @Get('ranking-scores')
  @ApiOperation({
    summary: 'RC-6: the centre ranking scores stored so far: every applicant the authority may score (CENTRE_RANKING rounds), with its score or null, paged',
    description: 'The same applicants and scope as the entry: the round’s authority only, approved applications of its own jurisdiction’s round.',
  })
  @ApiErrors(...READ_ERRORS)
  @ApiResult('StoredScorePage')
  listRanking(@CurrentActor() actor: Actor, @Param('roundId', ParseIntPipe) roundId: number, @Query() query: PagingQuery): Promise<StoredScorePage> {
    return this.ranking.listRankingScores(actor, roundId, query.page, query.pageSize);
  }

  @Roles('CENTRE_ADMIN', 'CITY_REVIEWER')
  @Put('ranking-scores/:applicationId')
  @ApiOperation({ summary: 'RC-6: the authority enters the centre ranking score of one applicant (CENTRE_RANKING rounds)' })
  @ApiErrors(...SCOPE_ERRORS, 'APPLICANT_NOT_IN_ROUND', 'RANKING_SCORE_INVALID')
  @ApiResult('RankingScoreView')
  setRanking(@CurrentActor() actor: Actor, @Param('roundId', ParseIntPipe) roundId: number, @Param('applicationId', ParseIntPipe) applicationId: number, @Body() dto: ScoreDto): Promise<RankingScoreView> {
    return this.ranking.setRankingScore(actor, roundId, applicationId, dto.score);
  }

  @Roles('CENTRE_ADMIN', 'CITY_REVIEWER')
  @Post('ranking-scores/import')
  @ApiTableUpload('The centre ranking file', SCORE_FILE_COLUMNS, FILE_NOTES)
  @ApiOperation({ summary: 'RC-6: import the centre ranking scores (CSV in UTF-8 or GBK, or XLSX); preview, or commit all rows or none' })
  @ApiErrors(...SCOPE_ERRORS, 'RANKING_FILE_INVALID')
  @ApiResult('RankingImportReport')
  async importRanking(@CurrentActor() actor: Actor, @Param('roundId', ParseIntPipe) roundId: number, @Query() query: CommitQuery, @Req() request: FastifyRequest): Promise<RankingImportReport> {
    const file = await readSingleUpload(request, this.config.http.uploadMaxBytes);
    return this.ranking.importRanking(actor, roundId, file, query.commit);
  }

  @Roles('BASE_REVIEWER')
  @Get('assessment-scores/:choiceRound')
  @ApiOperation({
    summary: 'RC-6: a base’s assessment scores of one choice round stored so far, with its score or null, paged (BASE_ASSESSMENT rounds)',
    description: 'The same applicants as the entry: those who chose this base in that round (the adjustment round: those who accept adjustment); never another base’s scores.',
  })
  @ApiParam({ name: 'choiceRound', enum: ASSESSMENT_ROUNDS })
  @ApiErrors(...READ_ERRORS)
  @ApiResult('StoredScorePage')
  listAssessment(
    @CurrentActor() actor: Actor,
    @Param('roundId', ParseIntPipe) roundId: number,
    @Param('choiceRound', new ParseEnumPipe(ASSESSMENT_ROUNDS)) choiceRound: AssessmentRound,
    @Query() query: PagingQuery,
  ): Promise<StoredScorePage> {
    return this.ranking.listAssessmentScores(actor, roundId, choiceRound, query.page, query.pageSize);
  }

  @Roles('BASE_REVIEWER')
  @Put('assessment-scores/:choiceRound/:applicationId')
  @ApiOperation({ summary: 'RC-6: a base enters its assessment score of an applicant who chose it in this round (BASE_ASSESSMENT rounds)' })
  @ApiParam({ name: 'choiceRound', enum: ASSESSMENT_ROUNDS })
  @ApiErrors(...SCOPE_ERRORS, 'APPLICANT_NOT_IN_ROUND', 'ASSESSMENT_NOT_FOR_BASE', 'RANKING_SCORE_INVALID')
  @ApiResult('RankingScoreView')
  setAssessment(
    @CurrentActor() actor: Actor,
    @Param('roundId', ParseIntPipe) roundId: number,
    @Param('choiceRound', new ParseEnumPipe(ASSESSMENT_ROUNDS)) choiceRound: AssessmentRound,
    @Param('applicationId', ParseIntPipe) applicationId: number,
    @Body() dto: ScoreDto,
  ): Promise<RankingScoreView> {
    return this.ranking.setAssessmentScore(actor, roundId, choiceRound, applicationId, dto.score);
  }

  @Roles('BASE_REVIEWER')
  @Post('assessment-scores/:choiceRound/import')
  @ApiTableUpload('The base assessment score file', SCORE_FILE_COLUMNS, FILE_NOTES)
  @ApiOperation({ summary: 'RC-6: a base imports its assessment scores of one choice round; preview, or commit all rows or none' })
  @ApiParam({ name: 'choiceRound', enum: ASSESSMENT_ROUNDS })
  @ApiErrors(...SCOPE_ERRORS, 'RANKING_FILE_INVALID')
  @ApiResult('RankingImportReport')
  async importAssessment(
    @CurrentActor() actor: Actor,
    @Param('roundId', ParseIntPipe) roundId: number,
    @Param('choiceRound', new ParseEnumPipe(ASSESSMENT_ROUNDS)) choiceRound: AssessmentRound,
    @Query() query: CommitQuery,
    @Req() request: FastifyRequest,
  ): Promise<RankingImportReport> {
    const file = await readSingleUpload(request, this.config.http.uploadMaxBytes);
    return this.ranking.importAssessment(actor, roundId, choiceRound, file, query.commit);
  }
}
