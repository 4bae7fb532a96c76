import { parse } from 'csv-parse/sync';
import { Workbook, type CellValue, type Worksheet } from 'exceljs';
import * as iconv from 'iconv-lite';
import { TextDecoder } from 'node:util';
import { DomainError } from '../errors';
import { inspectZip, verifyZipEntries } from './zip-guard';

export interface ColumnSpec<K extends string> {
  key: K;
  /** Accepted header names (zh and en variants); compared after trimming, removing spaces/BOM and case-folding. */
  headers: string[];
  required: boolean;
}

export interface TableLimits {
  maxBytes: number;
  maxRows: number;
  maxUncompressedBytes: number;
}

const MIB = 1024 * 1024;

/** Frozen: a caller tweaking "its" limits must not change everyone's. */
export const DEFAULT_TABLE_LIMITS: TableLimits = Object.freeze({
  maxBytes: 20 * MIB,
  maxRows: 50_000,
  maxUncompressedBytes: 200 * MIB,
});

export interface TableRow<K extends string> {
  /** The row number the user sees in Excel; the header is row 1. */
  rowNumber: number;
  values: Record<K, string>;
}

export interface ParsedTable<K extends string> {
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'gb18030' | null;
  rows: TableRow<K>[];
}

/** Zip-bomb thresholds that are not part of TableLimits. */
const MAX_ZIP_ENTRIES = 10_000;
const MAX_COMPRESSION_RATIO = 200;
const RATIO_FLOOR_BYTES = MIB;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Known binary signatures, so the error can say what the file really is. */
const SIGNATURES: ReadonlyArray<{ kind: string; magic: Buffer }> = [
  { kind: 'xls', magic: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
  { kind: 'png', magic: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  { kind: 'jpeg', magic: Buffer.from([0xff, 0xd8, 0xff]) },
  { kind: 'gif', magic: Buffer.from('GIF8', 'latin1') },
  { kind: 'pdf', magic: Buffer.from('%PDF-', 'latin1') },
];

/**
 * Reads an uploaded roster-like table (CSV or XLSX, recognised by content, never by name) and maps its
 * header row onto `columns`. Every failure is a DomainError from the file catalogue.
 */
export async function readTable<K extends string>(
  file: { buffer: Buffer; filename: string },
  columns: ColumnSpec<K>[],
  limits: TableLimits = DEFAULT_TABLE_LIMITS,
): Promise<ParsedTable<K>> {
  const { buffer } = file;
  if (buffer.length === 0) throw new DomainError('FILE_EMPTY');
  if (buffer.length > limits.maxBytes) {
    throw new DomainError('SPREADSHEET_TOO_LARGE', { reason: 'bytes', bytes: buffer.length, maxBytes: limits.maxBytes });
  }
  if (startsWith(buffer, ZIP_MAGIC)) {
    return { format: 'xlsx', encoding: null, rows: await readXlsx(buffer, columns, limits) };
  }
  const binary = SIGNATURES.find((signature) => startsWith(buffer, signature.magic));
  if (binary) throw new DomainError('FILE_TYPE_UNSUPPORTED', { detected: binary.kind, filename: file.filename });
  if (startsWith(buffer, Buffer.from([0xff, 0xfe])) || startsWith(buffer, Buffer.from([0xfe, 0xff]))) {
    // Excel's "Unicode text" export: text, but an encoding we do not accept; say so rather than "binary".
    throw new DomainError('FILE_ENCODING_UNSUPPORTED', { detected: 'utf-16' });
  }
  if (buffer.includes(0)) throw new DomainError('FILE_TYPE_UNSUPPORTED', { detected: 'binary', filename: file.filename });

  const { text, encoding } = decodeText(buffer);
  return { format: 'csv', encoding, rows: readCsv(text, columns, limits) };
}

function startsWith(buffer: Buffer, magic: Buffer): boolean {
  return buffer.length >= magic.length && buffer.subarray(0, magic.length).equals(magic);
}

// ---------------------------------------------------------------------------------------------- text

function decodeText(buffer: Buffer): { text: string; encoding: 'utf-8' | 'gb18030' } {
  const body = startsWith(buffer, UTF8_BOM) ? buffer.subarray(UTF8_BOM.length) : buffer;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Excel on Chinese Windows saves "CSV" as GBK, which GB18030 is a superset of.
    const text = iconv.decode(body, 'gb18030');
    // iconv-lite yields lone surrogates, not U+FFFD, for four-byte sequences beyond U+10FFFF.
    if (text.includes('\uFFFD') || /\p{Cs}/u.test(text)) throw new DomainError('FILE_ENCODING_UNSUPPORTED', { tried: ['utf-8', 'gb18030'] });
    return { text, encoding: 'gb18030' };
  }
}

interface CsvErrorShape {
  code: string;
  records: number;
  empty_lines: number;
}

function isCsvError(error: unknown): error is CsvErrorShape {
  return (
    error instanceof Error &&
    typeof (error as Partial<CsvErrorShape>).code === 'string' &&
    typeof (error as Partial<CsvErrorShape>).records === 'number'
  );
}

interface RecordContext {
  records: number;
  empty_lines: number;
}

function readCsv<K extends string>(rawText: string, columns: ColumnSpec<K>[], limits: TableLimits): TableRow<K>[] {
  // Trailing whitespace-only lines would otherwise count as a one-cell row of the wrong width.
  const text = rawText.replace(/(\r?\n[ \t\u3000]*)+$/, '');
  if (text.trim() === '') throw new DomainError('FILE_EMPTY');
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';

  const collector = new RowCollector(columns, limits);
  try {
    parse(text, {
      delimiter,
      relax_column_count: false,
      skip_empty_lines: true,
      // Rows are handled here and dropped from csv-parse's own output, so memory stays with our rows.
      on_record: (record: string[], context: RecordContext): null => {
        // Skipped empty lines still occupy a row in Excel, so they count toward the row number.
        const rowNumber = context.records + context.empty_lines;
        if (!collector.hasHeader) collector.setHeader(record);
        else collector.add(rowNumber, record);
        return null;
      },
    });
  } catch (error: unknown) {
    if (error instanceof DomainError) throw error;
    if (isCsvError(error)) {
      // A ragged row or broken quoting: point at the row, as Excel would number it.
      throw new DomainError('FILE_CORRUPT', { rowNumber: error.records + error.empty_lines + 1 });
    }
    throw new DomainError('FILE_CORRUPT', { reason: 'csv' });
  }
  if (!collector.hasHeader) collector.setHeader([]);
  return collector.rows;
}

// ---------------------------------------------------------------------------------------------- xlsx

async function readXlsx<K extends string>(buffer: Buffer, columns: ColumnSpec<K>[], limits: TableLimits): Promise<TableRow<K>[]> {
  const entries = inspectZip(buffer, {
    maxUncompressedBytes: limits.maxUncompressedBytes,
    maxEntries: MAX_ZIP_ENTRIES,
    maxRatio: MAX_COMPRESSION_RATIO,
    ratioFloorBytes: RATIO_FLOOR_BYTES,
  });
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('[Content_Types].xml') || !entries.some((entry) => /^xl\/.+\.xml$/.test(entry.name))) {
    throw new DomainError('FILE_CORRUPT', { reason: 'not-xlsx' });
  }
  await verifyZipEntries(buffer, entries);

  const workbook = new Workbook();
  try {
    // exceljs types its input as its own ArrayBuffer-like interface; JSZip takes a Node Buffer as is.
    await workbook.xlsx.load(buffer as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  } catch {
    throw new DomainError('FILE_CORRUPT', { reason: 'xlsx-unreadable' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new DomainError('FILE_CORRUPT', { reason: 'xlsx-no-worksheet' });
  return collectSheet(sheet, columns, limits);
}

function collectSheet<K extends string>(sheet: Worksheet, columns: ColumnSpec<K>[], limits: TableLimits): TableRow<K>[] {
  const collector = new RowCollector(columns, limits);
  const header = sheet.getRow(1);
  const width = header.cellCount;
  const headerCells: string[] = [];
  for (let column = 1; column <= width; column++) headerCells.push(cellText(header.getCell(column).value, 1));
  collector.setHeader(headerCells);

  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: string[] = [];
    // Cells right of the header have no column to belong to.
    for (let column = 1; column <= width; column++) cells.push(cellText(row.getCell(column).value, rowNumber));
    collector.add(rowNumber, cells);
  });
  return collector.rows;
}

const MS_PER_SECOND = 1000;

/** Cell value → the text a user would recognise; see the module notes for numbers and dates. */
function cellText(value: CellValue, rowNumber: number): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value, rowNumber);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null, rowNumber);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return cellText(value.text, rowNumber);
  if ('error' in value) return value.error;
  return '';
}

/**
 * Integers that a double holds exactly come back as plain digits. Larger integers have already lost
 * digits inside Excel (an 18-digit ID typed as a number), so they come back the way Excel shows them,
 * e.g. "3.50102E+17", which no caller can mistake for a valid value.
 */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) return excelScientific(value);
  const text = String(value);
  return text.includes('e') ? expandExponent(text) : text;
}

function excelScientific(value: number): string {
  const [mantissa, exponent] = value.toExponential(5).split('e');
  const trimmed = mantissa.replace(/\.?0+$/, '');
  const sign = exponent.startsWith('-') ? '-' : '+';
  return `${trimmed}E${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
}

/** "1.5e-7" → "0.00000015": only tiny non-integers reach here, and they need no rounding. */
function expandExponent(text: string): string {
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, lead, fraction = '', exponentText] = match;
  const exponent = Number(exponentText);
  const digits = lead + fraction;
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`.replace(/\.?0+$/, '');
  return sign + digits.padEnd(exponent + 1, '0');
}

/** exceljs hands out UTC dates whose fields are the wall-clock date and time typed in Excel. */
function dateText(value: Date, rowNumber: number): string {
  const time = value.getTime();
  if (Number.isNaN(time)) throw new DomainError('FILE_CORRUPT', { rowNumber, reason: 'invalid-date' });
  // Excel serials are fractions of a day; round away the float noise exceljs leaves in the milliseconds.
  const iso = new Date(Math.round(time / MS_PER_SECOND) * MS_PER_SECOND).toISOString();
  const date = iso.slice(0, 10);
  const clock = iso.slice(11, 19);
  // A date-time keeps its time rather than silently dropping it.
  if (clock === '00:00:00') return date;
  return clock.endsWith(':00') ? `${date} ${clock.slice(0, 5)}` : `${date} ${clock}`;
}

// ---------------------------------------------------------------------------------------------- rows

/** Header cells are compared in this form: NFKC (full-width → ASCII), no whitespace/BOM/ZWSP, lower case. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[\s\uFEFF\u200B]/g, '')
    .toLowerCase();
}

class RowCollector<K extends string> {
  readonly rows: TableRow<K>[] = [];
  private indexes = new Map<K, number>();
  hasHeader = false;

  constructor(
    private readonly columns: ColumnSpec<K>[],
    private readonly limits: TableLimits,
  ) {}

  setHeader(cells: string[]): void {
    this.hasHeader = true;
    const byName = new Map<string, K>();
    for (const column of this.columns) {
      for (const name of column.headers) {
        const normalised = normaliseHeader(name);
        if (!byName.has(normalised)) byName.set(normalised, column.key);
      }
    }
    const unknown: string[] = [];
    const duplicate: string[] = [];
    cells.forEach((cell, index) => {
      const normalised = normaliseHeader(cell);
      if (normalised === '') return;
      const key = byName.get(normalised);
      if (key === undefined) unknown.push(cell.trim());
      else if (this.indexes.has(key)) duplicate.push(cell.trim());
      else this.indexes.set(key, index);
    });
    const missing = this.columns.filter((column) => column.required && !this.indexes.has(column.key)).map((column) => column.headers[0]);
    if (missing.length > 0 || duplicate.length > 0) {
      throw new DomainError('SPREADSHEET_COLUMNS_INVALID', duplicate.length > 0 ? { missing, unknown, duplicate } : { missing, unknown });
    }
  }

  add(rowNumber: number, cells: string[]): void {
    if (cells.every((cell) => cell.trim() === '')) return;
    if (this.rows.length >= this.limits.maxRows) {
      throw new DomainError('SPREADSHEET_TOO_LARGE', { reason: 'rows', rowNumber, maxRows: this.limits.maxRows });
    }
    const values = {} as Record<K, string>;
    for (const column of this.columns) {
      const index = this.indexes.get(column.key);
      values[column.key] = index === undefined ? '' : (cells[index] ?? '').trim();
    }
    this.rows.push({ rowNumber, values });
  }
}
