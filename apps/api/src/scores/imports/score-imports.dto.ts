import { AttemptOutcome } from '@app/assessment';
import { Station, STATIONS } from '@app/assessment/rules';
import { ReportRow, RowErrorCode, RowOutcome, ScoreImportStatus, ScoreImportView } from '@app/scores';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { MessageDto } from '../../http/message.dto';
import { PagingQuery } from '../../http/paging.dto';

const ROW_OUTCOMES = ['NEW', 'CHANGED', 'UNCHANGED', 'ERROR'] as const;
const IMPORT_STATUSES: ScoreImportStatus[] = ['PREVIEWING', 'PREVIEWED', 'COMMITTING', 'COMMITTED', 'FAILED', 'STALE'];
const OUTCOMES: AttemptOutcome[] = ['PASSED', 'FAILED', 'ABSENT'];

export class ImportRowsQuery extends PagingQuery {
  @ApiPropertyOptional({ enum: ROW_OUTCOMES }) @IsOptional() @IsIn(ROW_OUTCOMES) outcome?: (typeof ROW_OUTCOMES)[number];
}

class StationScoresDto implements Record<Station, number | null> {
  @ApiProperty({ type: Number, nullable: true, description: 'null: absent from the station' }) CASE_ANALYSIS: number | null;
  @ApiProperty({ type: Number, nullable: true }) MEDICAL_RECORD: number | null;
  @ApiProperty({ type: Number, nullable: true }) AUX_EXAM_READING: number | null;
  @ApiProperty({ type: Number, nullable: true }) BASIC_PROCEDURES: number | null;
}

class ResultStateDto {
  @ApiProperty({ enum: OUTCOMES }) outcome: AttemptOutcome;
  @ApiProperty({ type: Number, nullable: true, description: 'THEORY: the standard score; SKILLS: the total; null when absent' }) score: number | null;
  @ApiPropertyOptional({ type: StationScoresDto, nullable: true, description: `SKILLS: ${STATIONS.join(', ')}` }) stationScores?: StationScoresDto | null;
  @ApiPropertyOptional({ type: [String], nullable: true, description: 'SKILLS: the critical items failed' }) failedCriticalItems?: string[] | null;
}

class RowErrorDto {
  @ApiProperty({ description: 'e.g. UNKNOWN_CANDIDATE, NAME_MISMATCH, NOT_SIGNED_UP, DUPLICATE_ROW, ID_NUMBER_MANGLED, a score problem' }) code: RowErrorCode;
  @ApiProperty({ type: MessageDto }) message: MessageDto;
}

export class ReportRowDto implements ReportRow {
  @ApiProperty({ description: 'as Excel numbers it: the header is row 1' }) rowNumber: number;
  @ApiProperty({ enum: ROW_OUTCOMES }) outcome: RowOutcome;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) idNumberMasked: string | null;
  @ApiProperty({ type: Number, nullable: true }) traineeId: number | null;
  @ApiPropertyOptional({ type: RowErrorDto }) error?: RowErrorDto;
  @ApiPropertyOptional({ type: ResultStateDto, description: 'CHANGED, UNCHANGED: the result as it stands' }) before?: ResultStateDto;
  @ApiPropertyOptional({ type: ResultStateDto, description: 'NEW, CHANGED: the result the commit writes' }) after?: ResultStateDto;
}

export class ReportRowPageDto {
  @ApiProperty({ type: [ReportRowDto] }) items: ReportRowDto[];
  @ApiProperty() total: number;
}

class ImportSummaryDto {
  @ApiProperty() totalRows: number;
  @ApiProperty() NEW: number;
  @ApiProperty() CHANGED: number;
  @ApiProperty() UNCHANGED: number;
  @ApiProperty() ERROR: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'rows in error per row error code' })
  errorsByCode: Partial<Record<RowErrorCode, number>>;
  @ApiProperty({ description: 'approved candidates of the subject the file does not mention (nothing is written for them)' }) missingFromFile: number;
  @ApiProperty({ enum: ['csv', 'xlsx'] }) format: string;
  @ApiProperty({ type: String, nullable: true, enum: ['utf-8', 'gb18030'] }) encoding: string | null;
}

class ImportErrorDto {
  @ApiProperty({ description: 'the error code that stopped the preview or the commit' }) code: string;
  @ApiProperty({ type: MessageDto }) message: MessageDto;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) details?: unknown;
}

export class ScoreImportDto implements ScoreImportView {
  @ApiProperty() id: number;
  @ApiProperty() sessionId: number;
  @ApiProperty({ enum: ['THEORY', 'SKILLS'] }) subject: ScoreImportView['subject'];
  @ApiProperty({ enum: IMPORT_STATUSES, description: 'PREVIEWING and COMMITTING: the worker has it, poll GET /score-imports/{importId}' }) status: ScoreImportStatus;
  @ApiProperty() fileName: string;
  @ApiProperty() fileSha256: string;
  @ApiProperty() fileBytes: number;
  @ApiProperty({ type: Number, nullable: true }) totalRows: number | null;
  @ApiProperty() processedRows: number;
  @ApiProperty({ type: ImportSummaryDto, nullable: true, description: 'once previewed' }) summary: ImportSummaryDto | null;
  @ApiProperty({ description: 'previewed and every row valid: commit writes all rows (otherwise none)' }) canCommit: boolean;
  @ApiProperty({ type: [ReportRowDto], description: 'the first rows in error; all of them with GET …/rows?outcome=ERROR' }) problems: ReportRowDto[];
  @ApiProperty({ type: [ReportRowDto], description: 'the first changed rows' }) changes: ReportRowDto[];
  @ApiProperty({ type: ImportErrorDto, nullable: true }) error: ImportErrorDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) committedAt: string | null;
}
