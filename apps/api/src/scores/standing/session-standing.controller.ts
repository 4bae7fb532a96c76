import { Actor } from '@app/common/actor';
import { RotationDeadlineReport, RotationDeadlineViewService, SessionStatistics, SessionStatisticsService } from '@app/scores';
import { Controller, Get, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { ApiFileAnswer, CSV, XLSX } from '../../docs/file-docs';
import { CurrentActor, Roles } from '../../http/actor.decorator';
import { ApiErrors } from '../../http/api-errors.decorator';
import { sendAttachment } from '../../http/send-attachment';
import { BaseFilterQuery, RotationDeadlineQuery } from './standing.dto';
import { ApiResult } from '../../docs/api-result';

@ApiTags('standing')
@ApiBearerAuth()
// Read only. Each reads one session within the reader's scope (a base; a city reviewer's city; the province),
// narrowed to a base with ?baseId=: a base outside the scope is FORBIDDEN_SCOPE, an unknown one not found.
@Roles('BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN')
@ApiErrors('SESSION_NOT_FOUND', 'FORBIDDEN_SCOPE', 'ORGANISATION_NOT_FOUND')
@Controller('sessions/:sessionId')
export class SessionStandingController {
  constructor(
    private readonly statisticsService: SessionStatisticsService,
    private readonly rotationDeadlines: RotationDeadlineViewService,
  ) {}

  @Get('statistics')
  @ApiOperation({ summary: 'Published results by base and subject (a base: its own; a city reviewer: its city\'s bases; the centre: all): candidates, sat, passed, failed, absent, voided and pass rate, first attempts and retakes apart' })
  @ApiResult('SessionStatistics')
  statistics(@CurrentActor() actor: Actor, @Param('sessionId', ParseIntPipe) sessionId: number, @Query() query: BaseFilterQuery): Promise<SessionStatistics> {
    return this.statisticsService.statistics(actor, sessionId, query.baseId);
  }

  @Get('statistics.csv')
  @ApiOperation({ summary: 'The statistics as CSV' })
  @ApiFileAnswer('the statistics as CSV (UTF-8)', [CSV])
  async statisticsCsv(@CurrentActor() actor: Actor, @Param('sessionId', ParseIntPipe) sessionId: number, @Query() query: BaseFilterQuery, @Res() reply: FastifyReply): Promise<void> {
    await sendAttachment(reply, await this.statisticsService.export(actor, sessionId, query.baseId, 'csv'));
  }

  @Get('statistics.xlsx')
  @ApiOperation({ summary: 'The statistics as XLSX' })
  @ApiFileAnswer('the statistics as XLSX', [XLSX])
  async statisticsXlsx(@CurrentActor() actor: Actor, @Param('sessionId', ParseIntPipe) sessionId: number, @Query() query: BaseFilterQuery, @Res() reply: FastifyReply): Promise<void> {
    await sendAttachment(reply, await this.statisticsService.export(actor, sessionId, query.baseId, 'xlsx'));
  }

  @Get('rotation-deadline')
  @ApiOperation({ summary: 'SC-5: before the cutoff, who sat this session and is at risk of cancellation; after it, whose results were cancelled and why' })
  @ApiResult('RotationDeadlineReport')
  rotationDeadline(
    @CurrentActor() actor: Actor,
    @Param('sessionId', ParseIntPipe) sessionId: number,
    @Query() query: RotationDeadlineQuery,
  ): Promise<RotationDeadlineReport> {
    const { page, pageSize, ...filter } = query;
    return this.rotationDeadlines.report(actor, sessionId, filter, page, pageSize);
  }
}
