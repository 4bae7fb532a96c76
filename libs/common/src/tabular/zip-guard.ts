import { createInflateRaw } from 'node:zlib';
import { DomainError } from '../errors';

/**
 * Zip-bomb guard for uploaded XLSX files. exceljs (via JSZip) inflates every entry fully into memory,
 * so we check the central directory ourselves first, then inflate each entry as a counting stream to
 * catch archives whose headers lie about their sizes. Nothing here keeps decompressed bytes.
 */
export interface ZipLimits {
  maxUncompressedBytes: number;
  maxEntries: number;
  /** An entry larger than ratioFloorBytes may not expand by more than maxRatio. */
  maxRatio: number;
  ratioFloorBytes: number;
}

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD64_LOCATOR_SIGNATURE = 0x07064b50;
const EOCD64_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const FLAG_ENCRYPTED = 0x1;

function corrupt(reason: string): DomainError {
  return new DomainError('FILE_CORRUPT', { reason });
}

function tooLarge(details: Record<string, unknown>): DomainError {
  return new DomainError('SPREADSHEET_TOO_LARGE', details);
}

/** 64-bit fields beyond 2^53 cannot be real here; Infinity makes every limit trip. */
function readU64(buffer: Buffer, offset: number): number {
  const value = buffer.readBigUInt64LE(offset);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(value);
}

function inBounds(buffer: Buffer, offset: number, length: number): boolean {
  return Number.isFinite(offset) && offset >= 0 && offset + length <= buffer.length;
}

interface Directory {
  entryCount: number;
  offset: number;
  size: number;
}

function findDirectory(buffer: Buffer): Directory {
  const lowest = Math.max(0, buffer.length - EOCD_SIZE - MAX_COMMENT);
  let eocd = -1;
  for (let at = buffer.length - EOCD_SIZE; at >= lowest; at--) {
    if (buffer.readUInt32LE(at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw corrupt('zip-end-record-missing');
  if (buffer.readUInt16LE(eocd + 4) !== 0 || buffer.readUInt16LE(eocd + 6) !== 0) throw corrupt('zip-multi-disk');

  let entryCount = buffer.readUInt16LE(eocd + 10);
  let size = buffer.readUInt32LE(eocd + 12);
  let offset = buffer.readUInt32LE(eocd + 16);
  if (entryCount === U16_MAX || size === U32_MAX || offset === U32_MAX) {
    // ZIP64: the real values live in a second end record that a locator just before this one points to.
    const locator = eocd - 20;
    if (locator < 0 || buffer.readUInt32LE(locator) !== EOCD64_LOCATOR_SIGNATURE) throw corrupt('zip64-locator-missing');
    const record = readU64(buffer, locator + 8);
    if (!inBounds(buffer, record, 56) || buffer.readUInt32LE(record) !== EOCD64_SIGNATURE) throw corrupt('zip64-end-record-missing');
    entryCount = readU64(buffer, record + 32);
    size = readU64(buffer, record + 40);
    offset = readU64(buffer, record + 48);
  }
  return { entryCount, offset, size };
}

/** Fills sizes that the classic header marks as 0xFFFFFFFF from the ZIP64 extra field (id 0x0001). */
function applyZip64Extra(buffer: Buffer, start: number, length: number, entry: ZipEntry): void {
  let at = start;
  const end = start + length;
  while (at + 4 <= end) {
    const id = buffer.readUInt16LE(at);
    const size = buffer.readUInt16LE(at + 2);
    if (at + 4 + size > end) throw corrupt('zip-extra-field');
    if (id === 0x0001) {
      let field = at + 4;
      const take = (): number => {
        if (field + 8 > at + 4 + size) throw corrupt('zip64-extra-field');
        const value = readU64(buffer, field);
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === U32_MAX) entry.uncompressedSize = take();
      if (entry.compressedSize === U32_MAX) entry.compressedSize = take();
      if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = take();
      return;
    }
    at += 4 + size;
  }
}

/**
 * Reads the central directory and enforces the limits on what it declares.
 * Throws FILE_CORRUPT when the archive cannot be read, SPREADSHEET_TOO_LARGE when it declares too much.
 */
export function inspectZip(buffer: Buffer, limits: ZipLimits): ZipEntry[] {
  const directory = findDirectory(buffer);
  if (directory.entryCount > limits.maxEntries) {
    throw tooLarge({ reason: 'entries', entries: directory.entryCount, maxEntries: limits.maxEntries });
  }
  if (!inBounds(buffer, directory.offset, directory.size)) throw corrupt('zip-directory-out-of-bounds');

  const entries: ZipEntry[] = [];
  let total = 0;
  let at = directory.offset;
  for (let index = 0; index < directory.entryCount; index++) {
    if (!inBounds(buffer, at, 46) || buffer.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw corrupt('zip-directory-entry');
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    if (!inBounds(buffer, at + 46, nameLength + extraLength + commentLength)) throw corrupt('zip-directory-entry');
    const entry: ZipEntry = {
      name: buffer.toString('utf8', at + 46, at + 46 + nameLength),
      flags: buffer.readUInt16LE(at + 8),
      method: buffer.readUInt16LE(at + 10),
      compressedSize: buffer.readUInt32LE(at + 20),
      uncompressedSize: buffer.readUInt32LE(at + 24),
      localHeaderOffset: buffer.readUInt32LE(at + 42),
    };
    applyZip64Extra(buffer, at + 46 + nameLength, extraLength, entry);

    total += entry.uncompressedSize;
    if (total > limits.maxUncompressedBytes) {
      throw tooLarge({ reason: 'uncompressed-size', uncompressedBytes: total, maxUncompressedBytes: limits.maxUncompressedBytes });
    }
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
      throw tooLarge({ reason: 'compression-ratio', entry: entry.name, ratio: Math.round(ratio), maxRatio: limits.maxRatio });
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates without keeping the output; rejects as soon as more than `limit` bytes come out. */
function inflatedSize(data: Buffer, limit: number): Promise<number | 'overflow'> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw();
    let total = 0;
    let settled = false;
    inflater.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit && !settled) {
        settled = true;
        inflater.destroy();
        resolve('overflow');
      }
    });
    inflater.on('end', () => {
      if (!settled) resolve(total);
    });
    inflater.on('error', (error) => {
      if (!settled) reject(error);
    });
    inflater.end(data);
  });
}

/**
 * Checks that each entry really expands to what the central directory declares. A lying header is the
 * one way past inspectZip, and JSZip only notices the mismatch after it has inflated everything.
 */
export async function verifyZipEntries(buffer: Buffer, entries: ZipEntry[]): Promise<void> {
  for (const entry of entries) {
    if ((entry.flags & FLAG_ENCRYPTED) !== 0) throw corrupt('zip-encrypted');
    const header = entry.localHeaderOffset;
    if (!inBounds(buffer, header, 30) || buffer.readUInt32LE(header) !== LOCAL_SIGNATURE) throw corrupt('zip-local-header');
    const dataStart = header + 30 + buffer.readUInt16LE(header + 26) + buffer.readUInt16LE(header + 28);
    if (!inBounds(buffer, dataStart, entry.compressedSize)) throw corrupt('zip-data-out-of-bounds');
    const data = buffer.subarray(dataStart, dataStart + entry.compressedSize);

    if (entry.method === METHOD_STORED) {
      if (entry.compressedSize !== entry.uncompressedSize) throw corrupt('zip-size-mismatch');
      continue;
    }
    if (entry.method !== METHOD_DEFLATE) throw corrupt('zip-compression-method');
    let actual: number | 'overflow';
    try {
      actual = await inflatedSize(data, entry.uncompressedSize);
    } catch {
      throw corrupt('zip-deflate-stream');
    }
    if (actual === 'overflow') {
      throw tooLarge({ reason: 'declared-size-exceeded', entry: entry.name, declaredBytes: entry.uncompressedSize });
    }
    if (actual !== entry.uncompressedSize) throw corrupt('zip-size-mismatch');
  }
}
