import { WorkerModule } from '../apps/worker/src/worker.module';
import { QueueName } from '@app/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { Test, TestingModule } from '@nestjs/testing';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { applyTestEnvironment } from './setup/test-environment';
import { entitiesByFileName, entitySet } from './support/entity-sets';

/** As entities.e2e-spec.ts for the API: this file loads the worker's modules only. */
describe('Entities: the worker maps exactly the files the migrations see (platform)', () => {
  let worker: TestingModule;

  beforeAll(async () => {
    applyTestEnvironment();
    // Built, not started: the DataSource exists once the module is compiled, and no job is taken.
    worker = await Test.createTestingModule({ imports: [WorkerModule] }).compile();
    worker.useLogger(false);
    // Queues closed while still connecting would report the closed connection as an error.
    await Promise.all(Object.values(QueueName).map((name) => worker.get<Queue>(getQueueToken(name)).waitUntilReady()));
  });

  afterAll(async () => {
    await worker?.close();
  });

  it('the worker maps the same entities, loaded from its modules', async () => {
    const mapped = entitySet(worker.get(DataSource));
    expect(mapped).toEqual(await entitiesByFileName());
    expect(worker.get(DataSource).options.entities).toEqual(expect.not.arrayContaining([expect.stringContaining('*')]));
  });
});
