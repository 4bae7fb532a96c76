import { DatabaseConfig } from '@app/common/config';
import { createConnection } from 'mysql2/promise';
import { join } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { withStartupLock } from './startup-lock';

/**
 * Server-side prepared statements each connection keeps (mysql2 closes the least recently used one beyond
 * this). The sign-up path prepares a few fixed statements and a batch INSERT whose text changes with the
 * batch's size; unbounded, every connection kept one statement per size seen, with its parameter
 * metadata, so the API's heap grew with the number of submits, and the server's statements (a budget
 * shared by all connections, max_prepared_stmt_count) with it.
 */
export const PREPARED_STATEMENTS_PER_CONNECTION = 16;

/**
 * Every library's entities, found by file name (`*.entity.ts`, or `.js` once built) rather than imported: this
 * library is plumbing and imports no domain library, and a new library's tables need no list kept here. The
 * migration CLI and the tests use this set; the apps load the entities their libraries' modules declare
 * (`autoLoadEntities`), and test/entities.e2e-spec.ts checks that both are the same.
 */
export const ENTITY_FILES = join(__dirname, '..', '..', '*', 'src', '**', '*.entity.{ts,js}');

/** The one DataSource definition, shared by the apps (with their modules' entities), the migration CLI and the tests. */
export function buildDataSourceOptions(config: DatabaseConfig): DataSourceOptions {
  return {
    type: 'mysql',
    host: config.host,
    port: config.port,
    username: config.user,
    password: config.password,
    database: config.name,
    charset: 'utf8mb4_unicode_ci',
    // Instants are stored in UTC; calendar dates come back as 'YYYY-MM-DD' strings, untouched by time zones.
    timezone: 'Z',
    dateStrings: ['DATE'],
    entities: [ENTITY_FILES],
    migrations: MIGRATIONS,
    // Never on initialize: prepareDatabase runs them under the startup lock.
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    poolSize: config.poolSize,
    extra: { connectionLimit: config.poolSize, maxIdle: config.poolSize, maxPreparedStatements: PREPARED_STATEMENTS_PER_CONNECTION },
  };
}

/** Creates the database (utf8mb4) when it is missing, so a fresh machine needs no manual step. */
export async function ensureDatabaseExists(config: DatabaseConfig): Promise<void> {
  const connection = await createConnection({
    host: config.host,
    port: config.port,
    user: config.user,
    password: config.password,
  });
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${config.name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
}

/**
 * Before the apps open their DataSource: creates the database when missing and runs pending migrations
 * (as configured), holding the startup lock, so processes starting together do it once and in turn.
 */
export async function prepareDatabase(config: DatabaseConfig): Promise<void> {
  if (!config.createIfMissing && !config.migrationsRun) return;
  await withStartupLock(config, async () => {
    if (config.createIfMissing) await ensureDatabaseExists(config);
    if (config.migrationsRun) await runPendingMigrations(config);
  });
}

async function runPendingMigrations(config: DatabaseConfig): Promise<void> {
  // Short-lived: the pool opens connections on demand, and migrations use one.
  const dataSource = new DataSource(buildDataSourceOptions(config));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}
