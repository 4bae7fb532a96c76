import { ID_DOCUMENT_TYPES } from '@app/common/identity-document';
import { RosterImportReport, RosterRowError, RosterRowOutcome, RosterRowReport, TraineeView } from '@app/training';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Length, Matches, MaxLength, Min, ValidateIf } from 'class-validator';
import { MessageDto } from '../http/message.dto';
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

export class TraineeDto implements TraineeView {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: [...ID_DOCUMENT_TYPES] }) idType: string;
  @ApiProperty({ description: 'the ID number masked; the full one only through GET /trainees/{id}/id-number (audited)' }) idNumberMasked: string;
  @ApiProperty() baseId: number;
  @ApiProperty() cityId: number;
  @ApiProperty({ example: '2022' }) cohort: string;
  @ApiProperty({ example: '2024-06-30' }) rotationEndDate: string;
  @ApiProperty() phaseTheoryPassed: boolean;
  @ApiProperty() processAssessmentPassed: boolean;
  @ApiProperty() retrainingRequired: boolean;
  @ApiProperty({ type: String, enum: ['M', 'F'], nullable: true }) sex: 'M' | 'F' | null;
  @ApiProperty({ type: String, nullable: true, example: '1998-07-04' }) birthDate: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'where messages are e-mailed' }) email: string | null;
  @ApiProperty() hasPhoto: boolean;
  @ApiProperty({ description: 'locked once the centre approves a sign-up (FA-6)' }) photoLocked: boolean;
  @ApiProperty({ description: 'send it back as expectedVersion when editing' }) version: number;
}

class RosterRowErrorDto implements RosterRowError {
  @ApiProperty({ description: 'the roster column at fault' }) field: string;
  @ApiProperty({ example: 'ID_NUMBER_INVALID' }) code: string;
  @ApiProperty({ type: MessageDto }) message: MessageDto;
}

class RosterRowReportDto implements RosterRowReport {
  @ApiProperty({ description: 'as Excel numbers it: the header is row 1' }) rowNumber: number;
  @ApiProperty({ enum: ['CREATE', 'UPDATE', 'UNCHANGED', 'ERROR'] }) outcome: RosterRowOutcome;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) idMasked: string | null;
  @ApiProperty({ type: String, nullable: true }) baseName: string | null;
  @ApiProperty({ type: [RosterRowErrorDto] }) errors: RosterRowErrorDto[];
}

export class RosterImportReportDto implements RosterImportReport {
  @ApiProperty({ description: 'true when the rows were written (commit=true and no row in error)' }) committed: boolean;
  @ApiProperty({ enum: ['csv', 'xlsx'] }) format: 'csv' | 'xlsx';
  @ApiProperty({ type: String, enum: ['utf-8', 'gb18030'], nullable: true, description: 'CSV only' }) encoding: string | null;
  @ApiProperty() totalRows: number;
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty() unchanged: number;
  @ApiProperty() errorRows: number;
  @ApiProperty({ type: [RosterRowReportDto] }) rows: RosterRowReportDto[];
}

export class TraineePageDto {
  @ApiProperty({ type: [TraineeDto] }) items: TraineeDto[];
  @ApiProperty() total: number;
}
