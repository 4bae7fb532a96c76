import { QueryFailedError } from 'typeorm';

/** What every library's stores share (identity's too, which stands beside database): reading raw rows and naming the driver's errors the services answer. */

function driverCode(error: unknown): string | undefined {
  return error instanceof QueryFailedError ? (error.driverError as { code?: string } | undefined)?.code : undefined;
}

export function isDuplicateKey(error: unknown): boolean {
  return driverCode(error) === 'ER_DUP_ENTRY';
}

/** Two first writes of one row both lock the gap where it will go; InnoDB lets one win and rolls the other back. */
export function isDeadlock(error: unknown): boolean {
  return driverCode(error) === 'ER_LOCK_DEADLOCK';
}

/** MariaDB's JSON is LONGTEXT: raw queries return it as text, the entity layer as a value. */
export function jsonValue<T>(value: unknown): T | null {
  if (value === null || value === undefined) return null;
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export function jsonOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** Rows an UPDATE changed, as the driver reports it. */
export function affectedRows(result: unknown): number {
  return (result as { affectedRows?: number }).affectedRows ?? 0;
}

/** `?,?,…` for an IN list. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(',');
}
