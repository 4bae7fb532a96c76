import { maskIdNumbersDeep, maskIdNumbersInText } from './mask-id-numbers';

// GB 11643-1999's own example (check character X) and two more 18-character resident ID numbers.
const ID_X = '11010519491231002X';
const ID_X_MASKED = '110105********002X';
const ID_A = '440524188001010014';
const ID_A_MASKED = '440524********0014';
const ID_B = '350102199003070018';
const ID_B_MASKED = '350102********0018';

describe('maskIdNumbersInText', () => {
  it('log an ID number alone keeps the 6-digit region and the last four, masking the 8 in between', () => {
    expect(maskIdNumbersInText(ID_A)).toBe(ID_A_MASKED);
    expect(ID_A_MASKED).toHaveLength(18);
  });

  it('log an ID number inside Chinese text is masked', () => {
    expect(maskIdNumbersInText(`考生张三（身份证号${ID_B}）已提交报名`)).toBe(`考生张三（身份证号${ID_B_MASKED}）已提交报名`);
  });

  it('log an ID number inside English text, JSON and a URL is masked', () => {
    expect(maskIdNumbersInText(`trainee ${ID_A} signed up`)).toBe(`trainee ${ID_A_MASKED} signed up`);
    expect(maskIdNumbersInText(JSON.stringify({ idNumber: ID_A }))).toBe(`{"idNumber":"${ID_A_MASKED}"}`);
    expect(maskIdNumbersInText(`GET /api/trainees?idNumber=${ID_B}&page=1`)).toBe(`GET /api/trainees?idNumber=${ID_B_MASKED}&page=1`);
  });

  it('log an ID number with an X check character, upper or lower case, is masked', () => {
    expect(maskIdNumbersInText(`id ${ID_X} ok`)).toBe(`id ${ID_X_MASKED} ok`);
    expect(maskIdNumbersInText(`id ${ID_X.toLowerCase()} ok`)).toBe(`id ${ID_X_MASKED.toLowerCase()} ok`);
    expect(maskIdNumbersInText(`${ID_X}号`)).toBe(`${ID_X_MASKED}号`);
  });

  it('log several ID numbers in one string are all masked', () => {
    const text = `${ID_A},${ID_B};${ID_X} ${ID_A}`;
    expect(maskIdNumbersInText(text)).toBe(`${ID_A_MASKED},${ID_B_MASKED};${ID_X_MASKED} ${ID_A_MASKED}`);
  });

  it('log ID numbers at the very start and end of the text are masked', () => {
    expect(maskIdNumbersInText(`${ID_A} and ${ID_B}`)).toBe(`${ID_A_MASKED} and ${ID_B_MASKED}`);
  });

  it('log an ID number glued to letters or an underscore is still masked (file names, "ID…" prefixes)', () => {
    expect(maskIdNumbersInText(`photo_${ID_A}.jpg`)).toBe(`photo_${ID_A_MASKED}.jpg`);
    expect(maskIdNumbersInText(`ID${ID_B}`)).toBe(`ID${ID_B_MASKED}`);
    expect(maskIdNumbersInText(`${ID_A}_v2`)).toBe(`${ID_A_MASKED}_v2`);
  });

  it.each([
    ['a 17-digit run', '12345678901234567'],
    ['a 19-digit run', '1234567890123456789'],
    ['a 20-digit run', '12345678901234567890'],
    ['a 17-digit run with an X', '1234567890123456X'],
    ['an 18-digit run followed by more digits', `${ID_A}9`],
    ['an 18-digit run preceded by more digits', `9${ID_A}`],
    ['a 15-digit first-generation number', '110105491231002'],
  ])('log %s is not mangled', (_label, digits) => {
    expect(maskIdNumbersInText(digits)).toBe(digits);
    expect(maskIdNumbersInText(`no=${digits};`)).toBe(`no=${digits};`);
  });

  it('log text without ID numbers is returned unchanged, including the empty string', () => {
    expect(maskIdNumbersInText('')).toBe('');
    expect(maskIdNumbersInText('phone 13800138000, ticket 2024-SK-01-0001')).toBe('phone 13800138000, ticket 2024-SK-01-0001');
  });

  it('log masking is idempotent', () => {
    const once = maskIdNumbersInText(`${ID_A} ${ID_X}`);
    expect(maskIdNumbersInText(once)).toBe(once);
  });

  it('log the regex keeps no state between calls (global flag)', () => {
    for (let i = 0; i < 3; i += 1) expect(maskIdNumbersInText(ID_B)).toBe(ID_B_MASKED);
  });
});

describe('maskIdNumbersDeep', () => {
  it('log a top-level string is masked', () => {
    expect(maskIdNumbersDeep(`x ${ID_A}`)).toBe(`x ${ID_A_MASKED}`);
  });

  it('log nested objects and arrays are masked and the input is not mutated', () => {
    const input = {
      msg: `sign-up by ${ID_A}`,
      trainee: { idNumber: ID_X, name: '张三', tags: [ID_B, 'ok', { deeper: `(${ID_A})` }] },
      list: [[ID_B]],
    };
    const snapshot = structuredClone(input);
    expect(maskIdNumbersDeep(input)).toEqual({
      msg: `sign-up by ${ID_A_MASKED}`,
      trainee: { idNumber: ID_X_MASKED, name: '张三', tags: [ID_B_MASKED, 'ok', { deeper: `(${ID_A_MASKED})` }] },
      list: [[ID_B_MASKED]],
    });
    expect(input).toEqual(snapshot);
  });

  it('log a masked object is a copy, not the same reference', () => {
    const input = { a: { b: 'c' } };
    const output = maskIdNumbersDeep(input) as typeof input;
    expect(output).not.toBe(input);
    expect(output.a).not.toBe(input.a);
    expect(output).toEqual(input);
  });

  it('log keys are kept as they are (only values are masked)', () => {
    expect(maskIdNumbersDeep({ [ID_A]: 1 })).toEqual({ [ID_A]: 1 });
  });

  it('log Error instances are returned untouched (same reference; the error serializer handles them)', () => {
    const error = new Error(`boom ${ID_A}`);
    expect(maskIdNumbersDeep(error)).toBe(error);
    const output = maskIdNumbersDeep({ err: error, msg: ID_A }) as { err: Error; msg: string };
    expect(output.err).toBe(error);
    expect(output.err.message).toBe(`boom ${ID_A}`);
    expect(output.err.stack).toBe(error.stack);
    expect(output.msg).toBe(ID_A_MASKED);
  });

  it('log subclasses of Error are untouched too', () => {
    const error = new RangeError('out of range');
    expect(maskIdNumbersDeep([error])).toEqual([error]);
    expect((maskIdNumbersDeep([error]) as unknown[])[0]).toBe(error);
  });

  it('log numbers, even 18-digit ones, and other primitives are untouched', () => {
    const asNumber = Number(ID_A); // an 18-digit number (beyond 2^53, so not exact, but a number)
    expect(maskIdNumbersDeep(asNumber)).toBe(asNumber);
    expect(maskIdNumbersDeep(BigInt(ID_A))).toBe(440524188001010014n);
    expect(maskIdNumbersDeep(1234567890123456)).toBe(1234567890123456);
    expect(maskIdNumbersDeep(0)).toBe(0);
    expect(maskIdNumbersDeep(true)).toBe(true);
    expect(maskIdNumbersDeep(null)).toBeNull();
    expect(maskIdNumbersDeep(undefined)).toBeUndefined();
    expect(maskIdNumbersDeep({ n: asNumber, big: BigInt(ID_B), ok: false, nothing: null })).toEqual({ n: asNumber, big: BigInt(ID_B), ok: false, nothing: null });
  });

  it('log Date values survive (a log line keeps its timestamps)', () => {
    const at = new Date('2024-02-29T00:00:00Z');
    const output = maskIdNumbersDeep({ at, id: ID_A }) as { at: Date; id: string };
    expect(output.at).toBeInstanceOf(Date);
    expect(output.at.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(JSON.stringify(output)).toBe(`{"at":"2024-02-29T00:00:00.000Z","id":"${ID_A_MASKED}"}`);
  });

  /** { v: { v: … ID … } } with the string `levels` containers deep. */
  const nested = (levels: number): unknown => {
    let value: unknown = `id ${ID_A}`;
    for (let i = 0; i < levels; i += 1) value = { v: value };
    return value;
  };
  const leaf = (value: unknown, levels: number): unknown => {
    let current = value;
    for (let i = 0; i < levels; i += 1) current = (current as { v: unknown }).v;
    return current;
  };

  it.each([1, 2, 5, 7])('log a string inside %i nested objects is masked', (levels) => {
    expect(leaf(maskIdNumbersDeep(nested(levels)), levels)).toBe(`id ${ID_A_MASKED}`);
  });

  it('log depth limit: from the eighth level down the sub-tree is returned as it is (same reference), without recursing', () => {
    const input = nested(9);
    const output = maskIdNumbersDeep(input);
    const original7 = leaf(input, 7);
    expect(leaf(output, 7)).toBe(original7);
    // Deeper than pino's own depthLimit (5) anyway, so pino writes "[Object]" instead of this sub-tree.
    expect(leaf(output, 9)).toBe(`id ${ID_A}`);
  });

  it('log depth limit applies to arrays as well', () => {
    let value: unknown = [ID_A];
    for (let i = 0; i < 9; i += 1) value = [value];
    const output = maskIdNumbersDeep(value) as unknown[];
    let outer: unknown = output;
    let inner: unknown = value;
    for (let i = 0; i < 7; i += 1) {
      outer = (outer as unknown[])[0];
      inner = (inner as unknown[])[0];
    }
    expect(outer).toBe(inner);
  });

  it('log a circular structure terminates thanks to the depth limit', () => {
    const loop: Record<string, unknown> = { id: ID_A };
    loop.self = loop;
    const output = maskIdNumbersDeep(loop) as Record<string, unknown>;
    expect(output.id).toBe(ID_A_MASKED);
    expect((output.self as Record<string, unknown>).id).toBe(ID_A_MASKED);
  });

  it('log an explicit starting depth past the limit returns objects untouched but still masks a bare string', () => {
    const input = { id: ID_A };
    expect(maskIdNumbersDeep(input, 7)).toBe(input);
    expect(maskIdNumbersDeep(ID_A, 99)).toBe(ID_A_MASKED);
  });
});
