import { DatabaseConfig } from '@app/common/config';
import { createConnection } from 'mysql2/promise';
import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The one DataSource definition, shared by the apps, the migration CLI and the tests. */
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
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: config.migrationsRun,
    migrationsTransactionMode: 'each',
    synchronize: false,
    poolSize: config.poolSize,
    extra: { connectionLimit: config.poolSize, maxIdle: config.poolSize },
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
