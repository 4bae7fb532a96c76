import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { TicketTokens } from '@app/tickets';
import { bearer, createFujian2024Session, createStaff, importRoster, login, organisationId, registerCandidate, residentId } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';

describe('TK-6 at the exam site: a signed-in checker verifies a ticket, audited; the public check is unchanged', () => {
  let api: TestApi;
  let centre: string;
  let base: string;
  let checker: string;
  let checkerId: number;
  let ticketToken: string;

  const auditCount = async (): Promise<number> => Number((await api.dataSource.query('SELECT COUNT(*) AS count FROM audit_record'))[0].count);

  beforeAll(async () => {
    api = await startApi({ now: '2024-04-01T02:00:00Z' });
    await resetData(api.dataSource);
    const sessionId = await createFujian2024Session(api);
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    await createStaff(api, 'base1', 'BASE_REVIEWER', '福州市第一总医院');
    centre = await login(api, 'centre');
    base = await login(api, 'base1');
    await importRoster(api, base, [{ name: '陈𠮷', idNumber: residentId('19980704', '246') }]);
    await registerCandidate(api, 'chen', '陈𠮷', residentId('19980704', '246'), await samplePortraitJpeg());
    // Centre approval is covered by the sign-up story.
    await api.dataSource.query(
      `INSERT INTO signup (session_id, trainee_id, base_id, city_id, status, subject_theory, subject_skills, version)
       SELECT ?, id, base_id, city_id, 'APPROVED', 1, 1, 1 FROM trainee`,
      [sessionId],
    );
    const site = await api.http.post(`/sessions/${sessionId}/sites`).set(bearer(centre)).send({ code: 'FZ', name: '福建省全科医学培训中心考点', address: '福州市鼓楼区示例路1号' }).expect(201);
    await api.http
      .post(`/sessions/${sessionId}/sites/${site.body.id}/slots`)
      .set(bearer(centre))
      .send({ date: '2024-04-19', startsAt: '08:00', endsAt: '11:30', rooms: [{ id: 'G1', name: '第1站组', capacity: 30 }] })
      .expect(201);
    await api.http.post(`/sessions/${sessionId}/seating`).set(bearer(centre)).expect(200);
    // Numbering is enough here; rendering (the worker's part) is covered by the ticket specs.
    await api.http.post(`/sessions/${sessionId}/tickets/generate`).set(bearer(centre)).expect(202);
    const [ticket]: Array<{ signupId: number; revision: number }> = await api.dataSource.query("SELECT signup_id AS signupId, revision FROM admit_ticket WHERE ticket_number = '20242FZ00001'");
    ticketToken = api.app.get(TicketTokens).sign({ ticketNumber: '20242FZ00001', signupId: Number(ticket.signupId), revision: Number(ticket.revision) });

    // The checker's account, made by the centre at the province (the centre's own site).
    const created = await api.http
      .post('/accounts')
      .set(bearer(centre))
      .send({ username: 'checker1', role: 'CHECKER', organisationId: await organisationId(api.dataSource, '福建省'), displayName: '省考点核验员' })
      .expect(201);
    checkerId = created.body.account.id;
    const first = await api.http.post('/auth/login').send({ username: 'checker1', password: created.body.temporaryPassword }).expect(200);
    checker = (await api.http.post('/auth/password').set(bearer(first.body.accessToken)).send({ currentPassword: created.body.temporaryPassword, newPassword: 'Kestrel-Harbour-2024' }).expect(200)).body.accessToken;
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers exactly as the public check and records who verified which ticket when', async () => {
    const before = await auditCount();
    const publicAnswer = await api.http.get(`/verify/${ticketToken}`).expect(200);
    expect(await auditCount()).toBe(before);
    expect(publicAnswer.body).toMatchObject({ genuine: true, current: true, reason: 'CURRENT', ticketNumber: '20242FZ00001', name: '陈𠮷' });
    expect(Object.keys(publicAnswer.body).sort()).toEqual(['current', 'genuine', 'idNumberMasked', 'name', 'photoDataUrl', 'reason', 'ticketNumber']);

    api.clock.set('2024-04-19T01:05:00Z');
    const checked = await api.http.post('/checker/verifications').set(bearer(checker)).send({ token: ticketToken }).expect(200);
    expect(checked.body).toEqual(publicAnswer.body);
    const audits: Array<{ occurredAt: Date; actorUserId: number; actorRole: string; entityType: string; entityId: string; after: Record<string, unknown> }> = await api.dataSource.query(
      "SELECT occurred_at AS occurredAt, actor_user_id AS actorUserId, actor_role AS actorRole, entity_type AS entityType, entity_id AS entityId, `after` FROM audit_record WHERE action = 'TICKET_VERIFIED'",
    );
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorUserId: checkerId, actorRole: 'CHECKER', entityType: 'admit_ticket', entityId: '20242FZ00001', after: { current: true, reason: 'CURRENT', revision: 1 } });
    expect(new Date(audits[0].occurredAt).toISOString()).toBe('2024-04-19T01:05:00.000Z');
    // The public check still writes nothing.
    await api.http.get(`/verify/${ticketToken}`).expect(200);
    expect(await auditCount()).toBe(before + 1);
  });

  it('refuses a forged token as the public check does; only checkers may use it; a checker sees nothing else', async () => {
    // The same length (the public route's path limit), another signature.
    const forged = ticketToken.slice(0, -2) + (ticketToken.endsWith('AA') ? 'BB' : 'AA');
    expect((await api.http.post('/checker/verifications').set(bearer(checker)).send({ token: forged }).expect(400)).body.code).toBe('TICKET_TOKEN_INVALID');
    expect((await api.http.get(`/verify/${forged}`).expect(400)).body.code).toBe('TICKET_TOKEN_INVALID');
    expect((await api.http.post('/checker/verifications').set(bearer(base)).send({ token: ticketToken }).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
    await api.http.post('/checker/verifications').send({ token: ticketToken }).expect(401);
    await api.http.post('/checker/verifications').set(bearer(checker)).send({}).expect(400);
    for (const path of ['/signups', '/trainees', '/audit', '/accounts']) expect((await api.http.get(path).set(bearer(checker))).status).toBe(403);
  });
});
