import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { Job, Queue } from 'bullmq';
import { bearer, createStaff, login } from '../support/fixtures';
import { resetData, startApi, TestApi } from '../support/test-api';
import { startWorker } from '../support/test-worker';
import { TEST_ENVIRONMENT } from '../setup/test-environment';
import { baseId, draft, EMPLOYED_DOCUMENTS, fujianFacts, idNumber, registerApplicant, resetRecruitment, roundId, uploadDocuments } from './recruitment-fixtures';

/** 2025-07-08 17:00 Beijing: the correction deadline the city set has passed. */
const PAST_DEADLINE = '2025-07-08T09:00:00Z';

async function waitForJobs(queue: Queue, ids: string[]): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const states = await Promise.all(ids.map(async (id) => (await Job.fromId(queue, id))?.getState()));
    if (states.every((state) => state === 'completed')) return;
    if (states.some((state) => state === 'failed')) throw new Error(`job failed: ${states.join(',')}`);
    if (Date.now() > deadline) throw new Error(`jobs not done: ${states.join(',')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('RC-5 the scheduled job: returns not corrected in time are withdrawn exactly once, however many workers run it', () => {
  let api: TestApi;
  let queue: Queue;

  beforeAll(async () => {
    api = await startApi({ now: '2025-07-05T02:00:00Z' });
    await resetData(api.dataSource);
    await resetRecruitment(api);
    queue = new Queue('assessment', { connection: { host: TEST_ENVIRONMENT.REDIS_HOST, port: Number(TEST_ENVIRONMENT.REDIS_PORT) }, prefix: TEST_ENVIRONMENT.QUEUE_PREFIX });
  });

  afterAll(async () => {
    await queue.close();
    await api.close();
  });

  it('RC-5 return → not corrected → two workers take four sweeps at once → withdrawn once, one audit record, one message', async () => {
    const round = await roundId(api, 'FJ-2025');
    const fuzhou = await baseId(api, '福州市');
    const base = await baseId(api, '福州市第一总医院');
    await createStaff(api, 'job-city', 'CITY_REVIEWER', '福州市');
    await createStaff(api, 'job-centre', 'CENTRE_ADMIN', '福建省');
    await createStaff(api, 'job-base', 'BASE_REVIEWER', '福州市第一总医院');
    const [city, centre, baseToken] = await Promise.all(['job-city', 'job-centre', 'job-base'].map((name) => login(api, name)));
    const jpeg = await samplePortraitJpeg();
    const token = await registerApplicant(api, 'job-applicant', '许婷', idNumber('19940404', '611'));
    const id = await draft(api, token, round, { applicantType: 'EMPLOYED', employerCityId: fuzhou, facts: fujianFacts() }, [base]);
    await uploadDocuments(api, token, id, EMPLOYED_DOCUMENTS, jpeg);
    await api.http.post(`/me/recruitment/applications/${id}/submit`).set(bearer(token)).send({}).expect(200);
    await api.http.post(`/recruitment/applications/${id}/review`).set(bearer(city)).send({ decision: 'RETURN', reason: '劳动合同缺页', correctBy: '2025-07-08T17:00:00+08:00' }).expect(200);

    // Only the round's authority runs the sweep by hand.
    expect((await api.http.post('/recruitment/jobs/expire-returns').set(bearer(baseToken))).status).toBe(403);

    const [workerA, workerB] = await Promise.all([startWorker(PAST_DEADLINE), startWorker(PAST_DEADLINE)]);
    try {
      const jobs = await Promise.all([1, 2, 3, 4].map(() => api.http.post('/recruitment/jobs/expire-returns').set(bearer(centre)).expect(201)));
      await waitForJobs(queue, jobs.map((job) => job.body.jobId as string));
    } finally {
      await Promise.all([workerA.close(), workerB.close()]);
    }

    const withdrawn = await api.http.get(`/recruitment/applications/${id}`).set(bearer(centre)).expect(200);
    expect(withdrawn.body.status).toBe('WITHDRAWN');
    const audit = await api.http.get('/audit?action=RECRUITMENT_RETURN_EXPIRED').set(bearer(centre)).expect(200);
    expect([audit.body.total, audit.body.items[0].entityId, audit.body.items[0].actorRole]).toEqual([1, String(id), 'SYSTEM']);
    const told = await api.http.get('/me/messages').set(bearer(token)).expect(200);
    expect(told.body.items.map((m: { kind: string }) => m.kind)).toEqual(['RECRUITMENT_WITHDRAWN', 'RECRUITMENT_RETURNED']);
  });
});
