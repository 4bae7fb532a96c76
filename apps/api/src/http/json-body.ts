import { DomainError } from '@app/common/errors';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { RawServerDefault } from 'fastify';

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Whether JSON text nests objects and arrays deeper than `maxDepth`, read from the raw bytes before any
 * parsing: a deeply nested body would otherwise overflow the stack of the recursive code after the parser
 * (validation, transformation). UTF-8 continuation bytes never equal an ASCII bracket, quote or backslash.
 * Malformed text is left to the JSON parser to refuse.
 */
export function jsonNestsDeeperThan(body: Uint8Array, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (++depth > maxDepth) return true;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

/**
 * Replaces the JSON body parser with one that refuses bodies nested deeper than `maxDepth` with
 * BODY_TOO_DEEP (400), on every route, public ones included. Nest's other parsers are kept as they are.
 */
export function useDepthLimitedJsonParser(app: NestFastifyApplication, maxDepth: number): void {
  const adapter = app.getHttpAdapter() as FastifyAdapter;
  const fastify = adapter.getInstance();
  // Nest registers its parsers now rather than at init, so its JSON parser can be swapped for ours.
  adapter.registerParserMiddleware();
  fastify.removeContentTypeParser('application/json');
  const { onProtoPoisoning, onConstructorPoisoning, bodyLimit } = fastify.initialConfig;
  const parseJson = fastify.getDefaultJsonParser(onProtoPoisoning ?? 'error', onConstructorPoisoning ?? 'error');
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit }, (request, body, done) => {
    if (jsonNestsDeeperThan(body, maxDepth)) return done(new DomainError('BODY_TOO_DEEP', { maxDepth }), undefined);
    // Fastify's own JSON parser (prototype-poisoning checks) answers through `done`.
    void parseJson(request, body as unknown as string, done);
  });
}
