import { SUBJECTS, Subject } from '@app/assessment';
import { Actor } from '@app/common/actor';
import { AppConfig } from '@app/common/config';
import { ScoreImportService, ScoreImportView, SKILLS_COLUMNS, THEORY_COLUMNS } from '@app/scores';
import { Controller, Get, Param, ParseEnumPipe, ParseIntPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ApiFileUpload, describeColumns, TABLE_FILE_ERRORS, TABLE_FORMAT } from '../../docs/file-docs';
import { CurrentActor, Roles } from '../../http/actor.decorator';
import { ApiErrors } from '../../http/api-errors.decorator';
import { readSingleUpload } from '../../http/uploads';
import { ImportRowsQuery } from './score-imports.dto';
import { ApiResult } from '../../docs/api-result';
import { ReportRowPage } from '../../docs/response-types';

const SCORE_FILE_FORMAT = [
  `A score file. ${TABLE_FORMAT}`,
  'One row per candidate, matched by ID number (证件类型 absent: a resident ID card) and checked against the name. ' +
    'Scores are decimals; 缺考, 缺席, 未参加 or absent in the score, the status or a station column marks an absence.',
  `THEORY, the national centre's file (SC-1):\n\n${describeColumns(THEORY_COLUMNS)}`,
  `SKILLS, the provincial station sheet (SC-2); critical items failed are listed in one cell, separated by commas, semicolons, 、 or spaces:\n\n${describeColumns(SKILLS_COLUMNS)}`,
].join('\n\n');

/** 201 when the work finished inside the request, 202 when the worker has it (poll the import). */
function statusFor(view: ScoreImportView): number {
  return view.status === 'PREVIEWING' || view.status === 'COMMITTING' ? 202 : 201;
}

@ApiTags('scores: imports')
@ApiBearerAuth()
@Roles('CENTRE_ADMIN')
@Controller()
export class ScoreImportsController {
  constructor(
    private readonly imports: ScoreImportService,
    private readonly config: AppConfig,
  ) {}

  @Post('sessions/:sessionId/score-imports/:subject')
  @ApiFileUpload('THEORY: the national centre\'s score file; SKILLS: the station sheet. CSV or XLSX', SCORE_FILE_FORMAT)
  @ApiOperation({ summary: 'SC-1 / SC-2: upload a score file and preview every row (201); a large file is previewed by the worker (202, poll GET /score-imports/{id})' })
  @ApiParam({ name: 'subject', enum: SUBJECTS })
  @ApiErrors(...TABLE_FILE_ERRORS, 'SESSION_NOT_FOUND', 'SUBJECTS_INVALID', 'PASS_RULE_NOT_SET', 'SESSION_IS_CANCELLED', 'SESSION_SUBJECT_IS_CANCELLED', 'REDIS_UNAVAILABLE')
  @ApiResult('ScoreImportView', { status: 201, description: 'previewed: every row has its outcome' })
  @ApiResult('ScoreImportView', { status: 202, description: 'over SCORE_IMPORT_INLINE_MAX_BYTES: the worker previews it (status PREVIEWING)' })
  async upload(
    @CurrentActor() actor: Actor,
    @Param('sessionId', ParseIntPipe) sessionId: number,
    @Param('subject', new ParseEnumPipe(SUBJECTS)) subject: Subject,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ScoreImportView> {
    const file = await readSingleUpload(request, this.config.http.uploadMaxBytes);
    const view = await this.imports.upload(actor, sessionId, subject, file);
    reply.status(statusFor(view));
    return view;
  }

  @Get('sessions/:sessionId/score-imports')
  @ApiOperation({ summary: 'The score files uploaded for a session, newest first' })
  @ApiResult('ScoreImportView', { list: true })
  list(@CurrentActor() actor: Actor, @Param('sessionId', ParseIntPipe) sessionId: number): Promise<ScoreImportView[]> {
    return this.imports.list(actor, sessionId);
  }

  @Get('score-imports/:importId')
  @ApiOperation({ summary: 'An import: status, progress (processed / total rows), counts per outcome and error code, sample rows' })
  @ApiErrors('SCORE_IMPORT_NOT_FOUND')
  @ApiResult('ScoreImportView')
  get(@CurrentActor() actor: Actor, @Param('importId', ParseIntPipe) importId: number): Promise<ScoreImportView> {
    return this.imports.get(actor, importId);
  }

  @Get('score-imports/:importId/rows')
  @ApiOperation({ summary: 'Every row of the preview with its outcome (NEW, CHANGED with before/after, UNCHANGED, ERROR with the reason)' })
  @ApiErrors('SCORE_IMPORT_NOT_FOUND', 'SCORE_IMPORT_NOT_READY')
  @ApiResult('ReportRowPage')
  rows(@CurrentActor() actor: Actor, @Param('importId', ParseIntPipe) importId: number, @Query() query: ImportRowsQuery): Promise<ReportRowPage> {
    return this.imports.rows(actor, importId, query);
  }

  @Post('score-imports/:importId/commit')
  @ApiOperation({ summary: 'Write all rows or none (422 if any row is in error, 409 if the data changed since the preview); large files commit in the worker (202)' })
  @ApiErrors('SCORE_IMPORT_NOT_FOUND', 'SCORE_IMPORT_INVALID', 'SCORE_IMPORT_NOT_READY', 'SCORE_IMPORT_CLOSED', 'SCORE_IMPORT_STALE', 'SESSION_IS_CANCELLED', 'SESSION_SUBJECT_IS_CANCELLED', 'REDIS_UNAVAILABLE')
  @ApiResult('ScoreImportView', { status: 201, description: 'committed' })
  @ApiResult('ScoreImportView', { status: 202, description: 'a large file: the worker commits it (status COMMITTING)' })
  async commit(@CurrentActor() actor: Actor, @Param('importId', ParseIntPipe) importId: number, @Res({ passthrough: true }) reply: FastifyReply): Promise<ScoreImportView> {
    const view = await this.imports.commit(actor, importId);
    reply.status(statusFor(view));
    return view;
  }
}
