import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import type { AdmissionRound } from '@app/recruitment';
import { PagingQuery } from '../../http/paging.dto';

export const ASSESSMENT_ROUNDS = ['FIRST', 'SECOND', 'ADJUSTMENT'] as const;

export class ScoreDto {
  @ApiProperty({ minimum: 0, maximum: 999.99, description: 'at most two decimals' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(999.99)
  score: number;
}

export class PreviewRunDto {
  @ApiPropertyOptional({
    enum: ['FIRST', 'SECOND', 'PARALLEL', 'ADJUSTMENT'],
    description: 'the stage to stop after, where results are published round by round (e.g. FIRST: first-choice results); absent: every remaining round',
  })
  @IsOptional()
  @IsIn(['FIRST', 'SECOND', 'PARALLEL', 'ADJUSTMENT'])
  through?: AdmissionRound;
}

export class CommitQuery {
  @ApiPropertyOptional({ description: 'true: write every row (all or none); false or absent: check and preview only' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => value === true || value === 'true')
  @IsBoolean()
  commit: boolean = false;
}

export class OutcomeQuery extends PagingQuery {
  @ApiPropertyOptional({ description: 'only outcomes at this base' }) @IsOptional() @Type(() => Number) @IsInt() baseId?: number;
  @ApiPropertyOptional({ description: 'only the admitted (true) or the others (false)' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  admitted?: boolean;
}

export class ArrivalDto {
  @ApiProperty({ example: '2025-08-20', description: 'the Beijing day the trainee reported: the start of training (RC-9)' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  reportedOn: string;
}

export class NoShowDto {
  @ApiProperty({ description: 'why the trainee will not report (shown in the return)' }) @IsString() @Length(1, 500) reason: string;
}

export class FileFormatQuery {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'xlsx' }) @IsOptional() @IsIn(['csv', 'xlsx']) format: 'csv' | 'xlsx' = 'xlsx';
}
