import { AttemptOutcome, Subject, SUBJECTS } from '@app/assessment';
import { MANUAL_VOID_KINDS, ManualVoidKind, Station } from '@app/scores';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Min, ValidateIf, ValidateNested } from 'class-validator';
import { PagingQuery } from '../../http/paging.dto';

const OUTCOMES: readonly AttemptOutcome[] = ['PASSED', 'FAILED', 'ABSENT'];
const FINITE = { allowNaN: false, allowInfinity: false };
const STATION_DOC = { type: Number, nullable: true, description: 'the station score; null = absent from this station' };
/** Range and precision depend on the session's rule, so they are judged by the service, with reasons. */
const stationScore = (station: Station) => ValidateIf((dto: Record<Station, unknown>) => dto[station] !== null);

/** All four stations, each present: a number, or null for an absence. */
export class StationsDto {
  @ApiProperty({ ...STATION_DOC, example: 80 }) @stationScore('CASE_ANALYSIS') @IsNumber(FINITE) CASE_ANALYSIS: number | null;
  @ApiProperty({ ...STATION_DOC, example: 75.5 }) @stationScore('MEDICAL_RECORD') @IsNumber(FINITE) MEDICAL_RECORD: number | null;
  @ApiProperty({ ...STATION_DOC, example: 70 }) @stationScore('AUX_EXAM_READING') @IsNumber(FINITE) AUX_EXAM_READING: number | null;
  @ApiProperty({ ...STATION_DOC, example: 68 }) @stationScore('BASIC_PROCEDURES') @IsNumber(FINITE) BASIC_PROCEDURES: number | null;
}

const CRITICAL_ITEMS = 'critical items failed (ids from the session\'s skills rule, e.g. BASIC_PROCEDURES.aseptic); [] = none';

export class SkillsEntryDto {
  @ApiProperty({ type: StationsDto }) @ValidateNested() @Type(() => StationsDto) stations: StationsDto;
  @ApiProperty({ type: String, isArray: true, description: CRITICAL_ITEMS }) @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 100, { each: true }) failedCriticalItems: string[];
  @ApiPropertyOptional({ description: 'the version of the result you saw; omit for a first entry' }) @IsOptional() @IsInt() @Min(1) expectedVersion?: number;
}

export class CorrectionDto {
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'THEORY only: the corrected standard score; null = absent' })
  @IsOptional()
  @IsNumber(FINITE)
  score?: number | null;

  @ApiPropertyOptional({ type: StationsDto, description: 'SKILLS only: all four stations' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StationsDto)
  stations?: StationsDto;

  @ApiPropertyOptional({ type: String, isArray: true, description: `SKILLS only: ${CRITICAL_ITEMS}` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  failedCriticalItems?: string[];

  @ApiProperty({ description: 'why (audited), e.g. 阅卷复核发现登分错误' }) @IsString() @Length(1, 500) reason: string;
  @ApiProperty({ description: 'the version of the result you corrected' }) @IsInt() @Min(1) expectedVersion: number;
}

export class VoidDto {
  @ApiProperty({ enum: MANUAL_VOID_KINDS, description: 'VIOLATION: exam-rule violation (SC-8); FALSE_INFORMATION: FA-11' }) @IsIn(MANUAL_VOID_KINDS) kind: ManualVoidKind;
  @ApiProperty({ description: 'the decision (audited and shown to the candidate)' }) @IsString() @Length(1, 500) reason: string;
}

export class PublishDto {
  @ApiPropertyOptional({ description: 'a note for the audit trail' }) @IsOptional() @IsString() @Length(0, 500) reason?: string;
  @ApiPropertyOptional({
    description: 'publish although approved candidates have no result (e.g. not on the national theory list, FA-10): they stay without one. Needs a reason.',
  })
  @IsOptional()
  @IsBoolean()
  acknowledgeMissing?: boolean;
}

export class ResultListQuery extends PagingQuery {
  @ApiPropertyOptional({ enum: SUBJECTS }) @IsOptional() @IsIn(SUBJECTS) subject?: Subject;
  @ApiPropertyOptional({ description: 'a base reviewer may only name their own base' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) baseId?: number;
  @ApiPropertyOptional({ enum: OUTCOMES }) @IsOptional() @IsIn(OUTCOMES) outcome?: AttemptOutcome;
}
