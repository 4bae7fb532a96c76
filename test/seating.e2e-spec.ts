import { bearer, createFujian2024Session, createStaff, importRoster, login, residentId } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';

const BASE = '福州市第一总医院';

describe('Sites, seating (TK-4) and ticket numbers (TK-3) on MySQL', () => {
  let api: TestApi;
  let sessionId: number;
  let centreToken: string;
  let baseToken: string;
  let siteId: number;

  const people = Array.from({ length: 7 }, (_, i) => ({ name: `考生${i + 1}`, idNumber: residentId(`1998010${i + 1}`, `${i + 1}${i + 1}${i + 1}`) }));

  /** Centre approval through the API is covered by the sign-up story; here approved sign-ups are set up directly. */
  const approve = async (names: string[]) => {
    for (const name of names) {
      await api.dataSource.query(
        `INSERT INTO signup (session_id, trainee_id, base_id, city_id, status, subject_theory, subject_skills, version)
         SELECT ?, id, base_id, city_id, 'APPROVED', 1, 1, 1 FROM trainee WHERE name = ?`,
        [sessionId, name],
      );
    }
  };
  const seats = async (): Promise<Array<{ signupId: number; slotId: number; roomId: string; seat: number }>> =>
    api.dataSource.query('SELECT signup_id AS signupId, slot_id AS slotId, room_id AS roomId, seat FROM seat_assignment ORDER BY signup_id');

  beforeAll(async () => {
    api = await startApi({ now: '2024-04-01T02:00:00Z' });
    await resetData(api.dataSource);
    sessionId = await createFujian2024Session(api);
    await createStaff(api, 'base1', 'BASE_REVIEWER', BASE);
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    baseToken = await login(api, 'base1');
    centreToken = await login(api, 'centre');
    await importRoster(api, baseToken, people);
    await approve(people.slice(0, 6).map((p) => p.name));
  });

  afterAll(async () => {
    await api.close();
  });

  it('TK-4 the centre defines a site and a slot; bad definitions are refused with clear codes', async () => {
    const badCode = await api.http.post(`/sessions/${sessionId}/sites`).set(bearer(centreToken)).send({ code: 'fz1', name: '考点', address: '地址' }).expect(400);
    expect(badCode.body.code).toBe('VALIDATION_FAILED');
    const site = await api.http.post(`/sessions/${sessionId}/sites`).set(bearer(centreToken)).send({ code: 'FZ', name: '福建省全科医学培训中心考点', address: '福州市鼓楼区示例路1号' }).expect(201);
    siteId = site.body.id;
    const backwards = await api.http
      .post(`/sessions/${sessionId}/sites/${siteId}/slots`)
      .set(bearer(centreToken))
      .send({ date: '2024-04-19', startsAt: '11:30', endsAt: '08:00', rooms: [{ id: 'G1', name: '第1站组', capacity: 2 }] })
      .expect(400);
    expect(backwards.body.code).toBe('SESSION_CONFIG_INVALID');
    await api.http
      .post(`/sessions/${sessionId}/sites/${siteId}/slots`)
      .set(bearer(centreToken))
      .send({ date: '2024-04-19', startsAt: '08:00', endsAt: '11:30', rooms: [{ id: 'G1', name: '第1站组', capacity: 2 }, { id: 'G2', name: '第2站组', capacity: 2 }] })
      .expect(201);
    const forbidden = await api.http.post(`/sessions/${sessionId}/seating`).set(bearer(baseToken)).expect(403);
    expect(forbidden.body.code).toBe('FORBIDDEN_ROLE');
  });

  it('TK-4 seats approved SKILLS candidates without exceeding capacity and reports who could not be seated', async () => {
    const report = await api.http.post(`/sessions/${sessionId}/seating`).set(bearer(centreToken)).expect(200);
    expect(report.body.candidates).toBe(6);
    expect(report.body.seated).toBe(4);
    expect(report.body.unseated).toHaveLength(2);
    expect(report.body.unseated.every((u: { reason: string; name: string }) => u.reason === 'NO_CAPACITY' && u.name.startsWith('考生'))).toBe(true);
    expect(report.body.load.map((l: { used: number; capacity: number }) => [l.used, l.capacity])).toEqual([[2, 2], [2, 2]]);
    const perRoom = await api.dataSource.query('SELECT room_id AS roomId, COUNT(*) AS n FROM seat_assignment GROUP BY room_id');
    expect(perRoom.every((r: { n: string }) => Number(r.n) <= 2)).toBe(true);
  });

  it('TK-4 re-running after more capacity and a late approval keeps every existing seat', async () => {
    const before = await seats();
    await api.http
      .post(`/sessions/${sessionId}/sites/${siteId}/slots`)
      .set(bearer(centreToken))
      .send({ date: '2024-04-19', startsAt: '14:00', endsAt: '17:30', rooms: [{ id: 'G1', name: '第1站组', capacity: 3 }] })
      .expect(201);
    await approve(['考生7']);
    const report = await api.http.post(`/sessions/${sessionId}/seating`).set(bearer(centreToken)).expect(200);
    expect(report.body).toMatchObject({ candidates: 7, seated: 7, newlySeated: 3, unseated: [] });
    const after = await seats();
    expect(after.filter((s) => before.some((b) => b.signupId === s.signupId))).toEqual(before);
    const again = await api.http.post(`/sessions/${sessionId}/seating`).set(bearer(centreToken)).expect(200);
    expect(again.body.newlySeated).toBe(0);
    expect(await seats()).toEqual(after);
  });

  it('TK-3 twenty concurrent generators give every seated candidate one number: unique, gap-free, readable', async () => {
    const runs = await Promise.all(Array.from({ length: 20 }, () => api.http.post(`/sessions/${sessionId}/ticket-numbers`).set(bearer(centreToken))));
    expect(runs.every((r) => r.status === 200)).toBe(true);
    expect(runs.reduce((sum, r) => sum + (r.body.issued as number), 0)).toBe(7);
    const tickets: Array<{ ticketNumber: string; signupId: number }> = await api.dataSource.query('SELECT ticket_number AS ticketNumber, signup_id AS signupId FROM admit_ticket ORDER BY ticket_number');
    expect(tickets.map((t) => t.ticketNumber)).toEqual(Array.from({ length: 7 }, (_, i) => `20242FZ0000${i + 1}`));
    expect(new Set(tickets.map((t) => t.signupId)).size).toBe(7);
    const [{ n }] = await api.dataSource.query("SELECT COUNT(*) AS n FROM audit_record WHERE action = 'TICKET_NUMBER_ISSUED'");
    expect(Number(n)).toBe(7);

    const again = await api.http.post(`/sessions/${sessionId}/ticket-numbers`).set(bearer(centreToken)).expect(200);
    expect(again.body).toEqual({ issued: 0, alreadyIssued: 7 });
    const unchanged = await api.dataSource.query('SELECT ticket_number AS ticketNumber, signup_id AS signupId FROM admit_ticket ORDER BY ticket_number');
    expect(unchanged).toEqual(tickets);
  });
});
