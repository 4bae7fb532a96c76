import { WorkerModule } from '../../apps/worker/src/worker.module';
import { Clock, FixedClock } from '@app/common/time';
import { Test, TestingModule } from '@nestjs/testing';
import { applyTestEnvironment, TEST_ENVIRONMENT } from '../setup/test-environment';

/** A real worker (BullMQ on Redis, MySQL) in this process, with its own controllable clock and, optionally, its own settings. */
export async function startWorker(now: string, env: Record<string, string> = {}): Promise<{ module: TestingModule; clock: FixedClock; close(): Promise<void> }> {
  applyTestEnvironment();
  Object.assign(process.env, env);
  const clock = new FixedClock(now);
  try {
    const module = await Test.createTestingModule({ imports: [WorkerModule] }).overrideProvider(Clock).useValue(clock).compile();
    module.useLogger(false);
    await module.init();
    return { module, clock, close: () => module.close() };
  } finally {
    // The settings were read while the module was built; later workers and APIs start from the test defaults.
    for (const key of Object.keys(env)) {
      if (key in TEST_ENVIRONMENT) process.env[key] = TEST_ENVIRONMENT[key];
      else delete process.env[key];
    }
  }
}
