import { SessionDefinition, SUBJECTS, Subject, TicketMode } from '@app/assessment';
import { Station } from '@app/assessment/rules';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';

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

/** SC-1: the theory pass line on the national standard-score scale. */
export class TheoryPassRuleDto {
  @ApiProperty({ example: 60, description: 'a score equal to the pass line passes' }) @IsNumber() @Min(0) passLine: number;
  @ApiProperty({ example: 100 }) @IsNumber() @Min(0) maxScore: number;
  @ApiPropertyOptional({ example: 1 }) @IsOptional() @IsInt() @Min(0) @Max(4) maxDecimalPlaces?: number;
}

/** SC-2: total, per-station minimums and maximums, critical items; checked as a whole by the rule's own validator. */
export class SkillsPassRuleDto {
  @ApiProperty({ example: 240 }) @IsNumber() @Min(0) totalPassLine: number;
  @ApiProperty({ example: { CASE_ANALYSIS: 60, MEDICAL_RECORD: 60 } }) @IsObject() stationMinimums: Partial<Record<Station, number>>;
  @ApiProperty({ example: { CASE_ANALYSIS: 100, MEDICAL_RECORD: 100, AUX_EXAM_READING: 100, BASIC_PROCEDURES: 100 } }) @IsObject() stationMaximums: Record<Station, number>;
  @ApiProperty({ example: ['BASIC_PROCEDURES.aseptic'] }) @IsArray() @IsString({ each: true }) criticalItems: string[];
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
  @ApiPropertyOptional({ type: TheoryPassRuleDto }) @IsOptional() @ValidateNested() @Type(() => TheoryPassRuleDto) theoryPassRule?: TheoryPassRuleDto;
  @ApiPropertyOptional({ type: SkillsPassRuleDto }) @IsOptional() @ValidateNested() @Type(() => SkillsPassRuleDto) skillsPassRule?: SkillsPassRuleDto;
}

export class SessionUpdateDto extends SessionDefinitionDto {
  @ApiProperty() @IsInt() expectedVersion: number;
  @ApiProperty({ description: 'why the configuration changes (audited)' }) @IsString() @Length(1, 500) reason: string;
  // A session read with GET can be sent back as it came: what only POST /sessions/{id}/cancel changes is accepted and ignored.
  @ApiPropertyOptional({ readOnly: true, description: 'FA-12, as GET answers it; ignored here (cancel with POST /sessions/{id}/cancel)' }) @IsOptional() @IsArray() cancellations?: unknown[];
  @ApiPropertyOptional({ readOnly: true, description: 'FA-12, as GET answers it; ignored here' }) @IsOptional() @IsBoolean() cancelled?: boolean;
}

/** FA-12: call off one subject, or the whole session when no subject is given. */
export class SessionCancelDto {
  @ApiPropertyOptional({ enum: SUBJECTS, description: 'the subject to cancel; absent: the whole session' })
  @IsOptional()
  @IsIn(SUBJECTS)
  subject?: Subject;
  @ApiProperty({ description: 'why (told to every affected candidate, audited)', example: '受台风影响，考点无法正常组织考试' })
  @IsString()
  @Length(1, 500)
  reason: string;
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
    theoryPassRule: dto.theoryPassRule ? { ...dto.theoryPassRule } : null,
    skillsPassRule: dto.skillsPassRule ? { ...dto.skillsPassRule } : null,
  };
}
