import { OrganisationService } from '@app/identity';
import { bearer, createStaff, login, organisationId, PASSWORD } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';

const NEW_PASSWORD = 'Kestrel-Harbour-2024';

describe('Account administration by the centre', () => {
  let api: TestApi;
  let centre: string;
  let centreId: number;
  let base: string;
  let haicang: number;
  let fuzhou: number;
  let province: number;
  let otherCity: number;

  const audits = (action: string, entityId: number) =>
    api.dataSource.query<Array<{ actorUserId: number; reason: string | null; before: unknown; after: unknown }>>(
      'SELECT actor_user_id AS actorUserId, reason, `before`, `after` FROM audit_record WHERE action = ? AND entity_id = ? ORDER BY id',
      [action, String(entityId)],
    );
  const create = (body: Record<string, unknown>, token = centre) => api.http.post('/accounts').set(bearer(token)).send(body);

  beforeAll(async () => {
    api = await startApi();
    await resetData(api.dataSource);
    // A second province beside Fujian, outside the Fujian centre's scope.
    await api.dataSource.query("INSERT INTO organisation (kind, name, parent_id, city_id) VALUES ('PROVINCE', '测试外省', NULL, NULL)");
    const otherProvince = await organisationId(api.dataSource, '测试外省');
    await api.dataSource.query("INSERT INTO organisation (kind, name, parent_id, city_id) VALUES ('CITY', '测试外省某市', ?, NULL)", [otherProvince]);
    api.app.get(OrganisationService).invalidate();
    otherCity = await organisationId(api.dataSource, '测试外省某市');
    haicang = await organisationId(api.dataSource, '厦门市海沧医院');
    fuzhou = await organisationId(api.dataSource, '福州市');
    province = await organisationId(api.dataSource, '福建省');
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    await createStaff(api, 'base1', 'BASE_REVIEWER', '福州市第一总医院');
    centre = await login(api, 'centre');
    centreId = (await api.http.get('/auth/me').set(bearer(centre)).expect(200)).body.userId;
    base = await login(api, 'base1');
  });

  afterAll(async () => {
    // The organisation tree outlives a spec file: leave it as seeded.
    await api.dataSource.query("DELETE FROM organisation WHERE name IN ('测试外省某市', '测试外省') ORDER BY parent_id IS NULL");
    await api.close();
  });

  it('the centre creates a base reviewer, who logs in with the one-time temporary password and must change it before anything else', async () => {
    const created = await create({ username: 'Base-XM01', role: 'BASE_REVIEWER', organisationId: haicang, displayName: '海沧医院培训办', phone: '0592-6589000', reason: '新任培训办干事' }).expect(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const { account, temporaryPassword } = created.body as { account: { id: number; username: string; mustChangePassword: boolean; organisationName: string; phone: string }; temporaryPassword: string };
    expect(account).toMatchObject({ username: 'base-xm01', role: 'BASE_REVIEWER', organisationName: '厦门市海沧医院', phone: '0592-6589000', active: true, mustChangePassword: true });
    expect(temporaryPassword).toMatch(/^[A-Za-z2-9]{16}$/);
    const [row]: Array<{ passwordHash: string }> = await api.dataSource.query('SELECT password_hash AS passwordHash FROM user_account WHERE id = ?', [account.id]);
    expect(row.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(row.passwordHash).not.toContain(temporaryPassword);
    const [audit] = await audits('ACCOUNT_CREATED', account.id);
    expect(audit).toMatchObject({ actorUserId: centreId, reason: '新任培训办干事', after: { username: 'base-xm01', role: 'BASE_REVIEWER', organisationId: haicang } });
    expect(JSON.stringify(await api.dataSource.query('SELECT * FROM audit_record'))).not.toContain(temporaryPassword);

    const first = await api.http.post('/auth/login').send({ username: ' BASE-xm01', password: temporaryPassword }).expect(200);
    expect(first.body.passwordChangeRequired).toBe(true);
    for (const path of ['/signups', '/auth/me', '/trainees']) {
      const refused = await api.http.get(path).set(bearer(first.body.accessToken)).expect(403);
      expect(refused.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    const changed = await api.http.post('/auth/password').set(bearer(first.body.accessToken)).send({ currentPassword: temporaryPassword, newPassword: NEW_PASSWORD }).expect(200);
    expect(changed.body.passwordChangeRequired).toBe(false);
    const me = await api.http.get('/auth/me').set(bearer(changed.body.accessToken)).expect(200);
    expect(me.body).toMatchObject({ role: 'BASE_REVIEWER', baseId: haicang });
    await api.http.get('/signups').set(bearer(changed.body.accessToken)).expect(200);
    // The first login ended with the change.
    expect((await api.http.get('/auth/me').set(bearer(first.body.accessToken)).expect(401)).body.code).toBe('UNAUTHENTICATED');
    await api.http.post('/auth/login').send({ username: 'base-xm01', password: temporaryPassword }).expect(401);
    await login(api, 'base-xm01', NEW_PASSWORD);
    expect(await audits('ACCOUNT_PASSWORD_CHANGED', account.id)).toHaveLength(1);
  });

  it('a base reviewer cannot create, list or reset accounts (403 FORBIDDEN_ROLE), and nothing is written', async () => {
    const [{ count: before }] = await api.dataSource.query('SELECT COUNT(*) AS count FROM user_account');
    const refused = await create({ username: 'sneaky', role: 'BASE_REVIEWER', organisationId: haicang, displayName: 'x' }, base).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN_ROLE');
    expect((await api.http.get('/accounts').set(bearer(base)).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
    expect((await api.http.post(`/accounts/${centreId}/reset-password`).set(bearer(base)).send({ reason: 'x' }).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
    const [{ count: after }] = await api.dataSource.query('SELECT COUNT(*) AS count FROM user_account');
    expect(after).toBe(before);
  });

  it('the centre cannot create an account outside its organisation, at the wrong level, or with a role it does not administer', async () => {
    const outside = await create({ username: 'outside1', role: 'CITY_REVIEWER', organisationId: otherCity, displayName: '外省' }).expect(403);
    expect(outside.body.code).toBe('FORBIDDEN_SCOPE');
    const wrongLevel = await create({ username: 'wrong1', role: 'BASE_REVIEWER', organisationId: fuzhou, displayName: '福州' }).expect(400);
    expect(wrongLevel.body.code).toBe('ROLE_ORGANISATION_MISMATCH');
    const checkerAtBase = await create({ username: 'wrong2', role: 'CHECKER', organisationId: haicang, displayName: '海沧' }).expect(400);
    expect(checkerAtBase.body.code).toBe('ROLE_ORGANISATION_MISMATCH');
    const admin = await create({ username: 'wrong3', role: 'CENTRE_ADMIN', organisationId: province, displayName: '中心' }).expect(400);
    expect(admin.body.code).toBe('VALIDATION_FAILED');
    const unknown = await create({ username: 'wrong4', role: 'CITY_REVIEWER', organisationId: 999_999, displayName: '无' }).expect(404);
    expect(unknown.body.code).toBe('ORGANISATION_NOT_FOUND');
    expect((await api.http.get(`/accounts?organisationId=${otherCity}`).set(bearer(centre)).expect(403)).body.code).toBe('FORBIDDEN_SCOPE');
    // Another centre admin is not the centre's to reset or disable.
    expect((await api.http.post(`/accounts/${centreId}/disable`).set(bearer(centre)).send({ reason: 'x' }).expect(403)).body.code).toBe('ACCOUNT_ROLE_NOT_ADMINISTERED');
    const rows: unknown[] = await api.dataSource.query("SELECT id FROM user_account WHERE username LIKE 'wrong%' OR username = 'outside1'");
    expect(rows).toEqual([]);
    const duplicate = await create({ username: 'BASE1', role: 'BASE_REVIEWER', organisationId: haicang, displayName: '重复' }).expect(409);
    expect(duplicate.body.code).toBe('ACCOUNT_EXISTS');
  });

  it('weak and common passwords are refused with their own codes, at password change and at registration', async () => {
    const own = await login(api, 'base1');
    const change = (newPassword: string, currentPassword = PASSWORD) => api.http.post('/auth/password').set(bearer(own)).send({ currentPassword, newPassword });
    expect((await change('Sh0rt!pw').expect(400)).body.code).toBe('PASSWORD_TOO_SHORT');
    expect((await change('password123').expect(400)).body.code).toBe('PASSWORD_TOO_COMMON');
    expect((await change('Qwertyuiop').expect(400)).body.code).toBe('PASSWORD_TOO_COMMON');
    expect((await change('my-base1-password!').expect(400)).body.code).toBe('PASSWORD_CONTAINS_USERNAME');
    expect((await change(PASSWORD).expect(400)).body.code).toBe('PASSWORD_UNCHANGED');
    expect((await change(NEW_PASSWORD, 'not-the-password').expect(400)).body.code).toBe('CURRENT_PASSWORD_INVALID');
    const message = (await change('password123').expect(400)).body.message;
    expect(message).toEqual({ zh: '该密码过于常见，请换一个', en: 'This password is too common; choose another' });
    // Nothing changed: the old password still logs in and the token still works.
    await api.http.get('/auth/me').set(bearer(own)).expect(200);
    await login(api, 'base1');
    const registered = await api.http.post('/auth/register').send({ username: 'weakling', password: '1234567890', name: '林晓华', idType: 'RESIDENT_ID', idNumber: '350102199903121230' }).expect(400);
    expect(registered.body.code).toBe('PASSWORD_TOO_COMMON');
  });

  it('a reset ends every login of the account; the temporary password must be changed at first login', async () => {
    const target = (await api.http.get('/accounts?q=base1').set(bearer(centre)).expect(200)).body.items[0] as { id: number; username: string };
    expect(target.username).toBe('base1');
    const before = await login(api, 'base1');
    const reset = await api.http.post(`/accounts/${target.id}/reset-password`).set(bearer(centre)).send({ reason: '本人遗忘密码，电话核实' }).expect(200);
    expect(reset.headers['cache-control']).toBe('no-store');
    const temporaryPassword = reset.body.temporaryPassword as string;
    expect(reset.body.account.mustChangePassword).toBe(true);
    expect((await api.http.get('/auth/me').set(bearer(before)).expect(401)).body.code).toBe('UNAUTHENTICATED');
    await api.http.post('/auth/login').send({ username: 'base1', password: PASSWORD }).expect(401);
    const first = await api.http.post('/auth/login').send({ username: 'base1', password: temporaryPassword }).expect(200);
    expect(first.body.passwordChangeRequired).toBe(true);
    expect((await api.http.get('/signups').set(bearer(first.body.accessToken)).expect(403)).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    // A refresh keeps the obligation.
    const refreshed = await api.http.post('/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(200);
    expect((await api.http.get('/signups').set(bearer(refreshed.body.accessToken)).expect(403)).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    await api.http.post('/auth/password').set(bearer(refreshed.body.accessToken)).send({ currentPassword: temporaryPassword, newPassword: PASSWORD + '-2' }).expect(200);
    const [audit] = await audits('ACCOUNT_PASSWORD_RESET', target.id);
    expect(audit).toMatchObject({ actorUserId: centreId, reason: '本人遗忘密码，电话核实', after: { mustChangePassword: true, loginsEnded: true } });
    expect(JSON.stringify(audit)).not.toContain(temporaryPassword);
    expect(JSON.stringify(audit)).not.toContain('argon2');
  });

  it('lists staff accounts inside the centre’s organisation with filters and paging', async () => {
    await create({ username: 'checker-prov', role: 'CHECKER', organisationId: province, displayName: '省考点核验员' }).expect(201);
    await create({ username: 'checker-fz', role: 'CHECKER', organisationId: fuzhou, displayName: '福州考点核验员', phone: '0591-1234567' }).expect(201);
    const checkers = await api.http.get('/accounts?role=CHECKER&pageSize=1&page=2').set(bearer(centre)).expect(200);
    expect(checkers.body.total).toBe(2);
    expect(checkers.body.items.map((a: { username: string }) => a.username)).toEqual(['checker-fz']);
    const inFuzhou = await api.http.get(`/accounts?organisationId=${fuzhou}`).set(bearer(centre)).expect(200);
    expect(inFuzhou.body.items.map((a: { username: string }) => a.username)).toEqual(['checker-fz']);
    const all = await api.http.get('/accounts?pageSize=200').set(bearer(centre)).expect(200);
    expect(all.body.items.every((a: { role: string }) => a.role !== 'CANDIDATE')).toBe(true);
    expect(all.body.items.map((a: { username: string }) => a.username)).toEqual(expect.arrayContaining(['centre', 'base1', 'base-xm01', 'checker-prov', 'checker-fz']));
    const inactive = await api.http.get('/accounts?active=false').set(bearer(centre)).expect(200);
    expect(inactive.body.total).toBe(0);
    await api.http.get('/accounts?role=NOBODY').set(bearer(centre)).expect(400);
  });

  it('edits name and phone without ending logins; a new organisation ends them; the level is checked again', async () => {
    const target = (await api.http.get('/accounts?q=checker-fz').set(bearer(centre)).expect(200)).body.items[0] as { id: number };
    const reset = await api.http.post(`/accounts/${target.id}/reset-password`).set(bearer(centre)).send({ reason: '首次发放' }).expect(200);
    const first = await api.http.post('/auth/login').send({ username: 'checker-fz', password: reset.body.temporaryPassword }).expect(200);
    const own = (await api.http.post('/auth/password').set(bearer(first.body.accessToken)).send({ currentPassword: reset.body.temporaryPassword, newPassword: NEW_PASSWORD }).expect(200)).body.accessToken as string;

    const edited = await api.http.patch(`/accounts/${target.id}`).set(bearer(centre)).send({ displayName: '福州考点核验员（鼓楼）', phone: null, reason: '更正姓名' }).expect(200);
    expect(edited.body).toMatchObject({ displayName: '福州考点核验员（鼓楼）', phone: null });
    await api.http.get('/auth/me').set(bearer(own)).expect(200);
    const wrongLevel = await api.http.patch(`/accounts/${target.id}`).set(bearer(centre)).send({ role: 'BASE_REVIEWER', reason: '调岗' }).expect(400);
    expect(wrongLevel.body.code).toBe('ROLE_ORGANISATION_MISMATCH');
    await api.http.patch(`/accounts/${target.id}`).set(bearer(centre)).send({ organisationId: province, reason: '调至省考点' }).expect(200);
    expect((await api.http.get('/auth/me').set(bearer(own)).expect(401)).body.code).toBe('UNAUTHENTICATED');
    const [audit] = await audits('ACCOUNT_UPDATED', target.id);
    expect(audit).toMatchObject({ reason: '更正姓名', before: { displayName: '福州考点核验员', phone: '0591-1234567' }, after: { displayName: '福州考点核验员（鼓楼）', phone: null } });
  });

  it('disables and enables with a reason; a disabled account cannot log in', async () => {
    const target = (await api.http.get('/accounts?q=base-xm01').set(bearer(centre)).expect(200)).body.items[0] as { id: number };
    await api.http.post(`/accounts/${target.id}/disable`).set(bearer(centre)).send({ reason: '离职' }).expect(200);
    expect((await api.http.post(`/accounts/${target.id}/disable`).set(bearer(centre)).send({ reason: '离职' }).expect(409)).body.code).toBe('ACCOUNT_ALREADY_DISABLED');
    await api.http.post('/auth/login').send({ username: 'base-xm01', password: NEW_PASSWORD }).expect(401);
    await api.http.post(`/accounts/${target.id}/disable`).set(bearer(centre)).send({ reason: ' ' }).expect(400);
    await api.http.post(`/accounts/${target.id}/enable`).set(bearer(centre)).send({ reason: '返岗' }).expect(200);
    await login(api, 'base-xm01', NEW_PASSWORD);
    expect((await audits('ACCOUNT_DISABLED', target.id))[0]).toMatchObject({ actorUserId: centreId, reason: '离职', before: { active: true }, after: { active: false } });
  });
});
