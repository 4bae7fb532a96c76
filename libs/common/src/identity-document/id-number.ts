import { LocalDate, isValidLocalDate } from '../time';

export type IdDocumentType =
  | 'RESIDENT_ID'
  | 'HMT_RESIDENCE_PERMIT'
  | 'HK_MACAU_PERMIT'
  | 'TAIWAN_PERMIT'
  | 'PASSPORT'
  | 'FOREIGN_PERMANENT_RESIDENT';

export const ID_DOCUMENT_TYPES: readonly IdDocumentType[] = [
  'RESIDENT_ID',
  'HMT_RESIDENCE_PERMIT',
  'HK_MACAU_PERMIT',
  'TAIWAN_PERMIT',
  'PASSPORT',
  'FOREIGN_PERMANENT_RESIDENT',
];

export const ID_DOCUMENT_TYPE_LABELS: Record<IdDocumentType, { zh: string; en: string }> = {
  RESIDENT_ID: { zh: '居民身份证', en: 'Resident identity card' },
  HMT_RESIDENCE_PERMIT: { zh: '港澳台居民居住证', en: 'Residence permit for Hong Kong, Macao and Taiwan residents' },
  HK_MACAU_PERMIT: { zh: '港澳居民来往内地通行证', en: 'Mainland travel permit for Hong Kong and Macao residents' },
  TAIWAN_PERMIT: { zh: '台湾居民来往大陆通行证', en: 'Mainland travel permit for Taiwan residents' },
  PASSPORT: { zh: '护照', en: 'Passport' },
  FOREIGN_PERMANENT_RESIDENT: { zh: '外国人永久居留身份证', en: 'Foreign permanent resident ID card' },
};

export type IdNumberProblem =
  | 'EMPTY'
  | 'LEGACY_15_DIGIT'
  | 'SPREADSHEET_MANGLED'
  | 'BAD_LENGTH'
  | 'BAD_CHARACTERS'
  | 'BAD_REGION'
  | 'BAD_BIRTH_DATE'
  | 'BIRTH_DATE_IN_FUTURE'
  | 'BAD_CHECK_DIGIT';

export type IdCheckResult =
  | { ok: true; type: IdDocumentType; normalised: string; birthDate: LocalDate | null; sex: 'M' | 'F' | null }
  | { ok: false; type: IdDocumentType; problem: IdNumberProblem; message: { zh: string; en: string } };

/** What a valid number looks like, quoted in BAD_LENGTH / BAD_CHARACTERS messages. */
const EXPECTED_FORMAT: Record<IdDocumentType, { zh: string; en: string }> = {
  RESIDENT_ID: { zh: '18位，前17位为数字，最后一位为数字或X', en: '18 characters: 17 digits, then a digit or X' },
  HMT_RESIDENCE_PERMIT: {
    zh: '18位，以810000、820000或830000开头，最后一位为数字或X',
    en: '18 characters starting with 810000, 820000 or 830000, ending in a digit or X',
  },
  HK_MACAU_PERMIT: { zh: 'H或M加8位或10位数字', en: 'H or M followed by 8 or 10 digits' },
  TAIWAN_PERMIT: { zh: '8位或10位数字', en: '8 or 10 digits' },
  PASSPORT: { zh: '5至17位字母或数字，至少含1位数字', en: '5 to 17 letters or digits, at least one digit' },
  FOREIGN_PERMANENT_RESIDENT: {
    zh: '以9开头的18位号码，或旧版15位号码（3位字母加12位数字）',
    en: '18 characters starting with 9, or the older 15 characters (3 letters and 12 digits)',
  },
};

function problemMessage(type: IdDocumentType, problem: IdNumberProblem): { zh: string; en: string } {
  const label = ID_DOCUMENT_TYPE_LABELS[type];
  const format = EXPECTED_FORMAT[type];
  switch (problem) {
    case 'EMPTY':
      return { zh: '请填写证件号码', en: 'Enter the ID number' };
    case 'LEGACY_15_DIGIT':
      return {
        zh: '15位旧身份证号码已停止使用，请填写18位居民身份证号码',
        en: '15-digit ID numbers are no longer in use; enter the 18-character resident ID number',
      };
    case 'SPREADSHEET_MANGLED':
      return {
        zh: '证件号码被表格软件当作数字处理（变成科学计数法或末尾变成000），请将该列设为文本格式后重新填写',
        en: 'The spreadsheet turned the ID number into a number (scientific notation or trailing 000); format the column as text and enter it again',
      };
    case 'BAD_LENGTH':
      return { zh: `${label.zh}号码位数不正确，应为${format.zh}`, en: `Wrong length for a ${label.en} number: expected ${format.en}` };
    case 'BAD_CHARACTERS':
      return {
        zh: `${label.zh}号码含有不允许的字符，应为${format.zh}`,
        en: `A ${label.en} number has characters that are not allowed: expected ${format.en}`,
      };
    case 'BAD_REGION':
      return {
        zh: type === 'HMT_RESIDENCE_PERMIT' ? '港澳台居民居住证号码应以810000、820000或830000开头' : '证件号码前两位不是有效的省级行政区划代码',
        en:
          type === 'HMT_RESIDENCE_PERMIT'
            ? 'A residence permit number for Hong Kong, Macao and Taiwan residents starts with 810000, 820000 or 830000'
            : 'The first two digits are not a valid province code',
      };
    case 'BAD_BIRTH_DATE':
      return { zh: '证件号码中的出生日期无效', en: 'The birth date inside the ID number is not a valid date' };
    case 'BIRTH_DATE_IN_FUTURE':
      return { zh: '证件号码中的出生日期晚于今天', en: 'The birth date inside the ID number is in the future' };
    case 'BAD_CHECK_DIGIT':
      return { zh: '证件号码校验位不正确，请核对是否输错', en: 'The check character does not match; check the number for typos' };
  }
}

/** Full-width ASCII (Ａ, ０, …) as typed by Chinese input methods → half-width. */
function toHalfWidth(value: string): string {
  return value.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/**
 * Trim, drop every kind of inner whitespace (including the ideographic space U+3000), fold full-width
 * characters to half-width, then upper-case: lowercase x is a common way to type the check char, and
 * permit and passport letters are upper-case by definition.
 */
export function normaliseIdNumber(raw: string): string {
  return toHalfWidth(raw.replace(/[\s\u3000]+/g, '')).toUpperCase();
}

/** GB/T 2260 province-level codes (GB 11643 positions 1–2); 71/81/82 are not issued on resident IDs. */
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65,
]);

/** GB 11643-1999 prefixes of residence permits for Hong Kong (81), Macao (82) and Taiwan (83) residents. */
const HMT_PREFIXES = new Set(['810000', '820000', '830000']);

const CHECK_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** ISO 7064 MOD 11-2 check character of the first 17 digits (GB 11643-1999). */
export function gb11643CheckChar(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += Number(first17[index]) * CHECK_WEIGHTS[index];
  return CHECK_CHARS[sum % 11];
}

/** "1.23E+17", "3.50102199001011e17": Excel shows long numbers this way and the lost digits cannot be recovered. */
const SCIENTIFIC = /^\d+(\.\d+)?E\+?\d+$/;
/** "350102199001011234.0": a number column exported through a float. */
const FLOAT_EXPORT = /^\d{15,18}\.0+$/;

/**
 * Only 18-digit numbers exceed Excel's 15 significant digits; shorter permit and passport numbers survive a
 * number cell, and "12E45678" could be a genuine passport number.
 */
const LONG_NUMERIC_TYPES: ReadonlySet<IdDocumentType> = new Set(['RESIDENT_ID', 'HMT_RESIDENCE_PERMIT', 'FOREIGN_PERMANENT_RESIDENT']);

function looksMangledBySpreadsheet(value: string): boolean {
  return SCIENTIFIC.test(value) || FLOAT_EXPORT.test(value);
}

type Outcome = { ok: true; birthDate: LocalDate | null; sex: 'M' | 'F' | null } | { ok: false; problem: IdNumberProblem };

const fail = (problem: IdNumberProblem): Outcome => ({ ok: false, problem });

/** Birth date at positions 7–14 of an 18-character GB 11643 number. */
function birthDateProblem(value: string, today: LocalDate): IdNumberProblem | null {
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isValidLocalDate(birthDate) || birthDate < '1900-01-01') return 'BAD_BIRTH_DATE';
  if (birthDate > today) return 'BIRTH_DATE_IN_FUTURE';
  return null;
}

/**
 * The check character, after everything else passed. Excel keeps 15 significant digits, so an 18-digit
 * ID typed into a number cell comes back with its last three digits as 000. A real ID may end in 000
 * (sequence 000, check digit 0), so "ends in 000" alone proves nothing: only a number that ends in 000
 * AND fails the check is reported as mangled. The converse cannot be caught: a mangled number that
 * happens to pass the check (about 1 in 11) is indistinguishable from a real one.
 */
function checkCharProblem(value: string): IdNumberProblem | null {
  if (gb11643CheckChar(value.slice(0, 17)) === value[17]) return null;
  return /^\d{15}000$/.test(value) ? 'SPREADSHEET_MANGLED' : 'BAD_CHECK_DIGIT';
}

/** RESIDENT_ID and HMT_RESIDENCE_PERMIT share GB 11643-1999; only the region rule differs. */
function checkGb11643(type: 'RESIDENT_ID' | 'HMT_RESIDENCE_PERMIT', value: string, today: LocalDate): Outcome {
  if (!/^[0-9X]+$/.test(value)) return fail('BAD_CHARACTERS');
  if (type === 'RESIDENT_ID' && /^\d{15}$/.test(value)) return fail('LEGACY_15_DIGIT');
  if (value.length !== 18) return fail('BAD_LENGTH');
  if (!/^\d{17}[0-9X]$/.test(value)) return fail('BAD_CHARACTERS');

  const regionOk = type === 'RESIDENT_ID' ? PROVINCE_CODES.has(Number(value.slice(0, 2))) : HMT_PREFIXES.has(value.slice(0, 6));
  if (!regionOk) return fail('BAD_REGION');

  const dateProblem = birthDateProblem(value, today);
  if (dateProblem) return fail(dateProblem);

  const checkProblem = checkCharProblem(value);
  if (checkProblem) return fail(checkProblem);

  return {
    ok: true,
    birthDate: `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`,
    sex: Number(value[16]) % 2 === 1 ? 'M' : 'F',
  };
}

function checkHongKongMacau(value: string): Outcome {
  if (!/^[A-Z0-9]+$/.test(value)) return fail('BAD_CHARACTERS');
  if (value.length !== 9 && value.length !== 11) return fail('BAD_LENGTH');
  if (!/^[HM]\d+$/.test(value)) return fail('BAD_CHARACTERS');
  return { ok: true, birthDate: null, sex: null };
}

function checkTaiwan(value: string): Outcome {
  if (!/^\d+$/.test(value)) return fail('BAD_CHARACTERS');
  if (value.length !== 8 && value.length !== 10) return fail('BAD_LENGTH');
  return { ok: true, birthDate: null, sex: null };
}

function checkPassport(value: string): Outcome {
  if (!/^[A-Z0-9]+$/.test(value)) return fail('BAD_CHARACTERS');
  if (value.length < 5 || value.length > 17) return fail('BAD_LENGTH');
  // A run of letters only is a name or a typo, not a passport number.
  if (!/\d/.test(value)) return fail('BAD_CHARACTERS');
  return { ok: true, birthDate: null, sex: null };
}

/**
 * New (2023) card: 18 characters, "9", issuing-place and nationality codes, birth date, sequence, GB 11643
 * check char. Old card: 3-letter nationality + 12 digits, whose two-digit birth year is ambiguous, so no
 * birth date is derived. Sex is not derived from either: the published layouts do not define it.
 */
function checkForeignPermanentResident(value: string, today: LocalDate): Outcome {
  if (!/^[A-Z0-9]+$/.test(value)) return fail('BAD_CHARACTERS');
  if (value.length === 15) {
    return /^[A-Z]{3}\d{12}$/.test(value) ? { ok: true, birthDate: null, sex: null } : fail('BAD_CHARACTERS');
  }
  if (value.length !== 18) return fail('BAD_LENGTH');
  if (!/^9\d{16}[0-9X]$/.test(value)) return fail('BAD_CHARACTERS');
  const dateProblem = birthDateProblem(value, today);
  if (dateProblem) return fail(dateProblem);
  const checkProblem = checkCharProblem(value);
  if (checkProblem) return fail(checkProblem);
  return { ok: true, birthDate: `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`, sex: null };
}

/** Validates one ID number of the given type; `today` (Beijing date) bounds the birth date. */
export function checkIdNumber(type: IdDocumentType, raw: string, today: LocalDate): IdCheckResult {
  const normalised = normaliseIdNumber(raw);
  let outcome: Outcome;
  if (normalised === '') {
    outcome = fail('EMPTY');
  } else if (LONG_NUMERIC_TYPES.has(type) && looksMangledBySpreadsheet(normalised)) {
    outcome = fail('SPREADSHEET_MANGLED');
  } else {
    switch (type) {
      case 'RESIDENT_ID':
      case 'HMT_RESIDENCE_PERMIT':
        outcome = checkGb11643(type, normalised, today);
        break;
      case 'HK_MACAU_PERMIT':
        outcome = checkHongKongMacau(normalised);
        break;
      case 'TAIWAN_PERMIT':
        outcome = checkTaiwan(normalised);
        break;
      case 'PASSPORT':
        outcome = checkPassport(normalised);
        break;
      case 'FOREIGN_PERMANENT_RESIDENT':
        outcome = checkForeignPermanentResident(normalised, today);
        break;
    }
  }
  if (!outcome.ok) return { ok: false, type, problem: outcome.problem, message: problemMessage(type, outcome.problem) };
  return { ok: true, type, normalised, birthDate: outcome.birthDate, sex: outcome.sex };
}

/**
 * For tickets and lists (TK-2). Resident IDs and HMT permits keep region and check part (6 + 4), the
 * convention on Chinese printed forms; other documents show at most two characters at each end and
 * never more than half of the number.
 */
export function maskIdNumber(type: IdDocumentType, normalised: string): string {
  if ((type === 'RESIDENT_ID' || type === 'HMT_RESIDENCE_PERMIT') && normalised.length === 18) {
    return `${normalised.slice(0, 6)}********${normalised.slice(14)}`;
  }
  const shown = Math.min(2, Math.floor(normalised.length / 4));
  if (shown === 0) return '*'.repeat(normalised.length);
  return `${normalised.slice(0, shown)}${'*'.repeat(normalised.length - 2 * shown)}${normalised.slice(-shown)}`;
}

/** Names people type for each document, after normalisation (no spaces, half-width, upper case). */
const TYPE_ALIASES: Record<IdDocumentType, readonly string[]> = {
  RESIDENT_ID: ['居民身份证', '身份证', '二代身份证', '第二代居民身份证', '中华人民共和国居民身份证', 'IDCARD', 'RESIDENTIDCARD', 'RESIDENTIDENTITYCARD'],
  HMT_RESIDENCE_PERMIT: ['港澳台居民居住证', '港澳居民居住证', '台湾居民居住证', 'HMTRESIDENCEPERMIT'],
  HK_MACAU_PERMIT: ['港澳居民来往内地通行证', '港澳通行证', '回乡证', 'HOMERETURNPERMIT', 'HKMACAUPERMIT', 'HKMACAOPERMIT'],
  TAIWAN_PERMIT: ['台湾居民来往大陆通行证', '台胞证', '台湾通行证', 'TAIWANCOMPATRIOTPERMIT'],
  PASSPORT: ['护照', '外国护照', 'PASSPORT'],
  FOREIGN_PERMANENT_RESIDENT: ['外国人永久居留身份证', '外国人永久居留证', '永久居留身份证', '永居证', 'FOREIGNPERMANENTRESIDENTIDCARD'],
};

function labelKey(label: string): string {
  return toHalfWidth(label.replace(/[\s\u3000]+/g, '')).toUpperCase().replace(/[_\-·.()（）]/g, '');
}

const TYPE_BY_LABEL: ReadonlyMap<string, IdDocumentType> = new Map(
  ID_DOCUMENT_TYPES.flatMap((type) =>
    [type, ID_DOCUMENT_TYPE_LABELS[type].zh, ID_DOCUMENT_TYPE_LABELS[type].en, ...TYPE_ALIASES[type]].map(
      (label): [string, IdDocumentType] => [labelKey(label), type],
    ),
  ),
);

/** parse a user-entered type label ('居民身份证', 'RESIDENT_ID', '身份证', '护照', …) → type, or null */
export function parseIdDocumentType(label: string): IdDocumentType | null {
  return TYPE_BY_LABEL.get(labelKey(label)) ?? null;
}
