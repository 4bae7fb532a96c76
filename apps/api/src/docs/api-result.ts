import { OpenAPIObject } from '@nestjs/swagger';
import { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import generated from './response-schemas.generated.json';

/** The name of a type in response-types.ts (and of its schema in the document). */
export type ResponseTypeName = keyof typeof generated;

/** The response schemas written by `npm run generate:client` from response-types.ts. */
export const RESPONSE_SCHEMAS = generated as unknown as Record<ResponseTypeName, SchemaObject>;

export const API_RESULTS_KEY = 'agp:api-results';

export interface ApiResultFact {
  name: ResponseTypeName;
  /** the answer is a list of this type */
  list?: boolean;
  /** only for a route with two success statuses (201 done now, 202 left to the worker); otherwise the route's own */
  status?: 200 | 201 | 202;
  description?: string;
}

/**
 * What an operation answers when it succeeds: one of the named response types (or a list of it). The document
 * puts it on the route's success status (its @HttpCode, or Nest's default for the method), see route-errors.ts.
 */
export function ApiResult(name: ResponseTypeName, options: Omit<ApiResultFact, 'name'> = {}): MethodDecorator {
  return (_target, _key, descriptor) => {
    const handler = descriptor.value as object;
    const known = (Reflect.getMetadata(API_RESULTS_KEY, handler) ?? []) as ApiResultFact[];
    Reflect.defineMetadata(API_RESULTS_KEY, [...known, { name, ...options }], handler);
    return descriptor;
  };
}

/** The schema of one result, by reference to the components. */
export function resultSchema(result: ApiResultFact): SchemaObject {
  const reference = { $ref: `#/components/schemas/${result.name}` } as SchemaObject;
  return result.list ? { type: 'array', items: reference } : reference;
}

/** Puts the response schemas into the document's components; a name Nest already gave another schema is refused. */
export function addResponseSchemas(document: OpenAPIObject, schemas: Record<string, SchemaObject> = RESPONSE_SCHEMAS): void {
  const components = (document.components ??= {});
  const existing = (components.schemas ??= {});
  for (const [name, schema] of Object.entries(schemas)) {
    if (name in existing && JSON.stringify(existing[name]) !== JSON.stringify(schema)) {
      throw new Error(`the response type ${name} has the name of a request schema: rename one of them`);
    }
    existing[name] = schema;
  }
}
