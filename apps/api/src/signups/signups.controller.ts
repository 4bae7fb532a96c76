import { SignupListService, SignupReviewService, SignupView } from '@app/assessment';
import { Actor } from '@app/common/actor';
import { ErrorCode } from '@app/common/errors';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { ApiFileAnswer, CSV, XLSX } from '../docs/file-docs';
import { CurrentActor, Roles } from '../http/actor.decorator';
import { ApiErrors } from '../http/api-errors.decorator';
import { sendAttachment } from '../http/send-attachment';
import { BaseReviewDto, CentreReviewDto, ReasonDto, SignupExportQuery, SignupFilterQuery } from './signups.dto';
import { ApiResult } from '../docs/api-result';
import { SignupPage } from '../docs/response-types';

/** A review decision: its reason, the sign-up in scope, its version, the review window, the status it may leave. */
const REVIEW_ERRORS: ErrorCode[] = ['REASON_REQUIRED', 'SIGNUP_NOT_FOUND', 'FORBIDDEN_SCOPE', 'CONFLICT', 'REVIEW_WINDOW_CLOSED', 'SIGNUP_TRANSITION_INVALID'];

@ApiTags('sign-up review')
@ApiBearerAuth()
@Roles('BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN')
@Controller('signups')
export class SignupsController {
  constructor(
    private readonly lists: SignupListService,
    private readonly reviews: SignupReviewService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Sign-ups within your scope, filtered and paged' })
  @ApiErrors('FORBIDDEN_SCOPE', 'ORGANISATION_NOT_FOUND')
  @ApiResult('SignupPage')
  list(@CurrentActor() actor: Actor, @Query() query: SignupFilterQuery): Promise<SignupPage> {
    const { page, pageSize, ...filter } = query;
    return this.lists.list(actor, filter, page, pageSize);
  }

  @Get('export')
  @ApiOperation({ summary: 'The same rows as the list (all pages), as CSV or XLSX; formula-like cells neutralised' })
  @ApiFileAnswer('the rows, as format= asks', [CSV, XLSX])
  @ApiErrors('FORBIDDEN_SCOPE', 'ORGANISATION_NOT_FOUND', 'SPREADSHEET_TOO_LARGE')
  async export(@CurrentActor() actor: Actor, @Query() query: SignupExportQuery, @Res() reply: FastifyReply): Promise<void> {
    const { page: _page, pageSize: _pageSize, format, ...filter } = query;
    const file = await this.lists.export(actor, filter, format);
    await sendAttachment(reply, file);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One sign-up with its explained verdict' })
  @ApiErrors('SIGNUP_NOT_FOUND', 'FORBIDDEN_SCOPE')
  @ApiResult('SignupView')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<SignupView> {
    return this.reviews.get(actor, id);
  }

  @Roles('BASE_REVIEWER')
  @Post(':id/base-review')
  @HttpCode(200)
  @ApiOperation({ summary: 'FA-8: the base approves, rejects (reason) or returns for correction (reason)' })
  @ApiErrors(...REVIEW_ERRORS)
  @ApiResult('SignupView')
  baseReview(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: BaseReviewDto): Promise<SignupView> {
    return this.reviews.baseReview(actor, id, dto.decision, dto.reason, dto.expectedVersion);
  }

  @Roles('CENTRE_ADMIN')
  @Post(':id/centre-review')
  @HttpCode(200)
  @ApiOperation({ summary: 'FA-9: the centre approves or rejects (reason) what the base approved' })
  @ApiErrors(...REVIEW_ERRORS)
  @ApiResult('SignupView')
  centreReview(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: CentreReviewDto): Promise<SignupView> {
    return this.reviews.centreReview(actor, id, dto.decision, dto.reason, dto.expectedVersion);
  }

  @Roles('CENTRE_ADMIN')
  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'FA-11: cancel for false information (audited)' })
  @ApiErrors('REASON_REQUIRED', 'SIGNUP_NOT_FOUND', 'FORBIDDEN_SCOPE', 'SIGNUP_TRANSITION_INVALID')
  @ApiResult('SignupView')
  cancel(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: ReasonDto): Promise<SignupView> {
    return this.reviews.cancelForFalseInformation(actor, id, dto.reason);
  }
}
