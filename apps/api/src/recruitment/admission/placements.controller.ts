import { Actor } from '@app/common/actor';
import { ErrorCode } from '@app/common/errors';
import { PlacementView, ReportingService, ReturnView } from '@app/recruitment';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { ApiResult } from '../../docs/api-result';
import { ApiFileAnswer, CSV, XLSX } from '../../docs/file-docs';
import { CurrentActor, Roles } from '../../http/actor.decorator';
import { ApiErrors } from '../../http/api-errors.decorator';
import { sendAttachment } from '../../http/send-attachment';
import { ArrivalDto, FileFormatQuery, NoShowDto } from './admission.dto';

const SCOPE_ERRORS: ErrorCode[] = ['ROUND_NOT_FOUND', 'ROUND_NOT_IN_JURISDICTION', 'FORBIDDEN_SCOPE'];
const RECORD_ERRORS: ErrorCode[] = [...SCOPE_ERRORS, 'PLACEMENT_NOT_FOUND', 'PLACEMENT_CHANGED', 'REPORTING_REFUSED'];

@ApiTags('recruitment: reporting')
@ApiBearerAuth()
@Roles('BASE_REVIEWER', 'CENTRE_ADMIN', 'CITY_REVIEWER')
@Controller('recruitment/rounds/:roundId')
export class PlacementsController {
  constructor(private readonly reporting: ReportingService) {}

  @Get('placements')
  @ApiOperation({ summary: 'The admitted places: a base sees its own, the authority every one' })
  @ApiErrors(...SCOPE_ERRORS)
  @ApiResult('PlacementView', { list: true })
  list(@CurrentActor() actor: Actor, @Param('roundId', ParseIntPipe) roundId: number): Promise<PlacementView[]> {
    return this.reporting.list(actor, roundId);
  }

  @Get('placements/export')
  @ApiOperation({ summary: 'The admission list (录取名单) as CSV or XLSX, in the same scope as the list' })
  @ApiFileAnswer('the admission list', [CSV, XLSX])
  @ApiErrors(...SCOPE_ERRORS, 'SPREADSHEET_TOO_LARGE')
  async exportPlacements(@CurrentActor() actor: Actor, @Param('roundId', ParseIntPipe) roundId: number, @Query() query: FileFormatQuery, @Res() reply: FastifyReply): Promise<void> {
    await sendAttachment(reply, await this.reporting.exportAdmissionList(actor, roundId, query.format));
  }

  @Post('placements/:applicationId/arrival')
  @HttpCode(200)
  @ApiOperation({ summary: 'RC-7/RC-9: the base records the day the trainee reported; the trainee record starts training that day and the applicant’s account gets it' })
  @ApiErrors(...RECORD_ERRORS, 'ALREADY_IN_TRAINING')
  @ApiResult('PlacementView')
  arrival(@CurrentActor() actor: Actor, @Param('roundId', ParseIntPipe) roundId: number, @Param('applicationId', ParseIntPipe) applicationId: number, @Body() dto: ArrivalDto): Promise<PlacementView> {
    return this.reporting.recordArrival(actor, roundId, applicationId, dto.reportedOn);
  }

  @Post('placements/:applicationId/no-show')
  @HttpCode(200)
  @ApiOperation({ summary: 'RC-7/RC-8: the base records that the trainee will not report, with the reason; the round’s policy decides the ban' })
  @ApiErrors(...RECORD_ERRORS)
  @ApiResult('PlacementView')
  noShow(@CurrentActor() actor: Actor, @Param('roundId', ParseIntPipe) roundId: number, @Param('applicationId', ParseIntPipe) applicationId: number, @Body() dto: NoShowDto): Promise<PlacementView> {
    return this.reporting.recordNoShow(actor, roundId, applicationId, dto.reason);
  }

  @Get('returns')
  @ApiOperation({ summary: 'RC-9: the return: who reported (and when), who did not and why, with totals per base' })
  @ApiErrors(...SCOPE_ERRORS)
  @ApiResult('ReturnView')
  returns(@CurrentActor() actor: Actor, @Param('roundId', ParseIntPipe) roundId: number): Promise<ReturnView> {
    return this.reporting.returns(actor, roundId);
  }

  @Get('returns/export')
  @ApiOperation({ summary: 'RC-9: the return as CSV or XLSX (培训对象汇总表，含未报到名单及原因)' })
  @ApiFileAnswer('the return', [CSV, XLSX])
  @ApiErrors(...SCOPE_ERRORS, 'SPREADSHEET_TOO_LARGE')
  async exportReturns(@CurrentActor() actor: Actor, @Param('roundId', ParseIntPipe) roundId: number, @Query() query: FileFormatQuery, @Res() reply: FastifyReply): Promise<void> {
    await sendAttachment(reply, await this.reporting.exportReturns(actor, roundId, query.format));
  }
}
