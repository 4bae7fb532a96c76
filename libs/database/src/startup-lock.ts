import { DatabaseConfig } from '@app/common/config';
import { createHash } from 'node:crypto';
import { createConnection, RowDataPacket } from 'mysql2/promise';

/**
 * How long a starting process waits for another one's database creation, migrations or seeding. Long
 * enough for a slow migration; a holder that dies releases the lock at once (its connection closes).
 */
export const STARTUP_LOCK_TIMEOUT_SECONDS = 300;

/** MySQL lock names are server-wide and at most 64 characters: one lock per database. */
export function startupLockName(databaseName: string): string {
  const name = `agp:startup:${databaseName}`;
  return name.length <= 64 ? name : `agp:startup:${createHash('sha256').update(databaseName).digest('hex').slice(0, 40)}`;
}

/**
 * Runs `work` while holding the database's startup advisory lock (GET_LOCK), so that of any number of API
 * and worker processes starting together one creates, migrates and seeds while the others wait, then find
 * the work done. The lock lives on its own connection, opened without a default database (it may not exist
 * yet) and closed afterwards.
 */
export async function withStartupLock<T>(config: DatabaseConfig, work: () => Promise<T>, timeoutSeconds = STARTUP_LOCK_TIMEOUT_SECONDS): Promise<T> {
  const name = startupLockName(config.name);
  const connection = await createConnection({ host: config.host, port: config.port, user: config.user, password: config.password });
  try {
    const [rows] = await connection.query<Array<RowDataPacket & { acquired: number | null }>>('SELECT GET_LOCK(?, ?) AS acquired', [name, timeoutSeconds]);
    if (Number(rows[0]?.acquired) !== 1) throw new Error(`Could not take the database startup lock "${name}" within ${timeoutSeconds} s: another process still holds it`);
    try {
      return await work();
    } finally {
      await connection.query('SELECT RELEASE_LOCK(?)', [name]);
    }
  } finally {
    await connection.end();
  }
}
