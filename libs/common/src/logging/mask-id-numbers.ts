// 18-character resident ID numbers anywhere in a log line: keep the region and the last four.
const RESIDENT_ID = /\b(\d{6})\d{8}(\d{3}[\dXx])\b/g;

export function maskIdNumbersInText(text: string): string {
  return text.replace(RESIDENT_ID, '$1********$2');
}

/** Deep copy with every string masked; logs never carry a full ID number. */
export function maskIdNumbersDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskIdNumbersInText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => maskIdNumbersDeep(item, depth + 1));
  if (value instanceof Error) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskIdNumbersDeep(item, depth + 1)]));
}
