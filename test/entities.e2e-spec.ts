import { entitiesByFileName, entitySet } from './support/entity-sets';
import { startApi, TestApi } from './support/test-api';

/**
 * The apps map the entities their libraries' modules declare (TypeOrmModule.forFeature, autoLoadEntities); the
 * migration CLI and the tests find them by file name (ENTITY_FILES). An entity left out of its module's
 * forFeature shows here as a difference, before a service meets "No metadata for …" in production. (The worker's
 * twin is entities-worker.e2e-spec.ts: autoLoadEntities takes every forFeature of the modules loaded in the
 * process, so each app is checked in a spec file of its own, which loads only that app's modules.)
 */
describe('Entities: each library declares its own, and the API maps exactly the files the migrations see (platform)', () => {
  let api: TestApi;
  let expected: string[];

  beforeAll(async () => {
    api = await startApi();
    expected = await entitiesByFileName();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('finds every *.entity.ts by file name', () => {
    // The glob reaches every library: one known entity of each (common's audit record included).
    expect(expected).toEqual(
      expect.arrayContaining(['AuditRecord (audit_record)', 'UserAccount (user_account)', 'Trainee (trainee)', 'Signup (signup)', 'ScoreImport (score_import)', 'AdmitTicket (admit_ticket)']),
    );
  });

  it('the API maps the same entities, loaded from its modules', () => {
    expect(api.dataSource.options.entities).toEqual(expect.not.arrayContaining([expect.stringContaining('*')]));
    expect(entitySet(api.dataSource)).toEqual(expected);
  });
});
