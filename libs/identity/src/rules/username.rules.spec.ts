import { normaliseUsername } from './username.rules';

describe('normaliseUsername: one form before counting, looking up and storing', () => {
  it('keeps a plain lower-case name as it is', () => {
    expect(normaliseUsername('cand-xm')).toBe('cand-xm');
  });

  it.each([
    ['trailing space (matched by PAD SPACE collation)', 'cand-xm '],
    ['leading and trailing white space', '\t cand-xm \n'],
    ['upper case', 'CAND-XM'],
    ['mixed case', 'Cand-Xm'],
    ['full-width letters and hyphen', 'ｃａｎｄ－ｘｍ'],
    ['full-width upper case', 'ＣＡＮＤ－ＸＭ'],
    ['ideographic (full-width) space around it', '\u3000cand-xm\u3000'],
    ['no-break space after it', 'cand-xm\u00a0'],
  ])('%s → cand-xm', (_label, raw) => {
    expect(normaliseUsername(raw)).toBe('cand-xm');
  });

  it('folds compatibility digits and ligatures (NFKC)', () => {
    expect(normaliseUsername('user①')).toBe('user1');
    expect(normaliseUsername('ﬁnance')).toBe('finance');
  });

  it('is idempotent', () => {
    for (const raw of ['ＣＡＮＤ－ＸＭ ', 'Zhang.San_01', '陈𠮷']) expect(normaliseUsername(normaliseUsername(raw))).toBe(normaliseUsername(raw));
  });

  it('keeps the inner characters apart: different names stay different', () => {
    expect(normaliseUsername('cand-xm')).not.toBe(normaliseUsername('cand-x m'));
    expect(normaliseUsername('cand_xm')).not.toBe(normaliseUsername('cand-xm'));
  });
});
