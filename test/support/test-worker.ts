import { WorkerModule } from '../../apps/worker/src/worker.module';
import { Clock, FixedClock } from '@app/common/time';
import { Test, TestingModule } from '@nestjs/testing';
import { applyTestEnvironment } from '../setup/test-environment';

/** A real worker (BullMQ on Redis, MySQL) in this process, with its own controllable clock. */
export async function startWorker(now: string): Promise<{ module: TestingModule; clock: FixedClock; close(): Promise<void> }> {
  applyTestEnvironment();
  const clock = new FixedClock(now);
  const module = await Test.createTestingModule({ imports: [WorkerModule] }).overrideProvider(Clock).useValue(clock).compile();
  module.useLogger(false);
  await module.init();
  return { module, clock, close: () => module.close() };
}
