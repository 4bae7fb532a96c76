import { EligibilityRuleId, EXCEPTABLE_RULES, SIGNUP_STATUSES, SignupStatus, Subject, SUBJECTS } from '@app/assessment';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { PagingQuery } from '../http/paging.dto';

export class SubjectsDto {
  @ApiPropertyOptional({ enum: SUBJECTS, isArray: true, description: 'omitted: what you need (both for a first-timer)' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsIn(SUBJECTS, { each: true })
  subjects?: Subject[];
}

export class DraftDto {
  @ApiProperty({ enum: SUBJECTS, isArray: true })
  @IsArray()
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsIn(SUBJECTS, { each: true })
  subjects: Subject[];
}

export class SubjectsQuery {
  @ApiPropertyOptional({ enum: SUBJECTS, isArray: true, description: 'comma-separated' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value))
  @IsArray()
  @ArrayUnique()
  @IsIn(SUBJECTS, { each: true })
  subjects?: Subject[];
}

export class BaseReviewDto {
  @ApiProperty({ enum: ['APPROVE', 'REJECT', 'RETURN'] }) @IsIn(['APPROVE', 'REJECT', 'RETURN']) decision: 'APPROVE' | 'REJECT' | 'RETURN';
  @ApiPropertyOptional({ description: 'required to reject or return' }) @IsOptional() @IsString() @Length(0, 500) reason?: string;
  @ApiPropertyOptional({ description: 'the version you reviewed; a stale one is refused' }) @IsOptional() @IsInt() expectedVersion?: number;
}

export class CentreReviewDto {
  @ApiProperty({ enum: ['APPROVE', 'REJECT'] }) @IsIn(['APPROVE', 'REJECT']) decision: 'APPROVE' | 'REJECT';
  @ApiPropertyOptional({ description: 'required to reject' }) @IsOptional() @IsString() @Length(0, 500) reason?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() expectedVersion?: number;
}

export class ReasonDto {
  @ApiProperty() @IsString() @Length(1, 500) reason: string;
}

export class ExceptionDto {
  @ApiProperty() @IsInt() @Min(1) traineeId: number;
  @ApiProperty({ enum: EXCEPTABLE_RULES }) @IsIn(EXCEPTABLE_RULES) rule: EligibilityRuleId;
  @ApiProperty() @IsString() @Length(1, 500) reason: string;
}

export class SignupFilterQuery extends PagingQuery {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() sessionId?: number;
  @ApiPropertyOptional({ enum: SIGNUP_STATUSES }) @IsOptional() @IsIn(SIGNUP_STATUSES) status?: SignupStatus;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() baseId?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() cityId?: number;
  @ApiPropertyOptional({ enum: SUBJECTS }) @IsOptional() @IsIn(SUBJECTS) subject?: Subject;
  @ApiPropertyOptional({ description: 'part of the name' }) @IsOptional() @IsString() @Length(1, 50) name?: string;
}

export class SignupExportQuery extends SignupFilterQuery {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'xlsx' }) @IsOptional() @IsIn(['csv', 'xlsx']) format: 'csv' | 'xlsx' = 'xlsx';
}
