import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PagingQuery } from '../http/paging.dto';

export class MessageListQuery extends PagingQuery {
  @ApiPropertyOptional({ description: 'true: only unread messages', default: false })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' || value === '1' || value === true ? true : value === 'false' || value === '0' || value === false ? false : value))
  @IsBoolean()
  unread?: boolean;
}
