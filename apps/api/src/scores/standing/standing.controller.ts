import { Actor } from '@app/common/actor';
import { ErrorCode } from '@app/common/errors';
import { CertificateListPage, CertificateListService, RetrainingListService, TraineeStandingView, TraineeStandingViewService } from '@app/scores';
import { Controller, Get, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { ApiFileAnswer, CSV, XLSX } from '../../docs/file-docs';
import { CurrentActor, Roles } from '../../http/actor.decorator';
import { ApiErrors } from '../../http/api-errors.decorator';
import { sendAttachment } from '../../http/send-attachment';
import { CertificateEligibilityQuery, RetrainingQuery } from './standing.dto';
import { ApiResult } from '../../docs/api-result';
import { RetrainingPage } from '../../docs/response-types';

/** A list narrowed to a base: another base's id is outside the scope, an unknown one not found. */
const LIST_SCOPE: ErrorCode[] = ['FORBIDDEN_SCOPE', 'ORGANISATION_NOT_FOUND'];

@ApiTags('standing')
@ApiBearerAuth()
@Controller()
export class StandingController {
  constructor(
    private readonly views: TraineeStandingViewService,
    private readonly certificates: CertificateListService,
    private readonly retraining: RetrainingListService,
  ) {}

  @Roles('CANDIDATE')
  @Get('me/standing')
  @ApiOperation({ summary: 'SC-3/SC-6/SC-7/FA-3: your passes and valid-until dates, what remains and by when, certificate eligibility with every check' })
  @ApiErrors('NOT_FOUND')
  @ApiResult('TraineeStandingView')
  own(@CurrentActor() actor: Actor): Promise<TraineeStandingView> {
    return this.views.own(actor);
  }

  @Roles('BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN')
  @Get('trainees/:id/standing')
  @ApiOperation({ summary: "SC-3/SC-6/SC-7/FA-3: one trainee's standing (a base: its own trainees; a city reviewer: its city's; 403 FORBIDDEN_SCOPE otherwise)" })
  @ApiErrors('NOT_FOUND', 'FORBIDDEN_SCOPE')
  @ApiResult('TraineeStandingView')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<TraineeStandingView> {
    return this.views.get(actor, id);
  }

  @Roles('BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN')
  @Get('standing/certificate-eligibility')
  @ApiOperation({ summary: 'SC-6: who may apply for the training certificate, and why not for everyone else (a base: its own; a city reviewer: its city; the centre: the province)' })
  @ApiErrors(...LIST_SCOPE)
  @ApiResult('CertificateListPage')
  certificateEligibility(@CurrentActor() actor: Actor, @Query() query: CertificateEligibilityQuery): Promise<CertificateListPage> {
    const { page, pageSize, ...filter } = query;
    return this.certificates.list(actor, filter, page, pageSize);
  }

  @Roles('BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN')
  @Get('standing/certificate-eligibility.csv')
  @ApiOperation({ summary: 'SC-6: the same rows as the list (all pages; page and pageSize ignored) as CSV; formula-like cells neutralised' })
  @ApiFileAnswer('the rows as CSV (UTF-8)', [CSV])
  @ApiErrors(...LIST_SCOPE, 'SPREADSHEET_TOO_LARGE')
  async certificateEligibilityCsv(@CurrentActor() actor: Actor, @Query() query: CertificateEligibilityQuery, @Res() reply: FastifyReply): Promise<void> {
    const { page: _page, pageSize: _pageSize, ...filter } = query;
    await sendAttachment(reply, await this.certificates.export(actor, filter, 'csv'));
  }

  @Roles('BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN')
  @Get('standing/certificate-eligibility.xlsx')
  @ApiOperation({ summary: 'SC-6: the same rows as the list (all pages; page and pageSize ignored) as XLSX; formula-like cells neutralised' })
  @ApiFileAnswer('the rows as XLSX', [XLSX])
  @ApiErrors(...LIST_SCOPE, 'SPREADSHEET_TOO_LARGE')
  async certificateEligibilityXlsx(@CurrentActor() actor: Actor, @Query() query: CertificateEligibilityQuery, @Res() reply: FastifyReply): Promise<void> {
    const { page: _page, pageSize: _pageSize, ...filter } = query;
    await sendAttachment(reply, await this.certificates.export(actor, filter, 'xlsx'));
  }

  @Roles('BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN')
  @Get('standing/retraining')
  @ApiOperation({ summary: 'SC-7/FA-3: who must still pass what and by when (IN_TIME, LAST_YEAR, RETRAINING_REQUIRED), most urgent first' })
  @ApiErrors(...LIST_SCOPE)
  @ApiResult('RetrainingPage')
  retrainingList(
    @CurrentActor() actor: Actor,
    @Query() query: RetrainingQuery,
  ): Promise<RetrainingPage> {
    const { page, pageSize, ...filter } = query;
    return this.retraining.list(actor, filter, page, pageSize);
  }
}
