import { AppConfig, validateEnvironment } from '@app/common/config';
import { buildDataSourceOptions } from '@app/database';
import { DataSource } from 'typeorm';
import { applyTestEnvironment } from './setup/test-environment';
import { startApi, TestApi } from './support/test-api';
import { startWorker } from './support/test-worker';

/** An app's mapped entities as `Class (table)`, sorted. */
function entitySet(dataSource: DataSource): string[] {
  return dataSource.entityMetadatas.map((m) => `${m.name} (${m.tableName})`).sort();
}

/**
 * The apps map the entities their libraries' modules declare (TypeOrmModule.forFeature, autoLoadEntities); the
 * migration CLI and the tests find them by file name (ENTITY_FILES). An entity left out of its module's
 * forFeature shows here as a difference, before a service meets "No metadata for …" in production.
 */
describe('Entities: each library declares its own, and the apps map exactly the files the migrations see (platform)', () => {
  let api: TestApi;
  let byFileName: DataSource;
  let expected: string[];

  beforeAll(async () => {
    api = await startApi();
    applyTestEnvironment();
    byFileName = new DataSource(buildDataSourceOptions(new AppConfig(validateEnvironment(process.env)).database));
    await byFileName.initialize();
    expected = entitySet(byFileName);
  });

  afterAll(async () => {
    await byFileName?.destroy();
    await api?.close();
  });

  it('finds every *.entity.ts by file name', () => {
    // The glob reaches every library: one known entity of each (common's audit record included).
    expect(expected).toEqual(
      expect.arrayContaining(['AuditRecord (audit_record)', 'UserAccount (user_account)', 'Trainee (trainee)', 'Signup (signup)', 'ScoreImport (score_import)', 'AdmitTicket (admit_ticket)']),
    );
  });

  it('the API maps the same entities, loaded from its modules', () => {
    expect(api.dataSource.options.entities).toEqual(
      expect.not.arrayContaining([expect.stringContaining('*')]),
    );
    expect(entitySet(api.dataSource)).toEqual(expected);
  });

  it('the worker maps the same entities, loaded from its modules', async () => {
    const worker = await startWorker('2024-03-01T02:00:00Z');
    try {
      expect(entitySet(worker.module.get(DataSource))).toEqual(expected);
    } finally {
      await worker.close();
    }
  });
});
