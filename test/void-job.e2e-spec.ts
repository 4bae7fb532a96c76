import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { Job, Queue } from 'bullmq';
import { bearer, createFujian2024Session, createStaff, importRoster, login, registerCandidate, residentId } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';
import { startWorker } from './support/test-worker';
import { TEST_ENVIRONMENT } from './setup/test-environment';

const REVIEW_CLOSED = '2024-03-13T16:00:00Z'; // 2024-03-14 00:00 Beijing: the review window (03-04 – 03-13) has ended

async function waitForJobs(queue: Queue, ids: string[]): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const states = await Promise.all(ids.map(async (id) => (await Job.fromId(queue, id))?.getState()));
    if (states.every((s) => s === 'completed')) return;
    if (states.some((s) => s === 'failed')) throw new Error(`job failed: ${states.join(',')}`);
    if (Date.now() > deadline) throw new Error(`jobs not done: ${states.join(',')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('FA-8 returned sign-ups not corrected in time are voided by the scheduled job', () => {
  let api: TestApi;
  let sessionId: number;
  let queue: Queue;

  beforeAll(async () => {
    api = await startApi({ now: '2024-03-05T02:00:00Z' });
    await resetData(api.dataSource);
    sessionId = await createFujian2024Session(api);
    queue = new Queue('assessment', { connection: { host: TEST_ENVIRONMENT.REDIS_HOST, port: Number(TEST_ENVIRONMENT.REDIS_PORT) }, prefix: TEST_ENVIRONMENT.QUEUE_PREFIX });
  });

  afterAll(async () => {
    await queue.close();
    await api.close();
  });

  it('FA-8 return → not corrected → two workers sweep at once → voided exactly once, with one audit record', async () => {
    await createStaff(api, 'base1', 'BASE_REVIEWER', '福州市第一总医院');
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    const baseToken = await login(api, 'base1');
    const centreToken = await login(api, 'centre');
    const photo = await samplePortraitJpeg();
    await importRoster(api, baseToken, [
      { name: '林晓华', idNumber: residentId('19990312', '123') },
      { name: '陈晨', idNumber: residentId('19980704', '246') },
    ]);
    const returnedCandidate = await registerCandidate(api, 'lin', '林晓华', residentId('19990312', '123'), photo);
    const correctedCandidate = await registerCandidate(api, 'chen', '陈晨', residentId('19980704', '246'), photo);
    const returned = await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(returnedCandidate)).send({}).expect(201);
    const corrected = await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(correctedCandidate)).send({}).expect(201);
    for (const id of [returned.body.id, corrected.body.id]) {
      await api.http.post(`/signups/${id}/base-review`).set(bearer(baseToken)).send({ decision: 'RETURN', reason: '照片不清晰，请重新上传' }).expect(200);
    }
    await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(correctedCandidate)).send({}).expect(201);

    // Inside the review window the sweep must not void anything yet.
    const early = await startWorker('2024-03-13T15:59:59Z');
    const earlyJob = await api.http.post('/jobs/void-uncorrected-returns').set(bearer(centreToken)).expect(201);
    await waitForJobs(queue, [earlyJob.body.jobId]);
    await early.close();
    const stillReturned = await api.http.get(`/signups/${returned.body.id}`).set(bearer(baseToken)).expect(200);
    expect(stillReturned.body.status).toBe('RETURNED');

    const [workerA, workerB] = await Promise.all([startWorker(REVIEW_CLOSED), startWorker(REVIEW_CLOSED)]);
    try {
      const jobs = await Promise.all([1, 2, 3, 4].map(() => api.http.post('/jobs/void-uncorrected-returns').set(bearer(centreToken)).expect(201)));
      await waitForJobs(queue, jobs.map((j) => j.body.jobId as string));
    } finally {
      await Promise.all([workerA.close(), workerB.close()]);
    }

    const voided = await api.http.get(`/signups/${returned.body.id}`).set(bearer(baseToken)).expect(200);
    expect(voided.body.status).toBe('VOIDED');
    expect(voided.body.statusLabel.zh).toBe('退回后未在审核期内修改，报名作废');
    const untouched = await api.http.get(`/signups/${corrected.body.id}`).set(bearer(baseToken)).expect(200);
    expect(untouched.body.status).toBe('SUBMITTED');
    // The candidate is told once, however many sweeps ran; the one who corrected in time is not told.
    const told = await api.http.get('/me/messages').set(bearer(returnedCandidate)).expect(200);
    expect(told.body.items.map((m: { kind: string }) => m.kind)).toEqual(['SIGNUP_VOIDED', 'SIGNUP_RETURNED']);
    expect(told.body.items[0].body).toContain('未在资格审核结束（2024年3月13日24:00，北京时间）前重新提交，报名已作废');
    const spared = await api.http.get('/me/messages').set(bearer(correctedCandidate)).expect(200);
    expect(spared.body.items.map((m: { kind: string }) => m.kind)).toEqual(['SIGNUP_RETURNED']);

    const audit = await api.http.get(`/audit?action=SIGNUP_VOID_UNCORRECTED`).set(bearer(centreToken)).expect(200);
    expect(audit.body.total).toBe(1);
    expect(audit.body.items[0].entityId).toBe(String(returned.body.id));
    expect(audit.body.items[0].actorRole).toBe('SYSTEM');
  });
});
