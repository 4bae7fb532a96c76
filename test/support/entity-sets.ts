import { AppConfig, validateEnvironment } from '@app/common/config';
import { buildDataSourceOptions } from '@app/database';
import { DataSource } from 'typeorm';
import { applyTestEnvironment } from '../setup/test-environment';

/** A DataSource's mapped entities as `Class (table)`, sorted. */
export function entitySet(dataSource: DataSource): string[] {
  return dataSource.entityMetadatas.map((m) => `${m.name} (${m.tableName})`).sort();
}

/** The entities the migration CLI and the tests see: every *.entity file, found by name (ENTITY_FILES). */
export async function entitiesByFileName(): Promise<string[]> {
  applyTestEnvironment();
  const dataSource = new DataSource(buildDataSourceOptions(new AppConfig(validateEnvironment(process.env)).database));
  await dataSource.initialize();
  try {
    return entitySet(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
