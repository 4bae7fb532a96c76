import fastifyStatic from '@fastify/static';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PORTAL_INDEX, portalTarget } from './portal-paths';

/** A hashed file's name changes with its content: browsers and proxies keep it a year without asking again. */
const HASHED_MAX_AGE_MS = 365 * 24 * 3600 * 1000;

/** What a page of the portal answers while the portal is not built (404, plain text, both languages). */
export const PORTAL_NOT_BUILT = [
  '门户网站尚未构建：请运行 npm run --workspace @agp/web build（npm run up 会自动构建）。接口仍在 /api 下提供服务。',
  'The portal is not built: run `npm run --workspace @agp/web build` (npm run up does it). The API answers under /api.',
  '',
].join('\n');

/** Whether the built portal is in its folder (its index.html is there). */
export function portalIsBuilt(portalDir: string): boolean {
  return existsSync(join(portalDir, PORTAL_INDEX));
}

/**
 * The built portal (apps/web) at /, on the API's own origin, so the browser needs no CORS. A GET or HEAD that no API
 * route takes lands here: a file of the build is sent (hashed assets cached for a year, everything else
 * revalidated); a page of the portal's router (`/candidate/signup`, `/verify/{token}`), reloaded or opened from a
 * link, gets index.html; anything under /api, a missing asset, or a path that would leave the folder gets the API's
 * JSON 404 (NOT_FOUND). Registered in a plugin of its own: the file-sending decorator stays out of the queue board's
 * way, which brings its own copy.
 * The folder is read per request: a portal built after the API started is served at once.
 */
export async function servePortal(app: NestFastifyApplication, portalDir: string): Promise<void> {
  await app.register(async (portal: FastifyInstance) => {
    await portal.register(fastifyStatic, { root: portalDir, serve: false, index: false, dotfiles: 'deny', suppressWarning: true });
    portal.route({ method: ['GET', 'HEAD'], url: '/*', handler: (request, reply) => answer(portalDir, request, reply) });
  });
}

async function answer(portalDir: string, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const target = portalTarget(request.url);
  if (target.kind !== 'file') return notFound(reply);
  if (await isFile(join(portalDir, target.file))) return sendFile(reply, target.file, target.hashed);
  if (target.otherwise === 'not-found') return notFound(reply);
  if (await isFile(join(portalDir, PORTAL_INDEX))) return sendFile(reply, PORTAL_INDEX, false);
  return reply.code(404).type('text/plain; charset=utf-8').header('Cache-Control', 'no-store').send(PORTAL_NOT_BUILT);
}

/** The answer of a path no route serves: the API's JSON 404 (Nest's not-found handler and the error filter). */
function notFound(reply: FastifyReply): FastifyReply {
  reply.callNotFound();
  return reply;
}

function sendFile(reply: FastifyReply, file: string, hashed: boolean): FastifyReply {
  if (hashed) return reply.sendFile(file, { maxAge: HASHED_MAX_AGE_MS, immutable: true });
  // index.html names the current hashed files: it is always revalidated (ETag / Last-Modified answer 304 cheaply).
  return reply.header('Cache-Control', 'no-cache').sendFile(file, { cacheControl: false });
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
