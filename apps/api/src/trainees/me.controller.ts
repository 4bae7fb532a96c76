import { Actor } from '@app/common/actor';
import { AppConfig } from '@app/common/config';
import { PhotoRequirements, photoRequirementsOf } from '@app/common/photo';
import { TraineeService, TraineeView } from '@app/training';
import { Body, Controller, Get, Header, Patch, Put, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { ApiFileAnswer, ApiFileUpload, JPEG } from '../docs/file-docs';
import { CurrentActor, Roles } from '../http/actor.decorator';
import { ApiErrors } from '../http/api-errors.decorator';
import { readSingleUpload } from '../http/uploads';
import { ProfileEditDto } from './trainees.dto';
import { ApiResult } from '../docs/api-result';

const PHOTO_FORMAT =
  'A recent 2-inch colour ID photo: a real JPEG (checked by content, not by name) of at most PHOTO_MAX_BYTES, at least PHOTO_MIN_WIDTH × ' +
  'PHOTO_MIN_HEIGHT pixels in the 2-inch aspect ratio, on a white background (unless PHOTO_REQUIRE_WHITE_BACKGROUND=false). It is stored upright ' +
  'and re-encoded without its metadata (EXIF GPS position, camera).';

@ApiTags('me')
@ApiBearerAuth()
@Roles('CANDIDATE')
@Controller('me')
export class MeController {
  constructor(
    private readonly trainees: TraineeService,
    private readonly config: AppConfig,
  ) {}

  @Get('profile')
  @ApiOperation({ summary: 'Your trainee record and profile (ID number masked)' })
  @ApiErrors('NOT_FOUND')
  @ApiResult('TraineeView')
  profile(@CurrentActor() actor: Actor): Promise<TraineeView> {
    return this.trainees.get(actor, this.trainees.ownTraineeId(actor));
  }

  @Patch('profile')
  @ApiOperation({ summary: 'Complete your real-name profile (FA-6)' })
  @ApiErrors('NOT_FOUND')
  @ApiResult('TraineeView')
  editProfile(@CurrentActor() actor: Actor, @Body() dto: ProfileEditDto): Promise<TraineeView> {
    return this.trainees.editProfile(actor, dto);
  }

  @Get('photo/requirements')
  @ApiOperation({ summary: 'FA-6: what an uploaded photo must satisfy (format, size, pixels, aspect, white background): the limits PUT /me/photo applies' })
  @ApiResult('PhotoRequirements')
  photoRequirements(): PhotoRequirements {
    return photoRequirementsOf(this.config.photoPolicy);
  }

  @Put('photo')
  @ApiFileUpload('the photo: JPEG', PHOTO_FORMAT)
  @ApiOperation({ summary: 'Upload your photo (FA-6): a real JPEG within the size and pixel limits; locked after centre approval' })
  @ApiErrors(
    'PHOTO_NOT_JPEG',
    'PHOTO_TOO_LARGE',
    'PHOTO_CORRUPT',
    'PHOTO_DIMENSIONS_INVALID',
    'PHOTO_TOO_MANY_PIXELS',
    'PHOTO_BACKGROUND_NOT_WHITE',
    'FILE_CORRUPT',
    'PHOTO_LOCKED',
    'NOT_FOUND',
  )
  @ApiResult('TraineeView')
  async uploadPhoto(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<TraineeView> {
    // Read a little past the photo limit so an oversized photo gets the photo's own error, not a generic one.
    const file = await readSingleUpload(request, this.config.photoPolicy.maxBytes * 4);
    return this.trainees.uploadPhoto(actor, file.buffer);
  }

  @Get('photo')
  @Header('Content-Type', 'image/jpeg')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'Your photo as stored (JPEG, without its metadata)' })
  @ApiFileAnswer('your photo', [JPEG], { attachment: false })
  @ApiErrors('NOT_FOUND')
  async photo(@CurrentActor() actor: Actor): Promise<StreamableFile> {
    return new StreamableFile(await this.trainees.photo(actor, this.trainees.ownTraineeId(actor)));
  }
}
