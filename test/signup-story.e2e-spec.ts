import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { bearer, createFujian2024Session, createStaff, importRoster, login, registerCandidate, residentId } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';

const BASE = '福州市第一总医院';

describe('Final-assessment sign-up, end to end (FA-1 … FA-9, FA-13, FA-14)', () => {
  let api: TestApi;
  let sessionId: number;
  let baseToken: string;
  let centreToken: string;
  let photo: Buffer;

  beforeAll(async () => {
    api = await startApi({ now: '2024-03-01T02:00:00Z' }); // 2024-03-01 10:00 Beijing: sign-up open
    await resetData(api.dataSource);
    sessionId = await createFujian2024Session(api);
    await createStaff(api, 'base1', 'BASE_REVIEWER', BASE);
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    baseToken = await login(api, 'base1');
    centreToken = await login(api, 'centre');
    photo = await samplePortraitJpeg();
    await importRoster(api, baseToken, [
      { name: '林晓华', idNumber: residentId('19990312', '123') },
      { name: '陈𠮷', idNumber: residentId('19980704', '246') },
      { name: '王芳', idNumber: residentId('19960105', '358') },
      { name: '黄志强', idNumber: residentId('19990921', '471') },
      { name: '郑佳', idNumber: residentId('19980215', '582') },
    ]);
  });

  afterAll(async () => {
    await api.close();
  });

  it('FA-7 … FA-9 roster import → candidate signs up → base approves → centre approves', async () => {
    const candidate = await registerCandidate(api, 'lin', '林晓华', residentId('19990312', '123'), photo);

    const verdict = await api.http.get(`/sessions/${sessionId}/eligibility`).set(bearer(candidate)).expect(200);
    expect(verdict.body.eligible).toBe(true);
    expect(verdict.body.ruleSetVersion).toBe('fujian-2024.1');
    expect(verdict.body.checks.map((c: { rule: string }) => c.rule)).toEqual(['FA-1', 'FA-2.rotation', 'FA-2.phase-theory', 'FA-2.process', 'FA-3', 'FA-4', 'FA-5', 'FA-6']);

    const submitted = await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(candidate)).send({}).expect(201);
    expect(submitted.body.status).toBe('SUBMITTED');
    expect(submitted.body.statusLabel.zh).toBe('报名信息已提交，等待审核');
    expect(submitted.body.subjects).toEqual(['THEORY', 'SKILLS']);
    const signupId = submitted.body.id as number;

    // Review opens 2024-03-04 (Beijing): before it, the base may not decide.
    await api.http.post(`/signups/${signupId}/base-review`).set(bearer(baseToken)).send({ decision: 'APPROVE' }).expect(409);
    api.clock.set('2024-03-05T01:00:00Z');
    const listed = await api.http.get(`/signups?sessionId=${sessionId}&status=SUBMITTED`).set(bearer(baseToken)).expect(200);
    expect(listed.body.items.map((r: { id: number }) => r.id)).toContain(signupId);
    expect(listed.body.items[0].idNumberMasked).toMatch(/^350102\*{8}\d{3}[\dX]$/);

    const baseApproved = await api.http.post(`/signups/${signupId}/base-review`).set(bearer(baseToken)).send({ decision: 'APPROVE' }).expect(200);
    expect(baseApproved.body.status).toBe('BASE_APPROVED');
    const approved = await api.http.post(`/signups/${signupId}/centre-review`).set(bearer(centreToken)).send({ decision: 'APPROVE' }).expect(200);
    expect(approved.body.status).toBe('APPROVED');

    // FA-6: the photo is locked once the centre approved.
    const locked = await api.http.put('/me/photo').set(bearer(candidate)).attach('file', photo, 'photo.jpg').expect(409);
    expect(locked.body.code).toBe('PHOTO_LOCKED');

    const mine = await api.http.get('/me/signups').set(bearer(candidate)).expect(200);
    expect(mine.body[0].status).toBe('APPROVED');

    const audit = await api.http.get(`/audit?entityType=signup&entityId=${signupId}`).set(bearer(centreToken)).expect(200);
    expect(audit.body.items.map((a: { action: string }) => a.action).sort()).toEqual(['SIGNUP_BASE_APPROVE', 'SIGNUP_CENTRE_APPROVE', 'SIGNUP_SUBMITTED']);
    api.clock.set('2024-03-01T02:00:00Z');
  });

  it('FA-8 the base rejects with a reason; a reason is required', async () => {
    const candidate = await registerCandidate(api, 'chen', '陈𠮷', residentId('19980704', '246'), photo);
    const submitted = await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(candidate)).send({ subjects: ['THEORY', 'SKILLS'] }).expect(201);
    api.clock.set('2024-03-05T01:00:00Z');
    const noReason = await api.http.post(`/signups/${submitted.body.id}/base-review`).set(bearer(baseToken)).send({ decision: 'REJECT' }).expect(400);
    expect(noReason.body.code).toBe('REASON_REQUIRED');
    const rejected = await api.http
      .post(`/signups/${submitted.body.id}/base-review`)
      .set(bearer(baseToken))
      .send({ decision: 'REJECT', reason: '因病假延长培训，无法在2024年12月前完成轮转' })
      .expect(200);
    expect(rejected.body.status).toBe('REJECTED');
    const mine = await api.http.get('/me/signups').set(bearer(candidate)).expect(200);
    expect(mine.body[0].lastReason).toContain('无法在2024年12月前完成轮转');
    expect(mine.body[0].statusLabel.zh).toBe('资格审核不通过');
    // FA-5: no second sign-up for the same session.
    api.clock.set('2024-03-06T01:00:00Z');
    const again = await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(candidate)).send({}).expect(409);
    expect(again.body.code).toBe('SIGNUP_EXISTS');
    api.clock.set('2024-03-01T02:00:00Z');
  });

  it('FA-8 returned for correction, corrected after the sign-up window closed, then approved', async () => {
    const candidate = await registerCandidate(api, 'wang', '王芳', residentId('19960105', '358'), photo);
    const submitted = await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(candidate)).send({}).expect(201);
    api.clock.set('2024-03-11T02:00:00Z'); // sign-up window closed on 03-10 24:00
    const returned = await api.http
      .post(`/signups/${submitted.body.id}/base-review`)
      .set(bearer(baseToken))
      .send({ decision: 'RETURN', reason: '请补充联系电话' })
      .expect(200);
    expect(returned.body.status).toBe('RETURNED');
    await api.http.patch('/me/profile').set(bearer(candidate)).send({ phone: '13712345678' }).expect(200);
    const corrected = await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(candidate)).send({}).expect(201);
    expect(corrected.body.status).toBe('SUBMITTED');
    await api.http.post(`/signups/${submitted.body.id}/base-review`).set(bearer(baseToken)).send({ decision: 'APPROVE' }).expect(200);
    const approved = await api.http.post(`/signups/${submitted.body.id}/centre-review`).set(bearer(centreToken)).send({ decision: 'APPROVE' }).expect(200);
    expect(approved.body.status).toBe('APPROVED');

    // The candidate's timeline: each step by level (never a reviewer's name), its outcome, the reason given, when.
    const history = await api.http.get(`/me/signups/${sessionId}/history`).set(bearer(candidate)).expect(200);
    expect(history.body).toMatchObject({ signupId: submitted.body.id, sessionId, status: 'APPROVED', statusLabel: { zh: approved.body.statusLabel.zh } });
    expect(history.body.steps.map((step: { kind: string; level: string; outcome: { zh: string }; reason: string | null; at: string }) => [step.kind, step.level, step.outcome.zh, step.reason, step.at])).toEqual([
      ['SUBMITTED', 'CANDIDATE', '提交报名', null, '2024-03-01T10:00:00+08:00'],
      ['BASE_RETURNED', 'BASE', '退回修改', '请补充联系电话', '2024-03-11T10:00:00+08:00'],
      ['SUBMITTED', 'CANDIDATE', '提交报名', null, '2024-03-11T10:00:00+08:00'],
      ['BASE_APPROVED', 'BASE', '审核通过', null, '2024-03-11T10:00:00+08:00'],
      ['CENTRE_APPROVED', 'CENTRE', '复审通过', null, '2024-03-11T10:00:00+08:00'],
    ]);
    expect(JSON.stringify(history.body)).not.toContain('base1');
    // Another session, or someone else's role: nothing.
    expect((await api.http.get('/me/signups/99999/history').set(bearer(candidate)).expect(404)).body.code).toBe('SIGNUP_NOT_FOUND');
    expect((await api.http.get(`/me/signups/${sessionId}/history`).set(bearer(baseToken)).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
    api.clock.set('2024-03-01T02:00:00Z');
  });

  it('FA-1 a submit one second after the window closed is refused with SIGNUP_WINDOW_CLOSED', async () => {
    const candidate = await registerCandidate(api, 'huang', '黄志强', residentId('19990921', '471'), photo);
    api.clock.set('2024-03-10T16:00:00Z'); // 2024-03-11 00:00:00 Beijing
    const late = await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(candidate)).send({}).expect(409);
    expect(late.body.code).toBe('SIGNUP_WINDOW_CLOSED');
    expect(late.body.details.verdict.failedRules).toEqual(['FA-1']);
    expect(late.body.details).toMatchObject({ opensAt: '2024-02-29T08:00:00+08:00', closesAt: '2024-03-11T00:00:00+08:00' });
    api.clock.set('2024-03-10T15:59:59Z'); // 23:59:59 Beijing
    const inTime = await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(candidate)).send({}).expect(201);
    expect(inTime.body.status).toBe('SUBMITTED');
    api.clock.set('2024-03-01T02:00:00Z');
  });

  it('FA-1 a submit one second before the window opens is "not open yet" (SIGNUP_WINDOW_NOT_OPEN), not "late"; at the opening second it is accepted', async () => {
    const candidate = await registerCandidate(api, 'zheng', '郑佳', residentId('19980215', '582'), photo);
    try {
      api.clock.set('2024-02-28T23:59:59Z'); // 2024-02-29 07:59:59 Beijing, opening day
      const notOpen = {
        code: 'SIGNUP_WINDOW_NOT_OPEN',
        message: { zh: '报名尚未开始（开始时间：2024-02-29T08:00:00+08:00）', en: 'Sign-up has not opened yet (opens 2024-02-29T08:00:00+08:00)' },
      };
      const draft = await api.http.put(`/me/signups/${sessionId}/draft`).set(bearer(candidate)).send({ subjects: ['THEORY', 'SKILLS'] }).expect(409);
      expect(draft.body).toEqual({ ...notOpen, details: { opensAt: '2024-02-29T08:00:00+08:00', closesAt: '2024-03-11T00:00:00+08:00' } });
      const early = await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(candidate)).send({}).expect(409);
      expect(early.body).toMatchObject(notOpen);
      expect(early.body.message.zh).not.toContain('逾期');
      expect(early.body.details).toMatchObject({ opensAt: '2024-02-29T08:00:00+08:00', closesAt: '2024-03-11T00:00:00+08:00' });
      expect(early.body.details.verdict.failedRules).toEqual(['FA-1']);
      expect(await api.dataSource.query('SELECT s.id FROM signup s JOIN user_account u ON u.trainee_id = s.trainee_id WHERE u.username = ?', ['zheng'])).toEqual([]);

      api.clock.set('2024-02-29T00:00:00Z'); // 08:00:00 Beijing: the window opens
      const onTime = await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(candidate)).send({}).expect(201);
      expect(onTime.body.status).toBe('SUBMITTED');
    } finally {
      api.clock.set('2024-03-01T02:00:00Z');
    }
  });
});
