import { bearer, createStaff, importRoster, login, organisationId, PASSWORD, residentId } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';

interface AuditRow {
  action: string;
  actorUserId: number | null;
  actorRole: string;
  scopeBaseId: number | null;
  reason: string | null;
  after: Record<string, unknown> | null;
}

async function auditOf(api: TestApi, accountId: number): Promise<AuditRow[]> {
  const rows: AuditRow[] = await api.dataSource.query(
    `SELECT action, actor_user_id AS actorUserId, actor_role AS actorRole, scope_base_id AS scopeBaseId, reason, \`after\`
       FROM audit_record WHERE entity_type = 'user_account' AND entity_id = ? AND action LIKE 'ACCOUNT_%LOCKED' ORDER BY id`,
    [String(accountId)],
  );
  return rows.map((row) => ({ ...row, after: typeof row.after === 'string' ? (JSON.parse(row.after) as Record<string, unknown>) : row.after }));
}

async function accountRow(api: TestApi, username: string): Promise<{ id: number; failedLoginCount: number; lockedUntil: Date | null }> {
  const [row] = await api.dataSource.query('SELECT id, failed_login_count AS failedLoginCount, locked_until AS lockedUntil FROM user_account WHERE username = ?', [username]);
  return row;
}

const attempt = (api: TestApi, username: string, password: string, forwardedFor?: string) => {
  const call = api.http.post('/auth/login').send({ username, password });
  return forwardedFor ? call.set('X-Forwarded-For', forwardedFor) : call;
};

describe('Login throttle: the client address cannot be chosen, and one username has one counter', () => {
  let api: TestApi;

  beforeAll(async () => {
    // The test environment's limit (1000) keeps other specs clear of the throttle; this spec needs a low one.
    api = await startApi({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '3' } });
    await resetData(api.dataSource);
    await createStaff(api, 'base-haicang', 'BASE_REVIEWER', '厦门市海沧医院');
    const idNumber = residentId('19990921', '471');
    await importRoster(api, await login(api, 'base-haicang'), [{ name: '黄志强', idNumber }]);
    await api.http.post('/auth/register').send({ username: 'cand-xm', password: PASSWORD, name: '黄志强', idType: 'RESIDENT_ID', idNumber }).expect(201);
  });

  afterAll(async () => {
    await api.close();
  });

  it('a spoofed X-Forwarded-For does not reset the per-address counter', async () => {
    for (let i = 1; i <= 3; i++) {
      const response = await attempt(api, 'nobody', 'guess', `203.0.113.${i}`);
      expect(response.status).toBe(401);
    }
    const fourth = await attempt(api, 'nobody', 'guess', '203.0.113.4');
    expect(fourth.status).toBe(429);
    expect(fourth.body.code).toBe('TOO_MANY_REQUESTS');
  });

  it('"cand-xm ", "CAND-XM" and full-width "ｃａｎｄ－ｘｍ" are one username: one counter, one account', async () => {
    // The full-width form with a trailing ideographic space logs in to the same account…
    const first = await attempt(api, 'ＣＡＮＤ－ＸＭ\u3000', PASSWORD).expect(200);
    expect(first.body.user.username).toBe('cand-xm');
    // …and every variant counts against the same limit of 3 a minute.
    expect((await attempt(api, 'cand-xm ', 'wrong-password')).status).toBe(401);
    expect((await attempt(api, 'CAND-XM', 'wrong-password')).status).toBe(401);
    const fourth = await attempt(api, 'ｃａｎｄ－ｘｍ', PASSWORD);
    expect(fourth.status).toBe(429);
    // The two wrong passwords were counted on the one account.
    expect((await accountRow(api, 'cand-xm')).failedLoginCount).toBe(2);
  });
});

describe('Login throttle behind a configured proxy (TRUSTED_PROXIES)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '3', TRUSTED_PROXIES: '127.0.0.1' } });
    await resetData(api.dataSource);
  });

  afterAll(async () => {
    await api.close();
  });

  it('counts by the forwarded client address when the request comes through the trusted proxy', async () => {
    for (let i = 1; i <= 4; i++) expect((await attempt(api, 'nobody', 'guess', `198.51.100.${i}`)).status).toBe(401);
    for (let i = 1; i <= 3; i++) expect((await attempt(api, 'nobody', 'guess', '198.51.100.200')).status).toBe(401);
    expect((await attempt(api, 'nobody', 'guess', '198.51.100.200')).status).toBe(429);
  });
});

describe('Account lockout after consecutive wrong passwords', () => {
  let api: TestApi;
  let centreToken: string;
  let baseToken: string;
  let baseId: number;
  const LOCK_MINUTES = 15;

  /** What a wrong password gets: the one answer a locked account must give too. */
  let wrongPasswordAnswer: { status: number; body: unknown };

  const answer = async (username: string, password: string) => {
    const response = await attempt(api, username, password);
    return { status: response.status, body: response.body as unknown };
  };
  const lock = async (username: string) => {
    for (let i = 0; i < 3; i++) expect(await answer(username, `wrong-${i}`)).toEqual(wrongPasswordAnswer);
  };

  beforeAll(async () => {
    api = await startApi({ now: '2024-03-01T02:00:00Z', env: { LOGIN_LOCKOUT_THRESHOLD: '3', LOGIN_LOCKOUT_MINUTES: String(LOCK_MINUTES) } });
    await resetData(api.dataSource);
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    await createStaff(api, 'base-fz', 'BASE_REVIEWER', '福州市第一总医院');
    for (const name of ['victim', 'steady', 'unlock-me', 'untouched']) await createStaff(api, name, 'BASE_REVIEWER', '福州市第一总医院');
    baseId = await organisationId(api.dataSource, '福州市第一总医院');
    centreToken = await login(api, 'centre');
    baseToken = await login(api, 'base-fz');
    const response = await attempt(api, 'untouched', 'not-the-password');
    wrongPasswordAnswer = { status: response.status, body: response.body as unknown };
    expect(wrongPasswordAnswer).toEqual({ status: 401, body: { code: 'INVALID_CREDENTIALS', message: { zh: '用户名或密码错误', en: 'Wrong username or password' } } });
  });

  afterAll(async () => {
    await api.close();
  });

  it('locks on the third wrong password in a row, answering exactly as a wrong password; audited', async () => {
    await answer('victim', 'wrong-1');
    await answer('victim', 'wrong-2');
    expect(await accountRow(api, 'victim')).toMatchObject({ failedLoginCount: 2, lockedUntil: null });
    const { id } = await accountRow(api, 'victim');
    expect(await auditOf(api, id)).toEqual([]);

    expect(await answer('victim', 'wrong-3')).toEqual(wrongPasswordAnswer);
    const row = await accountRow(api, 'victim');
    expect(new Date(row.lockedUntil!).toISOString()).toBe(new Date(api.clock.now().getTime() + LOCK_MINUTES * 60_000).toISOString());
    const audit = await auditOf(api, id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'ACCOUNT_LOCKED', actorUserId: null, actorRole: 'SYSTEM', scopeBaseId: baseId });
    expect(audit[0].after).toMatchObject({ failedLoginCount: 3, address: '127.0.0.1' });
  });

  it('refuses the right password while locked, with the same answer as a wrong one (and as an unknown name)', async () => {
    expect(await answer('victim', PASSWORD)).toEqual(wrongPasswordAnswer);
    expect(await answer('VICTIM ', PASSWORD)).toEqual(wrongPasswordAnswer);
    expect(await answer('victim', 'wrong-again')).toEqual(wrongPasswordAnswer);
    expect(await answer('no-such-user', PASSWORD)).toEqual(wrongPasswordAnswer);
  });

  it('lifts the lock by time: still locked a second before its end, open at it, and the count starts again', async () => {
    api.clock.advance(LOCK_MINUTES * 60_000 - 1000);
    expect(await answer('victim', PASSWORD)).toEqual(wrongPasswordAnswer);
    api.clock.advance(1000);
    const granted = await attempt(api, 'victim', PASSWORD).expect(200);
    expect(granted.body.user.username).toBe('victim');
    expect(await accountRow(api, 'victim')).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
  });

  it('a successful login resets the count: wrong, wrong, right, wrong, wrong never locks', async () => {
    await answer('steady', 'wrong-1');
    await answer('steady', 'wrong-2');
    await attempt(api, 'steady', PASSWORD).expect(200);
    expect((await accountRow(api, 'steady')).failedLoginCount).toBe(0);
    await answer('steady', 'wrong-3');
    await answer('steady', 'wrong-4');
    await attempt(api, 'steady', PASSWORD).expect(200);
    expect(await auditOf(api, (await accountRow(api, 'steady')).id)).toEqual([]);
  });

  it('the centre lifts a lock before its time, with a reason; audited', async () => {
    await lock('unlock-me');
    expect(await answer('unlock-me', PASSWORD)).toEqual(wrongPasswordAnswer);
    const { id } = await accountRow(api, 'unlock-me');
    const centreId = (await accountRow(api, 'centre')).id;

    const unlocked = await api.http.post(`/accounts/${id}/unlock`).set(bearer(centreToken)).send({ reason: '本人来电核实身份' }).expect(200);
    expect(unlocked.body).toEqual({ id, username: 'unlock-me', locked: false, lockedUntil: null, failedLoginCount: 0 });
    await attempt(api, 'unlock-me', PASSWORD).expect(200);

    const audit = await auditOf(api, id);
    expect(audit.map((row) => row.action)).toEqual(['ACCOUNT_LOCKED', 'ACCOUNT_UNLOCKED']);
    expect(audit[1]).toMatchObject({ actorUserId: centreId, actorRole: 'CENTRE_ADMIN', scopeBaseId: baseId, reason: '本人来电核实身份' });
    expect(audit[1].after).toEqual({ lockedUntil: null, failedLoginCount: 0 });
  });

  it('unlock: centre only, a reason required, 404 for no account, 409 when not locked', async () => {
    await lock('unlock-me');
    const { id } = await accountRow(api, 'unlock-me');
    const call = (token: string, path: string, body: unknown) => api.http.post(path).set(bearer(token)).send(body as object);

    expect((await api.http.post(`/accounts/${id}/unlock`).send({ reason: 'x' }).expect(401)).body.code).toBe('UNAUTHENTICATED');
    expect((await call(baseToken, `/accounts/${id}/unlock`, { reason: '同事求助' }).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
    expect((await call(centreToken, `/accounts/${id}/unlock`, {}).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await call(centreToken, `/accounts/${id}/unlock`, { reason: '   ' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await call(centreToken, `/accounts/${id}/unlock`, { reason: 'ok', extra: 1 }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await call(centreToken, '/accounts/abc/unlock', { reason: 'ok' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await call(centreToken, '/accounts/999999/unlock', { reason: 'ok' }).expect(404)).body.code).toBe('NOT_FOUND');
    // Refused calls changed nothing: still locked.
    expect(await answer('unlock-me', PASSWORD)).toEqual(wrongPasswordAnswer);

    await call(centreToken, `/accounts/${id}/unlock`, { reason: '核实' }).expect(200);
    const again = await call(centreToken, `/accounts/${id}/unlock`, { reason: '核实' }).expect(409);
    expect(again.body.code).toBe('ACCOUNT_NOT_LOCKED');
  });

  it('registration stores the normalised username, and every variant logs in to it', async () => {
    const idNumber = residentId('19980704', '246');
    await importRoster(api, baseToken, [{ name: '陈明', idNumber }]);
    const registered = await api.http.post('/auth/register').send({ username: 'Chen.Ming', password: PASSWORD, name: '陈明', idType: 'RESIDENT_ID', idNumber }).expect(201);
    expect(registered.body.user.username).toBe('chen.ming');
    expect(await accountRow(api, 'chen.ming')).toBeDefined();
    const [stored] = await api.dataSource.query("SELECT username FROM user_account WHERE username = 'chen.ming'");
    expect(stored.username).toBe('chen.ming');
    await attempt(api, 'ＣＨＥＮ．ＭＩＮＧ ', PASSWORD).expect(200);
  });

  it('documents the unlock endpoint in OpenAPI', async () => {
    const document = await api.http.get('/docs/openapi.json').expect(200);
    const operation = document.body.paths['/accounts/{id}/unlock']?.post;
    expect(operation).toBeDefined();
    expect(operation.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/UnlockAccountDto');
    expect(document.body.components.schemas.UnlockAccountDto.required).toEqual(['reason']);
  });
});
