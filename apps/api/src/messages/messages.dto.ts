import { MESSAGE_KINDS, MessageKind, MessagePage, MessageView } from '@app/notifications';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PagingQuery } from '../http/paging.dto';

export class MessageListQuery extends PagingQuery {
  @ApiPropertyOptional({ description: 'true: only unread messages', default: false })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' || value === '1' || value === true ? true : value === 'false' || value === '0' || value === false ? false : value))
  @IsBoolean()
  unread?: boolean;
}

const FACTS =
  'what the text was written from, by kind: the session (sessionId, sessionName) and sign-up (signupId) of review outcomes, with the reason ' +
  'and, for a return, the deadline to correct it (correctBefore); the ticket number, exam slot, site and print window of TICKETS_READY; ' +
  'the old and new time (before, after) of SESSION_RESCHEDULED; the subject of RESULTS_PUBLISHED; the limit (deadline), what remains ' +
  '(remainingSubjects) and the years left (remainingYears) of THREE_YEAR_LIMIT_APPROACHING. Times are Beijing time with their offset.';

export class CandidateMessageDto implements MessageView {
  @ApiProperty() id: number;
  @ApiProperty({ enum: MESSAGE_KINDS }) kind: MessageKind;
  @ApiProperty({ example: '报名被退回修改' }) title: string;
  @ApiProperty({ example: '您在“2024年福建省临床类别助理全科医生培训结业考核”的报名已被培训基地退回修改。理由：照片不清晰。请在 2024年3月13日24:00（北京时间）前修改并重新提交；逾期未重新提交的，报名作废。' })
  body: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: FACTS }) facts: Record<string, unknown>;
  @ApiProperty({ example: '2024-03-06T10:00:00+08:00' }) createdAt: string;
  @ApiProperty() read: boolean;
  @ApiProperty({ type: String, nullable: true, example: null }) readAt: string | null;
}

export class MessagePageDto implements MessagePage {
  @ApiProperty({ type: [CandidateMessageDto], description: 'newest first' }) items: CandidateMessageDto[];
  @ApiProperty({ description: 'messages matching the query (all, or the unread ones)' }) total: number;
  @ApiProperty({ description: 'your unread messages, whatever the query' }) unread: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class UnreadCountDto {
  @ApiProperty() unread: number;
}

export class ReadAllDto {
  @ApiProperty({ description: 'messages this call marked read' }) marked: number;
  @ApiProperty({ description: 'unread messages left (0, unless one arrived meanwhile)' }) unread: number;
}
