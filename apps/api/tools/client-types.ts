import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

/** The portal's generated API types. */
export const CLIENT_TYPES_FILE = resolve(__dirname, '../../web/src/api/schema.generated.ts');

const HEADER = '// Generated from the API\'s OpenAPI document by `npm run generate:client`. Do not edit: CI fails when this file is stale.\n\n';

/** The TypeScript types openapi-fetch needs for a document: paths, operations and component schemas. */
export async function clientTypes(document: object): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}
