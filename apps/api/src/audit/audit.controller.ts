import { AuditService } from '@app/common/audit';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsString, Length } from 'class-validator';
import { Roles } from '../http/actor.decorator';
import { PagingQuery } from '../http/paging.dto';
import { ApiResult } from '../docs/api-result';
import { AuditPage } from '../docs/response-types';

class AuditQueryDto extends PagingQuery {
  @ApiPropertyOptional({ example: 'signup' }) @IsOptional() @IsString() @Length(1, 32) entityType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) entityId?: string;
  @ApiPropertyOptional({ example: 'SIGNUP_BASE_APPROVE' }) @IsOptional() @IsString() @Length(1, 64) action?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() actorUserId?: number;
  @ApiPropertyOptional({ example: '2024-03-01T00:00:00+08:00' }) @IsOptional() @Type(() => Date) @IsDate() from?: Date;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() to?: Date;
}

@ApiTags('audit')
@ApiBearerAuth()
@Roles('CENTRE_ADMIN')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'FA-13: the append-only audit trail, newest first' })
  @ApiResult('AuditPage')
  query(@Query() query: AuditQueryDto): Promise<AuditPage> {
    return this.audit.query(query);
  }
}
