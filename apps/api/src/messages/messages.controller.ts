import { Actor } from '@app/common/actor';
import { MessageCentre, MessagePage, MessageView } from '@app/notifications';
import { Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiResult } from '../docs/api-result';
import { ReadAll, UnreadCount } from '../docs/response-types';
import { CurrentActor, Roles } from '../http/actor.decorator';
import { ApiErrors } from '../http/api-errors.decorator';
import { MessageListQuery } from './messages.dto';

/**
 * The candidate's message centre (SPEC Part E: the official channel): review outcomes, returns and their
 * deadlines, voiding, tickets, reschedules, results and the three-year limit. Only one's own messages.
 */
@ApiTags('my messages')
@ApiBearerAuth()
@Roles('CANDIDATE')
@Controller('me/messages')
export class MessagesController {
  constructor(private readonly messages: MessageCentre) {}

  @Get()
  @ApiOperation({ summary: 'Your messages, newest first, a page at a time (unread=true: only the unread), with your unread count' })
  @ApiResult('MessagePage')
  list(@CurrentActor() actor: Actor, @Query() query: MessageListQuery): Promise<MessagePage> {
    return this.messages.list(actor, query);
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of your messages are unread (for the badge)' })
  @ApiResult('UnreadCount')
  unreadCount(@CurrentActor() actor: Actor): Promise<UnreadCount> {
    return this.messages.unreadCount(actor);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of your messages read (again: no change); another candidate\'s message is not found' })
  @ApiResult('MessageView')
  @ApiErrors('MESSAGE_NOT_FOUND')
  markRead(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<MessageView> {
    return this.messages.markRead(actor, id);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all your messages read' })
  @ApiResult('ReadAll')
  markAllRead(@CurrentActor() actor: Actor): Promise<ReadAll> {
    return this.messages.markAllRead(actor);
  }
}
