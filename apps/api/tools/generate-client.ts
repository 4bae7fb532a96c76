/**
 * `npm run generate:client`: writes the response schemas from the view types, then the portal's API types
 * from the OpenAPI document they complete. The document comes from the app in Nest's preview mode: every
 * route and decorator, no database or Redis. CI fails when either file is stale (see response-schemas.spec.ts
 * and test/openapi.e2e-spec.ts, which compares against the document the running API serves).
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { writeFileSync } from 'node:fs';
import { AppModule } from '../src/app.module';
import { buildApiDocument } from '../src/docs/api-docs';
import { API_PREFIX } from '../src/http/api-prefix';
import { CLIENT_TYPES_FILE, clientTypes } from './client-types';
import { generateResponseSchemas } from './response-schemas';

export const RESPONSE_SCHEMAS_FILE = `${__dirname}/../src/docs/response-schemas.generated.json`;

async function main(): Promise<void> {
  const schemas = generateResponseSchemas();
  writeFileSync(RESPONSE_SCHEMAS_FILE, `${JSON.stringify(schemas, null, 2)}\n`);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), { preview: true, logger: false });
  app.setGlobalPrefix(API_PREFIX);
  const document = buildApiDocument(app, schemas);
  await app.close();
  writeFileSync(CLIENT_TYPES_FILE, await clientTypes(document));
  console.log(`${Object.keys(schemas).length} response schemas, ${Object.keys(document.paths).length} paths: client types written`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
