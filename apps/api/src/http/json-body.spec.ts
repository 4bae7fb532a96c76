import { jsonNestsDeeperThan } from './json-body';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('jsonNestsDeeperThan: the nesting depth of a JSON body, read before parsing', () => {
  it.each([
    ['1', 0],
    ['{}', 1],
    ['[[]]', 2],
    ['{"a":[{"b":[1,2]}],"c":{}}', 4],
    [`${'['.repeat(32)}${']'.repeat(32)}`, 32],
  ])('%s nests %i deep', (text, depth) => {
    expect(jsonNestsDeeperThan(bytes(text), depth)).toBe(false);
    if (depth > 0) expect(jsonNestsDeeperThan(bytes(text), depth - 1)).toBe(true);
  });

  it('a 5,000-deep body is refused at the first bracket over the limit', () => {
    expect(jsonNestsDeeperThan(bytes(`${'['.repeat(5000)}${']'.repeat(5000)}`), 32)).toBe(true);
    expect(jsonNestsDeeperThan(bytes('{"a":'.repeat(5000)), 32)).toBe(true);
  });

  it('brackets inside strings do not count, escaped quotes do not end a string', () => {
    expect(jsonNestsDeeperThan(bytes(JSON.stringify({ a: '[[[[{{{{', b: 'say \\"[[[[\\" and "{{{{"' })), 1)).toBe(false);
    expect(jsonNestsDeeperThan(bytes(JSON.stringify(['\\', ['x']])), 1)).toBe(true);
  });

  it('multi-byte UTF-8 text (CJK, outside the BMP) is read as text', () => {
    expect(jsonNestsDeeperThan(bytes(JSON.stringify({ name: '陈𠮷[[[', list: [['林']] })), 3)).toBe(false);
    expect(jsonNestsDeeperThan(bytes(JSON.stringify({ name: '陈𠮷[[[', list: [['林']] })), 2)).toBe(true);
  });
});
