import 'reflect-metadata';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp, createHttpAdapter } from '../../apps/api/src/bootstrap';
import { API_PREFIX } from '../../apps/api/src/http/api-prefix';
import { AppConfig, validateEnvironment } from '@app/common/config';
import { Clock, FixedClock } from '@app/common/time';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { readConfiguredRounds, RoundStore } from '@app/recruitment';
import { Test } from '@nestjs/testing';
import Redis from 'ioredis';
import { rm } from 'node:fs/promises';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { applyTestEnvironment, assertTestDatabase, TEST_ENVIRONMENT } from '../setup/test-environment';

export interface TestApi {
  app: NestFastifyApplication;
  /** the origin, e.g. http://127.0.0.1:41234 */
  url: string;
  /** requests under the API's prefix: `http.get('/health')` asks for /api/health */
  http: TestAgent;
  /** requests from the origin's root, for what lies outside the API */
  root: TestAgent;
  clock: FixedClock;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** The real API (Fastify, MySQL, Redis) on a random local port, with the clock under the test's control. */
export async function startApi(options: { now?: string; env?: Record<string, string> } = {}): Promise<TestApi> {
  applyTestEnvironment();
  Object.assign(process.env, options.env ?? {});
  assertTestDatabase(process.env.DB_NAME!);
  const clock = new FixedClock(options.now ?? '2024-03-01T02:00:00Z');
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).overrideProvider(Clock).useValue(clock).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter(new AppConfig(validateEnvironment(process.env))), { logger: false });
  await configureApp(app);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  return {
    app,
    url,
    http: request(`${url}/${API_PREFIX}`),
    root: request(url),
    clock,
    dataSource: app.get(DataSource),
    close: async () => {
      await app.close();
      for (const key of Object.keys(options.env ?? {})) {
        // A variable the test environment does not set is removed, not set to the string "undefined".
        if (key in TEST_ENVIRONMENT) process.env[key] = TEST_ENVIRONMENT[key];
        else delete process.env[key];
      }
    },
  };
}

const DATA_TABLES = ['recruitment_round', 'recruitment_applicant', 'recruitment_ban', 'recruitment_placement', 'admission_outcome', 'admission_run', 'recruitment_assessment_score', 'recruitment_document', 'recruitment_application', 'candidate_message', 'refresh_token', 'refresh_token_family', 'trainee_standing', 'result_publication', 'score_import', 'admit_ticket', 'ticket_sequence', 'seat_assignment', 'exam_slot', 'exam_site', 'audit_record', 'eligibility_exception', 'subject_attempt', 'signup', 'user_account', 'trainee', 'assessment_session'];

/** Between spec files: empty every table but the organisation tree (the recruitment rounds stored afresh), the test queue/throttle keys and the test file store. */
export async function resetData(dataSource: DataSource): Promise<void> {
  await dataSource.query('SET FOREIGN_KEY_CHECKS = 0');
  for (const table of DATA_TABLES) await dataSource.query(`TRUNCATE TABLE ${table}`);
  await dataSource.query('SET FOREIGN_KEY_CHECKS = 1');
  // The rounds as configured again: a spec that changed one (its plan, its windows) leaves nothing for the next.
  const rounds = new RoundStore(dataSource);
  for (const round of await readConfiguredRounds('config')) await rounds.insertIfMissing(dataSource.manager, round);
  const redis = new Redis({ host: TEST_ENVIRONMENT.REDIS_HOST, port: Number(TEST_ENVIRONMENT.REDIS_PORT) });
  const keys = await redis.keys(`${TEST_ENVIRONMENT.QUEUE_PREFIX}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  await rm(TEST_ENVIRONMENT.STORAGE_DIR, { recursive: true, force: true });
}
