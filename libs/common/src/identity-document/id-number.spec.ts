import {
  ID_DOCUMENT_TYPES,
  ID_DOCUMENT_TYPE_LABELS,
  IdCheckResult,
  IdDocumentType,
  IdNumberProblem,
  checkIdNumber,
  maskIdNumber,
  parseIdDocumentType,
} from './id-number';

const TODAY = '2024-03-01';

/**
 * Independent ISO 7064 MOD 11-2: weight of position i (0-based, from the left) is 2^(17−i) mod 11 and
 * the check value is (12 − sum mod 11) mod 11, with 10 written as X. Deliberately not the
 * implementation's weight table.
 */
function mod112(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    let weight = 1;
    for (let k = 0; k < 17 - i; k += 1) weight = (weight * 2) % 11;
    sum += Number(first17[i]) * weight;
  }
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? 'X' : String(value);
}

const withCheck = (first17: string): string => first17 + mod112(first17);

/** Any check character other than the right one. */
const wrongCheck = (first17: string): string => first17 + (mod112(first17) === '1' ? '2' : '1');

function problemOf(result: IdCheckResult): IdNumberProblem | 'OK' {
  return result.ok ? 'OK' : result.problem;
}

describe('ID check helper', () => {
  it('ID the independent helper reproduces the GB 11643-1999 example 11010519491231002X', () => {
    expect(withCheck('11010519491231002')).toBe('11010519491231002X');
  });
});

describe('ID document types', () => {
  it('ID lists the six document types with their official Chinese names', () => {
    expect(ID_DOCUMENT_TYPES).toEqual([
      'RESIDENT_ID',
      'HMT_RESIDENCE_PERMIT',
      'HK_MACAU_PERMIT',
      'TAIWAN_PERMIT',
      'PASSPORT',
      'FOREIGN_PERMANENT_RESIDENT',
    ]);
    expect(ID_DOCUMENT_TYPES.map((type) => ID_DOCUMENT_TYPE_LABELS[type].zh)).toEqual([
      '居民身份证',
      '港澳台居民居住证',
      '港澳居民来往内地通行证',
      '台湾居民来往大陆通行证',
      '护照',
      '外国人永久居留身份证',
    ]);
    for (const type of ID_DOCUMENT_TYPES) expect(ID_DOCUMENT_TYPE_LABELS[type].en.length).toBeGreaterThan(0);
  });
});

describe('checkIdNumber: valid numbers', () => {
  const male = withCheck('35010219900101123');

  it('ID a resident ID: birth date and sex (odd 17th digit = male) are derived', () => {
    expect(checkIdNumber('RESIDENT_ID', male, TODAY)).toEqual({
      ok: true,
      type: 'RESIDENT_ID',
      normalised: male,
      birthDate: '1990-01-01',
      sex: 'M',
    });
  });

  it('ID the standard example 11010519491231002X is a woman born 1949-12-31', () => {
    expect(checkIdNumber('RESIDENT_ID', '11010519491231002X', TODAY)).toEqual({
      ok: true,
      type: 'RESIDENT_ID',
      normalised: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'F',
    });
  });

  it('ID a lowercase x check character normalises to X and is valid', () => {
    const result = checkIdNumber('RESIDENT_ID', '11010519491231002x', TODAY);
    expect(result.ok && result.normalised).toBe('11010519491231002X');
  });

  it('ID full-width digits and letters (input-method typing) normalise to a valid ID', () => {
    const result = checkIdNumber('RESIDENT_ID', '１１０１０５１９４９１２３１００２ｘ', TODAY);
    expect(result).toMatchObject({ ok: true, normalised: '11010519491231002X' });
  });

  it('ID surrounding and inner spaces (also the ideographic space) are removed', () => {
    const result = checkIdNumber('RESIDENT_ID', `  ${male.slice(0, 6)} ${male.slice(6, 14)}\u3000${male.slice(14)}\t`, TODAY);
    expect(result).toMatchObject({ ok: true, normalised: male });
  });

  it('ID a real ID ending in 000 (sequence x00, check digit 0) is valid, not flagged as spreadsheet damage', () => {
    let found: string | null = null;
    for (let day = 1; day <= 28 && found === null; day += 1) {
      for (let digit = 0; digit <= 9 && found === null; digit += 1) {
        const first17 = `350102199001${String(day).padStart(2, '0')}${digit}00`;
        if (mod112(first17) === '0') found = first17 + '0';
      }
    }
    expect(found).not.toBeNull();
    const id = found as string;
    expect(id.endsWith('000')).toBe(true);
    expect(checkIdNumber('RESIDENT_ID', id, TODAY)).toMatchObject({ ok: true, sex: 'F' });
  });

  it('ID the earliest accepted birth date is 1900-01-01 and today itself is accepted', () => {
    expect(problemOf(checkIdNumber('RESIDENT_ID', withCheck('11010519000101001'), TODAY))).toBe('OK');
    expect(checkIdNumber('RESIDENT_ID', withCheck('11010520240301001'), TODAY)).toMatchObject({ ok: true, birthDate: '2024-03-01' });
  });

  it.each(['810000', '820000', '830000'])('ID an HMT residence permit with prefix %s', (prefix) => {
    const id = withCheck(`${prefix}19940823002`);
    expect(checkIdNumber('HMT_RESIDENCE_PERMIT', id, TODAY)).toEqual({
      ok: true,
      type: 'HMT_RESIDENCE_PERMIT',
      normalised: id,
      birthDate: '1994-08-23',
      sex: 'F',
    });
  });

  it.each([
    ['H12345678', 'H12345678'],
    ['M1234567890', 'M1234567890'],
    ['h 1234 5678', 'H12345678'],
  ])('ID a Hong Kong / Macao permit %p → %p', (raw, normalised) => {
    expect(checkIdNumber('HK_MACAU_PERMIT', raw, TODAY)).toEqual({
      ok: true,
      type: 'HK_MACAU_PERMIT',
      normalised,
      birthDate: null,
      sex: null,
    });
  });

  it.each(['12345678', '1234567890'])('ID a Taiwan permit %p', (raw) => {
    expect(checkIdNumber('TAIWAN_PERMIT', raw, TODAY)).toMatchObject({ ok: true, normalised: raw });
  });

  it.each([
    ['E12345678', 'E12345678'],
    ['g12345678', 'G12345678'],
    ['123456789', '123456789'],
    ['AB123', 'AB123'],
    ['X1234567890123456', 'X1234567890123456'],
    ['12E45678', '12E45678'],
  ])('ID a passport %p → %p', (raw, normalised) => {
    expect(checkIdNumber('PASSPORT', raw, TODAY)).toMatchObject({ ok: true, normalised, birthDate: null, sex: null });
  });

  it('ID a new 18-character foreign permanent resident card: check char and birth date', () => {
    const id = withCheck('91184019850615001');
    expect(checkIdNumber('FOREIGN_PERMANENT_RESIDENT', id, TODAY)).toEqual({
      ok: true,
      type: 'FOREIGN_PERMANENT_RESIDENT',
      normalised: id,
      birthDate: '1985-06-15',
      sex: null,
    });
  });

  it('ID an old 15-character foreign permanent resident card (3 letters + 12 digits)', () => {
    expect(checkIdNumber('FOREIGN_PERMANENT_RESIDENT', 'usa110185061500', TODAY)).toEqual({
      ok: true,
      type: 'FOREIGN_PERMANENT_RESIDENT',
      normalised: 'USA110185061500',
      birthDate: null,
      sex: null,
    });
  });
});

describe('checkIdNumber: malformed numbers', () => {
  const valid = withCheck('35010219900101123');
  const mangledFirst15 = '350102199005061';
  // Precondition for the mangling case: the zeroed number must fail its check (else it is indistinguishable).
  const mangled = `${mangledFirst15}000`;

  it('ID precondition: the trailing-000 sample really fails its check character', () => {
    expect(mod112(mangled.slice(0, 17))).not.toBe('0');
  });

  it.each<[string, IdDocumentType, string, IdNumberProblem]>([
    ['empty', 'RESIDENT_ID', '', 'EMPTY'],
    ['spaces only', 'RESIDENT_ID', '   ', 'EMPTY'],
    ['ideographic spaces only', 'RESIDENT_ID', '\u3000\u3000', 'EMPTY'],
    ['17 digits', 'RESIDENT_ID', '35010219900101123', 'BAD_LENGTH'],
    ['19 digits', 'RESIDENT_ID', `${valid}1`, 'BAD_LENGTH'],
    ['16 digits', 'RESIDENT_ID', '3501021990010112', 'BAD_LENGTH'],
    ['letters inside', 'RESIDENT_ID', '35010219900101A23X', 'BAD_CHARACTERS'],
    ['X in the middle', 'RESIDENT_ID', '3501021990X1011234', 'BAD_CHARACTERS'],
    ['lowercase x in the middle', 'RESIDENT_ID', '3501021990x1011234', 'BAD_CHARACTERS'],
    ['hyphens', 'RESIDENT_ID', '350102-19900101-1234', 'BAD_CHARACTERS'],
    ['Chinese numerals', 'RESIDENT_ID', '三五〇一〇二一九九〇〇一〇一一二三四', 'BAD_CHARACTERS'],
    ['wrong check digit', 'RESIDENT_ID', wrongCheck('35010219900101123'), 'BAD_CHECK_DIGIT'],
    ['X where a digit is due', 'RESIDENT_ID', mod112('35010219900101123') === 'X' ? `${valid.slice(0, 17)}1` : `${valid.slice(0, 17)}X`, 'BAD_CHECK_DIGIT'],
    ['region 00', 'RESIDENT_ID', withCheck('00010219900101123'), 'BAD_REGION'],
    ['region 99', 'RESIDENT_ID', withCheck('99010219900101123'), 'BAD_REGION'],
    ['region 71 (Taiwan, never on a resident ID)', 'RESIDENT_ID', withCheck('71010219900101123'), 'BAD_REGION'],
    ['region 81 on a resident ID', 'RESIDENT_ID', withCheck('81000019900101123'), 'BAD_REGION'],
    ['region 16 (unassigned)', 'RESIDENT_ID', withCheck('16010219900101123'), 'BAD_REGION'],
    ['birth 1990-02-30', 'RESIDENT_ID', withCheck('35010219900230123'), 'BAD_BIRTH_DATE'],
    ['birth 2023-13-01', 'RESIDENT_ID', withCheck('35010220231301123'), 'BAD_BIRTH_DATE'],
    ['birth month 00', 'RESIDENT_ID', withCheck('35010219900010123'), 'BAD_BIRTH_DATE'],
    ['birth 2023-02-29 (not a leap year)', 'RESIDENT_ID', withCheck('35010220230229123'), 'BAD_BIRTH_DATE'],
    ['birth 1899-12-31', 'RESIDENT_ID', withCheck('35010218991231123'), 'BAD_BIRTH_DATE'],
    ['birth tomorrow', 'RESIDENT_ID', withCheck('35010220240302123'), 'BIRTH_DATE_IN_FUTURE'],
    ['birth 2030', 'RESIDENT_ID', withCheck('35010220300101123'), 'BIRTH_DATE_IN_FUTURE'],
    ['15-digit legacy number', 'RESIDENT_ID', '350102900101123', 'LEGACY_15_DIGIT'],
    ['scientific notation 3.50102E+17', 'RESIDENT_ID', '3.50102E+17', 'SPREADSHEET_MANGLED'],
    ['scientific notation 3.50102199001011e17', 'RESIDENT_ID', '3.50102199001011e17', 'SPREADSHEET_MANGLED'],
    ['last three digits zeroed by a number cell', 'RESIDENT_ID', mangled, 'SPREADSHEET_MANGLED'],
    ['float export with .0', 'RESIDENT_ID', `${valid.slice(0, 17)}4.0`, 'SPREADSHEET_MANGLED'],
    ['HMT permit with a mainland prefix', 'HMT_RESIDENCE_PERMIT', withCheck('35010219900101123'), 'BAD_REGION'],
    ['HMT permit with prefix 840000', 'HMT_RESIDENCE_PERMIT', withCheck('84000019900101123'), 'BAD_REGION'],
    ['HMT permit with prefix 810100', 'HMT_RESIDENCE_PERMIT', withCheck('81010019900101123'), 'BAD_REGION'],
    ['HMT permit with a wrong check digit', 'HMT_RESIDENCE_PERMIT', wrongCheck('81000019900101123'), 'BAD_CHECK_DIGIT'],
    ['HMT permit with 15 digits', 'HMT_RESIDENCE_PERMIT', '810000900101123', 'BAD_LENGTH'],
    ['HMT permit in scientific notation', 'HMT_RESIDENCE_PERMIT', '8.1E+17', 'SPREADSHEET_MANGLED'],
    ['HK/Macao permit starting with C', 'HK_MACAU_PERMIT', 'C12345678', 'BAD_CHARACTERS'],
    ['HK/Macao permit with 7 digits', 'HK_MACAU_PERMIT', 'H1234567', 'BAD_LENGTH'],
    ['HK/Macao permit with 9 digits', 'HK_MACAU_PERMIT', 'H123456789', 'BAD_LENGTH'],
    ['HK/Macao permit with a letter at the end', 'HK_MACAU_PERMIT', 'H1234567A', 'BAD_CHARACTERS'],
    ['HK/Macao permit with a bracket', 'HK_MACAU_PERMIT', 'H1234567(8)', 'BAD_CHARACTERS'],
    ['Taiwan permit with 7 digits', 'TAIWAN_PERMIT', '1234567', 'BAD_LENGTH'],
    ['Taiwan permit with 9 digits', 'TAIWAN_PERMIT', '123456789', 'BAD_LENGTH'],
    ['Taiwan permit with a letter', 'TAIWAN_PERMIT', 'T1234567', 'BAD_CHARACTERS'],
    ['passport of letters only', 'PASSPORT', 'ABCDEFGH', 'BAD_CHARACTERS'],
    ['passport too short', 'PASSPORT', 'E123', 'BAD_LENGTH'],
    ['passport too long', 'PASSPORT', 'E12345678901234567', 'BAD_LENGTH'],
    ['passport with a hyphen', 'PASSPORT', 'E1234-5678', 'BAD_CHARACTERS'],
    ['passport empty', 'PASSPORT', ' ', 'EMPTY'],
    ['foreign card starting with 8', 'FOREIGN_PERMANENT_RESIDENT', withCheck('81184019850615001'), 'BAD_CHARACTERS'],
    ['foreign card with a wrong check char', 'FOREIGN_PERMANENT_RESIDENT', wrongCheck('91184019850615001'), 'BAD_CHECK_DIGIT'],
    ['foreign card with birth 1985-02-30', 'FOREIGN_PERMANENT_RESIDENT', withCheck('91184019850230001'), 'BAD_BIRTH_DATE'],
    ['foreign card born in the future', 'FOREIGN_PERMANENT_RESIDENT', withCheck('91184020250101001'), 'BIRTH_DATE_IN_FUTURE'],
    ['foreign card of 16 characters', 'FOREIGN_PERMANENT_RESIDENT', '9118401985061500', 'BAD_LENGTH'],
    ['old foreign card with 2 letters', 'FOREIGN_PERMANENT_RESIDENT', 'US1110185061500', 'BAD_CHARACTERS'],
    ['old foreign card with a punctuation mark', 'FOREIGN_PERMANENT_RESIDENT', 'USA-10185061500', 'BAD_CHARACTERS'],
  ])('ID %s (%s %p) → %s', (_label, type, raw, problem) => {
    expect(problemOf(checkIdNumber(type, raw, TODAY))).toBe(problem);
  });

  it('ID every failure carries its type and a message in both languages', () => {
    const result = checkIdNumber('RESIDENT_ID', '35010219900101123', TODAY);
    expect(result).toEqual({
      ok: false,
      type: 'RESIDENT_ID',
      problem: 'BAD_LENGTH',
      message: {
        zh: '居民身份证号码位数不正确，应为18位，前17位为数字，最后一位为数字或X',
        en: 'Wrong length for a Resident identity card number: expected 18 characters: 17 digits, then a digit or X',
      },
    });
  });

  it('ID the spreadsheet message tells the user to format the column as text', () => {
    const result = checkIdNumber('RESIDENT_ID', '3.50102E+17', TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.zh).toContain('文本格式');
      expect(result.message.en).toContain('format the column as text');
    }
  });

  it('ID every problem code has a non-empty message for every type', () => {
    const samples: Array<[IdDocumentType, string]> = [
      ['RESIDENT_ID', ''],
      ['RESIDENT_ID', '350102900101123'],
      ['HMT_RESIDENCE_PERMIT', withCheck('35010219900101123')],
      ['PASSPORT', 'E12'],
      ['TAIWAN_PERMIT', 'X1234567'],
      ['FOREIGN_PERMANENT_RESIDENT', wrongCheck('91184019850615001')],
    ];
    for (const [type, raw] of samples) {
      const result = checkIdNumber(type, raw, TODAY);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message.zh.length).toBeGreaterThan(0);
        expect(result.message.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('ID the birth-date bound follows the given today, not the wall clock', () => {
    const id = withCheck('35010220240302123');
    expect(problemOf(checkIdNumber('RESIDENT_ID', id, '2024-03-01'))).toBe('BIRTH_DATE_IN_FUTURE');
    expect(problemOf(checkIdNumber('RESIDENT_ID', id, '2024-03-02'))).toBe('OK');
  });
});

describe('maskIdNumber', () => {
  it('ID a resident ID shows the first 6 and last 4 characters', () => {
    expect(maskIdNumber('RESIDENT_ID', '35010219900101123X')).toBe('350102********123X');
  });

  it('ID an HMT permit is masked like a resident ID', () => {
    expect(maskIdNumber('HMT_RESIDENCE_PERMIT', '810000199408230021')).toBe('810000********0021');
  });

  it.each<[IdDocumentType, string, string]>([
    ['HK_MACAU_PERMIT', 'H12345678', 'H1*****78'],
    ['HK_MACAU_PERMIT', 'M1234567890', 'M1*******90'],
    ['TAIWAN_PERMIT', '12345678', '12****78'],
    ['PASSPORT', 'E12345678', 'E1*****78'],
    ['PASSPORT', 'AB123', 'A***3'],
    ['PASSPORT', 'AB1234', 'A****4'],
    ['FOREIGN_PERMANENT_RESIDENT', 'USA110185061500', 'US***********00'],
    ['FOREIGN_PERMANENT_RESIDENT', '911840198506150012', '91**************12'],
  ])('ID %s %s is masked as %s', (type, value, masked) => {
    expect(maskIdNumber(type, value)).toBe(masked);
  });

  it('ID masking of non-resident documents never reveals more than half of the number', () => {
    for (const type of ['HK_MACAU_PERMIT', 'TAIWAN_PERMIT', 'PASSPORT', 'FOREIGN_PERMANENT_RESIDENT'] as const) {
      for (let length = 0; length <= 20; length += 1) {
        const value = 'ABCDEFGHIJKLMNOPQRST'.slice(0, length);
        const masked = maskIdNumber(type, value);
        expect(masked).toHaveLength(length);
        const revealed = [...masked].filter((char) => char !== '*').length;
        expect(revealed).toBeLessThanOrEqual(Math.floor(length / 2));
      }
    }
  });
});

describe('parseIdDocumentType', () => {
  it.each<[string, IdDocumentType | null]>([
    ['居民身份证', 'RESIDENT_ID'],
    ['身份证', 'RESIDENT_ID'],
    [' 居民 身份证 ', 'RESIDENT_ID'],
    ['RESIDENT_ID', 'RESIDENT_ID'],
    ['resident_id', 'RESIDENT_ID'],
    ['Resident identity card', 'RESIDENT_ID'],
    ['港澳台居民居住证', 'HMT_RESIDENCE_PERMIT'],
    ['HMT_RESIDENCE_PERMIT', 'HMT_RESIDENCE_PERMIT'],
    ['港澳居民来往内地通行证', 'HK_MACAU_PERMIT'],
    ['回乡证', 'HK_MACAU_PERMIT'],
    ['台湾居民来往大陆通行证', 'TAIWAN_PERMIT'],
    ['台胞证', 'TAIWAN_PERMIT'],
    ['护照', 'PASSPORT'],
    ['Passport', 'PASSPORT'],
    ['ＰＡＳＳＰＯＲＴ', 'PASSPORT'],
    ['外国人永久居留身份证', 'FOREIGN_PERMANENT_RESIDENT'],
    ['永居证', 'FOREIGN_PERMANENT_RESIDENT'],
    ['FOREIGN_PERMANENT_RESIDENT', 'FOREIGN_PERMANENT_RESIDENT'],
    ['驾驶证', null],
    ['居住证', null],
    ['', null],
    ['   ', null],
  ])('ID the label %p parses to %p', (label, type) => {
    expect(parseIdDocumentType(label)).toBe(type);
  });

  it('ID every official Chinese label and every code parses back to its type', () => {
    for (const type of ID_DOCUMENT_TYPES) {
      expect(parseIdDocumentType(type)).toBe(type);
      expect(parseIdDocumentType(ID_DOCUMENT_TYPE_LABELS[type].zh)).toBe(type);
      expect(parseIdDocumentType(ID_DOCUMENT_TYPE_LABELS[type].en)).toBe(type);
    }
  });
});
