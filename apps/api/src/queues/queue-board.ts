import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BoardAdapter } from '@bull-board/fastify';
import { AppConfig } from '@app/common/config';
import { DomainError, ErrorCode } from '@app/common/errors';
import { AuthService, OneTimeLinks } from '@app/identity';
import { QueueName } from '@app/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_PREFIX } from '../http/api-prefix';
import { ERROR_CATALOGUE } from '../http/error-catalogue';

export const QUEUE_BOARD_PATH = `/${API_PREFIX}/queues`;
/** Where a one-time board link lands: it is redeemed there for the board's cookie. */
export const QUEUE_BOARD_ENTRY_PATH = `${QUEUE_BOARD_PATH}/enter`;
/** The board's own cookie: HttpOnly, SameSite=Strict, sent only under the board's path. */
export const QUEUE_BOARD_COOKIE = 'agp_queue_board';

/** The board's cookie from a Cookie header, or undefined. */
export function boardCookieOf(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === QUEUE_BOARD_COOKIE && value.length > 0) return value.join('=');
  }
  return undefined;
}

async function refuse(reply: FastifyReply, code: ErrorCode): Promise<void> {
  const { status, zh, en } = ERROR_CATALOGUE[code];
  await reply.status(status).header('cache-control', 'no-store').send({ code, message: { zh, en } });
}

/**
 * The BullMQ board (jobs, failures, retries) for centre admins only. It is a Fastify plugin outside Nest's
 * guards, so it checks the access token itself: from the Authorization header, or from its cookie. The portal
 * keeps its token in memory, so a new tab has no header: the portal asks POST /api/queues/board-link for a
 * one-time link, and opening it sets the cookie (holding that access token, so it ends with it, and with
 * every revocation the token checks see) and goes on to the board.
 */
export async function mountQueueBoard(app: NestFastifyApplication): Promise<void> {
  const board = new BoardAdapter();
  board.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: Object.values(QueueName).map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)))),
    serverAdapter: board,
  });
  const auth = app.get(AuthService);
  const links = app.get(OneTimeLinks);
  const config = app.get(AppConfig);

  const centreAdmin = async (token: string | undefined): Promise<void> => {
    if (!token) throw new DomainError('UNAUTHENTICATED');
    const { actor, passwordChangeRequired } = await auth.authenticate(token);
    if (passwordChangeRequired) throw new DomainError('PASSWORD_CHANGE_REQUIRED');
    if (actor.role !== 'CENTRE_ADMIN') throw new DomainError('FORBIDDEN_ROLE');
  };

  const instance = app.getHttpAdapter().getInstance();
  instance.get(QUEUE_BOARD_ENTRY_PATH, async (request: FastifyRequest<{ Querystring: { code?: string } }>, reply) => {
    const code = typeof request.query.code === 'string' ? request.query.code : '';
    const token = await links.redeem('queue-board', code);
    try {
      if (!token) throw new DomainError('ONE_TIME_LINK_INVALID');
      await centreAdmin(token);
    } catch (error) {
      return refuse(reply, error instanceof DomainError ? error.code : 'UNAUTHENTICATED');
    }
    const secure = request.protocol === 'https' || config.http.publicOrigin.startsWith('https:') ? '; Secure' : '';
    const cookie = `${QUEUE_BOARD_COOKIE}=${token}; Path=${QUEUE_BOARD_PATH}; Max-Age=${config.auth.jwtTtlSeconds}; HttpOnly; SameSite=Strict${secure}`;
    // The code is spent; the board's address replaces it in the tab's history and in any Referer.
    return reply.header('set-cookie', cookie).header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').redirect(QUEUE_BOARD_PATH, 303);
  });

  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', async (request, reply) => {
      const header = request.headers.authorization;
      try {
        await centreAdmin(header?.startsWith('Bearer ') ? header.slice(7) : boardCookieOf(request.headers.cookie));
      } catch (error) {
        await refuse(reply, error instanceof DomainError ? error.code : 'UNAUTHENTICATED');
      }
    });
    await scope.register(board.registerPlugin(), { prefix: QUEUE_BOARD_PATH });
  });
}
