import { Actor } from '@app/common/actor';
import { DomainError, ErrorCode } from '@app/common/errors';
import { AssessmentJobsProducer } from '@app/queue';
import { ApplicationDocuments, ApplicationPage, ApplicationReviewHistory, ApplicationReviewService, ApplicationView, RecruitmentAccess, ReviewDecision } from '@app/recruitment';
import { Body, Controller, Get, Header, HttpCode, Param, ParseIntPipe, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { ApiResult } from '../../docs/api-result';
import { ApiFileAnswer, CSV, JPEG, XLSX } from '../../docs/file-docs';
import { QueuedJob } from '../../docs/response-types';
import { CurrentActor, Roles } from '../../http/actor.decorator';
import { ApiErrors } from '../../http/api-errors.decorator';
import { sendAttachment } from '../../http/send-attachment';
import { ApplicationExportQuery, ApplicationFilterQuery, ReviewDecisionDto } from './applications.dto';

/** A decision: the application in scope, this level's turn and window, the state it may leave, its version. */
const DECISION_ERRORS: ErrorCode[] = [
  'APPLICATION_NOT_FOUND',
  'FORBIDDEN_SCOPE',
  'ROUND_NOT_IN_JURISDICTION',
  'APPLICATION_CHANGED',
  'REVIEW_LEVEL_NOT_IN_TURN',
  'RECRUITMENT_REVIEW_WINDOW_CLOSED',
  'RECRUITMENT_TRANSITION_INVALID',
  'RECRUITMENT_REASON_REQUIRED',
  'CORRECT_BY_REQUIRED',
];

@ApiTags('recruitment review')
@ApiBearerAuth()
@Roles('BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN')
@Controller('recruitment')
export class ApplicationReviewController {
  constructor(
    private readonly reviews: ApplicationReviewService,
    private readonly documents: ApplicationDocuments,
    private readonly access: RecruitmentAccess,
    private readonly jobs: AssessmentJobsProducer,
  ) {}

  @Get('applications')
  @ApiOperation({
    summary: 'RC-5: submitted applications within your scope, filtered and paged',
    description: 'A base: those that chose it; a city commission: its employers’ applicants and those choosing its bases; the authority: its jurisdiction. Never a draft, never another jurisdiction.',
  })
  @ApiErrors('FORBIDDEN_ROLE')
  @ApiResult('ApplicationPage')
  list(@CurrentActor() actor: Actor, @Query() query: ApplicationFilterQuery): Promise<ApplicationPage> {
    const { page, pageSize, ...filter } = query;
    return this.reviews.list(actor, filter, page, pageSize);
  }

  @Get('applications/export')
  @ApiOperation({ summary: 'The same rows as the list (all pages), as CSV or XLSX; formula-like cells neutralised' })
  @ApiFileAnswer('the rows, as format= asks', [CSV, XLSX])
  @ApiErrors('SPREADSHEET_TOO_LARGE')
  async export(@CurrentActor() actor: Actor, @Query() query: ApplicationExportQuery, @Res() reply: FastifyReply): Promise<void> {
    const { page: _page, pageSize: _pageSize, format, ...filter } = query;
    await sendAttachment(reply, await this.reviews.export(actor, filter, format));
  }

  @Get('applications/:id')
  @ApiOperation({ summary: 'One application in scope: profile, choices, verdict, documents and review state' })
  @ApiErrors('APPLICATION_NOT_FOUND', 'FORBIDDEN_SCOPE')
  @ApiResult('ApplicationView')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<ApplicationView> {
    return this.reviews.get(actor, id);
  }

  @Roles('CANDIDATE', 'BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN')
  @Get('applications/:id/review-history')
  @ApiOperation({
    summary: 'RC-5: the review steps of an application as they happened: submissions, each decision with its level, outcome, reason and return deadline, the deciding organisation and the time',
    description: 'To its applicant (their own only) and to the staff who can see the application (never a draft). Reviewers are named by organisation, never by person. Read from the decisions’ audit records.',
  })
  @ApiErrors('APPLICATION_NOT_FOUND', 'FORBIDDEN_SCOPE')
  @ApiResult('ApplicationReviewHistory')
  history(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<ApplicationReviewHistory> {
    return this.reviews.history(actor, id);
  }

  @Post('applications/:id/review')
  @HttpCode(200)
  @ApiOperation({
    summary: 'RC-5: approve, reject (reason) or return for correction (reason and correct-by deadline) at your level, when it is its turn and inside its window',
    description: 'The applicant is told in the message centre; every decision is audited. A return not corrected by its deadline becomes a withdrawal (the sweep).',
  })
  @ApiErrors(...DECISION_ERRORS)
  @ApiResult('ApplicationView')
  review(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: ReviewDecisionDto): Promise<ApplicationView> {
    return this.reviews.decide(actor, id, decisionOf(dto), dto.expectedVersion);
  }

  @Roles('CANDIDATE', 'BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN')
  @Get('applications/:id/documents/:kind')
  @Header('Content-Type', 'image/jpeg')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'RC-3: one document as stored (JPEG without its metadata): to its applicant and to reviewers in scope only' })
  @ApiFileAnswer('the document', [JPEG], { attachment: false })
  @ApiErrors('APPLICATION_NOT_FOUND', 'FORBIDDEN_SCOPE', 'DOCUMENT_KIND_INVALID', 'DOCUMENT_NOT_FOUND')
  async document(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Param('kind') kind: string): Promise<StreamableFile> {
    return new StreamableFile(await this.documents.download(actor, id, kind));
  }

  @Roles('CENTRE_ADMIN', 'CITY_REVIEWER')
  @Post('jobs/expire-returns')
  @ApiOperation({ summary: 'RC-5: run the sweep now (it also runs every minute): returns not corrected by their deadline become withdrawals' })
  @ApiErrors('FORBIDDEN_SCOPE', 'REDIS_UNAVAILABLE')
  @ApiResult('QueuedJob')
  async expireReturns(@CurrentActor() actor: Actor): Promise<QueuedJob> {
    const standing = await this.access.standing(actor);
    if (standing?.kind !== 'AUTHORITY') throw new DomainError('FORBIDDEN_SCOPE');
    const job = await this.jobs.runReturnExpirySweepNow();
    return { jobId: String(job.id) };
  }
}

function decisionOf(dto: ReviewDecisionDto): ReviewDecision {
  switch (dto.decision) {
    case 'APPROVE':
      return { decision: 'APPROVE' };
    case 'REJECT':
      return { decision: 'REJECT', reason: dto.reason ?? '' };
    case 'RETURN':
      if (dto.correctBy === undefined) throw new DomainError('CORRECT_BY_REQUIRED');
      return { decision: 'RETURN', reason: dto.reason ?? '', correctBy: new Date(dto.correctBy) };
  }
}
