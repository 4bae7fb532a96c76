import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { FileStorage } from '@app/common/storage';
import { TicketTokens } from '@app/tickets';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, binaryBody, createFujian2024Session, createStaff, importRoster, login, registerCandidate, residentId } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';
import { printedQrCodes, qrModules } from './support/printed-qr';
import { startWorker } from './support/test-worker';

/** Where people reach the portal in this spec: each ticket's QR code opens its verification page there. */
const PUBLIC_ORIGIN = 'https://agp.example.org';

const BEFORE_WINDOW = '2024-04-12T15:59:59Z'; // 2024-04-12 23:59:59 Beijing
const INSIDE_WINDOW = '2024-04-13T00:00:00Z'; // 2024-04-13 08:00:00 Beijing (window opens at 00:00)
const LAST_SECOND = '2024-04-19T15:59:59Z'; // 2024-04-19 23:59:59 Beijing
const AFTER_WINDOW = '2024-04-19T16:00:00Z'; // 2024-04-20 00:00:00 Beijing: closed

describe('Admit tickets end to end: seat → generate in the worker → download in the window → verify (TK-1 … TK-6)', () => {
  let api: TestApi;
  let worker: Awaited<ReturnType<typeof startWorker>>;
  let sessionId: number;
  let centreToken: string;
  let candidateToken: string;
  let linToken: string;
  let baseToken: string;
  const dir = mkdtempSync(join(tmpdir(), 'tickets-'));

  const waitForTickets = async () => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const progress = await api.http.get(`/sessions/${sessionId}/tickets/progress`).set(bearer(centreToken)).expect(200);
      if (progress.body.pending === 0) return progress.body as { total: number; done: number; failed: number };
      if (Date.now() > deadline) throw new Error(`tickets not rendered: ${JSON.stringify(progress.body)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  beforeAll(async () => {
    api = await startApi({ now: '2024-04-01T02:00:00Z', env: { PUBLIC_ORIGIN } });
    await resetData(api.dataSource);
    worker = await startWorker('2024-04-01T02:00:00Z', { PUBLIC_ORIGIN });
    sessionId = await createFujian2024Session(api);
    await createStaff(api, 'base1', 'BASE_REVIEWER', '福州市第一总医院');
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    centreToken = await login(api, 'centre');
    baseToken = await login(api, 'base1');
    await importRoster(api, baseToken, [
      { name: '陈𠮷', idNumber: residentId('19980704', '246') },
      { name: '林晓华', idNumber: residentId('19990312', '123') },
    ]);
    candidateToken = await registerCandidate(api, 'chen', '陈𠮷', residentId('19980704', '246'), await samplePortraitJpeg());
    linToken = await registerCandidate(api, 'lin', '林晓华', residentId('19990312', '123'), await samplePortraitJpeg());
    // Centre approval itself is covered by the sign-up story; these two are approved for both subjects.
    await api.dataSource.query(
      `INSERT INTO signup (session_id, trainee_id, base_id, city_id, status, subject_theory, subject_skills, version)
       SELECT ?, id, base_id, city_id, 'APPROVED', 1, 1, 1 FROM trainee`,
      [sessionId],
    );
    const site = await api.http.post(`/sessions/${sessionId}/sites`).set(bearer(centreToken)).send({ code: 'FZ', name: '福建省全科医学培训中心考点', address: '福州市鼓楼区示例路1号' }).expect(201);
    await api.http
      .post(`/sessions/${sessionId}/sites/${site.body.id}/slots`)
      .set(bearer(centreToken))
      .send({ date: '2024-04-19', startsAt: '08:00', endsAt: '11:30', rooms: [{ id: 'G1', name: '第1站组', capacity: 30 }] })
      .expect(201);
    await api.http.post(`/sessions/${sessionId}/seating`).set(bearer(centreToken)).expect(200);
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('TK-5 one centre action numbers and renders every ticket in the worker, with progress', async () => {
    const generated = await api.http.post(`/sessions/${sessionId}/tickets/generate`).set(bearer(centreToken)).expect(202);
    expect(generated.body.issued).toBe(2);
    expect(generated.body.jobs).toBe(1);
    expect(await waitForTickets()).toEqual({ total: 2, done: 2, failed: 0, pending: 0 });
    const rows: Array<{ pdfSha256: string }> = await api.dataSource.query('SELECT pdf_sha256 AS pdfSha256 FROM admit_ticket');
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.pdfSha256))).toBe(true);
    // TK-1: each candidate numbered is told, once, with the numbering.
    const messages = await api.http.get('/me/messages').set(bearer(candidateToken)).expect(200);
    expect(messages.body.items).toEqual([
      expect.objectContaining({
        kind: 'TICKETS_READY',
        title: '临床实践技能考核准考证已生成',
        facts: expect.objectContaining({ ticketNumber: expect.stringMatching(/^20242FZ0000[12]$/), exam: { startsAt: '2024-04-19T08:00:00+08:00', endsAt: '2024-04-19T11:30:00+08:00' } }),
      }),
    ]);
    expect(messages.body.items[0].body).toContain('请于 2024年4月13日00:00 至 2024年4月19日24:00（北京时间）登录本平台打印准考证');
    const [{ ready }] = await api.dataSource.query("SELECT COUNT(*) AS ready FROM candidate_message WHERE kind = 'TICKETS_READY'");
    expect(Number(ready)).toBe(2);
  });

  it('TK-4 a seated candidate reads their own seat: site, day and time, room, seat and ticket number; nobody else\'s', async () => {
    const mine = await api.http.get(`/me/seat/${sessionId}`).set(bearer(candidateToken)).expect(200);
    const [{ seat, ticketNumber }]: Array<{ seat: number; ticketNumber: string }> = await api.dataSource.query(
      `SELECT a.seat, t.ticket_number AS ticketNumber FROM seat_assignment a JOIN signup s ON s.id = a.signup_id JOIN trainee tr ON tr.id = s.trainee_id
         JOIN admit_ticket t ON t.signup_id = s.id WHERE tr.name = '陈𠮷'`,
    );
    expect(mine.body).toEqual({
      sessionId,
      subject: 'SKILLS',
      site: { code: 'FZ', name: '福建省全科医学培训中心考点', address: '福州市鼓楼区示例路1号' },
      slot: { date: '2024-04-19', startsAt: '08:00', endsAt: '11:30' },
      room: { id: 'G1', name: '第1站组' },
      seat: Number(seat),
      ticketNumber,
    });
    const lin = await api.http.get(`/me/seat/${sessionId}`).set(bearer(linToken)).expect(200);
    expect(lin.body.seat).not.toBe(mine.body.seat);
    expect((await api.http.get('/me/seat/99999').set(bearer(candidateToken)).expect(404)).body.code).toBe('SESSION_NOT_FOUND');
    expect((await api.http.get(`/me/seat/${sessionId}`).set(bearer(baseToken)).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
  });

  it('TK-1 / TK-6 the candidate downloads their own ticket only inside the window (its QR code opens the portal’s verification page); THEORY points to the national site', async () => {
    // One convention for both windows: "not now" answers 409, before the window with its own code.
    api.clock.set(BEFORE_WINDOW);
    const early = await api.http.get(`/me/tickets/${sessionId}/SKILLS`).set(bearer(candidateToken)).expect(409);
    expect(early.body).toEqual({
      code: 'TICKET_WINDOW_NOT_OPEN',
      message: { zh: '准考证打印尚未开始（开始时间：2024-04-13T00:00:00+08:00）', en: 'Admit-ticket printing has not opened yet (opens 2024-04-13T00:00:00+08:00)' },
      details: { opensAt: '2024-04-13T00:00:00+08:00', closesAt: '2024-04-20T00:00:00+08:00' },
    });
    api.clock.set(AFTER_WINDOW);
    const late = await api.http.get(`/me/tickets/${sessionId}/SKILLS`).set(bearer(candidateToken)).expect(409);
    expect(late.body.code).toBe('TICKET_WINDOW_CLOSED');
    expect(late.body.details).toEqual({ opensAt: '2024-04-13T00:00:00+08:00', closesAt: '2024-04-20T00:00:00+08:00' });
    api.clock.set(LAST_SECOND);
    await api.http.get(`/me/tickets/${sessionId}/SKILLS`).set(bearer(candidateToken)).buffer(true).parse(binaryBody).expect(200);
    api.clock.set(INSIDE_WINDOW);
    const theory = await api.http.get(`/me/tickets/${sessionId}/THEORY`).set(bearer(candidateToken)).expect(409);
    expect(theory.body.code).toBe('TICKET_AT_NATIONAL_SITE');

    const response = await api.http
      .get(`/me/tickets/${sessionId}/SKILLS`)
      .set(bearer(candidateToken))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const file = join(dir, 'ticket.pdf');
    writeFileSync(file, response.body as Buffer);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('陈𠮷');
    expect(text).toContain('20242FZ00001');
    expect(text).toContain('第1站组');
    expect(text).not.toContain('林晓华');
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((line) => /CID TrueType +Identity-H +yes +yes +yes/.test(line))).toBe(true);
    // TK-6: the printed QR code opens the portal's verification page for this ticket's signed token.
    const [ticket]: Array<{ signupId: number; revision: number }> = await api.dataSource.query("SELECT signup_id AS signupId, revision FROM admit_ticket WHERE ticket_number = '20242FZ00001'");
    const token = api.app.get(TicketTokens).sign({ ticketNumber: '20242FZ00001', signupId: Number(ticket.signupId), revision: Number(ticket.revision) });
    expect(await printedQrCodes(file)).toEqual([qrModules(`${PUBLIC_ORIGIN}/verify/${token}`)]);
    await api.http.get(`/verify/${token}`).expect(200);
  });

  it('TK-6 the QR token verifies as genuine and current, shows name, masked ID and photo only; a tampered one is refused', async () => {
    const [ticket]: Array<{ signupId: number; revision: number }> = await api.dataSource.query("SELECT signup_id AS signupId, revision FROM admit_ticket WHERE ticket_number = '20242FZ00001'");
    const token = api.app.get(TicketTokens).sign({ ticketNumber: '20242FZ00001', signupId: Number(ticket.signupId), revision: Number(ticket.revision) });
    const verified = await api.http.get(`/verify/${token}`).expect(200);
    expect(verified.body).toMatchObject({ genuine: true, current: true, reason: 'CURRENT', ticketNumber: '20242FZ00001', name: '陈𠮷' });
    expect(verified.body.idNumberMasked).toMatch(/^350102\*{8}/);
    expect(verified.body.photoDataUrl).toMatch(/^data:image\/jpeg;base64,/);
    expect(Object.keys(verified.body).sort()).toEqual(['current', 'genuine', 'idNumberMasked', 'name', 'photoDataUrl', 'reason', 'ticketNumber']);

    const [version, , mac] = token.split('.');
    const forgedBody = Buffer.from(JSON.stringify(['20242FZ00002', Number(ticket.signupId), Number(ticket.revision)])).toString('base64url');
    // The last character's spare bits: another character decoding to the same MAC bytes is refused too.
    const sameBytes = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'].map((c) => `${token.slice(0, -1)}${c}`).find((t) => t !== token && Buffer.from(t.split('.')[2], 'base64url').equals(Buffer.from(mac, 'base64url')));
    expect(sameBytes).toBeDefined();
    for (const forged of [`${version}.${forgedBody}.${mac}`, `${token.slice(0, -3)}abc`, sameBytes!]) {
      const refused = await api.http.get(`/verify/${forged}`).expect(400);
      expect(refused.body.code).toBe('TICKET_TOKEN_INVALID');
    }
  });

  it('FA-12 / TK-5 a rescheduled slot regenerates its tickets with the same numbers; old prints verify as superseded', async () => {
    const [before]: Array<{ signupId: number; pdfKey: string }> = await api.dataSource.query("SELECT signup_id AS signupId, pdf_key AS pdfKey FROM admit_ticket WHERE ticket_number = '20242FZ00001'");
    const oldToken = api.app.get(TicketTokens).sign({ ticketNumber: '20242FZ00001', signupId: Number(before.signupId), revision: 1 });
    const [{ slotId }]: Array<{ slotId: number }> = await api.dataSource.query('SELECT slot_id AS slotId FROM seat_assignment LIMIT 1');
    const moved = await api.http
      .put(`/sessions/${sessionId}/slots/${slotId}/schedule`)
      .set(bearer(centreToken))
      .send({ date: '2024-04-26', startsAt: '08:30', endsAt: '12:00', reason: '突发公共卫生事件，考核顺延一周' })
      .expect(200);
    expect(moved.body).toEqual({ ticketsRegenerated: 2 });
    expect(await waitForTickets()).toEqual({ total: 2, done: 2, failed: 0, pending: 0 });
    const [after]: Array<{ pdfKey: string; ticketNumber: string }> = await api.dataSource.query('SELECT pdf_key AS pdfKey, ticket_number AS ticketNumber FROM admit_ticket WHERE signup_id = ?', [before.signupId]);
    expect(after.ticketNumber).toBe('20242FZ00001');
    expect(after.pdfKey).toMatch(/-r2\.pdf$/);
    const file = join(dir, 'moved.pdf');
    writeFileSync(file, await api.app.get(FileStorage).get(after.pdfKey));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('2024年4月26日');
    expect(text).toContain('08:30');
    // The new print's QR code carries the new revision; the old print's verifies as superseded.
    const newToken = api.app.get(TicketTokens).sign({ ticketNumber: '20242FZ00001', signupId: Number(before.signupId), revision: 2 });
    expect(await printedQrCodes(file)).toEqual([qrModules(`${PUBLIC_ORIGIN}/verify/${newToken}`)]);
    const superseded = await api.http.get(`/verify/${oldToken}`).expect(200);
    expect(superseded.body).toMatchObject({ genuine: true, current: false, reason: 'SUPERSEDED' });
    const audit = await api.http.get('/audit?action=EXAM_SLOT_RESCHEDULED').set(bearer(centreToken)).expect(200);
    expect(audit.body.items[0].reason).toBe('突发公共卫生事件，考核顺延一周');
    // FA-12: the candidates seated in the slot are told the old and new time and the reason.
    const [newest] = (await api.http.get('/me/messages').set(bearer(candidateToken)).expect(200)).body.items;
    expect(newest).toMatchObject({ kind: 'SESSION_RESCHEDULED', title: '临床实践技能考核时间调整', read: false });
    expect(newest.body).toContain('由 2024年4月19日 08:00–11:30 改为 2024年4月26日 08:30–12:00（北京时间）。调整原因：突发公共卫生事件，考核顺延一周。');
    const [{ told }] = await api.dataSource.query("SELECT COUNT(*) AS told FROM candidate_message WHERE kind = 'SESSION_RESCHEDULED'");
    expect(Number(told)).toBe(2);
  });

  it('TK-7 a base downloads one PDF with all its candidates\' tickets; another base\'s is refused', async () => {
    const response = await api.http
      .get(`/sessions/${sessionId}/tickets/batch.pdf`)
      .set(bearer(baseToken))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const file = join(dir, 'batch.pdf');
    writeFileSync(file, response.body as Buffer);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+2/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('陈𠮷');
    expect(text).toContain('林晓华');
    const [{ otherBase }]: Array<{ otherBase: number }> = await api.dataSource.query("SELECT id AS otherBase FROM organisation WHERE name = '厦门市海沧医院'");
    const refused = await api.http.get(`/sessions/${sessionId}/tickets/batch.pdf?baseId=${otherBase}`).set(bearer(baseToken)).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN_SCOPE');
  });

  it('TK-5 a ticket whose data is bad is reported failed, and rendered once the data is fixed', async () => {
    const [{ traineeId, photoKey, name, idMasked }]: Array<{ traineeId: number; photoKey: string; name: string; idMasked: string }> = await api.dataSource.query(
      "SELECT tr.id AS traineeId, tr.photo_key AS photoKey, tr.name, tr.id_masked AS idMasked FROM admit_ticket t JOIN signup s ON s.id = t.signup_id JOIN trainee tr ON tr.id = s.trainee_id WHERE t.ticket_number = '20242FZ00002'",
    );
    await api.dataSource.query('UPDATE trainee SET photo_key = NULL WHERE id = ?', [traineeId]);
    await api.dataSource.query("UPDATE admit_ticket SET revision = revision + 1 WHERE ticket_number = '20242FZ00002'");
    await api.http.post(`/sessions/${sessionId}/tickets/generate`).set(bearer(centreToken)).expect(202);
    expect(await waitForTickets()).toEqual({ total: 2, done: 1, failed: 1, pending: 0 });
    // The centre sees which ticket failed, whose it is and why, in Chinese.
    const failures = await api.http.get(`/sessions/${sessionId}/tickets/failures`).set(bearer(centreToken)).expect(200);
    expect(failures.body).toEqual({
      items: [
        expect.objectContaining({
          ticketNumber: '20242FZ00002',
          subject: 'SKILLS',
          traineeId: Number(traineeId),
          candidateName: name,
          idNumberMasked: idMasked,
          baseName: '福州市第一总医院',
          reason: { code: 'PHOTO_MISSING', zh: '考生没有报名照片：请考生上传照片后重新生成', en: 'The candidate has no photo: have it uploaded, then generate again' },
          detail: 'the candidate has no photo',
        }),
      ],
      total: 1,
      page: 1,
      pageSize: 20,
    });
    expect((await api.http.get(`/sessions/${sessionId}/tickets/failures?page=2&pageSize=1`).set(bearer(centreToken)).expect(200)).body).toMatchObject({ items: [], total: 1 });
    expect((await api.http.get(`/sessions/${sessionId}/tickets/failures`).set(bearer(baseToken)).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
    expect((await api.http.get(`/sessions/${sessionId}/tickets/failures?pageSize=201`).set(bearer(centreToken)).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await api.http.get('/sessions/99999/tickets/failures').set(bearer(centreToken)).expect(404)).body.code).toBe('SESSION_NOT_FOUND');
    await api.dataSource.query('UPDATE trainee SET photo_key = ? WHERE id = ?', [photoKey, traineeId]);
    await api.http.post(`/sessions/${sessionId}/tickets/generate`).set(bearer(centreToken)).expect(202);
    const deadline = Date.now() + 60_000;
    let progress = await waitForTickets();
    while (progress.done < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      progress = await waitForTickets();
    }
    expect(progress).toEqual({ total: 2, done: 2, failed: 0, pending: 0 });
    expect((await api.http.get(`/sessions/${sessionId}/tickets/failures`).set(bearer(centreToken)).expect(200)).body).toMatchObject({ items: [], total: 0 });
  });

  it('FA-11 / TK-6 cancelling a sign-up withdraws its ticket: the QR code then says so', async () => {
    const [ticket]: Array<{ signupId: number; revision: number }> = await api.dataSource.query("SELECT signup_id AS signupId, revision FROM admit_ticket WHERE ticket_number = '20242FZ00002'");
    const token = api.app.get(TicketTokens).sign({ ticketNumber: '20242FZ00002', signupId: Number(ticket.signupId), revision: Number(ticket.revision) });
    await api.http.post(`/signups/${ticket.signupId}/cancel`).set(bearer(centreToken)).send({ reason: '提供虚假学历信息' }).expect(200);
    const withdrawn = await api.http.get(`/verify/${token}`).expect(200);
    expect(withdrawn.body).toMatchObject({ genuine: true, current: false, reason: 'WITHDRAWN' });
    expect((await api.http.get(`/sessions/${sessionId}/tickets/progress`).set(bearer(centreToken)).expect(200)).body.total).toBe(1);
    // TK-4: a cancelled sign-up has no seat to show.
    const seats = await Promise.all([candidateToken, linToken].map((token) => api.http.get(`/me/seat/${sessionId}`).set(bearer(token))));
    expect(seats.map((answer) => answer.status).sort()).toEqual([200, 404]);
    expect(seats.find((answer) => answer.status === 404)!.body.code).toBe('SEAT_NOT_ASSIGNED');
  });
});
