import { Actor } from '@app/common/actor';
import { ErrorCode } from '@app/common/errors';
import { AdmissionNotices, AdmissionNoticeVerification, AdmissionOutcomePage, AdmissionRunService, AdmissionRunView, AdmissionStagesView, MyAdmissionView } from '@app/recruitment';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { ApiResult } from '../../docs/api-result';
import { ApiFileAnswer, PDF } from '../../docs/file-docs';
import { CurrentActor, Public, Roles } from '../../http/actor.decorator';
import { ApiErrors } from '../../http/api-errors.decorator';
import { sendAttachment } from '../../http/send-attachment';
import { OutcomeQuery, PreviewRunDto } from './admission.dto';

const ROUND_ERRORS: ErrorCode[] = ['ROUND_NOT_FOUND', 'ROUND_NOT_IN_JURISDICTION', 'FORBIDDEN_SCOPE'];

@ApiTags('recruitment: admission')
@ApiBearerAuth()
@Roles('CENTRE_ADMIN', 'CITY_REVIEWER')
@Controller('recruitment/rounds/:roundId/admission-runs')
export class AdmissionRunsController {
  constructor(private readonly runs: AdmissionRunService) {}

  @Post()
  @ApiOperation({
    summary:
      'RC-6: preview an admission run: admit() over the approved applications, their choices and scores and the round’s plan, with a fresh lottery seed recorded; ' +
      'a stage (through) continues the published stages with their seed',
  })
  @ApiErrors(...ROUND_ERRORS, 'ADMISSION_PLAN_INVALID', 'ADMISSION_ALREADY_PUBLISHED', 'ADMISSION_STAGE_INVALID', 'ADMISSION_SETTLED_ROUNDS_CHANGED')
  @ApiResult('AdmissionRunView')
  preview(@CurrentActor() actor: Actor, @Param('roundId', ParseIntPipe) roundId: number, @Body() body: PreviewRunDto): Promise<AdmissionRunView> {
    return this.runs.preview(actor, roundId, body.through);
  }

  @Get('stages')
  @ApiOperation({ summary: 'RC-6: the round’s admission stages (each choice round, or the parallel round, then adjustment): results time, published, previewable next' })
  @ApiErrors(...ROUND_ERRORS)
  @ApiResult('AdmissionStagesView')
  stages(@CurrentActor() actor: Actor, @Param('roundId', ParseIntPipe) roundId: number): Promise<AdmissionStagesView> {
    return this.runs.stages(actor, roundId);
  }

  @Get()
  @ApiOperation({ summary: 'The round’s admission runs, newest first' })
  @ApiErrors(...ROUND_ERRORS)
  @ApiResult('AdmissionRunView', { list: true })
  list(@CurrentActor() actor: Actor, @Param('roundId', ParseIntPipe) roundId: number): Promise<AdmissionRunView[]> {
    return this.runs.list(actor, roundId);
  }

  @Get(':runId')
  @ApiOperation({ summary: 'A run: per track its quota, admitted and last admitted score; its seed and input digest' })
  @ApiErrors(...ROUND_ERRORS, 'ADMISSION_RUN_NOT_FOUND')
  @ApiResult('AdmissionRunView')
  get(@CurrentActor() actor: Actor, @Param('roundId', ParseIntPipe) roundId: number, @Param('runId', ParseIntPipe) runId: number): Promise<AdmissionRunView> {
    return this.runs.get(actor, roundId, runId);
  }

  @Get(':runId/outcomes')
  @ApiOperation({ summary: 'A run’s outcome per applicant with the explanation (each choice, adjustment, result), paged' })
  @ApiErrors(...ROUND_ERRORS, 'ADMISSION_RUN_NOT_FOUND')
  @ApiResult('AdmissionOutcomePage')
  outcomes(@CurrentActor() actor: Actor, @Param('roundId', ParseIntPipe) roundId: number, @Param('runId', ParseIntPipe) runId: number, @Query() query: OutcomeQuery): Promise<AdmissionOutcomePage> {
    return this.runs.outcomes(actor, roundId, runId, query);
  }

  @Post(':runId/publish')
  @HttpCode(200)
  @ApiOperation({
    summary: 'RC-6: publish a previewed run: places created (never over quota), re-review started where the chain has one, notices queued; refused if the input changed or the round is published',
  })
  @ApiErrors(...ROUND_ERRORS, 'ADMISSION_RUN_NOT_FOUND', 'ADMISSION_RUN_NOT_PREVIEW', 'ADMISSION_ALREADY_PUBLISHED', 'ADMISSION_INPUTS_CHANGED', 'ADMISSION_PLAN_INVALID')
  @ApiResult('AdmissionRunView')
  publish(@CurrentActor() actor: Actor, @Param('roundId', ParseIntPipe) roundId: number, @Param('runId', ParseIntPipe) runId: number): Promise<AdmissionRunView> {
    return this.runs.publish(actor, roundId, runId);
  }
}

@ApiTags('recruitment: admission')
@ApiBearerAuth()
@Roles('CANDIDATE')
@Controller('recruitment/rounds/:roundId/admission/mine')
export class MyAdmissionController {
  constructor(
    private readonly runs: AdmissionRunService,
    private readonly notices: AdmissionNotices,
  ) {}

  @Get()
  @ApiOperation({ summary: 'RC-6: the applicant’s own outcome and why, in Chinese, from the round’s results time on' })
  @ApiErrors('ROUND_NOT_FOUND', 'FORBIDDEN_SCOPE', 'ADMISSION_RESULTS_NOT_VISIBLE', 'ADMISSION_NOT_PUBLISHED', 'APPLICANT_NOT_IN_ROUND')
  @ApiResult('MyAdmissionView')
  mine(@CurrentActor() actor: Actor, @Param('roundId', ParseIntPipe) roundId: number): Promise<MyAdmissionView> {
    return this.runs.mine(actor, roundId);
  }

  @Get('notice')
  @ApiOperation({ summary: 'The admitted applicant’s admission notice (录取通知书) PDF, once the worker has rendered it' })
  @ApiFileAnswer('the admission notice', [PDF])
  @ApiErrors('ROUND_NOT_FOUND', 'FORBIDDEN_SCOPE', 'ADMISSION_RESULTS_NOT_VISIBLE', 'PLACEMENT_NOT_FOUND', 'NOTICE_NOT_READY')
  async notice(@CurrentActor() actor: Actor, @Param('roundId', ParseIntPipe) roundId: number, @Res() reply: FastifyReply): Promise<void> {
    await sendAttachment(reply, await this.notices.download(actor, roundId));
  }
}

@ApiTags('recruitment: admission')
@Controller('recruitment/notices')
export class AdmissionNoticeVerifyController {
  constructor(private readonly notices: AdmissionNotices) {}

  @Public()
  @Get('verify/:token')
  @ApiOperation({
    summary: 'Is this admission notice genuine? Shows the name, masked ID number, base, round and the place’s status only',
    description: 'A notice’s QR code encodes the portal’s page `{PUBLIC_ORIGIN}/verify-admission/{token}`; the page passes the token on here.',
  })
  @ApiErrors('NOTICE_TOKEN_INVALID')
  @ApiResult('AdmissionNoticeVerification')
  verify(@Param('token') token: string): Promise<AdmissionNoticeVerification> {
    return this.notices.verify(token);
  }
}
