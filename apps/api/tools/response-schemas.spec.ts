import { readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateResponseSchemas, settleNullables, toOpenApi30 } from './response-schemas';

describe('response schemas: the views as OpenAPI, generated from the TypeScript types', () => {
  it('are what response-schemas.generated.json holds (run `npm run generate:client` after changing a view)', () => {
    const committed = readFileSync(resolve(__dirname, '../src/docs/response-schemas.generated.json'), 'utf8');
    const fresh = `${JSON.stringify(generateResponseSchemas(), null, 2)}\n`;
    if (fresh !== committed) throw new Error('response-schemas.generated.json is stale: run `npm run generate:client` and commit it');
    expect(JSON.parse(committed)).toHaveProperty('SignupView.properties.verdict');
  }, 60_000);

  it('turns JSON Schema nulls, constants and references into the OpenAPI 3.0 forms', () => {
    expect(toOpenApi30({ type: ['string', 'null'] })).toEqual({ type: 'string', nullable: true });
    expect(toOpenApi30({ const: 'ALL' })).toEqual({ enum: ['ALL'] });
    expect(toOpenApi30({ anyOf: [{ $ref: '#/definitions/Verdict' }, { type: 'null' }] })).toEqual({ allOf: [{ $ref: '#/components/schemas/Verdict' }], nullable: true });
    expect(toOpenApi30({ anyOf: [{ type: 'number' }, { type: 'null' }] })).toEqual({ type: 'number', nullable: true });
    expect(toOpenApi30({ enum: ['A', null] })).toEqual({ enum: ['A'], nullable: true });
    expect(toOpenApi30({ type: 'object', properties: { at: { type: ['string', 'null'], format: 'date-time' } }, additionalProperties: { $ref: '#/definitions/X' } })).toEqual({
      type: 'object',
      properties: { at: { type: 'string', nullable: true, format: 'date-time' } },
      additionalProperties: { $ref: '#/components/schemas/X' },
    });
    expect(() => toOpenApi30({ type: ['string', 'number'] })).toThrow('no OpenAPI 3.0 form');
    expect(toOpenApi30({ $ref: '#/definitions/Bilingual', description: 'FA-7' })).toEqual({ description: 'FA-7', allOf: [{ $ref: '#/components/schemas/Bilingual' }] });
  });

  it('gives every nullable schema the type OpenAPI 3.0 wants beside it', () => {
    const schemas: Record<string, Record<string, unknown>> = {
      Kind: { type: 'string', enum: ['A', 'B'] },
      Verdict: { type: 'object', properties: {} },
      Row: {
        type: 'object',
        properties: {
          kind: { allOf: [{ $ref: '#/components/schemas/Kind' }], nullable: true },
          verdict: { allOf: [{ $ref: '#/components/schemas/Verdict' }], nullable: true },
          value: { anyOf: [{ type: 'string' }, { type: 'number' }], nullable: true },
          label: { anyOf: [{ $ref: '#/components/schemas/Kind' }, { type: 'string', enum: ['ALL'] }], nullable: true },
        },
      },
    };
    settleNullables(schemas);
    expect(schemas.Row.properties).toEqual({
      kind: { allOf: [{ $ref: '#/components/schemas/Kind' }], nullable: true, type: 'string' },
      verdict: { allOf: [{ $ref: '#/components/schemas/Verdict' }], nullable: true, type: 'object' },
      value: { anyOf: [{ type: 'string', nullable: true }, { type: 'number' }] },
      label: { anyOf: [{ $ref: '#/components/schemas/Kind' }, { type: 'string', enum: ['ALL'] }], nullable: true, type: 'string' },
    });
  });

  it('are declared by each controller for the type its method returns', () => {
    const mismatches: string[] = [];
    for (const file of globSync('**/*.controller.ts', { cwd: resolve(__dirname, '../src') })) {
      const source = readFileSync(resolve(__dirname, '../src', file), 'utf8');
      // @ApiResult('Name', …) then the method's `): Promise<Name> {` or `): Name {` (Name[] for a list).
      for (const match of source.matchAll(/@ApiResult\('(\w+)'(, \{ ([^}]*) \})?\)[\s\S]*?\): (?:Promise<([^>]+)>|([\w[\]]+)) \{/g)) {
        const [, name, , options = '', promised, plain] = match;
        const returned = promised ?? plain;
        const expected = options.includes('list: true') ? `${name}[]` : name;
        if (returned !== expected) mismatches.push(`${file}: @ApiResult('${name}') on a method returning ${returned}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
