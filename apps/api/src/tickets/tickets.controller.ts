import { SUBJECTS, Subject } from '@app/assessment';
import { Actor } from '@app/common/actor';
import { TicketAccessService, TicketProgress, TicketVerification } from '@app/tickets';
import { Controller, Get, HttpCode, Param, ParseEnumPipe, ParseIntPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { CurrentActor, Public, Roles } from '../http/actor.decorator';

@ApiTags('admit tickets')
@Controller()
export class TicketsController {
  constructor(private readonly tickets: TicketAccessService) {}

  @ApiBearerAuth()
  @Roles('CENTRE_ADMIN')
  @Post('sessions/:sessionId/tickets/generate')
  @HttpCode(202)
  @ApiOperation({ summary: 'TK-5: number every seated candidate and queue the PDFs that are missing or out of date' })
  generate(@CurrentActor() actor: Actor, @Param('sessionId', ParseIntPipe) sessionId: number): Promise<{ issued: number; jobs: number; progress: TicketProgress }> {
    return this.tickets.generate(actor, sessionId);
  }

  @ApiBearerAuth()
  @Roles('CENTRE_ADMIN')
  @Get('sessions/:sessionId/tickets/progress')
  @ApiOperation({ summary: 'TK-5: tickets done / failed / pending / total' })
  progress(@Param('sessionId', ParseIntPipe) sessionId: number): Promise<TicketProgress> {
    return this.tickets.progress(sessionId);
  }

  @ApiBearerAuth()
  @Roles('CANDIDATE')
  @Get('me/tickets/:sessionId/:subject')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'TK-1: your admit ticket, only inside the subject\'s ticket window (THEORY: the national site)' })
  async download(
    @CurrentActor() actor: Actor,
    @Param('sessionId', ParseIntPipe) sessionId: number,
    @Param('subject', new ParseEnumPipe(SUBJECTS)) subject: Subject,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.tickets.download(actor, sessionId, subject);
    await reply
      .header('Content-Type', 'application/pdf')
      .header('Content-Disposition', `attachment; filename="${file.filename}"`)
      .header('Cache-Control', 'private, no-store')
      .send(file.pdf);
  }

  @Public()
  @Get('verify/:token')
  @ApiOperation({ summary: 'TK-6: is this ticket genuine and current? Shows the name, masked ID number and photo only' })
  verify(@Param('token') token: string): Promise<TicketVerification> {
    return this.tickets.verify(token);
  }
}
