import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { bearer, createFujian2024Session, createStaff, importRoster, login, registerCandidate, residentId } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';

describe('Concurrent submits (FA-5, FA-7)', () => {
  let api: TestApi;
  let sessionId: number;
  let candidates: string[];

  beforeAll(async () => {
    api = await startApi({ now: '2024-03-01T02:00:00Z' });
    await resetData(api.dataSource);
    sessionId = await createFujian2024Session(api);
    await createStaff(api, 'base1', 'BASE_REVIEWER', '福州市第一总医院');
    const baseToken = await login(api, 'base1');
    await importRoster(api, baseToken, [
      { name: '林晓华', idNumber: residentId('19990312', '123') },
      { name: '陈晨', idNumber: residentId('19980704', '246') },
    ]);
    const photo = await samplePortraitJpeg();
    candidates = [
      await registerCandidate(api, 'lin', '林晓华', residentId('19990312', '123'), photo),
      await registerCandidate(api, 'chen', '陈晨', residentId('19980704', '246'), photo),
    ];
  });

  afterAll(async () => {
    await api.close();
  });

  const countRows = async (sql: string): Promise<number> => Number((await api.dataSource.query(sql))[0].n);

  it('FA-5 50 simultaneous submits of the same new sign-up create exactly one', async () => {
    const responses = await Promise.all(Array.from({ length: 50 }, () => api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(candidates[0])).send({})));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    expect(new Set(responses.filter((r) => r.status === 409).map((r) => r.body.code))).toEqual(new Set(['SIGNUP_EXISTS']));
    expect(await countRows("SELECT COUNT(*) AS n FROM signup")).toBe(1);
    expect(await countRows("SELECT COUNT(*) AS n FROM audit_record WHERE action = 'SIGNUP_SUBMITTED'")).toBe(1);
  });

  it('FA-7 50 simultaneous submits of an existing draft submit it exactly once', async () => {
    await api.http.put(`/me/signups/${sessionId}/draft`).set(bearer(candidates[1])).send({ subjects: ['THEORY', 'SKILLS'] }).expect(200);
    const responses = await Promise.all(Array.from({ length: 50 }, () => api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(candidates[1])).send({})));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(49);
    expect(await countRows("SELECT COUNT(*) AS n FROM signup WHERE status = 'SUBMITTED'")).toBe(2);
    expect(await countRows("SELECT COUNT(*) AS n FROM audit_record WHERE action = 'SIGNUP_SUBMITTED'")).toBe(2);
  });
});
