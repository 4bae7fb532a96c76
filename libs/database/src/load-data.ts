import { Readable } from 'node:stream';
import { EntityManager } from 'typeorm';

const TSV_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One row in LOAD DATA's default text format: tab-separated fields, backslash escapes, \N for NULL. */
export type TsvValue = string | number | null | undefined;

export function tsvLine(values: readonly TsvValue[]): string {
  return values.map((value) => (value === null || value === undefined ? '\\N' : String(value).replace(/[\\\t\n\r]/g, (char) => TSV_ESCAPES[char]))).join('\t');
}

interface CallbackConnection {
  query(options: { sql: string; infileStreamFactory: () => Readable }, callback: (error: Error | null, result: unknown) => void): void;
}

/**
 * Streams rows to the server with LOAD DATA LOCAL INFILE on the transaction's own connection, so the
 * load commits or rolls back with everything else. The server parses one stream instead of statements.
 * LOCAL loads report duplicate keys and bad values as warnings, not errors (unless REPLACE is asked for):
 * callers must check the counts.
 */
export async function loadData(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  lines: readonly string[],
  onDuplicate: 'REPLACE' | 'WARN' = 'WARN',
): Promise<{ affectedRows: number; warningStatus: number }> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('loadData runs inside a transaction');
  const connection = (await manager.queryRunner.connect()) as CallbackConnection;
  const sql = `LOAD DATA LOCAL INFILE '${table}.tsv' ${onDuplicate === 'REPLACE' ? 'REPLACE ' : ''}INTO TABLE ${table} CHARACTER SET utf8mb4 (${columns.join(', ')})`;
  const body = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
  return new Promise((resolve, reject) => {
    connection.query({ sql, infileStreamFactory: () => Readable.from([Buffer.from(body, 'utf8')]) }, (error, result) => (error ? reject(error) : resolve(result as { affectedRows: number; warningStatus: number })));
  });
}
