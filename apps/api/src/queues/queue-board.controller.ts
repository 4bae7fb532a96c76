import { OneTimeLinks } from '@app/identity';
import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { ApiResult } from '../docs/api-result';
import { BoardLink } from '../docs/response-types';
import { Roles } from '../http/actor.decorator';
import { ApiErrors } from '../http/api-errors.decorator';
import { QUEUE_BOARD_ENTRY_PATH } from './queue-board';

@ApiTags('queues')
@ApiBearerAuth()
@Controller('queues')
export class QueueBoardController {
  constructor(private readonly links: OneTimeLinks) {}

  @Roles('CENTRE_ADMIN')
  @Post('board-link')
  @HttpCode(201)
  @ApiOperation({
    summary: 'A one-time link to the queue board, for a new tab (which has no Authorization header)',
    description:
      'Valid once, for 60 seconds. Opening it sets an HttpOnly, SameSite=Strict cookie for /api/queues holding this request\'s access token (so it lasts as long as the token, and ends with the login), then redirects to the board. A used, expired or forged link answers 401 ONE_TIME_LINK_INVALID.',
  })
  @ApiErrors('REDIS_UNAVAILABLE')
  @ApiResult('BoardLink')
  async boardLink(@Req() request: FastifyRequest): Promise<BoardLink> {
    // The access guard has verified this header's token and the role.
    const token = (request.headers.authorization ?? '').slice('Bearer '.length);
    const { code, expiresAt } = await this.links.issue('queue-board', token);
    return { url: `${QUEUE_BOARD_ENTRY_PATH}?code=${code}`, expiresAt: expiresAt.toISOString() };
  }
}
