import { Actor } from '@app/common/actor';
import { ExamSite, ExamSlot, SeatingReport, SeatingService, SiteService, SiteWithSlots, TicketNumberService } from '@app/tickets';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../http/actor.decorator';
import { ApiErrors } from '../http/api-errors.decorator';
import { SiteDto, SlotDto } from './sites.dto';
import { ApiResult } from '../docs/api-result';
import { TicketNumbering } from '../docs/response-types';

@ApiTags('sites, seating and ticket numbers')
@ApiBearerAuth()
@Controller('sessions/:sessionId')
export class SitesController {
  constructor(
    private readonly sites: SiteService,
    private readonly seating: SeatingService,
    private readonly numbers: TicketNumberService,
  ) {}

  @Roles('CENTRE_ADMIN', 'BASE_REVIEWER', 'CITY_REVIEWER')
  @Get('sites')
  @ApiOperation({ summary: 'TK-4: the skills-assessment sites, their slots and rooms' })
  @ApiResult('SiteWithSlots', { list: true })
  list(@Param('sessionId', ParseIntPipe) sessionId: number): Promise<SiteWithSlots[]> {
    return this.sites.list(sessionId);
  }

  @Roles('CENTRE_ADMIN')
  @Post('sites')
  @ApiOperation({ summary: 'TK-4: add a site (audited)' })
  @ApiErrors('SESSION_CONFIG_INVALID', 'SESSION_NOT_FOUND')
  @ApiResult('ExamSite')
  createSite(@CurrentActor() actor: Actor, @Param('sessionId', ParseIntPipe) sessionId: number, @Body() dto: SiteDto): Promise<ExamSite> {
    return this.sites.createSite(actor, sessionId, dto);
  }

  @Roles('CENTRE_ADMIN')
  @Post('sites/:siteId/slots')
  @ApiOperation({ summary: 'TK-4: add a day and time slot with its rooms / station groups and capacities (audited)' })
  @ApiErrors('SESSION_CONFIG_INVALID', 'NOT_FOUND')
  @ApiResult('ExamSlot')
  createSlot(@CurrentActor() actor: Actor, @Param('sessionId', ParseIntPipe) sessionId: number, @Param('siteId', ParseIntPipe) siteId: number, @Body() dto: SlotDto): Promise<ExamSlot> {
    return this.sites.createSlot(actor, sessionId, siteId, dto);
  }

  @Roles('CENTRE_ADMIN')
  @Post('seating')
  @HttpCode(200)
  @ApiOperation({ summary: 'TK-4: seat every centre-approved SKILLS candidate; existing seats stay; reports who could not be seated and why' })
  @ApiErrors('SESSION_NOT_FOUND')
  @ApiResult('SeatingReport')
  seat(@CurrentActor() actor: Actor, @Param('sessionId', ParseIntPipe) sessionId: number): Promise<SeatingReport> {
    return this.seating.run(actor, sessionId);
  }

  @Roles('CENTRE_ADMIN')
  @Post('ticket-numbers')
  @HttpCode(200)
  @ApiOperation({ summary: 'TK-3: give every seated SKILLS candidate a ticket number (unique, gap-free, never changed)' })
  @ApiErrors('SESSION_NOT_FOUND')
  @ApiResult('TicketNumbering')
  issueNumbers(@CurrentActor() actor: Actor, @Param('sessionId', ParseIntPipe) sessionId: number): Promise<TicketNumbering> {
    return this.numbers.issueForSession(actor, sessionId);
  }
}
