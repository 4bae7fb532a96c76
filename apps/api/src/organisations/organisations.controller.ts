import { Organisation, OrganisationService } from '@app/identity';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiResult } from '../docs/api-result';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationService) {}

  @Get()
  @ApiOperation({ summary: 'The province, its cities and bases' })
  @ApiResult('Organisation', { list: true })
  list(): Promise<Organisation[]> {
    return this.organisations.all();
  }
}
