import { AttemptOutcome } from '@app/assessment';
import { Station, STATIONS } from '@app/assessment/rules';
import { ReportRow, RowErrorCode, RowOutcome } from '@app/scores';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { MessageDto } from '../../http/message.dto';
import { PagingQuery } from '../../http/paging.dto';

const ROW_OUTCOMES = ['NEW', 'CHANGED', 'UNCHANGED', 'ERROR'] as const;
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
