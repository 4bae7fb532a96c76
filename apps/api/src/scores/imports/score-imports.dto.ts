import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PagingQuery } from '../../http/paging.dto';

const ROW_OUTCOMES = ['NEW', 'CHANGED', 'UNCHANGED', 'ERROR'] as const;

export class ImportRowsQuery extends PagingQuery {
  @ApiPropertyOptional({ enum: ROW_OUTCOMES }) @IsOptional() @IsIn(ROW_OUTCOMES) outcome?: (typeof ROW_OUTCOMES)[number];
}
