import { Actor } from '@app/common/actor';
import { AppConfig } from '@app/common/config';
import { TraineeService, TraineeView } from '@app/training';
import { Body, Controller, Get, Header, Patch, Put, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { CurrentActor, Roles } from '../http/actor.decorator';
import { readSingleUpload } from '../http/uploads';
import { ProfileEditDto } from './trainees.dto';
import { ApiFileUpload } from './upload-body';

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
  profile(@CurrentActor() actor: Actor): Promise<TraineeView> {
    return this.trainees.get(actor, this.trainees.ownTraineeId(actor));
  }

  @Patch('profile')
  @ApiOperation({ summary: 'Complete your real-name profile (FA-6)' })
  editProfile(@CurrentActor() actor: Actor, @Body() dto: ProfileEditDto): Promise<TraineeView> {
    return this.trainees.editProfile(actor, dto);
  }

  @Put('photo')
  @ApiFileUpload('a recent 2-inch colour photo on white, JPEG')
  @ApiOperation({ summary: 'Upload your photo (FA-6): a real JPEG within the size and pixel limits; locked after centre approval' })
  async uploadPhoto(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<TraineeView> {
    // Read a little past the photo limit so an oversized photo gets the photo's own error, not a generic one.
    const file = await readSingleUpload(request, this.config.photoPolicy.maxBytes * 4);
    return this.trainees.uploadPhoto(actor, file.buffer);
  }

  @Get('photo')
  @Header('Content-Type', 'image/jpeg')
  @Header('Cache-Control', 'private, no-store')
  async photo(@CurrentActor() actor: Actor): Promise<StreamableFile> {
    return new StreamableFile(await this.trainees.photo(actor, this.trainees.ownTraineeId(actor)));
  }
}
