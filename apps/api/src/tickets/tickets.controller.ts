import { SUBJECTS, Subject } from '@app/assessment';
import { Actor } from '@app/common/actor';
import { CandidateSeat, SeatingService, TicketAccessService, TicketChangesService, TicketProgress, TicketRenderFailurePage, TicketVerification } from '@app/tickets';
import { Body, Controller, Get, HttpCode, Param, ParseEnumPipe, ParseIntPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { ApiFileAnswer, PDF } from '../docs/file-docs';
import { CurrentActor, Public, Roles } from '../http/actor.decorator';
import { ApiErrors } from '../http/api-errors.decorator';
import { sendAttachment } from '../http/send-attachment';
import { BatchQuery, RescheduleDto } from './tickets.dto';
import { ApiResult } from '../docs/api-result';
import { PagingQuery } from '../http/paging.dto';
import { Rescheduling, TicketGeneration } from '../docs/response-types';

@ApiTags('admit tickets')
@Controller()
export class TicketsController {
  constructor(
    private readonly tickets: TicketAccessService,
    private readonly changes: TicketChangesService,
    private readonly seating: SeatingService,
  ) {}

  @ApiBearerAuth()
  @Roles('CENTRE_ADMIN')
  @Post('sessions/:sessionId/tickets/generate')
  @HttpCode(202)
  @ApiOperation({
    summary: 'TK-5: number every seated candidate and queue the PDFs that are missing or out of date',
    description: '503 REDIS_UNAVAILABLE: the PDFs cannot be queued now; the numbers stand, and the worker queues the PDFs once Redis is back.',
  })
  @ApiErrors('SESSION_NOT_FOUND', 'REDIS_UNAVAILABLE')
  @ApiResult('TicketGeneration', { description: 'numbers issued, render jobs queued, and the progress so far' })
  generate(@CurrentActor() actor: Actor, @Param('sessionId', ParseIntPipe) sessionId: number): Promise<TicketGeneration> {
    return this.tickets.generate(actor, sessionId);
  }

  @ApiBearerAuth()
  @Roles('CENTRE_ADMIN')
  @Get('sessions/:sessionId/tickets/progress')
  @ApiOperation({ summary: 'TK-5: tickets done / failed / pending / total' })
  @ApiResult('TicketProgress')
  progress(@Param('sessionId', ParseIntPipe) sessionId: number): Promise<TicketProgress> {
    return this.tickets.progress(sessionId);
  }

  @ApiBearerAuth()
  @Roles('CENTRE_ADMIN')
  @Get('sessions/:sessionId/tickets/failures')
  @ApiOperation({
    summary: 'TK-5: the tickets that could not be rendered (candidate, subject, why in Chinese), by ticket number, paged',
    description: 'Generating again (POST …/tickets/generate) retries them once their data is fixed.',
  })
  @ApiErrors('SESSION_NOT_FOUND')
  @ApiResult('TicketRenderFailurePage')
  failures(@Param('sessionId', ParseIntPipe) sessionId: number, @Query() query: PagingQuery): Promise<TicketRenderFailurePage> {
    return this.tickets.failures(sessionId, query.page, query.pageSize);
  }

  @ApiBearerAuth()
  @Roles('CANDIDATE')
  @Get('me/seat/:sessionId')
  @ApiOperation({ summary: 'TK-4: your skills-assessment seat (site, day and time, room, seat; the ticket number once issued), once the centre approved your sign-up and seated it' })
  @ApiErrors('SEAT_NOT_ASSIGNED', 'SESSION_NOT_FOUND')
  @ApiResult('CandidateSeat')
  mySeat(@CurrentActor() actor: Actor, @Param('sessionId', ParseIntPipe) sessionId: number): Promise<CandidateSeat> {
    return this.seating.mySeat(actor, sessionId);
  }

  @ApiBearerAuth()
  @Roles('CANDIDATE')
  @Get('me/tickets/:sessionId/:subject')
  @ApiOperation({ summary: 'TK-1: your admit ticket, only inside the subject\'s ticket window (THEORY: the national site)' })
  @ApiParam({ name: 'subject', enum: SUBJECTS })
  @ApiFileAnswer('the ticket, <ticket number>.pdf', [PDF])
  @ApiErrors('TICKET_WINDOW_NOT_OPEN', 'TICKET_WINDOW_CLOSED', 'TICKET_AT_NATIONAL_SITE', 'TICKET_NOT_READY', 'TICKET_NOT_FOUND', 'SESSION_NOT_FOUND', 'SESSION_IS_CANCELLED', 'SESSION_SUBJECT_IS_CANCELLED')
  async download(
    @CurrentActor() actor: Actor,
    @Param('sessionId', ParseIntPipe) sessionId: number,
    @Param('subject', new ParseEnumPipe(SUBJECTS)) subject: Subject,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.tickets.download(actor, sessionId, subject);
    await sendAttachment(reply, { content: file.pdf, filename: file.filename, contentType: 'application/pdf' });
  }

  @ApiBearerAuth()
  @Roles('BASE_REVIEWER', 'CENTRE_ADMIN')
  @Get('sessions/:sessionId/tickets/batch.pdf')
  @ApiOperation({ summary: 'TK-7: one PDF with all of a base\'s tickets (a base: its own; the centre: ?baseId=)' })
  @ApiFileAnswer('every current ticket of the base in ticket-number order, tickets-<session>-<base>.pdf', [PDF])
  @ApiErrors('FORBIDDEN_SCOPE', 'TICKET_NOT_FOUND', 'TICKET_NOT_READY')
  async batch(@CurrentActor() actor: Actor, @Param('sessionId', ParseIntPipe) sessionId: number, @Query() query: BatchQuery, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.tickets.batch(actor, sessionId, query.baseId);
    await sendAttachment(reply, { content: file.pdf, filename: file.filename, contentType: 'application/pdf' });
  }

  @ApiBearerAuth()
  @Roles('CENTRE_ADMIN')
  @Put('sessions/:sessionId/slots/:slotId/schedule')
  @ApiOperation({ summary: 'FA-12: move a skills slot; its tickets are regenerated and old prints verify as superseded' })
  @ApiErrors('SESSION_CONFIG_INVALID', 'NOT_FOUND', 'REDIS_UNAVAILABLE')
  @ApiResult('Rescheduling')
  reschedule(
    @CurrentActor() actor: Actor,
    @Param('sessionId', ParseIntPipe) sessionId: number,
    @Param('slotId', ParseIntPipe) slotId: number,
    @Body() dto: RescheduleDto,
  ): Promise<Rescheduling> {
    return this.changes.reschedule(actor, sessionId, slotId, dto);
  }

  @Public()
  @Get('verify/:token')
  @ApiOperation({
    summary: 'TK-6: is this ticket genuine and current? Shows the name, masked ID number and photo only',
    description: 'A ticket’s QR code encodes the portal’s page `{PUBLIC_ORIGIN}/verify/{token}`; the page passes the token on here.',
  })
  @ApiErrors('TICKET_TOKEN_INVALID')
  @ApiResult('TicketVerification')
  verify(@Param('token') token: string): Promise<TicketVerification> {
    return this.tickets.verify(token);
  }
}
