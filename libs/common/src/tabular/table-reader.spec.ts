import { Workbook } from 'exceljs';
import * as iconv from 'iconv-lite';
import { once } from 'node:events';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { DomainError, ErrorCode } from '../errors';
import { ColumnSpec, DEFAULT_TABLE_LIMITS, readTable, TableLimits } from './table-reader';
import { toXlsx } from './table-writer';

type Key = 'name' | 'idNumber' | 'phone';

const COLUMNS: ColumnSpec<Key>[] = [
  { key: 'name', headers: ['姓名', 'Name'], required: true },
  { key: 'idNumber', headers: ['证件号码', '身份证号', 'ID Number'], required: true },
  { key: 'phone', headers: ['手机号码', '手机', 'Phone'], required: false },
];

const ID_1 = '350102199001011234';
const ID_2 = '11010119900307001X';

function csv(text: string, filename = 'roster.csv'): { buffer: Buffer; filename: string } {
  return { buffer: Buffer.from(text, 'utf8'), filename };
}

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error: unknown) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

async function expectDomainError(promise: Promise<unknown>, code: ErrorCode, details?: unknown): Promise<DomainError> {
  const error = await rejection(promise);
  expect(error.code).toBe(code);
  if (details !== undefined) expect(error.details).toEqual(details);
  return error;
}

// ------------------------------------------------------------------------------------- zip helper

interface RawEntry {
  name: string;
  method: 0 | 8;
  data: Buffer;
  uncompressedSize: number;
  crc?: number;
}

/** A minimal ZIP writer (local headers, central directory, end record) so tests can forge any header. */
function buildZip(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc ?? 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(entry.method, 10);
    header.writeUInt32LE(entry.crc ?? 0, 16);
    header.writeUInt32LE(entry.data.length, 20);
    header.writeUInt32LE(entry.uncompressedSize, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, entry.data);
    central.push(header, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

function storedEntry(name: string, text: string): RawEntry {
  const data = Buffer.from(text, 'utf8');
  return { name, method: 0, data, uncompressedSize: data.length, crc: crc32(data) };
}

/** Deflates `size` zero bytes from one reused 1 MiB chunk: memory stays at the compressed size (~0.1%). */
async function deflatedZeros(size: number): Promise<Buffer> {
  const deflater = createDeflateRaw({ level: 1 });
  const output: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => output.push(chunk));
  const chunk = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < size; written += chunk.length) {
    if (!deflater.write(chunk)) await once(deflater, 'drain');
  }
  deflater.end();
  await once(deflater, 'end');
  return Buffer.concat(output);
}

const MIB = 1024 * 1024;

// ------------------------------------------------------------------------------------------ tests

describe('readTable — CSV', () => {
  it('reads UTF-8 without BOM, trims values and numbers rows as Excel does', async () => {
    const table = await readTable(csv(`姓名,证件号码,手机号码\n 张三 ,${ID_1},13800000000\n吉𠮷,${ID_2},\n`), COLUMNS);
    expect(table).toEqual({
      format: 'csv',
      encoding: 'utf-8',
      rows: [
        { rowNumber: 2, values: { name: '张三', idNumber: ID_1, phone: '13800000000' } },
        { rowNumber: 3, values: { name: '吉𠮷', idNumber: ID_2, phone: '' } },
      ],
    });
  });

  it('strips a UTF-8 BOM before matching the first header and reads CRLF files', async () => {
    const table = await readTable(csv(`\uFEFF姓名,证件号码\r\n李四,${ID_1}\r\n`), COLUMNS);
    expect(table.encoding).toBe('utf-8');
    expect(table.rows).toEqual([{ rowNumber: 2, values: { name: '李四', idNumber: ID_1, phone: '' } }]);
  });

  it('decodes a GBK file saved by Excel on Chinese Windows', async () => {
    const text = `姓名,身份证号,手机\r\n欧阳娜娜,${ID_1},13900000000\r\n王小明,${ID_2},\r\n`;
    const table = await readTable({ buffer: iconv.encode(text, 'gbk'), filename: 'x.csv' }, COLUMNS);
    expect(table.encoding).toBe('gb18030');
    expect(table.rows.map((row) => row.values.name)).toEqual(['欧阳娜娜', '王小明']);
    expect(table.rows[0].values).toEqual({ name: '欧阳娜娜', idNumber: ID_1, phone: '13900000000' });
  });

  it('decodes a GB18030 file containing 𠮷 (a four-byte GB18030 sequence) exactly', async () => {
    const buffer = iconv.encode(`姓名,证件号码\n𠮷田,${ID_1}\n`, 'gb18030');
    expect(buffer.includes(Buffer.from('𠮷', 'utf8'))).toBe(false);
    const table = await readTable({ buffer, filename: 'x.csv' }, COLUMNS);
    expect(table.encoding).toBe('gb18030');
    expect(table.rows[0].values.name).toBe('𠮷田');
  });

  it('rejects bytes that are neither UTF-8 nor GB18030', async () => {
    const buffer = Buffer.concat([Buffer.from('姓名,证件号码\n', 'utf8'), Buffer.from([0xff, 0xff, 0x2c, 0x31, 0x0a])]);
    await expectDomainError(readTable({ buffer, filename: 'x.csv' }, COLUMNS), 'FILE_ENCODING_UNSUPPORTED');
  });

  it('rejects UTF-16 ("Unicode text") as an unsupported encoding', async () => {
    const buffer = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('姓名\t证件号码\r\n', 'utf16le')]);
    await expectDomainError(readTable({ buffer, filename: 'x.txt' }, COLUMNS), 'FILE_ENCODING_UNSUPPORTED');
  });

  it('matches English and Chinese header variants regardless of case, spaces, BOM and full-width forms', async () => {
    const english = await readTable(csv(`  NAME , id number,PHONE\nZhang San,${ID_1},138\n`), COLUMNS);
    expect(english.rows[0].values).toEqual({ name: 'Zhang San', idNumber: ID_1, phone: '138' });
    const chinese = await readTable(csv(`姓\u3000名,证件 号码,Ｐｈｏｎｅ\n张三,${ID_1},138\n`), COLUMNS);
    expect(chinese.rows[0].values).toEqual({ name: '张三', idNumber: ID_1, phone: '138' });
  });

  it('accepts tab-separated text when the header has tabs and no commas', async () => {
    const table = await readTable(csv(`姓名\t证件号码\t手机\n张三\t${ID_1}\t138,139\n`), COLUMNS);
    expect(table.rows[0].values).toEqual({ name: '张三', idNumber: ID_1, phone: '138,139' });
  });

  it('reports every missing required column by its first name, and the unknown headers', async () => {
    await expectDomainError(readTable(csv('姓名,手机,备注,\n张三,138,x,\n'), COLUMNS), 'SPREADSHEET_COLUMNS_INVALID', {
      missing: ['证件号码'],
      unknown: ['备注'],
    });
    await expectDomainError(readTable(csv('备注\nx\n'), COLUMNS), 'SPREADSHEET_COLUMNS_INVALID', {
      missing: ['姓名', '证件号码'],
      unknown: ['备注'],
    });
  });

  it('ignores unknown extra columns when nothing is missing', async () => {
    const table = await readTable(csv(`序号,姓名,证件号码,备注\n1,张三,${ID_1},x\n`), COLUMNS);
    expect(table.rows[0].values).toEqual({ name: '张三', idNumber: ID_1, phone: '' });
  });

  it('rejects two headers that map to the same column', async () => {
    await expectDomainError(readTable(csv(`姓名,证件号码,身份证号\n张三,${ID_1},${ID_1}\n`), COLUMNS), 'SPREADSHEET_COLUMNS_INVALID', {
      missing: [],
      unknown: [],
      duplicate: ['身份证号'],
    });
  });

  it('skips fully blank rows but keeps Excel row numbers (empty lines included)', async () => {
    const table = await readTable(csv(`姓名,证件号码\n张三,${ID_1}\n,\n\n"李\n四",${ID_2}\n , \n王五,${ID_1}\n  \n`), COLUMNS);
    expect(table.rows.map((row) => [row.rowNumber, row.values.name])).toEqual([
      [2, '张三'],
      [5, '李\n四'],
      [7, '王五'],
    ]);
  });

  it('rejects a ragged row as FILE_CORRUPT with its row number', async () => {
    await expectDomainError(readTable(csv(`姓名,证件号码\n张三,${ID_1}\n\n李四,${ID_2},extra\n`), COLUMNS), 'FILE_CORRUPT', {
      rowNumber: 4,
    });
    await expectDomainError(readTable(csv(`姓名,证件号码\n张三\n`), COLUMNS), 'FILE_CORRUPT', { rowNumber: 2 });
  });

  it('rejects an unclosed quote as FILE_CORRUPT', async () => {
    await expectDomainError(readTable(csv(`姓名,证件号码\n张三,"${ID_1}\n`), COLUMNS), 'FILE_CORRUPT', { rowNumber: 2 });
  });

  it('rejects an empty buffer and a file with nothing but a BOM', async () => {
    await expectDomainError(readTable({ buffer: Buffer.alloc(0), filename: 'x.csv' }, COLUMNS), 'FILE_EMPTY');
    await expectDomainError(readTable({ buffer: Buffer.from([0xef, 0xbb, 0xbf]), filename: 'x.csv' }, COLUMNS), 'FILE_EMPTY');
  });

  it('rejects a file over maxBytes before looking at it', async () => {
    const limits: TableLimits = { ...DEFAULT_TABLE_LIMITS, maxBytes: 10 };
    await expectDomainError(readTable(csv(`姓名,证件号码\n张三,${ID_1}\n`), COLUMNS, limits), 'SPREADSHEET_TOO_LARGE', {
      reason: 'bytes',
      bytes: 46,
      maxBytes: 10,
    });
  });

  it('enforces the row limit on non-blank data rows', async () => {
    const limits: TableLimits = { ...DEFAULT_TABLE_LIMITS, maxRows: 2 };
    const two = `姓名,证件号码\n甲,${ID_1}\n,\n乙,${ID_2}\n`;
    await expect(readTable(csv(two), COLUMNS, limits)).resolves.toMatchObject({ rows: [{ rowNumber: 2 }, { rowNumber: 4 }] });
    const error = await expectDomainError(readTable(csv(`${two}丙,${ID_1}\n`), COLUMNS, limits), 'SPREADSHEET_TOO_LARGE');
    expect(error.details).toMatchObject({ reason: 'rows', maxRows: 2 });
  });

  it('sees through the file name: PNG, legacy .xls and other binaries named .csv are refused', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const xls = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
    const binary = Buffer.from([0x41, 0x42, 0x00, 0x43, 0x0a]);
    for (const [buffer, detected] of [
      [png, 'png'],
      [xls, 'xls'],
      [binary, 'binary'],
    ] as const) {
      await expectDomainError(readTable({ buffer, filename: 'roster.csv' }, COLUMNS), 'FILE_TYPE_UNSUPPORTED', {
        detected,
        filename: 'roster.csv',
      });
    }
  });
});

describe('readTable — XLSX', () => {
  it('round-trips a file written by toXlsx, whatever its name', async () => {
    const buffer = await toXlsx('名单', ['序号', '姓名', '证件号码', '手机号码'], [
      [1, '张三', ID_1, '13800000000'],
      [null, null, null, null],
      [3, '吉𠮷', ID_2, null],
      [4, '=1+1', '-5', '@SUM(A1)'],
    ]);
    const table = await readTable({ buffer, filename: 'roster.csv' }, COLUMNS);
    expect(table).toEqual({
      format: 'xlsx',
      encoding: null,
      rows: [
        { rowNumber: 2, values: { name: '张三', idNumber: ID_1, phone: '13800000000' } },
        { rowNumber: 4, values: { name: '吉𠮷', idNumber: ID_2, phone: '' } },
        { rowNumber: 5, values: { name: "'=1+1", idNumber: "'-5", phone: "'@SUM(A1)" } },
      ],
    });
  });

  it('reports wrong columns in an XLSX exactly like in a CSV', async () => {
    const buffer = await toXlsx('Sheet1', ['Name', 'Mobile', 'Remark'], [['Zhang San', '138', '']]);
    await expectDomainError(readTable({ buffer, filename: 'x.xlsx' }, COLUMNS), 'SPREADSHEET_COLUMNS_INVALID', {
      missing: ['证件号码'],
      unknown: ['Mobile', 'Remark'],
    });
  });

  it('converts numeric, date, rich-text, formula, hyperlink and boolean cells to text', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['姓名', '证件号码', '手机号码', '出生日期', '在岗', '备注']);
    sheet.addRow([{ richText: [{ text: '张' }, { text: '三', font: { bold: true } }] }, Number(ID_1), 13800000000, new Date(Date.UTC(1990, 0, 1)), true, { formula: 'A1', result: 42 }]);
    sheet.addRow([{ text: '李四', hyperlink: 'https://example.org' }, 110101900307123, 0.000000125, new Date(Date.UTC(2024, 2, 1, 8, 30)), false, { formula: 'B1' }]);
    sheet.getColumn(4).numFmt = 'yyyy-mm-dd';
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    const columns: ColumnSpec<'name' | 'id' | 'phone' | 'birth' | 'employed' | 'note'>[] = [
      { key: 'name', headers: ['姓名'], required: true },
      { key: 'id', headers: ['证件号码'], required: true },
      { key: 'phone', headers: ['手机号码'], required: true },
      { key: 'birth', headers: ['出生日期'], required: true },
      { key: 'employed', headers: ['在岗'], required: true },
      { key: 'note', headers: ['备注'], required: true },
    ];
    const table = await readTable({ buffer, filename: 'x.xlsx' }, columns);
    expect(table.rows.map((row) => row.values)).toEqual([
      // An 18-digit ID typed as a number has lost digits inside Excel: it comes back as Excel shows it.
      { name: '张三', id: '3.50102E+17', phone: '13800000000', birth: '1990-01-01', employed: 'TRUE', note: '42' },
      // A 15-digit number is exact in a double, so it keeps every digit; tiny numbers get no exponent.
      { name: '李四', id: '110101900307123', phone: '0.000000125', birth: '2024-03-01 08:30', employed: 'FALSE', note: '' },
    ]);
  });

  it('enforces the row limit', async () => {
    const buffer = await toXlsx('Sheet1', ['姓名', '证件号码'], [
      ['甲', ID_1],
      ['乙', ID_2],
      ['丙', ID_1],
    ]);
    const limits: TableLimits = { ...DEFAULT_TABLE_LIMITS, maxRows: 2 };
    const error = await expectDomainError(readTable({ buffer, filename: 'x.xlsx' }, COLUMNS, limits), 'SPREADSHEET_TOO_LARGE');
    expect(error.details).toMatchObject({ reason: 'rows', maxRows: 2, rowNumber: 4 });
  });

  it('refuses a zip bomb (one entry of 300 MiB of zeros) from the central directory alone', async () => {
    const data = await deflatedZeros(300 * MIB);
    expect(data.length).toBeLessThan(2 * MIB);
    const buffer = buildZip([
      storedEntry('[Content_Types].xml', '<Types/>'),
      { name: 'xl/worksheets/sheet1.xml', method: 8, data, uncompressedSize: 300 * MIB },
    ]);
    await expectDomainError(readTable({ buffer, filename: 'roster.xlsx' }, COLUMNS), 'SPREADSHEET_TOO_LARGE', {
      reason: 'uncompressed-size',
      uncompressedBytes: 300 * MIB + 8,
      maxUncompressedBytes: 200 * MIB,
    });
  });

  it('refuses an entry that expands more than 200 times', async () => {
    const data = deflateRawSync(Buffer.alloc(4 * MIB));
    const buffer = buildZip([
      storedEntry('[Content_Types].xml', '<Types/>'),
      { name: 'xl/sharedStrings.xml', method: 8, data, uncompressedSize: 4 * MIB },
    ]);
    const error = await expectDomainError(readTable({ buffer, filename: 'x.xlsx' }, COLUMNS), 'SPREADSHEET_TOO_LARGE');
    expect(error.details).toMatchObject({ reason: 'compression-ratio', entry: 'xl/sharedStrings.xml', maxRatio: 200 });
  });

  it('refuses an entry whose header understates its size (caught while inflating, nothing kept)', async () => {
    const data = deflateRawSync(Buffer.alloc(8 * MIB, 0x20));
    const buffer = buildZip([
      storedEntry('[Content_Types].xml', '<Types/>'),
      { name: 'xl/workbook.xml', method: 8, data, uncompressedSize: 1000 },
    ]);
    await expectDomainError(readTable({ buffer, filename: 'x.xlsx' }, COLUMNS), 'SPREADSHEET_TOO_LARGE', {
      reason: 'declared-size-exceeded',
      entry: 'xl/workbook.xml',
      declaredBytes: 1000,
    });
  });

  it('refuses more than 10 000 entries', async () => {
    const entries = Array.from({ length: 10_001 }, (_, index) => storedEntry(`xl/media/${index}.xml`, ''));
    await expectDomainError(readTable({ buffer: buildZip(entries), filename: 'x.xlsx' }, COLUMNS), 'SPREADSHEET_TOO_LARGE', {
      reason: 'entries',
      entries: 10_001,
      maxEntries: 10_000,
    });
  });

  it('calls a ZIP that is truncated or is not a workbook FILE_CORRUPT', async () => {
    const workbook = await toXlsx('Sheet1', ['姓名', '证件号码'], [['张三', ID_1]]);
    await expectDomainError(readTable({ buffer: workbook.subarray(0, workbook.length >> 1), filename: 'x.xlsx' }, COLUMNS), 'FILE_CORRUPT');
    const docx = buildZip([storedEntry('[Content_Types].xml', '<Types/>'), storedEntry('word/document.xml', '<w:document/>')]);
    await expectDomainError(readTable({ buffer: docx, filename: 'x.xlsx' }, COLUMNS), 'FILE_CORRUPT', { reason: 'not-xlsx' });
    const garbage = buildZip([storedEntry('[Content_Types].xml', 'not xml'), storedEntry('xl/workbook.xml', 'not xml')]);
    await expectDomainError(readTable({ buffer: garbage, filename: 'x.xlsx' }, COLUMNS), 'FILE_CORRUPT');
  });
});
