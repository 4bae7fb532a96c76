import { SessionDefinition, SUBJECTS, Subject, TicketMode } from '@app/assessment';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';

/** An instant with an explicit offset, e.g. 2024-02-29T08:00:00+08:00: a window is never ambiguous. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export class WindowDto {
  @ApiProperty({ example: '2024-02-29T08:00:00+08:00' }) @Matches(INSTANT, { message: 'opensAt must be ISO 8601 with an offset' }) opensAt: string;
  @ApiProperty({ example: '2024-03-11T00:00:00+08:00', description: 'exclusive: a notice\'s "until 23:59" closes at 24:00' })
  @Matches(INSTANT, { message: 'closesAt must be ISO 8601 with an offset' })
  closesAt: string;
}

export class YearRangeDto {
  @ApiProperty({ example: 2022 }) @IsInt() @Min(2000) @Max(2100) from: number;
  @ApiProperty({ example: 2024 }) @IsInt() @Min(2000) @Max(2100) to: number;
}

export class SessionSubjectDto {
  @ApiProperty({ enum: SUBJECTS }) @IsIn(SUBJECTS) subject: Subject;
  @ApiProperty({ enum: ['PLATFORM', 'NATIONAL_SITE'] }) @IsIn(['PLATFORM', 'NATIONAL_SITE']) ticketMode: TicketMode;
  @ApiProperty({ type: WindowDto }) @ValidateNested() @Type(() => WindowDto) ticketWindow: WindowDto;
  @ApiProperty({ type: WindowDto }) @ValidateNested() @Type(() => WindowDto) exam: WindowDto;
}

export class SessionDefinitionDto {
  @ApiProperty({ example: 'FJ-2025' }) @Matches(/^[A-Za-z0-9_-]{2,40}$/) code: string;
  @ApiProperty() @IsString() @Length(1, 120) name: string;
  @ApiProperty({ example: 2025 }) @IsInt() @Min(2000) @Max(2100) year: number;
  @ApiProperty({ example: 'fujian-2025.1' }) @IsString() @Length(1, 40) ruleSetVersion: string;
  @ApiProperty({ type: WindowDto }) @ValidateNested() @Type(() => WindowDto) signupWindow: WindowDto;
  @ApiProperty({ type: WindowDto }) @ValidateNested() @Type(() => WindowDto) reviewWindow: WindowDto;
  @ApiProperty({ type: YearRangeDto }) @ValidateNested() @Type(() => YearRangeDto) admittedRotationEndYears: YearRangeDto;
  @ApiProperty({ example: '2025-12-01', description: 'rotation must end before this date' }) @Matches(/^\d{4}-\d{2}-\d{2}$/) rotationCutoff: string;
  @ApiProperty({ type: [SessionSubjectDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => SessionSubjectDto)
  subjects: SessionSubjectDto[];
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 200) resultsNote?: string;
}

export class SessionUpdateDto extends SessionDefinitionDto {
  @ApiProperty() @IsInt() expectedVersion: number;
  @ApiProperty({ description: 'why the configuration changes (audited)' }) @IsString() @Length(1, 500) reason: string;
}

export function toDefinition(dto: SessionDefinitionDto): SessionDefinition {
  const window = (w: WindowDto) => ({ opensAt: new Date(w.opensAt), closesAt: new Date(w.closesAt) });
  return {
    code: dto.code,
    name: dto.name,
    year: dto.year,
    ruleSetVersion: dto.ruleSetVersion,
    signupWindow: window(dto.signupWindow),
    reviewWindow: window(dto.reviewWindow),
    admittedRotationEndYears: { from: dto.admittedRotationEndYears.from, to: dto.admittedRotationEndYears.to },
    rotationCutoff: dto.rotationCutoff,
    subjects: dto.subjects.map((s) => ({ subject: s.subject, ticketMode: s.ticketMode, ticketWindow: window(s.ticketWindow), exam: window(s.exam) })),
    resultsNote: dto.resultsNote ?? null,
  };
}
