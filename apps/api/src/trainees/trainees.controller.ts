import { Actor } from '@app/common/actor';
import { AppConfig } from '@app/common/config';
import { ROSTER_COLUMNS, RosterImportReport, RosterImportService, TraineeService, TraineeView } from '@app/training';
import { Body, Controller, Get, Header, Param, ParseIntPipe, Patch, Post, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { ApiFileAnswer, ApiTableUpload, JPEG } from '../docs/file-docs';
import { CurrentActor, Roles } from '../http/actor.decorator';
import { ApiErrors } from '../http/api-errors.decorator';
import { readSingleUpload } from '../http/uploads';
import { RosterImportQuery, TraineeEditDto, TraineeListQuery } from './trainees.dto';
import { ApiResult } from '../docs/api-result';
import { RevealedIdNumber, TraineePage } from '../docs/response-types';

const ROSTER_NOTES =
  'One row per trainee. Flags (阶段考试, 过程考核) read 是/合格/通过/yes/true/1 or 否/不合格/未通过/no/false/0; dates 2024-06-30, 2024/6/30, 2024.6.30 or ' +
  '2024年6月30日; the cohort is the year training started (2022 or 2022级). Without 证件类型 a row is a resident ID card. 培训基地 is the base\'s name as ' +
  'GET /organisations spells it: a base imports its own trainees and may leave it empty; the centre names it per row or once with ?baseId=.';

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
  @ApiTableUpload('The roster', ROSTER_COLUMNS, ROSTER_NOTES)
  @ApiOperation({ summary: 'Roster import: a report for every row; with commit=true all rows or none are written', description: '422 ROSTER_INVALID (with the report) when commit=true and a row is in error.' })
  @ApiErrors('ROSTER_INVALID', 'CONFLICT', 'FORBIDDEN_SCOPE', 'ORGANISATION_NOT_FOUND')
  @ApiResult('RosterImportReport')
  async import(@CurrentActor() actor: Actor, @Query() query: RosterImportQuery, @Req() request: FastifyRequest): Promise<RosterImportReport> {
    const file = await readSingleUpload(request, this.config.http.uploadMaxBytes);
    return this.roster.import(actor, file, { commit: query.commit, defaultBaseId: query.baseId });
  }

  @Roles('BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN')
  @Get()
  @ApiOperation({ summary: 'Trainees within your scope' })
  @ApiErrors('FORBIDDEN_SCOPE', 'ORGANISATION_NOT_FOUND')
  @ApiResult('TraineePage')
  list(@CurrentActor() actor: Actor, @Query() query: TraineeListQuery): Promise<TraineePage> {
    return this.trainees.list(actor, query);
  }

  @Roles('BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN')
  @Get(':id')
  @ApiOperation({ summary: 'One trainee within your scope (ID number masked)' })
  @ApiErrors('NOT_FOUND', 'FORBIDDEN_SCOPE')
  @ApiResult('TraineeView')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<TraineeView> {
    return this.trainees.get(actor, id);
  }

  @Roles('BASE_REVIEWER', 'CENTRE_ADMIN')
  @Patch(':id')
  @ApiOperation({ summary: 'Edit one trainee (audited, with a reason)' })
  @ApiErrors('NOT_FOUND', 'FORBIDDEN_SCOPE', 'CONFLICT')
  @ApiResult('TraineeView')
  edit(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: TraineeEditDto): Promise<TraineeView> {
    return this.trainees.edit(actor, id, dto);
  }

  @Roles('BASE_REVIEWER', 'CENTRE_ADMIN')
  @Get(':id/id-number')
  @ApiOperation({ summary: 'The full ID number, for those who must see it; every look is audited' })
  @ApiErrors('NOT_FOUND', 'FORBIDDEN_SCOPE')
  @ApiResult('RevealedIdNumber')
  revealIdNumber(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<RevealedIdNumber> {
    return this.trainees.revealIdNumber(actor, id);
  }

  @Roles('BASE_REVIEWER', 'CITY_REVIEWER', 'CENTRE_ADMIN')
  @Get(':id/photo')
  @Header('Content-Type', 'image/jpeg')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'A trainee\'s photo (JPEG, re-encoded without its metadata), within your scope' })
  @ApiFileAnswer('the photo', [JPEG], { attachment: false })
  @ApiErrors('NOT_FOUND', 'FORBIDDEN_SCOPE')
  async photo(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<StreamableFile> {
    return new StreamableFile(await this.trainees.photo(actor, id));
  }
}
