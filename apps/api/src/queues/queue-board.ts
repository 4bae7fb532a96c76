import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BoardAdapter } from '@bull-board/fastify';
import { DomainError } from '@app/common/errors';
import { AuthService } from '@app/identity';
import { QueueName } from '@app/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import { FastifyInstance } from 'fastify';
import { API_PREFIX } from '../http/api-prefix';
import { ERROR_CATALOGUE } from '../http/error-catalogue';

export const QUEUE_BOARD_PATH = `/${API_PREFIX}/queues`;

/**
 * The BullMQ board (jobs, failures, retries) for centre admins only. It is a Fastify plugin outside Nest's
 * guards, so it checks the bearer token itself.
 */
export async function mountQueueBoard(app: NestFastifyApplication): Promise<void> {
  const board = new BoardAdapter();
  board.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: Object.values(QueueName).map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)))),
    serverAdapter: board,
  });
  const auth = app.get(AuthService);
  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', async (request, reply) => {
      const header = request.headers.authorization;
      try {
        if (!header?.startsWith('Bearer ')) throw new DomainError('UNAUTHENTICATED');
        const { actor, passwordChangeRequired } = await auth.authenticate(header.slice(7));
        if (passwordChangeRequired) throw new DomainError('PASSWORD_CHANGE_REQUIRED');
        if (actor.role !== 'CENTRE_ADMIN') throw new DomainError('FORBIDDEN_ROLE');
      } catch (error) {
        const code = error instanceof DomainError ? error.code : 'UNAUTHENTICATED';
        const { status, zh, en } = ERROR_CATALOGUE[code];
        await reply.status(status).send({ code, message: { zh, en } });
      }
    });
    await scope.register(board.registerPlugin(), { prefix: QUEUE_BOARD_PATH });
  });
}
