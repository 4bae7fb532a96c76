import { ID_DOCUMENT_TYPES, IdDocumentType } from '@app/common/identity-document';
import { PASSWORD_MAX_LENGTH } from '@app/identity';
import { APPLICANT_TYPES, ApplicantType, REVIEW_STATUSES, ReviewStatus } from '@app/recruitment';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, Length, Matches, Min, ValidateIf } from 'class-validator';
import { PagingQuery } from '../../http/paging.dto';

/** RC-1: the same account rules as a candidate's, plus the phone the round's staff call. */
export class ApplicantRegisterDto {
  @ApiProperty({ description: 'login name: letters, digits, . _ - (3–64)', example: 'wangfang' }) @Matches(/^[A-Za-z0-9._-]{3,64}$/) username: string;
  @ApiProperty({ description: 'the candidates’ password policy (400 PASSWORD_TOO_SHORT, PASSWORD_TOO_COMMON, PASSWORD_CONTAINS_USERNAME)' })
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  password: string;
  @ApiProperty({ example: '王芳' }) @IsString() @Length(1, 50) name: string;
  @ApiProperty({ enum: ID_DOCUMENT_TYPES }) @IsIn(ID_DOCUMENT_TYPES) idType: IdDocumentType;
  @ApiProperty({ example: '350102199901011234' }) @IsString() @Length(1, 40) idNumber: string;
  @ApiProperty({ description: 'mainland mobile number', example: '13800000000' }) @Matches(/^1\d{10}$/) phone: string;
}

export class ApplicationProfileDto {
  @ApiProperty({ enum: APPLICANT_TYPES, description: 'EMPLOYED (单位人) or INDEPENDENT (社会人)' }) @IsIn(APPLICANT_TYPES) applicantType: ApplicantType;
  @ApiPropertyOptional({ nullable: true, description: 'EMPLOYED where a city commission reviews: the organisation id of the employer’s city' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  employerCityId?: number | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'RC-2 facts: birthDate (taken from a resident ID number instead), citizenship, education {level, major, fullTime, lengthYears, graduationYear, diplomaHeld, overseas}, ' +
      'employment {status, facility, rural, regionCode, startYear}, sponsorship, servingMilitary, trainingRecords [{programme, status, withdrawnOn, where}], licence {qualification, gpScope}. ' +
      'Each problem is listed with its path (400 APPLICANT_FACTS_INVALID).',
  })
  @IsObject()
  facts: Record<string, unknown>;
  @ApiPropertyOptional({ description: 'the version you edited; a stale one is refused (409 APPLICATION_CHANGED)' }) @IsOptional() @IsInt() expectedVersion?: number;
}

export class ApplicationChoicesDto {
  @ApiProperty({ type: [Number], description: 'base organisation ids, first choice first (at most the round’s maximum)' })
  @IsArray()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsInt({ each: true })
  baseIds: number[];
  @ApiProperty({ description: 'accepts adjustment to another base (调剂)' }) @IsBoolean() acceptsAdjustment: boolean;
  @ApiPropertyOptional({ description: 'the version you edited; a stale one is refused (409 APPLICATION_CHANGED)' }) @IsOptional() @IsInt() expectedVersion?: number;
}

export class SubmitApplicationDto {
  @ApiPropertyOptional({ description: 'the version you reviewed before submitting' }) @IsOptional() @IsInt() expectedVersion?: number;
}

export class ReviewDecisionDto {
  @ApiProperty({ enum: ['APPROVE', 'REJECT', 'RETURN'] }) @IsIn(['APPROVE', 'REJECT', 'RETURN']) decision: 'APPROVE' | 'REJECT' | 'RETURN';
  @ApiPropertyOptional({ description: 'required to reject or return' }) @IsOptional() @IsString() @Length(0, 500) reason?: string;
  @ApiPropertyOptional({ description: 'RETURN: the correction deadline, an ISO 8601 instant with its offset, e.g. 2025-07-08T17:00:00+08:00' })
  @IsOptional()
  @IsISO8601({ strict: true })
  correctBy?: string;
  @ApiPropertyOptional({ description: 'the version you reviewed; a stale one is refused (409 APPLICATION_CHANGED)' }) @IsOptional() @IsInt() expectedVersion?: number;
}

export class ApplicationFilterQuery extends PagingQuery {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) roundId?: number;
  @ApiPropertyOptional({ enum: REVIEW_STATUSES }) @IsOptional() @IsIn(REVIEW_STATUSES) status?: ReviewStatus;
  @ApiPropertyOptional({ enum: APPLICANT_TYPES }) @IsOptional() @IsIn(APPLICANT_TYPES) applicantType?: ApplicantType;
  @ApiPropertyOptional({ description: 'applications choosing this base (first or second choice)' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) baseId?: number;
}

export class ApplicationExportQuery extends ApplicationFilterQuery {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'xlsx' }) @IsOptional() @IsIn(['csv', 'xlsx']) format: 'csv' | 'xlsx' = 'xlsx';
}
