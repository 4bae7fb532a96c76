import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { createHmac } from 'node:crypto';
import { Response } from 'supertest';
import { TEST_ENVIRONMENT } from './setup/test-environment';
import { bearer, createFujian2024Session, createStaff, importRoster, login, organisationId, registerCandidate, residentId, RosterRow, rosterCsv } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';

/*
 * Organisation scope (SPEC "Who uses it"): every cross-scope read and write is refused with 403 and the
 * exact code — FORBIDDEN_SCOPE (outside your organisation) or FORBIDDEN_ROLE (your role may not) — and
 * leaves the sign-ups, the trainees and the audit trail exactly as they were. No token, a forged token
 * or a tampered one is 401 UNAUTHENTICATED.
 */

const BASE_A = '福州市第一总医院';
const BASE_B = '厦门市海沧医院';
const CITY_A = '福州市';
const CITY_B = '厦门市';

const A1 = { name: '林晓华', idNumber: residentId('19990312', '123') };
const A2 = { name: '陈明', idNumber: residentId('19980704', '246') };
const B1 = { name: '张伟', idNumber: residentId('19970509', '358') };
/** A fresh person nobody has imported: the roster rows of the refused imports carry them. */
const NEWCOMER = { name: '赵新', idNumber: residentId('19990101', '482') };

type Who = 'candidateA1' | 'baseA' | 'baseB' | 'cityA' | 'centre';

interface Ids {
  sessionId: number;
  baseA: number;
  baseB: number;
  cityA: number;
  cityB: number;
  traineeA1: number;
  traineeA2: number;
  traineeB1: number;
  signupA1: number;
  signupA2: number;
  signupB1: number;
  versionA1: number;
  versionB1: number;
}

interface Call {
  method: 'get' | 'post' | 'put' | 'patch';
  path: string;
  json?: object;
  roster?: RosterRow[];
}

interface RefusalCase {
  name: string;
  as: Who;
  call: (ids: Ids) => Call;
  status: 401 | 403;
  code: 'FORBIDDEN_SCOPE' | 'FORBIDDEN_ROLE' | 'UNAUTHENTICATED';
}

const get = (path: string): Call => ({ method: 'get', path });
const post = (path: string, json: object = {}): Call => ({ method: 'post', path, json });
const importCall = (query: string, roster: RosterRow[]): Call => ({ method: 'post', path: `/trainees/import${query}`, roster });

const APPROVE = { decision: 'APPROVE' };
const CANCEL = { reason: '信息不实' };
const EDIT = (expectedVersion: number) => ({ expectedVersion, reason: '越权修改', rotationEndDate: '2024-11-30', phaseTheoryPassed: false });
const EXCEPTION = (traineeId: number) => ({ traineeId, rule: 'FA-2.rotation', reason: '越权豁免' });

function refused(as: Who, status: 403, code: RefusalCase['code'], cases: Array<[string, (ids: Ids) => Call]>): RefusalCase[] {
  return cases.map(([name, call]) => ({ name, as, call, status, code }));
}

const CANDIDATE_CASES = refused('candidateA1', 403, 'FORBIDDEN_ROLE', [
  ['GET /trainees/:A2', (i) => get(`/trainees/${i.traineeA2}`)],
  ['GET /trainees/:A1 (even their own record, outside /me)', (i) => get(`/trainees/${i.traineeA1}`)],
  ['GET /trainees/:A2/photo', (i) => get(`/trainees/${i.traineeA2}/photo`)],
  ['GET /trainees/:A2/id-number', (i) => get(`/trainees/${i.traineeA2}/id-number`)],
  ['GET /trainees', () => get('/trainees')],
  ['PATCH /trainees/:A2', (i) => ({ method: 'patch', path: `/trainees/${i.traineeA2}`, json: EDIT(1) })],
  ['GET /signups/:signupA2', (i) => get(`/signups/${i.signupA2}`)],
  ['GET /signups/:signupA1 (own, outside /me)', (i) => get(`/signups/${i.signupA1}`)],
  ['GET /signups', () => get('/signups')],
  ['GET /signups?baseId=A', (i) => get(`/signups?baseId=${i.baseA}`)],
  ['GET /signups/export', () => get('/signups/export?format=csv')],
  ['POST /signups/:signupA2/base-review', (i) => post(`/signups/${i.signupA2}/base-review`, APPROVE)],
  ['POST /signups/:signupA1/base-review (own)', (i) => post(`/signups/${i.signupA1}/base-review`, APPROVE)],
  ['POST /signups/:signupA2/centre-review', (i) => post(`/signups/${i.signupA2}/centre-review`, APPROVE)],
  ['POST /signups/:signupA2/cancel', (i) => post(`/signups/${i.signupA2}/cancel`, CANCEL)],
  ['POST /trainees/import?commit=true', () => importCall('?commit=true', [{ ...NEWCOMER, base: BASE_A }])],
  ['POST /sessions', () => post('/sessions')],
  ['PUT /sessions/:id', (i) => ({ method: 'put', path: `/sessions/${i.sessionId}`, json: {} })],
  ['POST /sessions/:id/exceptions', (i) => post(`/sessions/${i.sessionId}/exceptions`, EXCEPTION(i.traineeA1))],
  ['GET /audit', () => get('/audit')],
]);

const BASE_B_ON_A_CASES = refused('baseB', 403, 'FORBIDDEN_SCOPE', [
  ['GET /trainees/:A1', (i) => get(`/trainees/${i.traineeA1}`)],
  ['GET /trainees/:A1/photo', (i) => get(`/trainees/${i.traineeA1}/photo`)],
  ['GET /trainees/:A1/id-number', (i) => get(`/trainees/${i.traineeA1}/id-number`)],
  ['PATCH /trainees/:A1 (with the current version)', (i) => ({ method: 'patch', path: `/trainees/${i.traineeA1}`, json: EDIT(i.versionA1) })],
  ['GET /trainees?baseId=A', (i) => get(`/trainees?baseId=${i.baseA}`)],
  ['GET /trainees?cityId=福州市', (i) => get(`/trainees?cityId=${i.cityA}`)],
  ['GET /trainees?cityId=厦门市 (its own city is still wider than its base)', (i) => get(`/trainees?cityId=${i.cityB}`)],
  ['GET /signups/:signupA1', (i) => get(`/signups/${i.signupA1}`)],
  ['POST /signups/:signupA1/base-review APPROVE', (i) => post(`/signups/${i.signupA1}/base-review`, APPROVE)],
  ['POST /signups/:signupA2/base-review REJECT', (i) => post(`/signups/${i.signupA2}/base-review`, { decision: 'REJECT', reason: '越权驳回' })],
  ['POST /signups/:signupA1/base-review RETURN', (i) => post(`/signups/${i.signupA1}/base-review`, { decision: 'RETURN', reason: '越权退回' })],
  ['GET /signups?baseId=A', (i) => get(`/signups?baseId=${i.baseA}`)],
  ['GET /signups?cityId=福州市', (i) => get(`/signups?cityId=${i.cityA}`)],
  ['GET /signups?sessionId&baseId=A&status=SUBMITTED', (i) => get(`/signups?sessionId=${i.sessionId}&baseId=${i.baseA}&status=SUBMITTED`)],
  ['GET /signups/export?baseId=A (xlsx)', (i) => get(`/signups/export?baseId=${i.baseA}`)],
  ['GET /signups/export?baseId=A&format=csv', (i) => get(`/signups/export?baseId=${i.baseA}&format=csv`)],
  ['POST /trainees/import?baseId=A (preview)', (i) => importCall(`?baseId=${i.baseA}`, [NEWCOMER])],
  ['POST /trainees/import?baseId=A&commit=true', (i) => importCall(`?baseId=${i.baseA}&commit=true`, [NEWCOMER])],
]);

const BASE_A_ON_B_CASES = refused('baseA', 403, 'FORBIDDEN_SCOPE', [
  ['GET /trainees/:B1', (i) => get(`/trainees/${i.traineeB1}`)],
  ['GET /trainees/:B1/photo', (i) => get(`/trainees/${i.traineeB1}/photo`)],
  ['GET /trainees/:B1/id-number', (i) => get(`/trainees/${i.traineeB1}/id-number`)],
  ['PATCH /trainees/:B1 (with the current version)', (i) => ({ method: 'patch', path: `/trainees/${i.traineeB1}`, json: EDIT(i.versionB1) })],
  ['GET /signups/:signupB1', (i) => get(`/signups/${i.signupB1}`)],
  ['POST /signups/:signupB1/base-review APPROVE', (i) => post(`/signups/${i.signupB1}/base-review`, APPROVE)],
  ['GET /signups?baseId=B', (i) => get(`/signups?baseId=${i.baseB}`)],
  ['GET /trainees?baseId=B', (i) => get(`/trainees?baseId=${i.baseB}`)],
  ['POST /trainees/import?baseId=B&commit=true', (i) => importCall(`?baseId=${i.baseB}&commit=true`, [NEWCOMER])],
]);

const CITY_SCOPE_CASES = refused('cityA', 403, 'FORBIDDEN_SCOPE', [
  ['GET /signups/:signupB1', (i) => get(`/signups/${i.signupB1}`)],
  ['GET /trainees/:B1', (i) => get(`/trainees/${i.traineeB1}`)],
  ['GET /trainees/:B1/photo', (i) => get(`/trainees/${i.traineeB1}/photo`)],
  ['GET /signups?baseId=B', (i) => get(`/signups?baseId=${i.baseB}`)],
  ['GET /signups?cityId=厦门市', (i) => get(`/signups?cityId=${i.cityB}`)],
  ['GET /signups/export?baseId=B&format=csv', (i) => get(`/signups/export?baseId=${i.baseB}&format=csv`)],
  ['GET /trainees?baseId=B', (i) => get(`/trainees?baseId=${i.baseB}`)],
  ['GET /trainees?cityId=厦门市', (i) => get(`/trainees?cityId=${i.cityB}`)],
]);

const CITY_ROLE_CASES = refused('cityA', 403, 'FORBIDDEN_ROLE', [
  ['POST /signups/:signupA1/base-review (its own city)', (i) => post(`/signups/${i.signupA1}/base-review`, APPROVE)],
  ['POST /signups/:signupA1/centre-review', (i) => post(`/signups/${i.signupA1}/centre-review`, APPROVE)],
  ['POST /signups/:signupA1/cancel', (i) => post(`/signups/${i.signupA1}/cancel`, CANCEL)],
  ['PATCH /trainees/:A1', (i) => ({ method: 'patch', path: `/trainees/${i.traineeA1}`, json: EDIT(i.versionA1) })],
  ['GET /trainees/:A1/id-number', (i) => get(`/trainees/${i.traineeA1}/id-number`)],
  ['POST /trainees/import?commit=true', () => importCall('?commit=true', [{ ...NEWCOMER, base: BASE_A }])],
  ['POST /sessions/:id/exceptions', (i) => post(`/sessions/${i.sessionId}/exceptions`, EXCEPTION(i.traineeA1))],
  ['GET /sessions/:id/exceptions', (i) => get(`/sessions/${i.sessionId}/exceptions`)],
  ['GET /sessions/:id/tickets/failures', (i) => get(`/sessions/${i.sessionId}/tickets/failures`)],
  ['GET /audit', () => get('/audit')],
  ['GET /me/signups', () => get('/me/signups')],
]);

const BASE_ROLE_CASES = refused('baseA', 403, 'FORBIDDEN_ROLE', [
  ['POST /signups/:signupA1/centre-review (its own trainee)', (i) => post(`/signups/${i.signupA1}/centre-review`, APPROVE)],
  ['POST /signups/:signupA1/cancel', (i) => post(`/signups/${i.signupA1}/cancel`, CANCEL)],
  ['POST /sessions/:id/exceptions', (i) => post(`/sessions/${i.sessionId}/exceptions`, EXCEPTION(i.traineeA1))],
  ['GET /sessions/:id/exceptions', (i) => get(`/sessions/${i.sessionId}/exceptions`)],
  ['POST /sessions', () => post('/sessions')],
  ['PUT /sessions/:id', (i) => ({ method: 'put', path: `/sessions/${i.sessionId}`, json: {} })],
  ['GET /audit', () => get('/audit')],
  ['GET /audit?entityType=signup', (i) => get(`/audit?entityType=signup&entityId=${i.signupA1}`)],
  ['GET /me/signups', () => get('/me/signups')],
  ['GET /me/profile', () => get('/me/profile')],
  [
    'PATCH /trainees/:A1 retrainingRequired (a centre decision)',
    (i) => ({ method: 'patch', path: `/trainees/${i.traineeA1}`, json: { expectedVersion: i.versionA1, reason: '重新培训完成', retrainingRequired: false } }),
  ],
]);

const BASE_B_ROLE_CASES = refused('baseB', 403, 'FORBIDDEN_ROLE', [
  ['POST /signups/:signupB1/centre-review (its own trainee)', (i) => post(`/signups/${i.signupB1}/centre-review`, APPROVE)],
  ['POST /signups/:signupA1/centre-review', (i) => post(`/signups/${i.signupA1}/centre-review`, APPROVE)],
  ['POST /signups/:signupA1/cancel', (i) => post(`/signups/${i.signupA1}/cancel`, CANCEL)],
  ['POST /sessions/:id/exceptions for trainee A1', (i) => post(`/sessions/${i.sessionId}/exceptions`, EXCEPTION(i.traineeA1))],
  ['GET /audit', () => get('/audit')],
]);

// ---- tokens that must not authenticate ----

function b64url(value: object): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function signHs256(payload: object, secret: string): string {
  const head = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(payload)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

interface Tokens {
  candidateA1: string;
  candidateA2: string;
  candidateB1: string;
  baseA: string;
  baseB: string;
  cityA: string;
  centre: string;
}

type BadToken = (tokens: Tokens, claims: object) => Record<string, string>;

const BAD_TOKENS: Array<[string, BadToken]> = [
  ['no Authorization header', () => ({})],
  ['an empty bearer', () => ({ Authorization: 'Bearer ' })],
  ['a non-bearer scheme', (t) => ({ Authorization: `Basic ${t.centre}` })],
  ['garbage', () => ({ Authorization: 'Bearer not.a.jwt' })],
  ['centre claims signed with another secret', (_t, claims) => bearer(signHs256(claims, 'another-secret-that-is-not-the-api-one-0123456789'))],
  [
    'base B token with role changed to CENTRE_ADMIN, signature kept',
    (t) => {
      const [head, payload, signature] = t.baseB.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
      expect(claims.role).toBe('BASE_REVIEWER');
      return bearer(`${head}.${b64url({ ...claims, role: 'CENTRE_ADMIN', base: null, city: null })}.${signature}`);
    },
  ],
  [
    'candidate A1 token with trainee changed to A2, signature kept',
    (t) => {
      const [head, payload, signature] = t.candidateA1.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
      return bearer(`${head}.${b64url({ ...claims, trainee: (claims.trainee as number) + 1 })}.${signature}`);
    },
  ],
  ['alg "none" with centre claims', (_t, claims) => bearer(`${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims)}.`)],
  [
    'centre claims, right secret, expired',
    (_t, claims) => bearer(signHs256({ ...claims, iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 }, TEST_ENVIRONMENT.JWT_SECRET)),
  ],
];

const UNAUTHENTICATED_ROUTES: Array<[string, (ids: Ids) => Call]> = [
  ['GET /signups', () => get('/signups')],
  ['GET /signups/:signupA1', (i) => get(`/signups/${i.signupA1}`)],
  ['GET /trainees/:A1/id-number', (i) => get(`/trainees/${i.traineeA1}/id-number`)],
  ['POST /signups/:signupA1/centre-review', (i) => post(`/signups/${i.signupA1}/centre-review`, APPROVE)],
  ['POST /signups/:signupB1/cancel', (i) => post(`/signups/${i.signupB1}/cancel`, CANCEL)],
  ['GET /me/signups', () => get('/me/signups')],
  ['GET /audit', () => get('/audit')],
];

const UNAUTHENTICATED_CASES = BAD_TOKENS.flatMap(([tokenName, token]) =>
  UNAUTHENTICATED_ROUTES.map(([routeName, call]) => ({ name: `${tokenName}: ${routeName}`, token, call })),
);

describe('Organisation scope: every cross-scope read and write is refused and changes nothing', () => {
  let api: TestApi;
  const ids = {} as Ids;
  const tokens = {} as Tokens;
  let centreClaims: object;
  let before: Snapshot;

  interface Snapshot {
    trainees: unknown[];
    signups: unknown[];
    exceptions: number;
    sessions: unknown[];
    accounts: number;
    audit: number;
  }

  async function snapshot(): Promise<Snapshot> {
    const ds = api.dataSource;
    const count = async (table: string) => Number((await ds.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
    return {
      trainees: await ds.query('SELECT * FROM trainee ORDER BY id'),
      signups: await ds.query('SELECT * FROM signup ORDER BY id'),
      exceptions: await count('eligibility_exception'),
      sessions: await ds.query('SELECT id, version, updated_at FROM assessment_session ORDER BY id'),
      accounts: await count('user_account'),
      audit: await count('audit_record'),
    };
  }

  const auditCount = async () => Number((await api.dataSource.query('SELECT COUNT(*) AS n FROM audit_record'))[0].n);

  function send(call: Call, headers: Record<string, string>): Promise<Response> {
    let request = api.http[call.method](call.path).set(headers);
    if (call.roster) return request.attach('file', Buffer.from(rosterCsv(call.roster), 'utf8'), 'roster.csv');
    if (call.json) request = request.send(call.json);
    return request;
  }

  beforeAll(async () => {
    api = await startApi({ now: '2024-03-05T02:00:00Z' }); // 10:00 Beijing: sign-up and review both open
    await resetData(api.dataSource);
    ids.sessionId = await createFujian2024Session(api);
    ids.baseA = await organisationId(api.dataSource, BASE_A);
    ids.baseB = await organisationId(api.dataSource, BASE_B);
    ids.cityA = await organisationId(api.dataSource, CITY_A);
    ids.cityB = await organisationId(api.dataSource, CITY_B);

    await createStaff(api, 'scope-base-a', 'BASE_REVIEWER', BASE_A);
    await createStaff(api, 'scope-base-b', 'BASE_REVIEWER', BASE_B);
    await createStaff(api, 'scope-city-a', 'CITY_REVIEWER', CITY_A);
    await createStaff(api, 'scope-centre', 'CENTRE_ADMIN', '福建省');
    tokens.baseA = await login(api, 'scope-base-a');
    tokens.baseB = await login(api, 'scope-base-b');
    tokens.cityA = await login(api, 'scope-city-a');
    tokens.centre = await login(api, 'scope-centre');

    await importRoster(api, tokens.baseA, [A1, A2]);
    await importRoster(api, tokens.baseB, [B1]);
    const photo = await samplePortraitJpeg();
    tokens.candidateA1 = await registerCandidate(api, 'scope-a1', A1.name, A1.idNumber, photo);
    tokens.candidateA2 = await registerCandidate(api, 'scope-a2', A2.name, A2.idNumber, photo);
    tokens.candidateB1 = await registerCandidate(api, 'scope-b1', B1.name, B1.idNumber, photo);

    const submit = async (token: string) => {
      const response = await api.http.post(`/me/signups/${ids.sessionId}/submit`).set(bearer(token)).send({}).expect(201);
      expect(response.body.status).toBe('SUBMITTED');
      return response.body as { id: number; traineeId: number; baseId: number };
    };
    const a1 = await submit(tokens.candidateA1);
    const a2 = await submit(tokens.candidateA2);
    const b1 = await submit(tokens.candidateB1);
    Object.assign(ids, { signupA1: a1.id, signupA2: a2.id, signupB1: b1.id, traineeA1: a1.traineeId, traineeA2: a2.traineeId, traineeB1: b1.traineeId });
    expect([a1.baseId, a2.baseId, b1.baseId]).toEqual([ids.baseA, ids.baseA, ids.baseB]);

    const centreMe = await api.http.get('/auth/me').set(bearer(tokens.centre)).expect(200);
    const now = Math.floor(Date.now() / 1000);
    // The login's own token version and family ride along: a token of an ended login is refused for that alone.
    const issued = JSON.parse(Buffer.from(tokens.centre.split('.')[1], 'base64url').toString('utf8')) as { ver: number; fam: number };
    centreClaims = { sub: centreMe.body.userId, role: 'CENTRE_ADMIN', org: centreMe.body.organisationId, base: null, city: null, trainee: null, ver: issued.ver, fam: issued.fam, iat: now, exp: now + 3600 };

    before = await snapshot();
    const trainees = before.trainees as Array<{ id: number; version: number; base_id: number }>;
    ids.versionA1 = trainees.find((t) => t.id === ids.traineeA1)!.version;
    ids.versionB1 = trainees.find((t) => t.id === ids.traineeB1)!.version;
    expect(trainees.map((t) => t.base_id)).toEqual([ids.baseA, ids.baseA, ids.baseB]);
  });

  afterAll(async () => {
    await api?.close();
  });

  async function expectRefused(c: { call: (ids: Ids) => Call; status: number; code: string }, headers: Record<string, string>): Promise<void> {
    const auditBefore = await auditCount();
    const response = await send(c.call(ids), headers);
    expect({ status: response.status, code: response.body?.code }).toEqual({ status: c.status, code: c.code });
    expect(response.body.message.zh).toEqual(expect.any(String));
    expect(await auditCount()).toBe(auditBefore);
  }

  describe('controls: the same people reach what is theirs (so the refusals below are about scope)', () => {
    it('base A reads its trainee A1, their photo and its sign-ups', async () => {
      const trainee = await api.http.get(`/trainees/${ids.traineeA1}`).set(bearer(tokens.baseA)).expect(200);
      expect(trainee.body.name).toBe(A1.name);
      const photo = await api.http.get(`/trainees/${ids.traineeA1}/photo`).set(bearer(tokens.baseA)).expect(200);
      expect(photo.headers['content-type']).toBe('image/jpeg');
      const signup = await api.http.get(`/signups/${ids.signupA1}`).set(bearer(tokens.baseA)).expect(200);
      expect(signup.body.traineeId).toBe(ids.traineeA1);
    });

    it('base B reads its trainee B1 and sign-up B1', async () => {
      await api.http.get(`/trainees/${ids.traineeB1}`).set(bearer(tokens.baseB)).expect(200);
      const signup = await api.http.get(`/signups/${ids.signupB1}`).set(bearer(tokens.baseB)).expect(200);
      expect(signup.body.status).toBe('SUBMITTED');
    });

    it('the city reviewer of 福州市 reads base A sign-ups, trainees and photos', async () => {
      const signup = await api.http.get(`/signups/${ids.signupA1}`).set(bearer(tokens.cityA)).expect(200);
      expect(signup.body.baseId).toBe(ids.baseA);
      await api.http.get(`/signups?baseId=${ids.baseA}`).set(bearer(tokens.cityA)).expect(200);
      await api.http.get(`/trainees/${ids.traineeA2}`).set(bearer(tokens.cityA)).expect(200);
      const photo = await api.http.get(`/trainees/${ids.traineeA2}/photo`).set(bearer(tokens.cityA)).expect(200);
      expect(photo.headers['content-type']).toBe('image/jpeg');
    });

    it('a token signed with the API secret by this test authenticates (so the forged ones fail for their forgery only)', async () => {
      const me = await api.http.get('/auth/me').set(bearer(signHs256(centreClaims, TEST_ENVIRONMENT.JWT_SECRET))).expect(200);
      expect(me.body.role).toBe('CENTRE_ADMIN');
    });
  });

  describe('candidate A1 has no reviewer route (FORBIDDEN_ROLE)', () => {
    it.each(CANDIDATE_CASES)('candidate A1: $name → 403 $code', (c) => expectRefused(c, bearer(tokens.candidateA1)));

    it('/me/signups of A1 lists only A1’s own sign-up, never A2’s', async () => {
      const mine = await api.http.get('/me/signups').set(bearer(tokens.candidateA1)).expect(200);
      expect(mine.body.map((s: { id: number }) => s.id)).toEqual([ids.signupA1]);
      expect(mine.body.map((s: { traineeId: number }) => s.traineeId)).toEqual([ids.traineeA1]);
      const other = await api.http.get('/me/signups').set(bearer(tokens.candidateA2)).expect(200);
      expect(other.body.map((s: { id: number }) => s.id)).toEqual([ids.signupA2]);
    });

    it('/me/profile of A1 is A1’s record', async () => {
      const profile = await api.http.get('/me/profile').set(bearer(tokens.candidateA1)).expect(200);
      expect(profile.body.id).toBe(ids.traineeA1);
      expect(profile.body.name).toBe(A1.name);
    });
  });

  describe('base B reviewer on base A’s records (FORBIDDEN_SCOPE)', () => {
    it.each(BASE_B_ON_A_CASES)('base B: $name → 403 $code', (c) => expectRefused(c, bearer(tokens.baseB)));

    it('base B: roster import with a row naming base A → row error BASE_OUT_OF_SCOPE; commit → 422, nothing written', async () => {
      const roster = rosterCsv([{ ...NEWCOMER, base: BASE_A }]);
      const preview = await api.http.post('/trainees/import').set(bearer(tokens.baseB)).attach('file', Buffer.from(roster, 'utf8'), 'roster.csv').expect(201);
      expect(preview.body.committed).toBe(false);
      expect(preview.body.errorRows).toBe(1);
      expect(preview.body.rows[0].errors.map((e: { code: string }) => e.code)).toEqual(['BASE_OUT_OF_SCOPE']);

      const auditBefore = await auditCount();
      const commit = await api.http.post('/trainees/import?commit=true').set(bearer(tokens.baseB)).attach('file', Buffer.from(roster, 'utf8'), 'roster.csv').expect(422);
      expect(commit.body.code).toBe('ROSTER_INVALID');
      expect(commit.body.details.rows[0].errors.map((e: { code: string }) => e.code)).toEqual(['BASE_OUT_OF_SCOPE']);
      expect(await auditCount()).toBe(auditBefore);
    });

    it('base B: roster import re-using A1’s ID number (to take the record over) → TRAINEE_IN_OTHER_BASE; commit → 422', async () => {
      const roster = rosterCsv([{ ...A1, rotationEndDate: '2024-11-30' }]);
      const auditBefore = await auditCount();
      const commit = await api.http.post('/trainees/import?commit=true').set(bearer(tokens.baseB)).attach('file', Buffer.from(roster, 'utf8'), 'roster.csv').expect(422);
      expect(commit.body.code).toBe('ROSTER_INVALID');
      expect(commit.body.details.rows[0].errors.map((e: { code: string }) => e.code)).toEqual(['TRAINEE_IN_OTHER_BASE']);
      expect(await auditCount()).toBe(auditBefore);
    });

    it('base B: GET /signups and /trainees without a filter list only base B', async () => {
      const signups = await api.http.get('/signups').set(bearer(tokens.baseB)).expect(200);
      expect(signups.body.items.map((r: { id: number }) => r.id)).toEqual([ids.signupB1]);
      expect(signups.body.total).toBe(1);
      const bySession = await api.http.get(`/signups?sessionId=${ids.sessionId}&status=SUBMITTED`).set(bearer(tokens.baseB)).expect(200);
      expect(bySession.body.items.map((r: { id: number }) => r.id)).toEqual([ids.signupB1]);
      const byName = await api.http.get(`/signups?name=${encodeURIComponent(A1.name)}`).set(bearer(tokens.baseB)).expect(200);
      expect(byName.body.items).toEqual([]);
      const trainees = await api.http.get('/trainees').set(bearer(tokens.baseB)).expect(200);
      expect(trainees.body.items.map((t: { id: number }) => t.id)).toEqual([ids.traineeB1]);
    });

    it('base B: the export without a filter holds only base B’s rows', async () => {
      const csv = await api.http.get('/signups/export?format=csv').set(bearer(tokens.baseB)).buffer(true).expect(200);
      const text = csv.text ?? csv.body.toString('utf8');
      expect(text).toContain(B1.name);
      expect(text).not.toContain(A1.name);
      expect(text).not.toContain(A2.name);
    });
  });

  describe('base A reviewer on base B’s records (FORBIDDEN_SCOPE)', () => {
    it.each(BASE_A_ON_B_CASES)('base A: $name → 403 $code', (c) => expectRefused(c, bearer(tokens.baseA)));

    it('base A: GET /signups without a filter lists A1 and A2, never B1', async () => {
      const signups = await api.http.get('/signups').set(bearer(tokens.baseA)).expect(200);
      expect(signups.body.items.map((r: { id: number }) => r.id)).toEqual([ids.signupA1, ids.signupA2]);
    });
  });

  describe('city reviewer of 福州市', () => {
    it.each(CITY_SCOPE_CASES)('city 福州市: $name → 403 $code', (c) => expectRefused(c, bearer(tokens.cityA)));
    it.each(CITY_ROLE_CASES)('city 福州市: $name → 403 $code', (c) => expectRefused(c, bearer(tokens.cityA)));

    it('city 福州市: GET /signups and /trainees without a filter list only 福州市', async () => {
      const signups = await api.http.get('/signups').set(bearer(tokens.cityA)).expect(200);
      expect(signups.body.items.map((r: { id: number }) => r.id)).toEqual([ids.signupA1, ids.signupA2]);
      const trainees = await api.http.get('/trainees').set(bearer(tokens.cityA)).expect(200);
      expect(trainees.body.items.map((t: { id: number }) => t.id)).toEqual([ids.traineeA1, ids.traineeA2]);
    });
  });

  describe('base reviewers may not do what only the centre does (FORBIDDEN_ROLE)', () => {
    it.each(BASE_ROLE_CASES)('base A: $name → 403 $code', (c) => expectRefused(c, bearer(tokens.baseA)));
    it.each(BASE_B_ROLE_CASES)('base B: $name → 403 $code', (c) => expectRefused(c, bearer(tokens.baseB)));
  });

  describe('no token, a forged token or a tampered one → 401 UNAUTHENTICATED', () => {
    it.each(UNAUTHENTICATED_CASES)('$name → 401', (c) => expectRefused({ call: c.call, status: 401, code: 'UNAUTHENTICATED' }, c.token(tokens, centreClaims)));
  });

  /**
   * Every refused attempt of this file, made again: each "nothing changed" case makes them itself before it
   * compares with the state after set-up, so it proves its claim when run alone too.
   */
  async function attemptEverythingRefused(): Promise<void> {
    const refusals = [...CANDIDATE_CASES, ...BASE_B_ON_A_CASES, ...BASE_A_ON_B_CASES, ...CITY_SCOPE_CASES, ...CITY_ROLE_CASES, ...BASE_ROLE_CASES, ...BASE_B_ROLE_CASES];
    for (const c of refusals) await expectRefused(c, bearer(tokens[c.as]));
    for (const c of UNAUTHENTICATED_CASES) await expectRefused({ call: c.call, status: 401, code: 'UNAUTHENTICATED' }, c.token(tokens, centreClaims));
    // The roster commits refused row by row: a base B row naming base A, and A1's ID number taken over.
    for (const row of [{ ...NEWCOMER, base: BASE_A }, { ...A1, rotationEndDate: '2024-11-30' }]) {
      const commit = await api.http.post('/trainees/import?commit=true').set(bearer(tokens.baseB)).attach('file', Buffer.from(rosterCsv([row]), 'utf8'), 'roster.csv').expect(422);
      expect(commit.body.code).toBe('ROSTER_INVALID');
    }
  }

  describe('after every refused attempt, nothing changed', () => {
    it('sign-ups: same rows, statuses and versions (all still SUBMITTED)', async () => {
      await attemptEverythingRefused();
      const after = await snapshot();
      expect(after.signups).toEqual(before.signups);
      const statuses = (after.signups as Array<{ status: string }>).map((s) => s.status);
      expect(statuses).toEqual(['SUBMITTED', 'SUBMITTED', 'SUBMITTED']);
    });

    it('trainees: same rows, field by field, and nobody was added', async () => {
      await attemptEverythingRefused();
      const after = await snapshot();
      expect(after.trainees).toEqual(before.trainees);
      expect(after.trainees).toHaveLength(3);
    });

    it('no exception granted, no session changed, no account added', async () => {
      await attemptEverythingRefused();
      const after = await snapshot();
      expect(after.exceptions).toBe(0);
      expect(after.sessions).toEqual(before.sessions);
      expect(after.accounts).toBe(before.accounts);
    });

    it('audit_record: not one row from the refused attempts', async () => {
      await attemptEverythingRefused();
      expect(await auditCount()).toBe(before.audit);
      const actions = await api.dataSource.query<Array<{ action: string }>>('SELECT DISTINCT action FROM audit_record ORDER BY action');
      for (const forbidden of ['ID_NUMBER_REVEALED', 'TRAINEE_UPDATED', 'SIGNUP_BASE_APPROVE', 'SIGNUP_BASE_REJECT', 'SIGNUP_BASE_RETURN', 'SIGNUP_CENTRE_APPROVE', 'SIGNUP_CANCEL_FALSE_INFORMATION', 'ELIGIBILITY_EXCEPTION_GRANTED']) {
        expect(actions.map((a) => a.action)).not.toContain(forbidden);
      }
    });
  });
});
