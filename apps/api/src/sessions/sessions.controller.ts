import {
  EligibilityExceptionPage,
  EligibilityVerdict,
  NATIONAL_ROSTER_COLUMNS,
  NationalRosterReport,
  NationalRosterService,
  SessionCancellationImpact,
  SessionCancellationResult,
  SessionCancellationService,
  SessionService,
  SessionView,
  SignupReviewService,
  SignupService,
} from '@app/assessment';
import { Actor } from '@app/common/actor';
import { AppConfig } from '@app/common/config';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { ApiTableUpload } from '../docs/file-docs';
import { CurrentActor, Roles } from '../http/actor.decorator';
import { ApiErrors } from '../http/api-errors.decorator';
import { readSingleUpload } from '../http/uploads';
import { ExceptionDto, SubjectsQuery } from '../signups/signups.dto';
import { SessionCancelDto, SessionDefinitionDto, SessionUpdateDto, toDefinition } from './sessions.dto';
import { ApiResult } from '../docs/api-result';
import { CreatedRecord } from '../docs/response-types';
import { PagingQuery } from '../http/paging.dto';

@ApiTags('sessions')
@ApiBearerAuth()
@Controller('sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionService,
    private readonly signups: SignupService,
    private readonly reviews: SignupReviewService,
    private readonly nationalRoster: NationalRosterService,
    private readonly cancellations: SessionCancellationService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Assessment sessions with their calendars (Beijing time)' })
  @ApiResult('SessionView', { list: true })
  list(): Promise<SessionView[]> {
    return this.sessions.list();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One session with its calendar, subjects and pass rules' })
  @ApiErrors('SESSION_NOT_FOUND')
  @ApiResult('SessionView')
  get(@Param('id', ParseIntPipe) id: number): Promise<SessionView> {
    return this.sessions.get(id);
  }

  @Roles('CENTRE_ADMIN')
  @Post()
  @ApiOperation({ summary: 'Create a session (centre)' })
  @ApiErrors('SESSION_CONFIG_INVALID', 'SESSION_ROTATION_CUTOFF_BEFORE_SIGNUP_CLOSES', 'SESSION_CODE_TAKEN')
  @ApiResult('SessionView')
  create(@CurrentActor() actor: Actor, @Body() dto: SessionDefinitionDto): Promise<SessionView> {
    return this.sessions.create(actor, toDefinition(dto));
  }

  @Roles('CENTRE_ADMIN')
  @Put(':id')
  @ApiOperation({ summary: 'Change a session (centre; audited with a reason)' })
  @ApiErrors('SESSION_NOT_FOUND', 'CONFLICT', 'SESSION_CONFIG_INVALID', 'SESSION_ROTATION_CUTOFF_BEFORE_SIGNUP_CLOSES', 'SESSION_CODE_TAKEN')
  @ApiResult('SessionView')
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: SessionUpdateDto): Promise<SessionView> {
    return this.sessions.update(actor, id, toDefinition(dto), dto.expectedVersion, dto.reason);
  }

  @Roles('CENTRE_ADMIN')
  @Get(':id/cancellation-impact')
  @ApiOperation({ summary: 'FA-12: how many candidates cancelling each subject, or the whole session, would reach (centre)' })
  @ApiErrors('SESSION_NOT_FOUND')
  @ApiResult('SessionCancellationImpact')
  cancellationImpact(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<SessionCancellationImpact> {
    return this.cancellations.impact(actor, id);
  }

  @Roles('CENTRE_ADMIN')
  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({
    summary: 'FA-12: cancel one subject or the whole session (centre, with a reason)',
    description:
      'Takes the subject off every standing sign-up (a sign-up left with none is CANCELLED), withdraws its tickets and seats, ' +
      'messages each affected candidate once and writes the audit records, in one transaction. Refused once the subject has results.',
  })
  @ApiErrors(
    'SESSION_NOT_FOUND',
    'REASON_REQUIRED',
    'SESSION_SUBJECT_NOT_OFFERED',
    'SESSION_ALREADY_CANCELLED',
    'SESSION_SUBJECT_ALREADY_CANCELLED',
    'SESSION_RESULTS_PUBLISHED',
    'SESSION_RESULTS_RECORDED',
  )
  @ApiResult('SessionCancellationResult')
  cancel(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: SessionCancelDto): Promise<SessionCancellationResult> {
    return this.cancellations.cancel(actor, id, { subject: dto.subject ?? null, reason: dto.reason });
  }

  @Roles('CANDIDATE')
  @Get(':id/eligibility')
  @ApiOperation({ summary: 'FA-14: your explained verdict for this session, without signing up' })
  @ApiErrors('SESSION_NOT_FOUND', 'TRAINEE_NOT_FOUND')
  @ApiResult('EligibilityVerdict')
  eligibility(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Query() query: SubjectsQuery): Promise<EligibilityVerdict> {
    return this.signups.preview(actor, id, query.subjects);
  }

  @Roles('CENTRE_ADMIN')
  @Post(':id/exceptions')
  @ApiOperation({ summary: 'FA-14: grant a recorded exception for one trainee and one rule' })
  @ApiErrors('EXCEPTION_RULE_NOT_ALLOWED', 'REASON_REQUIRED', 'SESSION_NOT_FOUND', 'NOT_FOUND', 'CONFLICT')
  @ApiResult('CreatedRecord')
  grantException(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: ExceptionDto): Promise<CreatedRecord> {
    return this.reviews.grantException(actor, id, dto.traineeId, dto.rule, dto.reason);
  }

  @Roles('CENTRE_ADMIN')
  @Get(':id/exceptions')
  @ApiOperation({ summary: 'FA-14: the exceptions granted in this session (who, rule, reason, granted by, when), newest first, paged' })
  @ApiErrors('SESSION_NOT_FOUND')
  @ApiResult('EligibilityExceptionPage')
  listExceptions(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Query() query: PagingQuery): Promise<EligibilityExceptionPage> {
    return this.reviews.listExceptions(actor, id, query.page, query.pageSize);
  }

  @Roles('CENTRE_ADMIN', 'BASE_REVIEWER')
  @Post(':id/national-roster/reconcile')
  @HttpCode(200)
  @ApiTableUpload('The national site\'s THEORY sign-up list', NATIONAL_ROSTER_COLUMNS, 'One row per candidate; a row whose ID number does not check is reported in invalidRows.')
  @ApiOperation({ summary: 'FA-10: who signed up for THEORY here but not on the national site, and the reverse, per base' })
  @ApiErrors('SESSION_NOT_FOUND')
  @ApiResult('NationalRosterReport')
  async reconcileNationalRoster(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Req() request: FastifyRequest): Promise<NationalRosterReport> {
    const file = await readSingleUpload(request, this.config.http.uploadMaxBytes);
    return this.nationalRoster.reconcile(actor, id, file);
  }
}
