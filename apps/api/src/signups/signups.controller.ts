import { SignupListRow, SignupListService, SignupReviewService, SignupView } from '@app/assessment';
import { Actor } from '@app/common/actor';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../http/actor.decorator';
import { sendAttachment } from '../http/send-attachment';
import { BaseReviewDto, CentreReviewDto, ReasonDto, SignupExportQuery, SignupFilterQuery } from './signups.dto';

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
  list(@CurrentActor() actor: Actor, @Query() query: SignupFilterQuery): Promise<{ items: SignupListRow[]; total: number; page: number; pageSize: number }> {
    const { page, pageSize, ...filter } = query;
    return this.lists.list(actor, filter, page, pageSize);
  }

  @Get('export')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: 'The same rows as the list (all pages), as CSV or XLSX; formula-like cells neutralised' })
  async export(@CurrentActor() actor: Actor, @Query() query: SignupExportQuery, @Res() reply: FastifyReply): Promise<void> {
    const { page: _page, pageSize: _pageSize, format, ...filter } = query;
    const file = await this.lists.export(actor, filter, format);
    await sendAttachment(reply, file);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One sign-up with its explained verdict' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<SignupView> {
    return this.reviews.get(actor, id);
  }

  @Roles('BASE_REVIEWER')
  @Post(':id/base-review')
  @HttpCode(200)
  @ApiOperation({ summary: 'FA-8: the base approves, rejects (reason) or returns for correction (reason)' })
  baseReview(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: BaseReviewDto): Promise<SignupView> {
    return this.reviews.baseReview(actor, id, dto.decision, dto.reason, dto.expectedVersion);
  }

  @Roles('CENTRE_ADMIN')
  @Post(':id/centre-review')
  @HttpCode(200)
  @ApiOperation({ summary: 'FA-9: the centre approves or rejects (reason) what the base approved' })
  centreReview(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: CentreReviewDto): Promise<SignupView> {
    return this.reviews.centreReview(actor, id, dto.decision, dto.reason, dto.expectedVersion);
  }

  @Roles('CENTRE_ADMIN')
  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'FA-11: cancel for false information (audited)' })
  cancel(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: ReasonDto): Promise<SignupView> {
    return this.reviews.cancelForFalseInformation(actor, id, dto.reason);
  }
}
