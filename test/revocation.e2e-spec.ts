import { bearer, createStaff, login, organisationId, PASSWORD } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';

interface LoginAnswer {
  accessToken: string;
  refreshToken: string;
}

describe('Logout and revocation: ended logins are refused on their next request, in every API copy', () => {
  let api: TestApi;
  /** A second API copy on the same MySQL and Redis, as with API_PROCESSES > 1 or several hosts. */
  let other: TestApi;
  let centre: string;

  const loginAnswer = async (username: string, password = PASSWORD): Promise<LoginAnswer> => (await api.http.post('/auth/login').send({ username, password }).expect(200)).body as LoginAnswer;
  const accountId = async (username: string): Promise<number> => {
    const [row]: Array<{ id: number }> = await api.dataSource.query('SELECT id FROM user_account WHERE username = ?', [username]);
    return Number(row.id);
  };

  beforeAll(async () => {
    api = await startApi();
    await resetData(api.dataSource);
    other = await startApi();
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    for (const name of ['base-a', 'base-b', 'base-c', 'base-d']) await createStaff(api, name, 'BASE_REVIEWER', '福州市第一总医院');
    centre = await login(api, 'centre');
  });

  afterAll(async () => {
    await other.close();
    await api.close();
  });

  it('disable → the account’s existing token is refused on its next request, by the other API copy too, within a second', async () => {
    const { accessToken, refreshToken } = await loginAnswer('base-a');
    // Both copies have just accepted the token (and may hold that answer in their cache).
    await api.http.get('/signups').set(bearer(accessToken)).expect(200);
    await other.http.get('/signups').set(bearer(accessToken)).expect(200);
    await api.http.post(`/accounts/${await accountId('base-a')}/disable`).set(bearer(centre)).send({ reason: '离职' }).expect(200);
    const disabledAt = performance.now();
    // Poll the other copy until it refuses: the latency is what a disabled account's holder could still do.
    let latencyMs = -1;
    while (performance.now() - disabledAt < 5_000) {
      const response = await other.http.get('/signups').set(bearer(accessToken));
      if (response.status === 401) {
        latencyMs = performance.now() - disabledAt;
        expect(response.body.code).toBe('UNAUTHENTICATED');
        break;
      }
      expect(response.status).toBe(200);
    }
    console.log(`disable → first refusal of the account's token on another API copy: ${latencyMs.toFixed(1)} ms`);
    expect(latencyMs).toBeGreaterThanOrEqual(0);
    expect(latencyMs).toBeLessThan(1_000);
    // The copy that disabled it refuses at once, and the login cannot be renewed.
    expect((await api.http.get('/signups').set(bearer(accessToken)).expect(401)).body.code).toBe('UNAUTHENTICATED');
    expect((await api.http.post('/auth/refresh').send({ refreshToken }).expect(401)).body.code).toBe('REFRESH_TOKEN_INVALID');
    await api.http.post('/auth/login').send({ username: 'base-a', password: PASSWORD }).expect(401);
  });

  it('logout → that token is refused, another login of the same user still works', async () => {
    const phone = await loginAnswer('base-b');
    const desk = await loginAnswer('base-b');
    await other.http.get('/signups').set(bearer(phone.accessToken)).expect(200);
    await api.http.post('/auth/logout').set(bearer(phone.accessToken)).send({}).expect(204);
    expect((await api.http.get('/signups').set(bearer(phone.accessToken)).expect(401)).body.code).toBe('UNAUTHENTICATED');
    const deadline = performance.now() + 1_000;
    let refusedByOther = false;
    while (!refusedByOther && performance.now() < deadline) refusedByOther = (await other.http.get('/signups').set(bearer(phone.accessToken))).status === 401;
    expect(refusedByOther).toBe(true);
    expect((await api.http.post('/auth/refresh').send({ refreshToken: phone.refreshToken }).expect(401)).body.code).toBe('REFRESH_TOKEN_INVALID');
    await api.http.get('/signups').set(bearer(desk.accessToken)).expect(200);
    await other.http.get('/signups').set(bearer(desk.accessToken)).expect(200);
    const renewed = await api.http.post('/auth/refresh').send({ refreshToken: desk.refreshToken }).expect(200);
    await api.http.get('/signups').set(bearer(renewed.body.accessToken)).expect(200);
    const [audit]: Array<{ actorUserId: number }> = await api.dataSource.query("SELECT actor_user_id AS actorUserId FROM audit_record WHERE action = 'ACCOUNT_LOGGED_OUT'");
    expect(audit.actorUserId).toBe(await accountId('base-b'));
  });

  it('refresh rotates the refresh token; presenting a rotated one again ends the whole login', async () => {
    const first = await loginAnswer('base-c');
    const second = (await api.http.post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body as LoginAnswer & { expiresIn: number };
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.expiresIn).toBe(900);
    const third = (await api.http.post('/auth/refresh').send({ refreshToken: second.refreshToken }).expect(200)).body as LoginAnswer;
    await api.http.get('/signups').set(bearer(third.accessToken)).expect(200);
    const elsewhere = await loginAnswer('base-c');

    // Someone replays the first (rotated) token: the family ends, the thief's and the holder's alike.
    const replay = await api.http.post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    expect(replay.body.code).toBe('REFRESH_TOKEN_REUSED');
    expect((await api.http.post('/auth/refresh').send({ refreshToken: third.refreshToken }).expect(401)).body.code).toBe('REFRESH_TOKEN_INVALID');
    expect((await api.http.get('/signups').set(bearer(third.accessToken)).expect(401)).body.code).toBe('UNAUTHENTICATED');
    // Another login of the account is not that family.
    await api.http.get('/signups').set(bearer(elsewhere.accessToken)).expect(200);
    const audits: unknown[] = await api.dataSource.query("SELECT entity_id FROM audit_record WHERE action = 'REFRESH_TOKEN_REUSED'");
    expect(audits).toEqual([{ entity_id: String(await accountId('base-c')) }]);
    // Refresh tokens are stored only as hashes.
    const stored: Array<{ hash: string }> = await api.dataSource.query('SELECT HEX(token_hash) AS hash FROM refresh_token');
    expect(stored.length).toBeGreaterThan(0);
    expect(JSON.stringify(stored)).not.toContain(Buffer.from(first.refreshToken).toString('hex').toUpperCase());
    expect((await api.http.post('/auth/refresh').send({ refreshToken: 'x'.repeat(43) }).expect(401)).body.code).toBe('REFRESH_TOKEN_INVALID');
  });

  it('a role change and a password change end every login of the account', async () => {
    const desk = await loginAnswer('base-d');
    const phone = await loginAnswer('base-d');
    await api.http
      .patch(`/accounts/${await accountId('base-d')}`)
      .set(bearer(centre))
      .send({ role: 'CITY_REVIEWER', organisationId: await organisationId(api.dataSource, '福州市'), reason: '调任市卫健委' })
      .expect(200);
    expect((await api.http.get('/signups').set(bearer(desk.accessToken)).expect(401)).body.code).toBe('UNAUTHENTICATED');
    expect((await api.http.post('/auth/refresh').send({ refreshToken: phone.refreshToken }).expect(401)).body.code).toBe('REFRESH_TOKEN_INVALID');
    const city = await loginAnswer('base-d');
    expect((await api.http.get('/auth/me').set(bearer(city.accessToken)).expect(200)).body.role).toBe('CITY_REVIEWER');

    const tablet = await loginAnswer('base-d');
    const changed = await api.http.post('/auth/password').set(bearer(city.accessToken)).send({ currentPassword: PASSWORD, newPassword: 'Kestrel-Harbour-2024' }).expect(200);
    for (const ended of [city.accessToken, tablet.accessToken]) expect((await api.http.get('/signups').set(bearer(ended)).expect(401)).body.code).toBe('UNAUTHENTICATED');
    await api.http.get('/signups').set(bearer(changed.body.accessToken)).expect(200);
  });
});
