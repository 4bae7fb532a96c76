import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { Notifications } from '@app/notifications';
import { NotificationJobsProducer, QueueName } from '@app/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { Job, Queue } from 'bullmq';
import { bearer, createFujian2024Session, createStaff, importRoster, login, registerCandidate, residentId } from './support/fixtures';
import { startSmtpInbox, SmtpInbox } from './support/smtp-inbox';
import { resetData, startApi, TestApi } from './support/test-api';
import { startWorker } from './support/test-worker';

/** 2024-03-05 10:00 Beijing: inside the Fujian 2024 review window (03-04 – 03-13). */
const IN_REVIEW = '2024-03-05T02:00:00Z';
const LIN_ID = residentId('19990312', '123');
const CHEN_ID = residentId('19980704', '246');

interface MessageRow {
  traineeId: number;
  kind: string;
  emailStatus: string;
  emailAttempts: number;
  emailNextAttemptAt: Date | null;
  emailLastError: string | null;
}

async function waitForJob(queue: Queue, id: string): Promise<unknown> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const job = await Job.fromId(queue, id);
    const state = await job?.getState();
    if (state === 'completed') return job!.returnvalue;
    if (state === 'failed') throw new Error(`job ${id} failed: ${job?.failedReason}`);
    if (Date.now() > deadline) throw new Error(`job ${id} not done: ${state}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('Notifications: the message centre and the e-mail outbox (FA-8, SPEC Part E)', () => {
  let api: TestApi;
  let inbox: SmtpInbox;
  let sessionId: number;
  let baseToken: string;
  let linToken: string;
  let chenToken: string;
  let linSignup: number;
  let chenSignup: number;
  let linTraineeId: number;

  const messages = async (traineeId: number): Promise<MessageRow[]> =>
    api.dataSource.query(
      `SELECT trainee_id AS traineeId, kind, email_status AS emailStatus, email_attempts AS emailAttempts, email_next_attempt_at AS emailNextAttemptAt, email_last_error AS emailLastError
         FROM candidate_message WHERE trainee_id = ? ORDER BY id`,
      [traineeId],
    );

  /** Runs the outbox once in the given worker, as its schedule would. */
  const deliver = async () => {
    const job = await api.app.get(NotificationJobsProducer).deliverNow();
    return waitForJob(api.app.get<Queue>(getQueueToken(QueueName.Notifications)), String(job.id));
  };

  beforeAll(async () => {
    api = await startApi({ now: IN_REVIEW });
    await resetData(api.dataSource);
    inbox = await startSmtpInbox();
    sessionId = await createFujian2024Session(api);
    await createStaff(api, 'base1', 'BASE_REVIEWER', '福州市第一总医院');
    baseToken = await login(api, 'base1');
    await importRoster(api, baseToken, [
      { name: '林晓华', idNumber: LIN_ID },
      { name: '陈晨', idNumber: CHEN_ID },
    ]);
    const photo = await samplePortraitJpeg();
    linToken = await registerCandidate(api, 'lin', '林晓华', LIN_ID, photo);
    chenToken = await registerCandidate(api, 'chen', '陈晨', CHEN_ID, photo);
    linSignup = (await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(linToken)).send({}).expect(201)).body.id;
    chenSignup = (await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(chenToken)).send({}).expect(201)).body.id;
    linTraineeId = (await api.http.get('/me/profile').set(bearer(linToken)).expect(200)).body.id;
  });

  afterAll(async () => {
    await api?.close();
    await inbox?.close();
  });

  it('FA-8 a return tells the candidate, in the review\'s transaction: reason, deadline (Beijing, 24:00 of the window\'s last day), facts, unread', async () => {
    await api.http.post(`/signups/${linSignup}/base-review`).set(bearer(baseToken)).send({ decision: 'RETURN', reason: '照片不清晰，请重新上传' }).expect(200);

    const page = await api.http.get('/me/messages').set(bearer(linToken)).expect(200);
    expect(page.body).toMatchObject({ total: 1, unread: 1, page: 1, pageSize: 20 });
    expect(page.body.items).toEqual([
      {
        id: expect.any(Number),
        kind: 'SIGNUP_RETURNED',
        title: '报名被退回修改',
        body: '您在“2024年福建省临床类别助理全科医生培训结业考核”的报名已被培训基地退回修改。理由：照片不清晰，请重新上传。请在 2024年3月13日24:00（北京时间）前修改并重新提交；逾期未重新提交的，报名作废。',
        facts: { sessionId, sessionName: '2024年福建省临床类别助理全科医生培训结业考核', signupId: linSignup, reason: '照片不清晰，请重新上传', correctBefore: '2024-03-14T00:00:00+08:00' },
        createdAt: '2024-03-05T10:00:00+08:00',
        read: false,
        readAt: null,
      },
    ]);
    expect((await api.http.get('/me/messages/unread-count').set(bearer(linToken)).expect(200)).body).toEqual({ unread: 1 });
    // The other candidate was told nothing; the e-mail waits in the outbox for the worker.
    expect((await api.http.get('/me/messages').set(bearer(chenToken)).expect(200)).body).toMatchObject({ total: 0, unread: 0, items: [] });
    expect(await messages(linTraineeId)).toEqual([expect.objectContaining({ kind: 'SIGNUP_RETURNED', emailStatus: 'PENDING', emailAttempts: 0 })]);
  });

  it('FA-8 a review whose transaction fails writes no message: the message rolls back with the decision', async () => {
    // The decision's last write (its audit record) fails, after the message was written in the same transaction.
    await api.dataSource.query(`CREATE TRIGGER test_refuse_base_reject BEFORE INSERT ON audit_record FOR EACH ROW
      BEGIN IF NEW.action = 'SIGNUP_BASE_REJECT' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test'; END IF; END`);
    try {
      const failed = await api.http.post(`/signups/${chenSignup}/base-review`).set(bearer(baseToken)).send({ decision: 'REJECT', reason: '无法按期完成轮转' });
      expect([failed.status, failed.body.code]).toEqual([500, 'INTERNAL_ERROR']);
    } finally {
      await api.dataSource.query('DROP TRIGGER test_refuse_base_reject');
    }
    expect((await api.http.get(`/signups/${chenSignup}`).set(bearer(baseToken)).expect(200)).body.status).toBe('SUBMITTED');
    expect((await api.http.get('/me/messages').set(bearer(chenToken)).expect(200)).body).toMatchObject({ total: 0, unread: 0 });
    const [{ total }] = await api.dataSource.query('SELECT COUNT(*) AS total FROM candidate_message');
    expect(Number(total)).toBe(1);

    // Without the failure the same decision commits with its message.
    await api.http.post(`/signups/${chenSignup}/base-review`).set(bearer(baseToken)).send({ decision: 'APPROVE' }).expect(200);
    expect((await api.http.get('/me/messages').set(bearer(chenToken)).expect(200)).body.items.map((m: { kind: string }) => m.kind)).toEqual(['SIGNUP_BASE_APPROVED']);
  });

  it('the worker e-mails each message to the trainee\'s address through a real SMTP server, in Chinese; a trainee without an address is skipped', async () => {
    await api.http.patch('/me/profile').set(bearer(linToken)).send({ email: 'lin.xiaohua@example.org' }).expect(200);
    expect((await api.http.get('/me/profile').set(bearer(linToken)).expect(200)).body.email).toBe('lin.xiaohua@example.org');
    const worker = await startWorker(IN_REVIEW, { SMTP_URL: inbox.url, MAIL_FROM: '结业考核平台 <noreply@example.org>' });
    try {
      expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0, skipped: 1 });
    } finally {
      await worker.close();
    }
    expect(inbox.received).toHaveLength(1);
    const [mail] = inbox.received;
    expect([mail.from, mail.to]).toEqual(['noreply@example.org', ['lin.xiaohua@example.org']]);
    expect(mail.subject).toBe('【助理全科医生培训结业考核平台】报名被退回修改');
    expect(mail.text).toContain('林晓华，您好：');
    expect(mail.text).toContain('理由：照片不清晰，请重新上传。请在 2024年3月13日24:00（北京时间）前修改并重新提交');
    expect(mail.raw).toMatch(/^From: =\?UTF-8\?[BQ]\?.+\?= <noreply@example\.org>\r$/m);

    expect(await messages(linTraineeId)).toEqual([expect.objectContaining({ emailStatus: 'SENT', emailAttempts: 1, emailLastError: null })]);
    const [chen] = await api.dataSource.query("SELECT email_status AS emailStatus, email_last_error AS emailLastError FROM candidate_message WHERE kind = 'SIGNUP_BASE_APPROVED'");
    expect(chen).toEqual({ emailStatus: 'SKIPPED', emailLastError: 'NO_ADDRESS: the trainee gave no e-mail address' });
  });

  it('a refused try (451) is retried after its wait, by a later run, and then sent; nothing is sent twice', async () => {
    // Lin corrects and resubmits; the base approves: a second message.
    await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(linToken)).send({}).expect(201);
    await api.http.post(`/signups/${linSignup}/base-review`).set(bearer(baseToken)).send({ decision: 'APPROVE' }).expect(200);
    const worker = await startWorker(IN_REVIEW, { SMTP_URL: inbox.url, MAIL_FROM: 'noreply@example.org' });
    try {
      inbox.refuseNextRecipient();
      expect(await deliver()).toEqual({ sent: 0, retrying: 1, failed: 0, skipped: 0 });
      const [, approved] = await messages(linTraineeId);
      expect(approved).toMatchObject({ kind: 'SIGNUP_BASE_APPROVED', emailStatus: 'PENDING', emailAttempts: 1, emailNextAttemptAt: new Date(Date.parse(IN_REVIEW) + 60_000) });
      expect(approved.emailLastError).toContain('451');

      // Not due yet: the run sends nothing.
      expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0, skipped: 0 });
      worker.clock.advance(60_000);
      expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0, skipped: 0 });
      expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0, skipped: 0 });
    } finally {
      await worker.close();
    }
    expect(inbox.received.map((mail) => [mail.to, mail.subject])).toEqual([
      [['lin.xiaohua@example.org'], '【助理全科医生培训结业考核平台】报名被退回修改'],
      [['lin.xiaohua@example.org'], '【助理全科医生培训结业考核平台】报名已通过培训基地审核'],
    ]);
    expect(inbox.received[1].text).toContain('正在等待省全科医学培训中心复审');
    expect((await messages(linTraineeId)).map((m) => [m.kind, m.emailStatus, m.emailAttempts])).toEqual([
      ['SIGNUP_RETURNED', 'SENT', 1],
      ['SIGNUP_BASE_APPROVED', 'SENT', 2],
    ]);
  });

  it('the message centre pages newest first, filters the unread, counts them, and marks one or all read', async () => {
    // 23 more messages for Lin (25 in all), as a writer would add them, each in its transaction.
    const notifications = api.app.get(Notifications);
    for (let i = 1; i <= 23; i += 1) {
      api.clock.advance(60_000);
      await api.dataSource.transaction((manager) =>
        notifications.notify(manager, {
          traineeId: linTraineeId,
          kind: 'RESULTS_PUBLISHED',
          dedupeKey: `RESULTS_PUBLISHED:test=${i}`,
          facts: { sessionId, sessionName: `批次${i}`, subject: i % 2 === 0 ? 'THEORY' : 'SKILLS' },
        }),
      );
    }
    const first = await api.http.get('/me/messages?page=1&pageSize=10').set(bearer(linToken)).expect(200);
    expect(first.body).toMatchObject({ total: 25, unread: 25, page: 1, pageSize: 10 });
    expect(first.body.items.map((m: { facts: { sessionName: string } }) => m.facts.sessionName)).toEqual(Array.from({ length: 10 }, (_, i) => `批次${23 - i}`));
    const last = await api.http.get('/me/messages?page=3&pageSize=10').set(bearer(linToken)).expect(200);
    expect(last.body.items.map((m: { kind: string }) => m.kind).slice(-2)).toEqual(['SIGNUP_BASE_APPROVED', 'SIGNUP_RETURNED']);
    expect(last.body.items).toHaveLength(5);

    const newest = first.body.items[0];
    api.clock.advance(60_000);
    const read = await api.http.post(`/me/messages/${newest.id}/read`).set(bearer(linToken)).expect(200);
    expect(read.body).toMatchObject({ id: newest.id, read: true, readAt: '2024-03-05T10:24:00+08:00' });
    api.clock.advance(60_000);
    // Again: still read when first read.
    expect((await api.http.post(`/me/messages/${newest.id}/read`).set(bearer(linToken)).expect(200)).body.readAt).toBe('2024-03-05T10:24:00+08:00');
    expect((await api.http.get('/me/messages/unread-count').set(bearer(linToken)).expect(200)).body).toEqual({ unread: 24 });
    const unread = await api.http.get('/me/messages?unread=true&pageSize=50').set(bearer(linToken)).expect(200);
    expect(unread.body).toMatchObject({ total: 24, unread: 24 });
    expect(unread.body.items.map((m: { id: number }) => m.id)).not.toContain(newest.id);

    const all = await api.http.post('/me/messages/read-all').set(bearer(linToken)).expect(200);
    expect(all.body).toEqual({ marked: 24, unread: 0 });
    expect((await api.http.get('/me/messages?unread=true').set(bearer(linToken)).expect(200)).body).toMatchObject({ total: 0, unread: 0, items: [] });
    expect((await api.http.get('/me/messages').set(bearer(linToken)).expect(200)).body).toMatchObject({ total: 25, unread: 0 });
  });

  it('a candidate sees and marks only their own messages; staff have no message centre; bad input is refused', async () => {
    const chens = await api.http.get('/me/messages').set(bearer(chenToken)).expect(200);
    expect(chens.body.items.map((m: { kind: string }) => m.kind)).toEqual(['SIGNUP_BASE_APPROVED']);
    const [linsMessage] = (await api.http.get('/me/messages?pageSize=1').set(bearer(linToken)).expect(200)).body.items;

    // Lin's message is "not found" for Chen, whether read or marked; it stays as it was.
    await api.dataSource.query('UPDATE candidate_message SET read_at = NULL WHERE id = ?', [linsMessage.id]);
    const foreign = await api.http.post(`/me/messages/${linsMessage.id}/read`).set(bearer(chenToken)).expect(404);
    expect(foreign.body.code).toBe('MESSAGE_NOT_FOUND');
    expect((await api.http.post('/me/messages/99999999/read').set(bearer(chenToken)).expect(404)).body.code).toBe('MESSAGE_NOT_FOUND');
    expect((await api.http.get('/me/messages/unread-count').set(bearer(linToken)).expect(200)).body).toEqual({ unread: 1 });
    // Chen's read-all marks Chen's only.
    expect((await api.http.post('/me/messages/read-all').set(bearer(chenToken)).expect(200)).body).toEqual({ marked: 1, unread: 0 });
    expect((await api.http.get('/me/messages/unread-count').set(bearer(linToken)).expect(200)).body).toEqual({ unread: 1 });

    expect((await api.http.get('/me/messages').set(bearer(baseToken)).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
    expect((await api.http.get('/me/messages')).status).toBe(401);
    for (const query of ['pageSize=0', 'pageSize=201', 'page=0', 'unread=maybe', 'sort=id']) {
      expect([query, (await api.http.get(`/me/messages?${query}`).set(bearer(linToken))).body.code]).toEqual([query, 'VALIDATION_FAILED']);
    }
    expect((await api.http.post('/me/messages/abc/read').set(bearer(linToken)).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('FA-12 moving a subject\'s exam days tells everyone still signed up for it, with the old and new days and the reason', async () => {
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    const centreToken = await login(api, 'centre');
    const { id: _id, version, ...definition } = (await api.http.get(`/sessions/${sessionId}`).set(bearer(centreToken)).expect(200)).body;
    const subjects = definition.subjects.map((s: { subject: string }) =>
      s.subject === 'THEORY' ? { ...s, exam: { opensAt: '2024-05-19T00:00:00+08:00', closesAt: '2024-05-20T00:00:00+08:00' } } : s,
    );
    await api.http
      .put(`/sessions/${sessionId}`)
      .set(bearer(centreToken))
      .send({ ...definition, subjects, expectedVersion: version, reason: '国家统一调整专业理论考试日期' })
      .expect(200);
    for (const token of [linToken, chenToken]) {
      const [newest] = (await api.http.get('/me/messages').set(bearer(token)).expect(200)).body.items;
      expect(newest).toMatchObject({ kind: 'SESSION_RESCHEDULED', title: '专业理论考试时间调整' });
      expect(newest.body).toBe(
        '“2024年福建省临床类别助理全科医生培训结业考核”专业理论考试的考试时间已调整：由 2024年5月12日 00:00–24:00 改为 2024年5月19日 00:00–24:00（北京时间）。调整原因：国家统一调整专业理论考试日期。',
      );
    }
    // A change that moves no exam tells nobody.
    const now = (await api.http.get(`/sessions/${sessionId}`).set(bearer(centreToken)).expect(200)).body;
    await api.http
      .put(`/sessions/${sessionId}`)
      .set(bearer(centreToken))
      .send({ ...definition, subjects, resultsNote: '7月公布', expectedVersion: now.version, reason: '补充成绩公布说明' })
      .expect(200);
    const [{ told }] = await api.dataSource.query("SELECT COUNT(*) AS told FROM candidate_message WHERE kind = 'SESSION_RESCHEDULED'");
    expect(Number(told)).toBe(2);
  });

  it('SC-7 the daily job tells each trainee whose three-year limit falls within the notice period, once per limit', async () => {
    await importRoster(api, baseToken, [
      { name: '黄一', idNumber: residentId('19970101', '135'), cohort: '2020', rotationEndDate: '2022-06-30' },
      { name: '周二', idNumber: residentId('19970202', '357'), cohort: '2021', rotationEndDate: '2023-06-30' },
    ]);
    const [huang, zhou]: number[] = (await api.dataSource.query("SELECT id FROM trainee WHERE name IN ('黄一', '周二') ORDER BY name = '周二'")).map((row: { id: number }) => Number(row.id));
    const notifyLimits = async (env: Record<string, string> = {}) => {
      const worker = await startWorker(IN_REVIEW, env);
      try {
        const job = await api.app.get(NotificationJobsProducer).notifyThreeYearLimitsNow();
        return await waitForJob(api.app.get<Queue>(getQueueToken(QueueName.Notifications)), String(job.id));
      } finally {
        await worker.close();
      }
    };
    const limitMessages = () =>
      api.dataSource.query("SELECT trainee_id AS traineeId, body, facts, dedupe_key AS dedupeKey FROM candidate_message WHERE kind = 'THREE_YEAR_LIMIT_APPROACHING' ORDER BY id");

    // By default 365 days ahead: on 2024-03-05 the limit 2024-12-31 (rotation ended 2022) is due; 2025-12-31 and 2026-12-31 are not.
    expect(await notifyLimits()).toMatchObject({ today: '2024-03-05', horizon: '2025-03-05', checked: 1, due: 1 });
    const [told] = await limitMessages();
    expect(Number(told.traineeId)).toBe(huang);
    expect(told.dedupeKey).toBe(`THREE_YEAR_LIMIT_APPROACHING:trainee=${huang}:deadline=2024-12-31`);
    expect(told.body).toBe(
      '您于 2022 年结束轮转，须在 2022–2024 年内（至 2024-12-31）通过结业考核。尚需通过：专业理论考试、临床实践技能考核；还可参加 2024 年的考核（每年一次，不设补考，这是最后一次机会）。逾期未通过（含未参加）的，如再次申请结业考核，须自费重新参加培训。',
    );
    // The next day's run (or a second worker) writes nothing again.
    expect(await notifyLimits()).toMatchObject({ due: 1 });
    expect(await limitMessages()).toHaveLength(1);

    // A longer notice period (THREE_YEAR_LIMIT_NOTICE_DAYS) reaches the trainee who ended rotation in 2023 too.
    expect(await notifyLimits({ THREE_YEAR_LIMIT_NOTICE_DAYS: '700' })).toMatchObject({ horizon: '2026-02-03', checked: 2, due: 2 });
    expect((await limitMessages()).map((row: { traineeId: number; facts: string | { remainingYears: number[] } }) => [Number(row.traineeId), (typeof row.facts === 'string' ? JSON.parse(row.facts) : row.facts).remainingYears])).toEqual([
      [huang, [2024]],
      [zhou, [2024, 2025]],
    ]);
  });

  it('the profile\'s e-mail address is checked, and null removes it', async () => {
    for (const email of ['lin', 'lin@example', 'Lin <lin@example.org>', `${'a'.repeat(250)}@example.org`]) {
      expect([email, (await api.http.patch('/me/profile').set(bearer(linToken)).send({ email })).body.code]).toEqual([email, 'VALIDATION_FAILED']);
    }
    await api.http.patch('/me/profile').set(bearer(linToken)).send({ email: null }).expect(200);
    expect((await api.http.get('/me/profile').set(bearer(linToken)).expect(200)).body.email).toBeNull();
  });
});
