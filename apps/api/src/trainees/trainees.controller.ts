import { Actor } from '@app/common/actor';
import { AppConfig } from '@app/common/config';
import { RosterImportReport, RosterImportService, TraineeService, TraineeView } from '@app/training';
import { Body, Controller, Get, Header, Param, ParseIntPipe, Patch, Post, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { CurrentActor, Roles } from '../http/actor.decorator';
import { readSingleUpload } from '../http/uploads';
import { RosterImportQuery, TraineeEditDto, TraineeListQuery } from './trainees.dto';
import { ApiFileUpload } from './upload-body';

@ApiTags('trainees')
@ApiBearerAuth()
@Controller('trainees')
export class TraineesController {
  constructor(
    private readonly trainees: TraineeService,
    private readonly roster: RosterImportService,
    private readonly config: AppConfig,
  ) {}

  @Roles('BASE_REVIEWER', 'CENTRE_ADMIN')
  @Post('import')
  @ApiFileUpload('CSV (UTF-8 or GBK) or XLSX roster')
  @ApiOperation({ summary: 'Roster import: a report for every row; with commit=true all rows or none are written' })
  async import(@CurrentActor() actor: Actor, @Query() query: RosterImportQuery, @Req() request: FastifyRequest): Promise<RosterImportReport> {
    const file = await readSingleUpload(request, this.config.http.uploadMaxBytes);
    return this.roster.import(actor, file, { commit: query.commit, defaultBaseId: query.baseId });
  }

  @Roles('BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN')
  @Get()
  @ApiOperation({ summary: 'Trainees within your scope' })
  list(@CurrentActor() actor: Actor, @Query() query: TraineeListQuery): Promise<{ items: TraineeView[]; total: number }> {
    return this.trainees.list(actor, query);
  }

  @Roles('BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN')
  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<TraineeView> {
    return this.trainees.get(actor, id);
  }

  @Roles('BASE_REVIEWER', 'CENTRE_ADMIN')
  @Patch(':id')
  @ApiOperation({ summary: 'Edit one trainee (audited, with a reason)' })
  edit(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: TraineeEditDto): Promise<TraineeView> {
    return this.trainees.edit(actor, id, dto);
  }

  @Roles('BASE_REVIEWER', 'CENTRE_ADMIN')
  @Get(':id/id-number')
  @ApiOperation({ summary: 'The full ID number, for those who must see it; every look is audited' })
  revealIdNumber(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<{ idType: string; idNumber: string }> {
    return this.trainees.revealIdNumber(actor, id);
  }

  @Roles('BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN')
  @Get(':id/photo')
  @Header('Content-Type', 'image/jpeg')
  @Header('Cache-Control', 'private, no-store')
  async photo(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<StreamableFile> {
    return new StreamableFile(await this.trainees.photo(actor, id));
  }
}
