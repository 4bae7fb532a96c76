// 18-character resident ID numbers anywhere in a log line: keep the region and the last four.
// Bounded by non-digits (not \b), so "photo_<id>.jpg" and "ID<id>" are masked too; longer digit runs are not.
const RESIDENT_ID = /(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)/g;

export function maskIdNumbersInText(text: string): string {
  return text.replace(RESIDENT_ID, '$1********$2');
}

/**
 * Copy of plain objects and arrays with every string masked. Class instances (requests, responses,
 * dates, errors) pass through untouched so pino's own serializers still see them; error messages are
 * masked by the log hook instead.
 */
export function maskIdNumbersDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskIdNumbersInText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => maskIdNumbersDeep(item, depth + 1));
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskIdNumbersDeep(item, depth + 1)]));
}
