import { SessionService } from '@app/assessment';
import { SYSTEM_ACTOR } from '@app/common/actor';
import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { TicketTokens } from '@app/tickets';
import { bearer, createFujian2024Session, createStaff, fujian2024Definition, importRoster, login, registerCandidate, residentId } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';
import { startWorker } from './support/test-worker';

const REASON = '受台风“海葵”影响，技能考核考点无法正常组织考试';
const INSIDE_SIGNUP = '2024-03-01T02:00:00Z'; // 2024-03-01 10:00 Beijing: the sign-up window is open
const INSIDE_TICKETS = '2024-04-13T02:00:00Z'; // SKILLS tickets print from 2024-04-13
const INSIDE_THEORY_TICKETS = '2024-05-08T02:00:00Z';

describe('FA-12 the centre cancels one subject, then the whole session: tickets withdrawn, candidates told once, nothing counted', () => {
  let api: TestApi;
  let worker: Awaited<ReturnType<typeof startWorker>>;
  let sessionId: number;
  let centre: string;
  let base: string;
  let chen: string;
  let zhou: string;
  const signupOf: Record<string, number> = {};
  const tokens: string[] = [];

  const count = async (sql: string, params: unknown[] = []): Promise<number> => Number((await api.dataSource.query(sql, params))[0].n);
  const snapshot = async () => ({
    messages: await count('SELECT COUNT(*) AS n FROM candidate_message'),
    audit: await count('SELECT COUNT(*) AS n FROM audit_record'),
    signups: await api.dataSource.query('SELECT id, status, subject_theory, subject_skills, theory_cancelled, skills_cancelled, version FROM signup ORDER BY id'),
    tickets: await api.dataSource.query('SELECT id, status FROM admit_ticket ORDER BY id'),
    session: await api.dataSource.query('SELECT version, cancellations FROM assessment_session WHERE id = ?', [sessionId]),
  });
  const cancel = (body: object, token = centre) => api.http.post(`/sessions/${sessionId}/cancel`).set(bearer(token)).send(body);

  const waitForTickets = async () => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const progress = await api.http.get(`/sessions/${sessionId}/tickets/progress`).set(bearer(centre)).expect(200);
      if (progress.body.pending === 0) return progress.body as { total: number; done: number; failed: number };
      if (Date.now() > deadline) throw new Error(`tickets not rendered: ${JSON.stringify(progress.body)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  beforeAll(async () => {
    api = await startApi({ now: '2024-04-01T02:00:00Z' });
    await resetData(api.dataSource);
    worker = await startWorker('2024-04-01T02:00:00Z');
    sessionId = await createFujian2024Session(api);
    await createStaff(api, 'base1', 'BASE_REVIEWER', '福州市第一总医院');
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    centre = await login(api, 'centre');
    base = await login(api, 'base1');
    await importRoster(api, base, [
      { name: '陈𠮷', idNumber: residentId('19980704', '246') },
      { name: '林晓华', idNumber: residentId('19990312', '123') },
      { name: '王芳', idNumber: residentId('19960105', '358') },
      { name: '周敏', idNumber: residentId('19970421', '142') },
    ]);
    const photo = await samplePortraitJpeg();
    chen = await registerCandidate(api, 'chen', '陈𠮷', residentId('19980704', '246'), photo);
    await registerCandidate(api, 'lin', '林晓华', residentId('19990312', '123'), photo);
    zhou = await registerCandidate(api, 'zhou', '周敏', residentId('19970421', '142'), photo);
    // Approval itself is covered by the sign-up story: 陈 and 林 approved for both subjects, 王 submitted for SKILLS only.
    await api.dataSource.query(
      `INSERT INTO signup (session_id, trainee_id, base_id, city_id, status, subject_theory, subject_skills, version)
       SELECT ?, id, base_id, city_id, IF(name = '王芳', 'SUBMITTED', 'APPROVED'), name <> '王芳', 1, 1 FROM trainee WHERE name <> '周敏'`,
      [sessionId],
    );
    for (const row of await api.dataSource.query('SELECT s.id, t.name FROM signup s JOIN trainee t ON t.id = s.trainee_id')) signupOf[row.name] = Number(row.id);
    const site = await api.http.post(`/sessions/${sessionId}/sites`).set(bearer(centre)).send({ code: 'FZ', name: '福建省全科医学培训中心考点', address: '福州市鼓楼区示例路1号' }).expect(201);
    await api.http
      .post(`/sessions/${sessionId}/sites/${site.body.id}/slots`)
      .set(bearer(centre))
      .send({ date: '2024-04-19', startsAt: '08:00', endsAt: '11:30', rooms: [{ id: 'G1', name: '第1站组', capacity: 30 }] })
      .expect(201);
    await api.http.post(`/sessions/${sessionId}/seating`).set(bearer(centre)).expect(200);
    await api.http.post(`/sessions/${sessionId}/tickets/generate`).set(bearer(centre)).expect(202);
    expect(await waitForTickets()).toEqual({ total: 2, done: 2, failed: 0, pending: 0 });
    for (const ticket of await api.dataSource.query('SELECT ticket_number AS ticketNumber, signup_id AS signupId, revision FROM admit_ticket ORDER BY id')) {
      tokens.push(api.app.get(TicketTokens).sign({ ticketNumber: ticket.ticketNumber, signupId: Number(ticket.signupId), revision: Number(ticket.revision) }));
    }
    for (const token of tokens) expect((await api.http.get(`/verify/${token}`).expect(200)).body.reason).toBe('CURRENT');
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('FA-12 only the centre cancels, with a reason, a subject the session offers; a refusal writes nothing', async () => {
    const before = await snapshot();
    expect((await cancel({ subject: 'SKILLS', reason: REASON }, base).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
    expect((await cancel({ subject: 'SKILLS', reason: REASON }, chen).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
    expect((await cancel({ subject: 'SKILLS' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await cancel({ subject: 'SKILLS', reason: '  \n ' }).expect(400)).body.code).toBe('REASON_REQUIRED');
    expect((await cancel({ subject: 'SKILLS', reason: '因'.repeat(501) }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await cancel({ subject: 'PHYSICS', reason: REASON }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await api.http.post('/sessions/999999/cancel').set(bearer(centre)).send({ reason: REASON }).expect(404)).body.code).toBe('SESSION_NOT_FOUND');
    expect(await snapshot()).toEqual(before);
  });

  it('FA-12 the confirmation counts the candidates each choice reaches', async () => {
    const impact = await api.http.get(`/sessions/${sessionId}/cancellation-impact`).set(bearer(centre)).expect(200);
    expect(impact.body).toEqual({
      sessionId,
      sessionCancelled: false,
      subjects: [
        { subject: 'THEORY', cancelled: false, candidates: 2 },
        { subject: 'SKILLS', cancelled: false, candidates: 3 },
      ],
      wholeSession: { candidates: 3 },
    });
    await api.http.get(`/sessions/${sessionId}/cancellation-impact`).set(bearer(base)).expect(403);
  });

  it('FA-12 cancelling SKILLS: its tickets verify as withdrawn, seats are freed, each candidate is told once, audited; THEORY is unaffected', async () => {
    const cancelled = await cancel({ subject: 'SKILLS', reason: ` ${REASON} ` }).expect(200);
    expect(cancelled.body).toMatchObject({ sessionId, subjects: ['SKILLS'], wholeSession: false, reason: REASON, affectedSignups: 3, cancelledSignups: 1 });
    expect(cancelled.body.session).toMatchObject({ cancelled: false, cancellations: [{ subject: 'SKILLS', reason: REASON, cancelledAt: '2024-04-01T10:00:00+08:00', wholeSession: false }] });

    // TK-6: every printed SKILLS ticket now verifies as withdrawn; nothing is left to render or print.
    for (const token of tokens) expect((await api.http.get(`/verify/${token}`).expect(200)).body).toMatchObject({ genuine: true, current: false, reason: 'WITHDRAWN' });
    expect((await api.http.get(`/sessions/${sessionId}/tickets/progress`).set(bearer(centre)).expect(200)).body).toEqual({ total: 0, done: 0, failed: 0, pending: 0 });
    expect(await count('SELECT COUNT(*) AS n FROM seat_assignment WHERE session_id = ?', [sessionId])).toBe(0);
    api.clock.set(INSIDE_TICKETS);
    const download = await api.http.get(`/me/tickets/${sessionId}/SKILLS`).set(bearer(chen)).expect(409);
    expect(download.body).toMatchObject({ code: 'SESSION_SUBJECT_IS_CANCELLED', message: { zh: '该科目考试已取消' } });

    // The sign-ups: SKILLS taken off; 王 had nothing else, so hers is CANCELLED with the reason.
    const rows: Array<{ name: string; status: string; theory: number; skills: number; skillsCancelled: number; lastReason: string | null }> = await api.dataSource.query(
      `SELECT t.name, s.status, s.subject_theory AS theory, s.subject_skills AS skills, s.skills_cancelled AS skillsCancelled, s.last_reason AS lastReason
         FROM signup s JOIN trainee t ON t.id = s.trainee_id ORDER BY s.id`,
    );
    expect(rows.map((r) => [r.name, r.status, Number(r.theory), Number(r.skills), Number(r.skillsCancelled), r.lastReason])).toEqual([
      ['陈𠮷', 'APPROVED', 1, 0, 1, null],
      ['林晓华', 'APPROVED', 1, 0, 1, null],
      ['王芳', 'CANCELLED', 0, 0, 1, REASON],
    ]);
    const [mine] = (await api.http.get('/me/signups').set(bearer(chen)).expect(200)).body;
    expect(mine).toMatchObject({ status: 'APPROVED', subjects: ['THEORY'], cancelledSubjects: ['SKILLS'], statusLabel: { zh: '资格审核通过' } });
    const wang = await api.http.get(`/signups/${signupOf['王芳']}`).set(bearer(base)).expect(200);
    expect(wang.body).toMatchObject({ status: 'CANCELLED', subjects: [], cancelledSubjects: ['SKILLS'], lastReason: REASON, statusLabel: { zh: '考试已取消（不可抗力），本次报名随之取消' } });
    // The reviewers' list says the same: not FA-11's "false information".
    const list = await api.http.get(`/signups?sessionId=${sessionId}`).set(bearer(base)).expect(200);
    expect(list.body.items.map((row: { name: string; statusLabel: string; subjects: string[] }) => [row.name, row.statusLabel, row.subjects])).toEqual([
      ['陈𠮷', '资格审核通过', ['THEORY']],
      ['林晓华', '资格审核通过', ['THEORY']],
      ['王芳', '考试已取消（不可抗力），本次报名随之取消', []],
    ]);

    // One message per affected candidate, in the same transaction.
    const told: Array<{ traineeId: number; n: number }> = await api.dataSource.query("SELECT trainee_id AS traineeId, COUNT(*) AS n FROM candidate_message WHERE kind = 'SESSION_CANCELLED' GROUP BY trainee_id");
    expect(told.map((t) => Number(t.n))).toEqual([1, 1, 1]);
    const [message] = (await api.http.get('/me/messages').set(bearer(chen)).expect(200)).body.items;
    expect(message).toMatchObject({ kind: 'SESSION_CANCELLED', title: '临床实践技能考核取消', facts: { sessionId, subject: 'SKILLS', reason: REASON } });
    expect(message.body).toContain(`原因：${REASON}。`);
    expect((await api.http.get('/me/messages').set(bearer(zhou)).expect(200)).body.items).toEqual([]);

    // FA-13: the act, and each sign-up's change in its base's scope.
    const act = await api.http.get('/audit?action=SESSION_SUBJECT_CANCELLED').set(bearer(centre)).expect(200);
    expect(act.body.items).toHaveLength(1);
    expect(act.body.items[0]).toMatchObject({ entityType: 'assessment_session', entityId: String(sessionId), reason: REASON, actorRole: 'CENTRE_ADMIN' });
    expect(act.body.items[0].after).toMatchObject({ subjects: ['SKILLS'], affectedSignups: 3, cancelledSignups: 1 });
    const perSignup = await api.http.get('/audit?action=SIGNUP_SESSION_CANCELLED').set(bearer(centre)).expect(200);
    expect(perSignup.body.total).toBe(3);

    // THEORY stands: its ticket still points to the national site inside its window.
    api.clock.set(INSIDE_THEORY_TICKETS);
    expect((await api.http.get(`/me/tickets/${sessionId}/THEORY`).set(bearer(chen)).expect(409)).body.code).toBe('TICKET_AT_NATIONAL_SITE');
    const impact = await api.http.get(`/sessions/${sessionId}/cancellation-impact`).set(bearer(centre)).expect(200);
    expect(impact.body.subjects).toEqual([
      { subject: 'THEORY', cancelled: false, candidates: 2 },
      { subject: 'SKILLS', cancelled: true, candidates: 0 },
    ]);
  });

  it('FA-12 cancelling SKILLS again answers a clear code and changes nothing', async () => {
    const before = await snapshot();
    const again = await cancel({ subject: 'SKILLS', reason: REASON }).expect(409);
    expect(again.body).toMatchObject({ code: 'SESSION_SUBJECT_ALREADY_CANCELLED', message: { zh: '该科目考试已取消，无需重复操作' }, details: { subject: 'SKILLS' } });
    expect(await snapshot()).toEqual(before);
  });

  it('FA-12 a cancelled subject takes no sign-up and no result: scores are refused, nothing counts as a sitting', async () => {
    api.clock.set(INSIDE_SIGNUP);
    const submit = await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(zhou)).send({ subjects: ['THEORY', 'SKILLS'] }).expect(409);
    expect(submit.body).toMatchObject({ code: 'SESSION_SUBJECT_IS_CANCELLED', details: { subjects: ['SKILLS'] } });
    expect((await api.http.put(`/me/signups/${sessionId}/draft`).set(bearer(zhou)).send({ subjects: ['SKILLS'] }).expect(409)).body.code).toBe('SESSION_SUBJECT_IS_CANCELLED');
    expect(await count('SELECT COUNT(*) AS n FROM signup s JOIN trainee t ON t.id = s.trainee_id WHERE t.name = ?', ['周敏'])).toBe(0);

    // SC-1 / SC-2: no score of the called-off exam can be recorded, by file or by hand.
    const upload = await api.http.post(`/sessions/${sessionId}/score-imports/SKILLS`).set(bearer(centre)).attach('file', Buffer.from('姓名,证件号码\r\n', 'utf8'), 'skills.csv').expect(409);
    expect(upload.body.code).toBe('SESSION_SUBJECT_IS_CANCELLED');
    const [{ chenId }] = await api.dataSource.query("SELECT id AS chenId FROM trainee WHERE name = '陈𠮷'");
    const entry = await api.http
      .put(`/sessions/${sessionId}/skills-scores/${chenId}`)
      .set(bearer(centre))
      .send({ stations: { CASE_ANALYSIS: 80, MEDICAL_RECORD: 80, AUX_EXAM_READING: 80, BASIC_PROCEDURES: 80 }, failedCriticalItems: [] })
      .expect(409);
    expect(entry.body.code).toBe('SESSION_SUBJECT_IS_CANCELLED');
    expect(await count("SELECT COUNT(*) AS n FROM subject_attempt WHERE session_id = ? AND subject = 'SKILLS'", [sessionId])).toBe(0);

    // FA-5 / FA-3: the called-off SKILLS exam is no sitting of the year; a replacement session of the same year admits it.
    const replacement = await api.app.get(SessionService).ensure(SYSTEM_ACTOR, { ...fujian2024Definition(), code: 'FJ-2024-R', name: '2024年结业考核（技能考核重新安排）' });
    const verdict = await api.http.get(`/sessions/${replacement.id}/eligibility?subjects=SKILLS`).set(bearer(chen)).expect(200);
    expect(verdict.body.checks.find((check: { rule: string }) => check.rule === 'FA-5')).toMatchObject({ outcome: 'PASS' });
    const theoryAgain = await api.http.get(`/sessions/${replacement.id}/eligibility?subjects=THEORY`).set(bearer(chen)).expect(200);
    expect(theoryAgain.body.checks.find((check: { rule: string }) => check.rule === 'FA-5')).toMatchObject({ outcome: 'FAIL' });
  });

  it('FA-12 a subject with results on record cannot be cancelled; the whole session then cancels the rest, once', async () => {
    api.clock.set('2024-04-01T02:00:00Z');
    const [{ chenId }] = await api.dataSource.query("SELECT id AS chenId FROM trainee WHERE name = '陈𠮷'");
    await api.dataSource.query("INSERT INTO subject_attempt (trainee_id, session_id, signup_id, subject, year, outcome, source) VALUES (?, ?, ?, 'THEORY', 2024, 'ABSENT', 'IMPORT')", [
      chenId,
      sessionId,
      signupOf['陈𠮷'],
    ]);
    const before = await snapshot();
    const refused = await cancel({ reason: REASON }).expect(409);
    expect(refused.body).toMatchObject({ code: 'SESSION_RESULTS_RECORDED', details: { subject: 'THEORY' } });
    expect(await snapshot()).toEqual(before);
    await api.dataSource.query('DELETE FROM subject_attempt WHERE session_id = ?', [sessionId]);

    const whole = await cancel({ reason: '省卫健委通知：本年度结业考核整体取消' }).expect(200);
    expect(whole.body).toMatchObject({ subjects: ['THEORY'], wholeSession: true, affectedSignups: 2, cancelledSignups: 2 });
    expect(whole.body.session.cancelled).toBe(true);
    expect((await api.dataSource.query('SELECT status FROM signup ORDER BY id')).map((r: { status: string }) => r.status)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED']);
    const [latest] = (await api.http.get('/me/messages').set(bearer(chen)).expect(200)).body.items;
    expect(latest).toMatchObject({ kind: 'SESSION_CANCELLED', title: '本次结业考核取消', facts: { subject: null } });
    expect(await count("SELECT COUNT(*) AS n FROM candidate_message WHERE kind = 'SESSION_CANCELLED'")).toBe(5);
    expect((await api.http.get('/audit?action=SESSION_CANCELLED').set(bearer(centre)).expect(200)).body.total).toBe(1);

    const after = await snapshot();
    expect((await cancel({ reason: REASON }).expect(409)).body.code).toBe('SESSION_ALREADY_CANCELLED');
    expect((await cancel({ subject: 'THEORY', reason: REASON }).expect(409)).body.code).toBe('SESSION_ALREADY_CANCELLED');
    expect(await snapshot()).toEqual(after);

    api.clock.set(INSIDE_SIGNUP);
    expect((await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(zhou)).send({ subjects: ['THEORY'] }).expect(409)).body.code).toBe('SESSION_IS_CANCELLED');
    api.clock.set(INSIDE_THEORY_TICKETS);
    expect((await api.http.get(`/me/tickets/${sessionId}/THEORY`).set(bearer(chen)).expect(409)).body.code).toBe('SESSION_IS_CANCELLED');
    const [mine] = (await api.http.get('/me/signups').set(bearer(chen)).expect(200)).body;
    expect(mine).toMatchObject({ status: 'CANCELLED', subjects: [], cancelledSubjects: ['THEORY', 'SKILLS'], statusLabel: { zh: '考试已取消（不可抗力），本次报名随之取消' } });
  });
});
