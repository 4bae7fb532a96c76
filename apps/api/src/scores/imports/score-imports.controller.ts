import { SUBJECTS, Subject } from '@app/assessment';
import { Actor } from '@app/common/actor';
import { AppConfig } from '@app/common/config';
import { ReportRow, ScoreImportService, ScoreImportView } from '@app/scores';
import { Controller, Get, Param, ParseEnumPipe, ParseIntPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, Roles } from '../../http/actor.decorator';
import { readSingleUpload } from '../../http/uploads';
import { ApiFileUpload } from '../../trainees/upload-body';
import { ImportRowsQuery } from './score-imports.dto';

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
  @ApiFileUpload('THEORY: the national centre\'s score file; SKILLS: the station sheet. CSV (UTF-8 or GBK/GB18030) or XLSX')
  @ApiOperation({ summary: 'SC-1 / SC-2: upload a score file and preview every row (201); a large file is previewed by the worker (202, poll GET /score-imports/{id})' })
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
  list(@CurrentActor() actor: Actor, @Param('sessionId', ParseIntPipe) sessionId: number): Promise<ScoreImportView[]> {
    return this.imports.list(actor, sessionId);
  }

  @Get('score-imports/:importId')
  @ApiOperation({ summary: 'An import: status, progress (processed / total rows), counts per outcome and error code, sample rows' })
  get(@CurrentActor() actor: Actor, @Param('importId', ParseIntPipe) importId: number): Promise<ScoreImportView> {
    return this.imports.get(actor, importId);
  }

  @Get('score-imports/:importId/rows')
  @ApiOperation({ summary: 'Every row of the preview with its outcome (NEW, CHANGED with before/after, UNCHANGED, ERROR with the reason)' })
  rows(@CurrentActor() actor: Actor, @Param('importId', ParseIntPipe) importId: number, @Query() query: ImportRowsQuery): Promise<{ items: ReportRow[]; total: number }> {
    return this.imports.rows(actor, importId, query);
  }

  @Post('score-imports/:importId/commit')
  @ApiOperation({ summary: 'Write all rows or none (422 if any row is in error, 409 if the data changed since the preview); large files commit in the worker (202)' })
  async commit(@CurrentActor() actor: Actor, @Param('importId', ParseIntPipe) importId: number, @Res({ passthrough: true }) reply: FastifyReply): Promise<ScoreImportView> {
    const view = await this.imports.commit(actor, importId);
    reply.status(statusFor(view));
    return view;
  }
}
