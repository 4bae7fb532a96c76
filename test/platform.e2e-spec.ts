import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import ExcelJS from 'exceljs';
import { bearer, binaryBody, createFujian2024Session, createStaff, fujian2025SessionDto, importRoster, login, PASSWORD, registerCandidate, residentId } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';

describe('Platform: health, OpenAPI, exports, audit, login rate limit', () => {
  let api: TestApi;
  let sessionId: number;
  let baseToken: string;
  let centreToken: string;

  beforeAll(async () => {
    api = await startApi({ now: '2024-03-01T02:00:00Z', env: { LOGIN_RATE_LIMIT_PER_MINUTE: '5' } });
    await resetData(api.dataSource);
    sessionId = await createFujian2024Session(api);
    await createStaff(api, 'base1', 'BASE_REVIEWER', '福州市第一总医院');
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    baseToken = await login(api, 'base1');
    centreToken = await login(api, 'centre');
    const photo = await samplePortraitJpeg();
    const people = [
      { username: 'cand1', name: '林晓华', idNumber: residentId('19990312', '123') },
      { username: 'cand2', name: '=1+2伪造', idNumber: residentId('19980704', '246') },
      { username: 'cand3', name: '@SUM(A1)', idNumber: residentId('19970101', '357') },
      { username: 'cand4', name: '陈𠮷', idNumber: residentId('19960606', '468') },
    ];
    await importRoster(api, baseToken, people);
    for (const person of people) {
      const token = await registerCandidate(api, person.username, person.name, person.idNumber, photo);
      await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(token)).send({}).expect(201);
    }
  });

  afterAll(async () => {
    await api.close();
  });

  it('reports MySQL and Redis health with the queue depth', async () => {
    const health = await api.http.get('/health').expect(200);
    expect(health.body.status).toBe('ok');
    expect(health.body.details.mysql.status).toBe('up');
    expect(health.body.details.redis.status).toBe('up');
    expect(health.body.details.redis.assessmentQueue).toHaveProperty('failed');
    expect(health.body.details.redis.ticketQueue).toHaveProperty('waiting');
    expect(health.body.details.redis.scoreQueue).toHaveProperty('failed');
    expect(health.body.details.redis.notificationQueue).toHaveProperty('waiting');
  });

  it('serves the queue board to centre admins only', async () => {
    expect((await api.http.get('/queues').expect(401)).body.code).toBe('UNAUTHENTICATED');
    expect((await api.http.get('/queues').set(bearer(baseToken)).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
    const board = await api.http.get('/queues').set(bearer(centreToken)).expect(200);
    expect(board.headers['content-type']).toContain('text/html');
    const queues = await api.http.get('/queues/api/queues').set(bearer(centreToken)).expect(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(['assessment', 'notifications', 'scores', 'tickets']);
  });

  it('opens the queue board in a new tab by a one-time link: once, for centre admins only, for a minute; a forged or used link is refused', async () => {
    const boardLink = async () => (await api.http.post('/queues/board-link').set(bearer(centreToken)).expect(201)).body as { url: string; expiresAt: string };
    const link = await boardLink();
    expect(link.url).toMatch(/^\/api\/queues\/enter\?code=[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt).toBe('2024-03-01T02:01:00.000Z');

    const entered = await api.root.get(link.url).expect(303);
    expect(entered.headers.location).toBe('/api/queues');
    expect(entered.headers['cache-control']).toBe('no-store');
    const [cookie] = entered.headers['set-cookie'] as unknown as string[];
    expect(cookie).toMatch(/^agp_queue_board=[^;]+; Path=\/api\/queues; Max-Age=\d+; HttpOnly; SameSite=Strict$/);
    const sent = cookie.split(';')[0];
    // The cookie alone opens the board and its API, as a new tab would.
    const board = await api.http.get('/queues').set('Cookie', sent).expect(200);
    expect(board.headers['content-type']).toContain('text/html');
    const queues = await api.http.get('/queues/api/queues').set('Cookie', sent).expect(200);
    expect(queues.body.queues.length).toBe(4);

    // Used once: the same link again is refused, and sets no cookie.
    const reused = await api.root.get(link.url).expect(401);
    expect(reused.body.code).toBe('ONE_TIME_LINK_INVALID');
    expect(reused.headers['set-cookie']).toBeUndefined();
    // Forged: a code never issued, a malformed one, none.
    for (const path of [`/api/queues/enter?code=${'A'.repeat(43)}`, '/api/queues/enter?code=../../x', '/api/queues/enter']) {
      expect((await api.root.get(path).expect(401)).body.code).toBe('ONE_TIME_LINK_INVALID');
    }
    // A forged cookie is no token.
    expect((await api.http.get('/queues').set('Cookie', 'agp_queue_board=forged.token.value').expect(401)).body.code).toBe('UNAUTHENTICATED');
    // Expired: a minute later by the platform's clock.
    const late = await boardLink();
    api.clock.advance(60_000);
    try {
      expect((await api.root.get(late.url).expect(401)).body.code).toBe('ONE_TIME_LINK_INVALID');
    } finally {
      api.clock.advance(-60_000);
    }
    // Only centre admins get a link; without a token, none.
    expect((await api.http.post('/queues/board-link').set(bearer(baseToken)).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
    expect((await api.http.post('/queues/board-link').expect(401)).body.code).toBe('UNAUTHENTICATED');
  });

  it('serves OpenAPI at /api/docs with every feature documented', async () => {
    const document = await api.http.get('/docs/openapi.json').expect(200);
    const paths = Object.keys(document.body.paths);
    for (const path of ['/auth/login', '/trainees/import', '/me/signups/{sessionId}/submit', '/signups/{id}/base-review', '/signups/export', '/audit', '/health']) {
      expect(paths).toContain(path);
    }
    await api.http.get('/docs').expect(200);
  });

  it('serves everything under /api: outside it, with or without a token, no API route answers; the portal has those paths', async () => {
    await api.root.get('/api/health/live').expect(200);
    // The test environment has no portal built: its pages say so (test/portal.e2e-spec.ts serves a built one), and a
    // missing file (a .json here) is the API's 404.
    const outside = ['/', '/index.html', '/health', '/health/live', '/docs', '/docs/openapi.json', '/queues', '/verify/abc', '/sessions', '/me/profile', '/apidocs'];
    for (const path of outside) {
      for (const token of [null, centreToken]) {
        const get = api.root.get(path);
        const response = await (token ? get.set(bearer(token)) : get);
        const answer = response.type === 'application/json' ? response.body.code : response.text.split('\n')[1];
        const expected = path.endsWith('.json') ? 'NOT_FOUND' : 'The portal is not built: run `npm run --workspace @agp/web build` (npm run up does it). The API answers under /api.';
        expect([path, response.status, answer]).toEqual([path, 404, expected]);
      }
    }
    const login = await api.root.post('/auth/login').send({ username: 'centre', password: PASSWORD });
    expect([login.status, login.body.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('export rows equal the on-screen query (CSV and XLSX) and formula-like cells are neutralised', async () => {
    const screen = await api.http.get(`/signups?sessionId=${sessionId}&subject=THEORY&pageSize=200`).set(bearer(baseToken)).expect(200);
    expect(screen.body.total).toBe(4);

    const csv = await api.http.get(`/signups/export?sessionId=${sessionId}&subject=THEORY&format=csv`).set(bearer(baseToken)).buffer(true).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const text = csv.text.replace(/^\uFEFF/, '');
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(1 + screen.body.total);
    const csvIds = lines.slice(1).map((line) => Number(line.split(',')[0]));
    expect(csvIds).toEqual(screen.body.items.map((r: { id: number }) => r.id));
    expect(text).toContain("'=1+2伪造");
    expect(text).toContain("'@SUM(A1)");
    expect(text).toContain('陈𠮷');

    const xlsx = await api.http
      .get(`/signups/export?sessionId=${sessionId}&subject=THEORY&format=xlsx`)
      .set(bearer(baseToken))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(xlsx.body as Buffer).buffer);
    const sheet = workbook.worksheets[0];
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v))));
    expect(rows).toHaveLength(1 + screen.body.total);
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(csvIds);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['林晓华', "'=1+2伪造", "'@SUM(A1)", '陈𠮷']);
    expect(rows.slice(1).every((r) => /^350102\*{8}\d{3}[\dX]$/.test(r[2]))).toBe(true);
  });

  it('FA-13 the audit trail is append-only, even for the database user', async () => {
    const before = await api.http.get('/audit?action=SIGNUP_SUBMITTED').set(bearer(centreToken)).expect(200);
    expect(before.body.total).toBe(4);
    await expect(api.dataSource.query('UPDATE audit_record SET reason = ? LIMIT 1', ['tampered'])).rejects.toThrow(/append-only/);
    await expect(api.dataSource.query('DELETE FROM audit_record LIMIT 1')).rejects.toThrow(/append-only/);
    const after = await api.http.get('/audit?action=SIGNUP_SUBMITTED').set(bearer(centreToken)).expect(200);
    expect(after.body.total).toBe(4);
  });

  it('stores ID numbers encrypted with a keyed hash and shows them masked, revealing in full only with an audit record', async () => {
    const [row] = await api.dataSource.query("SELECT id, id_cipher, id_hash, id_masked FROM trainee WHERE name = '林晓华'");
    expect(row.id_cipher).not.toContain('350102');
    expect(row.id_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.id_masked).toBe('350102********1234'.slice(0, 14) + residentId('19990312', '123').slice(14));
    const revealed = await api.http.get(`/trainees/${row.id}/id-number`).set(bearer(baseToken)).expect(200);
    expect(revealed.body.idNumber).toBe(residentId('19990312', '123'));
    const audit = await api.http.get(`/audit?action=ID_NUMBER_REVEALED&entityId=${row.id}`).set(bearer(centreToken)).expect(200);
    expect(audit.body.total).toBe(1);
  });

  it('FA-13 the centre creates and edits a session; every change is audited with before, after and reason', async () => {
    const definition = fujian2025SessionDto();
    const created = await api.http.post('/sessions').set(bearer(centreToken)).send(definition).expect(201);
    expect(created.body.signupWindow).toEqual({ opensAt: '2025-03-01T08:00:00+08:00', closesAt: '2025-03-11T00:00:00+08:00' });
    const taken = await api.http.post('/sessions').set(bearer(centreToken)).send(definition).expect(409);
    expect(taken.body.code).toBe('SESSION_CODE_TAKEN');

    const backwards = await api.http
      .put(`/sessions/${created.body.id}`)
      .set(bearer(centreToken))
      .send({ ...definition, signupWindow: { opensAt: '2025-03-11T00:00:00+08:00', closesAt: '2025-03-01T08:00:00+08:00' }, expectedVersion: created.body.version, reason: '调整' })
      .expect(400);
    expect(backwards.body.code).toBe('SESSION_CONFIG_INVALID');

    const extended = { ...definition, signupWindow: { opensAt: '2025-03-01T08:00:00+08:00', closesAt: '2025-03-13T00:00:00+08:00' } };
    const updated = await api.http
      .put(`/sessions/${created.body.id}`)
      .set(bearer(centreToken))
      .send({ ...extended, expectedVersion: created.body.version, reason: '因系统维护延长报名两天' })
      .expect(200);
    expect(updated.body.signupWindow.closesAt).toBe('2025-03-13T00:00:00+08:00');
    const stale = await api.http
      .put(`/sessions/${created.body.id}`)
      .set(bearer(centreToken))
      .send({ ...extended, expectedVersion: created.body.version, reason: '重复提交' })
      .expect(409);
    expect(stale.body.code).toBe('CONFLICT');

    const audit = await api.http.get(`/audit?entityType=assessment_session&entityId=${created.body.id}`).set(bearer(centreToken)).expect(200);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['SESSION_UPDATED', 'SESSION_CREATED']);
    const change = audit.body.items[0];
    expect(change.reason).toBe('因系统维护延长报名两天');
    expect(change.before.signupWindow.closesAt).toBe('2025-03-11T00:00:00+08:00');
    expect(change.after.signupWindow.closesAt).toBe('2025-03-13T00:00:00+08:00');
  });

  it('a single trainee edit by the base is audited with before, after and reason; a stale version is refused', async () => {
    const [row] = await api.dataSource.query("SELECT id, version FROM trainee WHERE name = '林晓华'");
    const edited = await api.http
      .patch(`/trainees/${row.id}`)
      .set(bearer(baseToken))
      .send({ expectedVersion: row.version, reason: '病假延长轮转', rotationEndDate: '2024-08-31' })
      .expect(200);
    expect(edited.body.rotationEndDate).toBe('2024-08-31');
    const stale = await api.http.patch(`/trainees/${row.id}`).set(bearer(baseToken)).send({ expectedVersion: row.version, reason: 'x', cohort: '2021' }).expect(409);
    expect(stale.body.code).toBe('CONFLICT');
    const audit = await api.http.get(`/audit?action=TRAINEE_UPDATED&entityId=${row.id}`).set(bearer(centreToken)).expect(200);
    expect(audit.body.total).toBe(1);
    expect(audit.body.items[0].before).toEqual({ rotationEndDate: '2024-06-30' });
    expect(audit.body.items[0].after).toEqual({ rotationEndDate: '2024-08-31' });
    expect(audit.body.items[0].reason).toBe('病假延长轮转');
  });

  it('limits login attempts per address and username (429 TOO_MANY_REQUESTS)', async () => {
    const attempts = [];
    for (let i = 0; i < 7; i += 1) attempts.push(await api.http.post('/auth/login').send({ username: 'nobody', password: 'wrong-password' }));
    expect(attempts.slice(0, 5).map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
    expect(attempts[5].status).toBe(429);
    expect(attempts[5].body.code).toBe('TOO_MANY_REQUESTS');
    // Another username from the same address is counted separately.
    const other = await api.http.post('/auth/login').send({ username: 'base1', password: PASSWORD });
    expect(other.status).toBe(200);
  });

  it('answers errors as JSON with a stable code and messages in Chinese and English', async () => {
    const response = await api.http.post('/auth/login').send({ username: 'x' }).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.message.zh).toBeTruthy();
    expect(response.body.message.en).toBeTruthy();
    const unknown = await api.http.get('/no-such-route').expect(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
  });
});
