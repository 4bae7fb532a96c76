import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { API_PREFIX } from '../http/api-prefix';
import { addResponseSchemas, RESPONSE_SCHEMAS } from './api-result';
import { completeOperations } from './route-errors';
import { readRouteFacts } from './route-facts';

export const DOCS_PATH = `${API_PREFIX}/docs`;
const BEARER_SCHEME = 'bearer';

const DESCRIPTION = [
  'Final assessment and recruitment of assistant general practitioner training.',
  '',
  'Every path below is relative to the server, `/api` on this origin. Send the access token of `POST /auth/login` as `Authorization: Bearer …`.',
  '',
  'Errors are JSON, `{ code, message: { zh, en }, details }`, on every route (those answering a PDF, a photo or a spreadsheet too); ' +
    'each operation lists the codes it can answer per status. Besides those, any route answers an unknown path with 404 `NOT_FOUND`, ' +
    'a body over the size limit with 413 `PAYLOAD_TOO_LARGE`, a body of a media type it does not read with 415 `FILE_TYPE_UNSUPPORTED`, and a fault with 500 `INTERNAL_ERROR`.',
].join('\n');

/** The OpenAPI document: what Nest's decorators describe, completed from each route's guards, pipes and listed errors. */
export function buildApiDocument(app: NestFastifyApplication, responseSchemas: Record<string, SchemaObject> = RESPONSE_SCHEMAS): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('助理全科医生培训结业考核与招录平台 API')
      .setDescription(DESCRIPTION)
      .setVersion('0.1.0')
      .addServer(`/${API_PREFIX}`, 'this origin')
      .addBearerAuth(undefined, BEARER_SCHEME)
      .build(),
    // Paths are relative to the server, which carries the prefix.
    { ignoreGlobalPrefix: true },
  );
  addResponseSchemas(document, responseSchemas);
  completeOperations(document, readRouteFacts(app), BEARER_SCHEME);
  return document;
}

/** OpenAPI at /api/docs (Swagger UI) and /api/docs/openapi.json, only where API_DOCS_ENABLED allows it. */
export function setUpDocs(app: NestFastifyApplication): void {
  SwaggerModule.setup(DOCS_PATH, app, buildApiDocument(app), { jsonDocumentUrl: `${DOCS_PATH}/openapi.json` });
}
