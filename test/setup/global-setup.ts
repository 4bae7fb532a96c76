// globalSetup runs outside jest's module mapper: resolve the @app/* aliases from tsconfig.json.
import 'tsconfig-paths/register';
import 'reflect-metadata';
import { AppConfig, validateEnvironment } from '@app/common/config';
import { buildDataSourceOptions } from '@app/database';
import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { applyTestEnvironment, assertTestDatabase } from './test-environment';

/** Once per run: a fresh test database with every migration applied. */
export default async function globalSetup(): Promise<void> {
  applyTestEnvironment();
  const config = new AppConfig(validateEnvironment(process.env));
  assertTestDatabase(config.database.name);
  const connection = await createConnection({ host: config.database.host, port: config.database.port, user: config.database.user, password: config.database.password });
  await connection.query(`DROP DATABASE IF EXISTS \`${config.database.name}\``);
  await connection.query(`CREATE DATABASE \`${config.database.name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await connection.end();
  const dataSource = new DataSource({ ...buildDataSourceOptions(config.database), migrationsRun: false });
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
}
