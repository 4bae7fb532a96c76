import { resolve } from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';
import ts from 'typescript';

/** Where the named response types are declared. */
export const RESPONSE_TYPES_FILE = resolve(__dirname, '../src/docs/response-types.ts');
const TSCONFIG = resolve(__dirname, '../../../tsconfig.json');

type JsonSchema = { [key: string]: unknown };

/** The names response-types.ts exports, in their order there. */
export function responseTypeNames(): string[] {
  const program = ts.createProgram([RESPONSE_TYPES_FILE], { noEmit: true, skipLibCheck: true });
  const file = program.getSourceFile(RESPONSE_TYPES_FILE);
  const module = file && program.getTypeChecker().getSymbolAtLocation(file);
  if (!module) throw new Error(`cannot read ${RESPONSE_TYPES_FILE}`);
  return program
    .getTypeChecker()
    .getExportsOfModule(module)
    .map((symbol) => symbol.name);
}

/**
 * Every named response type and each type it refers to, as OpenAPI 3.0 schemas keyed by name, their
 * references pointing into `#/components/schemas`. The TypeScript views are the source: the schemas cannot
 * drift from what the code returns.
 */
export function generateResponseSchemas(): Record<string, JsonSchema> {
  const generator = createGenerator({ path: RESPONSE_TYPES_FILE, tsconfig: TSCONFIG, expose: 'export', jsDoc: 'extended', topRef: true, skipTypeCheck: true });
  const schemas: Record<string, JsonSchema> = {};
  for (const name of responseTypeNames()) {
    const definitions = (generator.createSchema(name).definitions ?? {}) as Record<string, JsonSchema>;
    for (const [key, schema] of Object.entries(definitions)) {
      // A generic's instance would be named `Page<X>`, which OpenAPI refuses as a component name.
      if (!/^[A-Za-z0-9._-]+$/.test(key)) throw new Error(`${key}: give this type a name of its own in response-types.ts`);
      const converted = toOpenApi30(schema);
      const known = schemas[key];
      if (known && JSON.stringify(known) !== JSON.stringify(converted)) throw new Error(`two different types are called ${key}`);
      schemas[key] = converted;
    }
  }
  settleNullables(schemas);
  return Object.fromEntries(Object.keys(schemas).sort().map((key) => [key, schemas[key]]));
}

/**
 * JSON Schema (draft 7, as the generator writes it) to the OpenAPI 3.0 dialect Nest's document uses: `null`
 * becomes `nullable`, `const` an enum of one, and references point at the document's components.
 */
export function toOpenApi30(schema: JsonSchema): JsonSchema {
  // A reference takes no siblings in 3.0: what else is said of it (a description) goes beside an allOf.
  if (typeof schema.$ref === 'string' && Object.keys(schema).length > 1) {
    const { $ref, ...rest } = schema;
    return toOpenApi30({ ...rest, allOf: [{ $ref }] });
  }
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string') out.$ref = value.replace('#/definitions/', '#/components/schemas/');
    else if (key === 'const') out.enum = [value];
    else if (key === 'type' && Array.isArray(value)) {
      const types = value.filter((type) => type !== 'null');
      if (types.length !== 1) throw new Error(`a union of types ${value.join(', ')} has no OpenAPI 3.0 form`);
      out.type = types[0];
      if (types.length < value.length) out.nullable = true;
    } else if ((key === 'anyOf' || key === 'oneOf') && Array.isArray(value)) Object.assign(out, unionToOpenApi30(key, value as JsonSchema[]));
    else if (key === 'enum' && Array.isArray(value) && value.includes(null)) {
      out.enum = value.filter((item) => item !== null);
      out.nullable = true;
    } else if (key === 'properties' || key === 'definitions') out[key] = mapValues(value as Record<string, JsonSchema>, toOpenApi30);
    else if ((key === 'items' || key === 'additionalProperties') && typeof value === 'object' && value !== null) out[key] = toOpenApi30(value as JsonSchema);
    else if (key === 'allOf' && Array.isArray(value)) out.allOf = (value as JsonSchema[]).map(toOpenApi30);
    else out[key] = value;
  }
  return out;
}

/** `X | null`: in OpenAPI 3.0 a reference cannot be nullable beside `$ref`, so it is wrapped in allOf. */
function unionToOpenApi30(key: string, members: JsonSchema[]): JsonSchema {
  const rest = members.filter((member) => member.type !== 'null');
  const nullable = rest.length < members.length;
  if (!nullable) return { [key]: rest.map(toOpenApi30) };
  if (rest.length === 1) {
    const only = toOpenApi30(rest[0]);
    return only.$ref ? { allOf: [only], nullable: true } : { ...only, nullable: true };
  }
  return { [key]: rest.map(toOpenApi30), nullable: true };
}

function mapValues<T, U>(record: Record<string, T>, map: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
}

/**
 * OpenAPI 3.0 allows `nullable` only beside a `type`. A nullable reference gets its target's type; a nullable
 * union of several types carries the null on its first member instead.
 */
export function settleNullables(schemas: Record<string, JsonSchema>): void {
  const typeOf = (schema: JsonSchema, seen = new Set<string>()): string | undefined => {
    if (typeof schema.type === 'string') return schema.type;
    if (Array.isArray(schema.enum) && schema.enum.every((item) => typeof item === 'string')) return 'string';
    const reference = typeof schema.$ref === 'string' ? schema.$ref.replace('#/components/schemas/', '') : undefined;
    if (reference && !seen.has(reference) && schemas[reference]) return typeOf(schemas[reference], new Set([...seen, reference]));
    const members = (schema.allOf ?? schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
    const types = new Set(members?.map((member) => typeOf(member, seen)));
    return types.size === 1 ? [...types][0] : undefined;
  };
  const visit = (schema: unknown): void => {
    if (Array.isArray(schema)) return schema.forEach(visit);
    if (typeof schema !== 'object' || schema === null) return;
    const node = schema as JsonSchema;
    Object.values(node).forEach(visit);
    if (node.nullable !== true || node.type !== undefined) return;
    const type = typeOf(node);
    if (type) {
      node.type = type;
      return;
    }
    const members = (node.anyOf ?? node.oneOf) as JsonSchema[] | undefined;
    const first = members?.[0];
    if (!members || !first) throw new Error(`a nullable schema with no type: ${JSON.stringify(node)}`);
    const firstType = typeOf(first);
    if (!firstType) throw new Error(`a nullable union whose first member has no type: ${JSON.stringify(node)}`);
    members[0] = first.$ref ? { allOf: [first], type: firstType, nullable: true } : { ...first, nullable: true };
    delete node.nullable;
  };
  Object.values(schemas).forEach(visit);
}
