import { AssessmentJobsProducer, JobName, QueueName } from '@app/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { TicketsProcessor } from '../apps/worker/src/tickets.processor';
import { resetData, startApi, TestApi } from './support/test-api';
import { startWorker } from './support/test-worker';

const NOW = '2024-03-20T02:00:00Z';

/** WORKER_QUEUES: a copy of the worker takes jobs only from the queues it is configured for. */
describe('Worker copies per queue (operations)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi({ now: NOW });
    await resetData(api.dataSource);
  });

  afterAll(async () => {
    await api.close();
  });

  it('a tickets-only worker leaves an assessment job waiting; a worker for every queue then runs it', async () => {
    const ticketsOnly = await startWorker(NOW, { WORKER_QUEUES: 'tickets' });
    const job = await api.app.get(AssessmentJobsProducer).runVoidSweepNow();
    try {
      // Proof that the copy is up and taking jobs: it completes a tickets job queued after the assessment job
      // (an empty batch: nothing to render). Only then is "still waiting" about the queues it takes.
      const ticketsWorker = ticketsOnly.module.get(TicketsProcessor).worker;
      const ticketsJobId = 'worker-queues-probe';
      const ticketsJobDone = new Promise<void>((resolve, reject) => {
        ticketsWorker.on('completed', (done) => done.id === ticketsJobId && resolve());
        ticketsWorker.on('failed', (failed, error) => failed?.id === ticketsJobId && reject(error));
      });
      await api.app.get<Queue>(getQueueToken(QueueName.Tickets)).add(JobName.RenderTickets, { ticketIds: [] }, { jobId: ticketsJobId });
      await ticketsJobDone;
      expect(await job.getState()).toBe('waiting');
    } finally {
      await ticketsOnly.close();
    }

    const everything = await startWorker(NOW);
    try {
      const deadline = Date.now() + 20_000;
      let state = await job.getState();
      while (state !== 'completed' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        state = await job.getState();
      }
      expect(state).toBe('completed');
    } finally {
      await everything.close();
    }
  });
});
