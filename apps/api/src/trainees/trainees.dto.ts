import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Length, Matches, MaxLength, Min, ValidateIf } from 'class-validator';
import { PagingQuery } from '../http/paging.dto';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class TraineeListQuery extends PagingQuery {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() baseId?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() cityId?: number;
  @ApiPropertyOptional({ description: 'part of the name' }) @IsOptional() @IsString() @Length(1, 50) name?: string;
}

export class RosterImportQuery {
  @ApiPropertyOptional({ description: 'true writes the rows (all or none); false only reports', default: false })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  commit: boolean = false;

  @ApiPropertyOptional({ description: 'centre only: the base whose roster this is (else each row names its base)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  baseId?: number;
}

export class TraineeEditDto {
  @ApiProperty({ description: 'the version you read; a stale one is refused with CONFLICT' }) @IsInt() expectedVersion: number;
  @ApiProperty({ description: 'why the record changes (audited)' }) @IsString() @Length(1, 500) reason: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 50) name?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^\d{4}$/) cohort?: string;
  @ApiPropertyOptional({ example: '2024-06-30' }) @IsOptional() @Matches(LOCAL_DATE) rotationEndDate?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() phaseTheoryPassed?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() processAssessmentPassed?: boolean;
  @ApiPropertyOptional({ description: 'centre only: clear after retraining' }) @IsOptional() @IsBoolean() retrainingRequired?: boolean;
}

export class ProfileEditDto {
  @ApiPropertyOptional({ example: '13800000000' }) @IsOptional() @Matches(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/) phone?: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'lin.xiaohua@example.org', description: 'where your messages are also e-mailed (when the platform sends e-mail); null removes it' })
  @ValidateIf((dto: ProfileEditDto) => dto.email !== undefined && dto.email !== null)
  @IsEmail({ allow_display_name: false, allow_ip_domain: false, require_tld: true })
  @MaxLength(254)
  email?: string | null;
  @ApiPropertyOptional({ enum: ['M', 'F'], description: 'only for documents that do not encode it' }) @IsOptional() @IsIn(['M', 'F']) sex?: 'M' | 'F';
  @ApiPropertyOptional({ description: 'only for documents that do not encode it' }) @IsOptional() @Matches(LOCAL_DATE) birthDate?: string;
}
