import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';

export class RescheduleDto {
  @ApiProperty({ example: '2024-04-26' }) @Matches(/^\d{4}-\d{2}-\d{2}$/) date: string;
  @ApiProperty({ example: '08:00' }) @Matches(/^\d{2}:\d{2}$/) startsAt: string;
  @ApiProperty({ example: '11:30' }) @Matches(/^\d{2}:\d{2}$/) endsAt: string;
  @ApiProperty({ description: 'why (audited), e.g. 突发公共卫生事件' }) @IsString() @Length(1, 500) reason: string;
}

export class BatchQuery {
  @ApiPropertyOptional({ description: 'centre only: which base' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) baseId?: number;
}
