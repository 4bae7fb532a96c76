import { Workbook } from 'exceljs';

export type TableCell = string | number | null;

/** Leading characters that make a spreadsheet treat a cell as a formula (incl. full-width forms some IMEs type). */
const FORMULA_START = /^[=+\-@\t\r\n\0＝＋－＠]/;

/**
 * OWASP CSV-injection defence: a cell starting with = + - @ (or tab / carriage return) gets a leading
 * apostrophe. Also covers line feed, NUL and the full-width = + - @. Ordinary text is unchanged;
 * note that a string such as '-5' therefore becomes "'-5".
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * A finite number is written as its plain digits: it cannot carry a formula, and an apostrophe would
 * turn a negative score into text. Strings are always neutralised.
 */
function cellToText(cell: TableCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  return neutraliseCell(String(cell));
}

function quoteCsv(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with BOM (so Excel in China does not guess GBK), CRLF line ends, RFC 4180 quoting. */
export function toCsv(headers: string[], rows: TableCell[][]): Buffer {
  const lines = [headers, ...rows].map((row) => row.map((cell) => quoteCsv(cellToText(cell))).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** Characters XML 1.0 forbids; exceljs would write them verbatim and Excel would call the file damaged. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xmlSafe(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

/** Excel forbids these in sheet names and caps them at 31 characters. */
function sheetNameOf(name: string): string {
  const cleaned = [...name.replace(/[\\/?*[\]:]/g, '_').replace(/^'+|'+$/g, '')].slice(0, 31).join('');
  return cleaned.trim() === '' ? 'Sheet1' : cleaned;
}

/** CJK and full-width characters take two columns in Excel's default fonts. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

const MIN_COLUMN_WIDTH = 8;
const MAX_COLUMN_WIDTH = 60;
/** Measuring every row of a large export costs time and changes nothing visible. */
const WIDTH_SAMPLE_ROWS = 1000;

/**
 * Every cell is written as a string (neutralised like toCsv), so ID numbers keep all their digits and
 * nothing becomes a formula. Header bold, header row frozen, widths fitted to the content.
 */
export async function toXlsx(sheetName: string, headers: string[], rows: TableCell[][]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetNameOf(sheetName), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const textRows = [headers, ...rows].map((row) => row.map((cell) => xmlSafe(cellToText(cell))));
  for (const row of textRows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };

  const sample = textRows.slice(0, WIDTH_SAMPLE_ROWS + 1);
  const columnCount = sample.reduce((most, row) => Math.max(most, row.length), 0);
  for (let column = 0; column < columnCount; column++) {
    let widest = 0;
    for (const row of sample) {
      for (const line of (row[column] ?? '').split(/\r?\n/)) widest = Math.max(widest, displayWidth(line));
    }
    sheet.getColumn(column + 1).width = Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, widest + 2));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
