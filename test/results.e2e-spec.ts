import { SessionService } from '@app/assessment';
import { SYSTEM_ACTOR } from '@app/common/actor';
import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { bearer, createFujian2024Session, createStaff, fujian2024Definition, importRoster, login, organisationId, registerCandidate, residentId } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';

/*
 * Part C results end to end: skills entry (SC-2), publication (SC-4), the candidate's view, corrections
 * (SC-4, FA-13), voiding (SC-8, FA-11) and who may see what. Approved sign-ups and the national theory
 * results are set up in SQL (sign-up review and the theory import are tested elsewhere); everything
 * under test goes over HTTP.
 */

const BASE_A = '福州市第一总医院';
const BASE_B = '厦门市海沧医院';
const A1 = { name: '林晓华', idNumber: residentId('19990312', '123') };
const A2 = { name: '陈明', idNumber: residentId('19980704', '246') };
const B1 = { name: '张伟', idNumber: residentId('19970509', '358') };

const PASSING = { CASE_ANALYSIS: 80, MEDICAL_RECORD: 75.5, AUX_EXAM_READING: 70, BASIC_PROCEDURES: 68 };
const HIGH = { CASE_ANALYSIS: 90, MEDICAL_RECORD: 90, AUX_EXAM_READING: 90, BASIC_PROCEDURES: 90 };

interface MyResults {
  sessionId: number;
  results: Array<{
    subject: string;
    outcome: string;
    score: number | null;
    validUntil: string | null;
    voided: boolean;
    voidKind: string | null;
    voidReason: string | null;
    notice: { zh: string } | null;
    stationScores: Record<string, number | null> | null;
  }>;
}

describe('Results: entry, publication, the candidate\'s view, corrections and voiding (SC-2, SC-4, SC-8, FA-11, FA-13)', () => {
  let api: TestApi;
  let sessionId: number;
  let bareSessionId: number;
  let centre: string;
  let baseA: string;
  let baseB: string;
  let candA1: string;
  let candA2: string;
  const trainee: Record<'A1' | 'A2' | 'B1', number> = { A1: 0, A2: 0, B1: 0 };
  const signup: Record<'A1' | 'A2' | 'B1', number> = { A1: 0, A2: 0, B1: 0 };

  /** JSON columns come back parsed or as text depending on the column's definition. */
  const json = (value: unknown): Record<string, unknown> => (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>;
  const db = <T>(sql: string, params: unknown[] = []): Promise<T[]> => api.dataSource.query(sql, params);
  const auditCount = async (action: string, entityId?: number | string): Promise<number> => {
    const [row] = await db<{ n: string }>(`SELECT COUNT(*) AS n FROM audit_record WHERE action = ?${entityId === undefined ? '' : ' AND entity_id = ?'}`, entityId === undefined ? [action] : [action, String(entityId)]);
    return Number(row.n);
  };
  const attemptOf = async (who: 'A1' | 'A2' | 'B1', subject: 'THEORY' | 'SKILLS', session = sessionId) => {
    const [row] = await db<{ id: number; version: number; score: string | null; outcome: string; voided: number; voidKind: string | null; source: string }>(
      'SELECT id, version, score, outcome, voided, void_kind AS voidKind, source FROM subject_attempt WHERE session_id = ? AND trainee_id = ? AND subject = ?',
      [session, trainee[who], subject],
    );
    return row;
  };
  const standingOf = async (who: 'A1' | 'A2' | 'B1') => {
    const [row] = await db<{ theoryPassYear: number | null; skillsPassYear: number | null }>(
      'SELECT theory_pass_year AS theoryPassYear, skills_pass_year AS skillsPassYear FROM trainee_standing WHERE trainee_id = ?',
      [trainee[who]],
    );
    return row ?? null;
  };
  const enter = (who: 'A1' | 'A2' | 'B1', body: object, token = centre, session = sessionId) =>
    api.http.put(`/sessions/${session}/skills-scores/${trainee[who]}`).set(bearer(token)).send(body);
  const myResults = async (token: string): Promise<MyResults[]> => (await api.http.get('/me/results').set(bearer(token)).expect(200)).body;

  beforeAll(async () => {
    api = await startApi({ now: '2024-07-15T02:00:00Z' }); // 2024-07-15 10:00 Beijing: results month
    await resetData(api.dataSource);
    sessionId = await createFujian2024Session(api);
    // A session whose pass rules the centre has not set yet.
    const bare = await api.app.get(SessionService).create(SYSTEM_ACTOR, { ...fujian2024Definition(), code: 'FJ-2024-NORULE', theoryPassRule: null, skillsPassRule: null });
    bareSessionId = bare.id;
    await createStaff(api, 'baseA', 'BASE_REVIEWER', BASE_A);
    await createStaff(api, 'baseB', 'BASE_REVIEWER', BASE_B);
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    centre = await login(api, 'centre');
    baseA = await login(api, 'baseA');
    baseB = await login(api, 'baseB');
    await importRoster(api, baseA, [A1, A2]);
    await importRoster(api, baseB, [B1]);
    candA1 = await registerCandidate(api, 'cand-a1', A1.name, A1.idNumber, await samplePortraitJpeg());
    candA2 = await registerCandidate(api, 'cand-a2', A2.name, A2.idNumber, await samplePortraitJpeg());
    for (const [key, who] of [['A1', A1], ['A2', A2], ['B1', B1]] as const) {
      const [row] = await db<{ id: number }>('SELECT id FROM trainee WHERE name = ?', [who.name]);
      trainee[key] = Number(row.id);
    }
    // Centre-approved sign-ups: A1 and A2 for both subjects, B1 (a retaker) for THEORY only.
    for (const [key, skills] of [['A1', 1], ['A2', 1], ['B1', 0]] as const) {
      await db(
        `INSERT INTO signup (session_id, trainee_id, base_id, city_id, status, subject_theory, subject_skills, version)
         SELECT ?, id, base_id, city_id, 'APPROVED', 1, ?, 1 FROM trainee WHERE id = ?`,
        [sessionId, skills, trainee[key]],
      );
      const [row] = await db<{ id: number }>('SELECT id FROM signup WHERE session_id = ? AND trainee_id = ?', [sessionId, trainee[key]]);
      signup[key] = Number(row.id);
    }
    await db(
      `INSERT INTO signup (session_id, trainee_id, base_id, city_id, status, subject_theory, subject_skills, version)
       SELECT ?, id, base_id, city_id, 'APPROVED', 1, 1, 1 FROM trainee WHERE id = ?`,
      [bareSessionId, trainee.A1],
    );
    // The national theory results, as the theory import would have stored them (not yet published).
    for (const [key, score, outcome] of [['A1', '72.50', 'PASSED'], ['A2', '58.00', 'FAILED'], ['B1', '65.00', 'PASSED']] as const) {
      await db(
        `INSERT INTO subject_attempt (trainee_id, session_id, signup_id, subject, year, outcome, score, source, version)
         VALUES (?, ?, ?, 'THEORY', 2024, ?, ?, 'IMPORT', 1)`,
        [trainee[key], sessionId, signup[key], outcome, score],
      );
    }
  });

  afterAll(async () => {
    await api.close();
  });

  it('SC-2 a bad station value, a missing station, an unknown critical item are refused and nothing is written', async () => {
    const notANumber = await enter('A1', { stations: { ...PASSING, CASE_ANALYSIS: 'eighty' }, failedCriticalItems: [] }).expect(400);
    expect(notANumber.body.code).toBe('VALIDATION_FAILED');
    const { BASIC_PROCEDURES: _omitted, ...threeStations } = PASSING;
    const missing = await enter('A1', { stations: threeStations, failedCriticalItems: [] }).expect(400);
    expect(missing.body.code).toBe('VALIDATION_FAILED');
    const unknownStation = await enter('A1', { stations: { ...PASSING, HISTORY_TAKING: 50 }, failedCriticalItems: [] }).expect(400);
    expect(unknownStation.body.code).toBe('VALIDATION_FAILED');

    const outOfRange = await enter('A1', { stations: { ...PASSING, CASE_ANALYSIS: 120 }, failedCriticalItems: ['BASIC_PROCEDURES.hand-washing'] }).expect(400);
    expect(outOfRange.body.code).toBe('SCORE_INVALID');
    expect(outOfRange.body.details.problems.map((p: { code: string; station: string | null }) => [p.code, p.station])).toEqual([
      ['SCORE_OUT_OF_RANGE', 'CASE_ANALYSIS'],
      ['UNKNOWN_CRITICAL_ITEM', null],
    ]);
    expect(outOfRange.body.details.problems[0].explanation.zh).toContain('病例分析');

    expect(await attemptOf('A1', 'SKILLS')).toBeUndefined();
    expect(await auditCount('SKILLS_SCORE_ENTERED')).toBe(0);
  });

  it('SC-2 entry needs a centre-approved SKILLS sign-up, the session\'s skills rule and the centre', async () => {
    const theoryOnly = await enter('B1', { stations: PASSING, failedCriticalItems: [] }).expect(409);
    expect(theoryOnly.body.code).toBe('SCORE_NOT_SIGNED_UP');
    const noRule = await enter('A1', { stations: PASSING, failedCriticalItems: [] }, centre, bareSessionId).expect(409);
    expect(noRule.body.code).toBe('PASS_RULE_NOT_SET');
    const byBase = await enter('A1', { stations: PASSING, failedCriticalItems: [] }, baseA).expect(403);
    expect(byBase.body.code).toBe('FORBIDDEN_ROLE');
    const noSession = await enter('A1', { stations: PASSING, failedCriticalItems: [] }, centre, 999_999).expect(404);
    expect(noSession.body.code).toBe('SESSION_NOT_FOUND');
    expect(await db('SELECT id FROM subject_attempt WHERE subject = ?', ['SKILLS'])).toHaveLength(0);
  });

  it('SC-4 a subject cannot be published while an approved candidate has no result', async () => {
    const refused = await api.http.post(`/sessions/${sessionId}/results/SKILLS/publish`).set(bearer(centre)).send({}).expect(409);
    expect(refused.body.code).toBe('RESULTS_INCOMPLETE');
    expect(refused.body.details).toMatchObject({ missing: 2, traineeIds: [trainee.A1, trainee.A2].sort((a, b) => a - b) });
    const withoutReason = await api.http.post(`/sessions/${sessionId}/results/SKILLS/publish`).set(bearer(centre)).send({ acknowledgeMissing: true }).expect(409);
    expect(withoutReason.body.code).toBe('RESULTS_INCOMPLETE');
    expect(await db('SELECT * FROM result_publication')).toHaveLength(0);
  });

  it('SC-2 / FA-13 the four stations are judged by the session\'s rule, stored and audited with before and after', async () => {
    const passed = await enter('A1', { stations: PASSING, failedCriticalItems: [] }).expect(200);
    expect(passed.body).toMatchObject({ subject: 'SKILLS', outcome: 'PASSED', score: 293.5, source: 'ENTRY', version: 1, year: 2024, voided: false });
    expect(passed.body.reasons.map((r: { code: string }) => r.code)).toEqual(['ALL_REQUIREMENTS_MET']);
    expect(passed.body.explanation.zh).toContain('临床实践技能考核合格');

    // Two first entries at once: one row whatever the interleaving; every accepted entry is audited, a refused one is a clean 409.
    const racing = await Promise.all([1, 2].map(() => enter('A2', { stations: HIGH, failedCriticalItems: ['BASIC_PROCEDURES.aseptic'] })));
    const accepted = racing.filter((r) => r.status === 200);
    expect(accepted.length).toBeGreaterThanOrEqual(1);
    for (const refused of racing.filter((r) => r.status !== 200)) expect(refused.body.code).toBe('CONFLICT');
    const stored = await db<{ id: number; version: number }>("SELECT id, version FROM subject_attempt WHERE trainee_id = ? AND subject = 'SKILLS'", [trainee.A2]);
    expect(stored).toHaveLength(1);
    expect(Number(stored[0].version)).toBe(accepted.length);
    expect(await auditCount('SKILLS_SCORE_ENTERED', stored[0].id)).toBe(accepted.length);
    const failed = accepted[0];
    expect(failed.body).toMatchObject({ outcome: 'FAILED', score: 360, failedCriticalItems: ['BASIC_PROCEDURES.aseptic'] });
    expect(failed.body.reasons).toEqual([
      expect.objectContaining({ code: 'CRITICAL_ITEM_FAILED', explanation: { zh: expect.stringContaining('关键项'), en: expect.stringContaining('critical item') } }),
    ]);

    // Re-entry before publication: the version seen must be current.
    const again = await enter('A1', { stations: { ...PASSING, BASIC_PROCEDURES: 70 }, failedCriticalItems: [], expectedVersion: 1 }).expect(200);
    expect(again.body).toMatchObject({ score: 295.5, version: 2, id: passed.body.id });
    const stale = await enter('A1', { stations: PASSING, failedCriticalItems: [], expectedVersion: 1 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'CONFLICT', details: { currentVersion: 2 } });

    const audits = await db<{ before: string | null; after: string }>(
      "SELECT `before`, `after` FROM audit_record WHERE action = 'SKILLS_SCORE_ENTERED' AND entity_id = ? ORDER BY id",
      [String(passed.body.id)],
    );
    expect(audits).toHaveLength(2);
    expect(audits[0].before).toBeNull();
    expect(json(audits[1].before)).toMatchObject({ score: '293.50', version: 1 });
    expect(json(audits[1].after)).toMatchObject({ score: '295.50', version: 2, outcome: 'PASSED', traineeId: trainee.A1 });
  });

  it('SC-4 nothing is visible to candidates or bases before publication, and nothing counts', async () => {
    expect(await myResults(candA1)).toEqual([]);
    expect(await myResults(candA2)).toEqual([]);
    const forBase = await api.http.get(`/sessions/${sessionId}/results`).set(bearer(baseA)).expect(200);
    expect(forBase.body).toMatchObject({ items: [], total: 0 });
    const forCentre = await api.http.get(`/sessions/${sessionId}/results`).set(bearer(centre)).expect(200);
    expect(forCentre.body.total).toBe(5);
    expect(forCentre.body.items.every((row: { published: boolean }) => !row.published)).toBe(true);
    const status = await api.http.get(`/sessions/${sessionId}/results/publication`).set(bearer(centre)).expect(200);
    expect(status.body).toEqual([
      { sessionId, subject: 'THEORY', published: false, publishedAt: null, results: 3, missing: 0 },
      { sessionId, subject: 'SKILLS', published: false, publishedAt: null, results: 2, missing: 0 },
    ]);
    expect((await standingOf('A1'))?.skillsPassYear ?? null).toBeNull();
  });

  it('SC-4 / FA-13 two concurrent publications of one subject: exactly one publication and one audit record', async () => {
    api.clock.set('2024-07-20T01:00:00Z'); // 09:00 Beijing
    const responses = await Promise.all([
      api.http.post(`/sessions/${sessionId}/results/SKILLS/publish`).set(bearer(centre)).send({ reason: '技能考核成绩公布' }),
      api.http.post(`/sessions/${sessionId}/results/SKILLS/publish`).set(bearer(centre)).send({ reason: '技能考核成绩公布' }),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = responses.find((r) => r.status === 200)!;
    const loser = responses.find((r) => r.status === 409)!;
    expect(winner.body).toMatchObject({ subject: 'SKILLS', published: true, publishedAt: '2024-07-20T09:00:00+08:00', results: 2 });
    expect(loser.body.code).toBe('RESULTS_ALREADY_PUBLISHED');
    expect(await db("SELECT * FROM result_publication WHERE subject = 'SKILLS'")).toHaveLength(1);
    expect(await auditCount('RESULTS_PUBLISHED', sessionId)).toBe(1);
    // SC-4: one message per candidate with a SKILLS result, written by the publication that won.
    expect(await db("SELECT trainee_id FROM candidate_message WHERE kind = 'RESULTS_PUBLISHED'")).toHaveLength(2);

    const twice = await api.http.post(`/sessions/${sessionId}/results/SKILLS/publish`).set(bearer(centre)).send({}).expect(409);
    expect(twice.body.code).toBe('RESULTS_ALREADY_PUBLISHED');
    expect(await auditCount('RESULTS_PUBLISHED', sessionId)).toBe(1);
    const byBase = await api.http.post(`/sessions/${sessionId}/results/THEORY/publish`).set(bearer(baseA)).send({}).expect(403);
    expect(byBase.body.code).toBe('FORBIDDEN_ROLE');
  });

  it('SC-4 / SC-3 once published the candidate sees score, pass/fail and valid-until; the other subject stays hidden until it is published', async () => {
    const [session] = await myResults(candA1);
    expect(session.sessionId).toBe(sessionId);
    expect(session.results).toHaveLength(1);
    expect(session.results[0]).toMatchObject({
      subject: 'SKILLS',
      outcome: 'PASSED',
      score: 295.5,
      validUntil: '2026-12-31',
      voided: false,
      notice: null,
      stationScores: { ...PASSING, BASIC_PROCEDURES: 70 },
    });
    expect(await standingOf('A1')).toMatchObject({ skillsPassYear: 2024, theoryPassYear: null });

    await api.http.post(`/sessions/${sessionId}/results/THEORY/publish`).set(bearer(centre)).send({}).expect(200);
    const [after] = await myResults(candA1);
    expect(after.results.map((r) => r.subject)).toEqual(['THEORY', 'SKILLS']);
    expect(after.results[0]).toMatchObject({ outcome: 'PASSED', score: 72.5, validUntil: '2026-12-31' });
    expect(after.results[0].notice?.zh).toContain('不接受成绩复核申请');
    expect(await standingOf('A1')).toMatchObject({ skillsPassYear: 2024, theoryPassYear: 2024 });

    const [own] = await myResults(candA2);
    expect(own.results.map((r) => [r.subject, r.outcome, r.score, r.validUntil])).toEqual([
      ['THEORY', 'FAILED', 58, null],
      ['SKILLS', 'FAILED', 360, null],
    ]);

    const forBase = await api.http.get(`/sessions/${sessionId}/results/publication`).set(bearer(baseA)).expect(200);
    expect(forBase.body.map((s: { published: boolean; results: number | null }) => [s.published, s.results])).toEqual([
      [true, null],
      [true, null],
    ]);
  });

  it('SC-4 a published subject takes no more entries: its scores change only through a correction', async () => {
    const before = await attemptOf('A1', 'SKILLS');
    const refused = await enter('A1', { stations: HIGH, failedCriticalItems: [], expectedVersion: before.version }).expect(409);
    expect(refused.body.code).toBe('SCORE_PUBLISHED');
    expect(await attemptOf('A1', 'SKILLS')).toEqual(before);
  });

  it('SC-1 theory recheck requests are refused with the notice; skills ones point to the centre', async () => {
    const theory = await api.http.post(`/me/results/${sessionId}/THEORY/recheck-requests`).set(bearer(candA1)).expect(409);
    expect(theory.body.code).toBe('RECHECK_NOT_ACCEPTED');
    expect(theory.body.message.zh).toContain('以标准分形式报告，不接受成绩复核申请');
    const skills = await api.http.post(`/me/results/${sessionId}/SKILLS/recheck-requests`).set(bearer(candA1)).expect(409);
    expect(skills.body.code).toBe('RECHECK_NOT_AVAILABLE');
    expect(skills.body.message.zh).toContain('联系省全科医学培训中心');
    // The same answer for a session the candidate has no (published) result in: existence is not revealed.
    const elsewhere = await api.http.post(`/me/results/${bareSessionId}/THEORY/recheck-requests`).set(bearer(candA1)).expect(409);
    expect(elsewhere.body.code).toBe('RECHECK_NOT_ACCEPTED');
    await api.http.post(`/me/results/${sessionId}/THEORY/recheck-requests`).set(bearer(centre)).expect(403);
  });

  it('SC-4 / FA-13 a published theory score is corrected with a reason, re-judged, audited before/after, and counts', async () => {
    const attempt = await attemptOf('A2', 'THEORY');
    const correct = (body: object, token = centre) => api.http.post(`/attempts/${attempt.id}/corrections`).set(bearer(token)).send(body);

    const noReason = await correct({ score: 61.5, expectedVersion: attempt.version }).expect(400);
    expect(noReason.body.code).toBe('VALIDATION_FAILED');
    const blankReason = await correct({ score: 61.5, reason: '   ', expectedVersion: attempt.version }).expect(400);
    expect(blankReason.body.code).toBe('REASON_REQUIRED');
    const wrongShape = await correct({ stations: PASSING, failedCriticalItems: [], reason: '登分错误', expectedVersion: attempt.version }).expect(400);
    expect(wrongShape.body.code).toBe('VALIDATION_FAILED');
    const tooPrecise = await correct({ score: 61.55, reason: '登分错误', expectedVersion: attempt.version }).expect(400);
    expect(tooPrecise.body).toMatchObject({ code: 'SCORE_INVALID', details: { problems: [expect.objectContaining({ code: 'SCORE_TOO_PRECISE' })] } });
    const stale = await correct({ score: 61.5, reason: '登分错误', expectedVersion: attempt.version + 5 }).expect(409);
    expect(stale.body.code).toBe('CONFLICT');
    const byBase = await correct({ score: 61.5, reason: '登分错误', expectedVersion: attempt.version }, baseA).expect(403);
    expect(byBase.body.code).toBe('FORBIDDEN_ROLE');
    expect(await attemptOf('A2', 'THEORY')).toEqual(attempt);
    expect(await auditCount('SCORE_CORRECTED')).toBe(0);

    const corrected = await correct({ score: 61.5, reason: '国家考试中心更正标准分', expectedVersion: attempt.version }).expect(200);
    expect(corrected.body).toMatchObject({ id: attempt.id, outcome: 'PASSED', score: 61.5, source: 'CORRECTION', version: attempt.version + 1 });
    expect(corrected.body.explanation.zh).toContain('合格');
    const [audit] = await db<{ reason: string; before: string; after: string; scopeBaseId: number }>(
      "SELECT reason, `before`, `after`, scope_base_id AS scopeBaseId FROM audit_record WHERE action = 'SCORE_CORRECTED' AND entity_id = ?",
      [String(attempt.id)],
    );
    expect(audit.reason).toBe('国家考试中心更正标准分');
    expect(json(audit.before)).toMatchObject({ outcome: 'FAILED', score: '58.00', source: 'IMPORT' });
    expect(json(audit.after)).toMatchObject({ outcome: 'PASSED', score: '61.50', source: 'CORRECTION' });
    expect(Number(audit.scopeBaseId)).toBe(await organisationId(api.dataSource, BASE_A));

    const [mine] = await myResults(candA2);
    expect(mine.results[0]).toMatchObject({ subject: 'THEORY', outcome: 'PASSED', score: 61.5, validUntil: '2026-12-31' });
    expect(await standingOf('A2')).toMatchObject({ theoryPassYear: 2024 });
  });

  it('SC-4 / FA-13 a published skills result is corrected station by station and re-judged', async () => {
    const attempt = await attemptOf('A2', 'SKILLS');
    const corrected = await api.http
      .post(`/attempts/${attempt.id}/corrections`)
      .set(bearer(centre))
      .send({ stations: HIGH, failedCriticalItems: [], reason: '考官误记关键项，经复核更正', expectedVersion: attempt.version })
      .expect(200);
    expect(corrected.body).toMatchObject({ outcome: 'PASSED', score: 360, failedCriticalItems: [], source: 'CORRECTION' });
    expect(await standingOf('A2')).toMatchObject({ skillsPassYear: 2024, theoryPassYear: 2024 });
  });

  it('SC-4 a result not yet published is not corrected: entry or re-import handles it', async () => {
    await db(
      "INSERT INTO subject_attempt (trainee_id, session_id, subject, year, outcome, score, source, version) VALUES (?, ?, 'THEORY', 2024, 'FAILED', '50.00', 'IMPORT', 1)",
      [trainee.A1, bareSessionId],
    );
    const unpublished = await attemptOf('A1', 'THEORY', bareSessionId);
    const refused = await api.http
      .post(`/attempts/${unpublished.id}/corrections`)
      .set(bearer(centre))
      .send({ score: 70, reason: '更正', expectedVersion: 1 })
      .expect(404);
    expect(refused.body.code).toBe('RESULTS_NOT_PUBLISHED');
    const missing = await api.http.post('/attempts/999999/corrections').set(bearer(centre)).send({ score: 70, reason: '更正', expectedVersion: 1 }).expect(404);
    expect(missing.body.code).toBe('ATTEMPT_NOT_FOUND');
  });

  it('SC-8 / FA-13 a result is voided for a violation once, with the decision recorded; it stops counting and the candidate sees why', async () => {
    const attempt = await attemptOf('A1', 'SKILLS');
    const voidIt = (body: object, token = centre) => api.http.post(`/attempts/${attempt.id}/void`).set(bearer(token)).send(body);

    expect((await voidIt({ kind: 'VIOLATION' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await voidIt({ kind: 'ROTATION_DEADLINE', reason: '未完成轮转' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await voidIt({ kind: 'VIOLATION', reason: '携带通讯工具' }, baseA).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
    expect((await voidIt({ kind: 'VIOLATION', reason: '携带通讯工具' }, candA1).expect(403)).body.code).toBe('FORBIDDEN_ROLE');

    api.clock.set('2024-07-25T02:00:00Z');
    const responses = await Promise.all([voidIt({ kind: 'VIOLATION', reason: '考核中携带通讯工具' }), voidIt({ kind: 'VIOLATION', reason: '考核中携带通讯工具' })]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(responses.find((r) => r.status === 409)!.body.code).toBe('ATTEMPT_ALREADY_VOIDED');
    expect(responses.find((r) => r.status === 200)!.body).toMatchObject({ voided: true, voidKind: 'VIOLATION', voidReason: '考核中携带通讯工具', voidedAt: '2024-07-25T10:00:00+08:00' });
    const again = await voidIt({ kind: 'FALSE_INFORMATION', reason: '再次取消' }).expect(409);
    expect(again.body.code).toBe('ATTEMPT_ALREADY_VOIDED');
    expect(await auditCount('RESULT_VOIDED', attempt.id)).toBe(1);
    expect(await attemptOf('A1', 'SKILLS')).toMatchObject({ voided: 1, voidKind: 'VIOLATION' });

    const [mine] = await myResults(candA1);
    expect(mine.results.find((r) => r.subject === 'SKILLS')).toMatchObject({ voided: true, voidKind: 'VIOLATION', voidReason: '考核中携带通讯工具', validUntil: null });
    expect(await standingOf('A1')).toMatchObject({ skillsPassYear: null, theoryPassYear: 2024 });

    const correctVoided = await api.http
      .post(`/attempts/${attempt.id}/corrections`)
      .set(bearer(centre))
      .send({ stations: HIGH, failedCriticalItems: [], reason: '更正', expectedVersion: attempt.version + 1 })
      .expect(409);
    expect(correctVoided.body.code).toBe('ATTEMPT_ALREADY_VOIDED');
  });

  it('FA-11 cancelling a sign-up for false information voids its session results with an audit record and recomputes standing', async () => {
    const cancelled = await api.http.post(`/signups/${signup.A2}/cancel`).set(bearer(centre)).send({ reason: '学历证明材料不实' }).expect(200);
    expect(cancelled.body.status).toBe('CANCELLED');
    for (const subject of ['THEORY', 'SKILLS'] as const) expect(await attemptOf('A2', subject)).toMatchObject({ voided: 1, voidKind: 'FALSE_INFORMATION' });
    const [mine] = await myResults(candA2);
    expect(mine.results.map((r) => [r.subject, r.voided, r.voidKind, r.voidReason, r.validUntil])).toEqual([
      ['THEORY', true, 'FALSE_INFORMATION', '学历证明材料不实', null],
      ['SKILLS', true, 'FALSE_INFORMATION', '学历证明材料不实', null],
    ]);
    expect(await standingOf('A2')).toMatchObject({ theoryPassYear: null, skillsPassYear: null });
    const [audit] = await db<{ after: string }>("SELECT `after` FROM audit_record WHERE action = 'SIGNUP_CANCEL_FALSE_INFORMATION' AND entity_id = ?", [String(signup.A2)]);
    expect(json(audit.after).voidedResults).toHaveLength(2);
  });

  it('SC-4 scope: a base lists only its own published results with masked ID numbers; another base and candidates are refused', async () => {
    const forA = await api.http.get(`/sessions/${sessionId}/results`).set(bearer(baseA)).expect(200);
    expect(forA.body.total).toBe(4);
    expect(new Set(forA.body.items.map((r: { traineeId: number }) => r.traineeId))).toEqual(new Set([trainee.A1, trainee.A2]));
    for (const row of forA.body.items as Array<{ idNumberMasked: string; baseName: string }>) {
      expect(row.idNumberMasked).toMatch(/^350102\*+/);
      expect([A1.idNumber, A2.idNumber]).not.toContain(row.idNumberMasked);
      expect(row.baseName).toBe(BASE_A);
    }
    const forB = await api.http.get(`/sessions/${sessionId}/results`).set(bearer(baseB)).expect(200);
    expect(forB.body.items.map((r: { name: string; subject: string; outcome: string }) => [r.name, r.subject, r.outcome])).toEqual([[B1.name, 'THEORY', 'PASSED']]);

    const baseAId = await organisationId(api.dataSource, BASE_A);
    const crossBase = await api.http.get(`/sessions/${sessionId}/results?baseId=${baseAId}`).set(bearer(baseB)).expect(403);
    expect(crossBase.body.code).toBe('FORBIDDEN_SCOPE');
    const asCandidate = await api.http.get(`/sessions/${sessionId}/results`).set(bearer(candA1)).expect(403);
    expect(asCandidate.body.code).toBe('FORBIDDEN_ROLE');
    await api.http.get(`/sessions/${sessionId}/results/publication`).set(bearer(candA1)).expect(403);

    // A candidate's view holds only their own results.
    const [own] = await myResults(candA1);
    const ownIds = new Set((await db<{ id: number }>('SELECT id FROM subject_attempt WHERE trainee_id = ? AND session_id = ?', [trainee.A1, sessionId])).map((r) => Number(r.id)));
    expect(own.results).toHaveLength(ownIds.size);
    expect(JSON.stringify(own)).not.toContain(A2.name);
  });

  it('SC-4 the centre filters a session\'s results by base, subject and outcome, paged', async () => {
    const baseAId = await organisationId(api.dataSource, BASE_A);
    const filtered = await api.http.get(`/sessions/${sessionId}/results?baseId=${baseAId}&subject=THEORY&outcome=PASSED`).set(bearer(centre)).expect(200);
    expect(filtered.body.items.map((r: { traineeId: number }) => r.traineeId).sort()).toEqual([trainee.A1, trainee.A2].sort((a, b) => a - b));
    const paged = await api.http.get(`/sessions/${sessionId}/results?page=2&pageSize=2`).set(bearer(centre)).expect(200);
    expect(paged.body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(paged.body.items).toHaveLength(2);
    const badOutcome = await api.http.get(`/sessions/${sessionId}/results?outcome=VOID`).set(bearer(centre)).expect(400);
    expect(badOutcome.body.code).toBe('VALIDATION_FAILED');
  });
});
