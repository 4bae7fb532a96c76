import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { bearer, createFujian2024Session, createStaff, importRoster, login, registerCandidate, residentId } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';

interface Check {
  rule: string;
  outcome: string;
  explanation: { zh: string; en: string };
  exception?: { reason: string };
}

describe('Explained eligibility verdicts over HTTP (FA-2, FA-3, FA-4, FA-14)', () => {
  let api: TestApi;
  let sessionId: number;
  let centreToken: string;
  let photo: Buffer;

  beforeAll(async () => {
    api = await startApi({ now: '2024-03-01T02:00:00Z' });
    await resetData(api.dataSource);
    sessionId = await createFujian2024Session(api);
    await createStaff(api, 'base1', 'BASE_REVIEWER', '福州市第一总医院');
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    centreToken = await login(api, 'centre');
    photo = await samplePortraitJpeg();
    await importRoster(api, await login(api, 'base1'), [
      { name: '超期者', idNumber: residentId('19950101', '111'), cohort: '2019', rotationEndDate: '2021-06-30' },
      { name: '补考者', idNumber: residentId('19960202', '222'), cohort: '2020', rotationEndDate: '2022-06-30' },
      { name: '例外者', idNumber: residentId('19970303', '333'), processAssessmentPassed: '不合格' },
    ]);
  });

  afterAll(async () => {
    await api.close();
  });

  const traineeId = async (name: string): Promise<number> => Number((await api.dataSource.query('SELECT id FROM trainee WHERE name = ?', [name]))[0].id);

  it('FA-3 rotation ended 2021, session 2024 (R+3): refused, marked retraining required, every rule explained', async () => {
    const candidate = await registerCandidate(api, 'late', '超期者', residentId('19950101', '111'), photo);
    const refused = await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(candidate)).send({}).expect(422);
    expect(refused.body.code).toBe('RETRAINING_REQUIRED');
    const checks = refused.body.details.verdict.checks as Check[];
    expect(checks.find((c) => c.rule === 'FA-3')?.outcome).toBe('FAIL');
    expect(checks.find((c) => c.rule === 'FA-2.rotation')?.outcome).toBe('FAIL');
    expect(refused.body.details.verdict.retrainingRequired).toBe(true);
    const profile = await api.http.get('/me/profile').set(bearer(candidate)).expect(200);
    expect(profile.body.retrainingRequired).toBe(true);
    const audit = await api.http.get(`/audit?action=TRAINEE_RETRAINING_REQUIRED&entityId=${await traineeId('超期者')}`).set(bearer(centreToken)).expect(200);
    expect(audit.body.total).toBe(1);
    expect(Number((await api.dataSource.query('SELECT COUNT(*) AS n FROM signup'))[0].n)).toBe(0);
  });

  it('FA-4 a retaker with THEORY passed in 2023 signs up for SKILLS only; THEORY is refused as still valid', async () => {
    const id = await traineeId('补考者');
    await api.dataSource.query("INSERT INTO subject_attempt (trainee_id, subject, year, outcome) VALUES (?, 'THEORY', 2023, 'PASSED'), (?, 'SKILLS', 2023, 'FAILED')", [id, id]);
    const candidate = await registerCandidate(api, 'retaker', '补考者', residentId('19960202', '222'), photo);
    const both = await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(candidate)).send({ subjects: ['THEORY', 'SKILLS'] }).expect(422);
    expect(both.body.code).toBe('SUBJECTS_INVALID');
    const fa4 = (both.body.details.verdict.checks as Check[]).find((c) => c.rule === 'FA-4')!;
    expect(fa4.outcome).toBe('FAIL');
    expect(fa4.explanation.en).toContain('2025');
    const preview = await api.http.get(`/sessions/${sessionId}/eligibility`).set(bearer(candidate)).expect(200);
    expect(preview.body.subjects.firstTime).toBe(false);
    expect(preview.body.subjects.needed).toEqual(['SKILLS']);
    const submitted = await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(candidate)).send({}).expect(201);
    expect(submitted.body.subjects).toEqual(['SKILLS']);
  });

  it('FA-14 the centre grants a recorded exception for one rule; the verdict shows it and the sign-up goes through', async () => {
    const candidate = await registerCandidate(api, 'excepted', '例外者', residentId('19970303', '333'), photo);
    const refused = await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(candidate)).send({}).expect(422);
    expect(refused.body.code).toBe('SIGNUP_NOT_ELIGIBLE');
    expect(refused.body.details.verdict.failedRules).toEqual(['FA-2.process']);

    const id = await traineeId('例外者');
    const notAllowed = await api.http.post(`/sessions/${sessionId}/exceptions`).set(bearer(centreToken)).send({ traineeId: id, rule: 'FA-1', reason: '补报' }).expect(400);
    expect(notAllowed.body.code).toBe('VALIDATION_FAILED');
    await api.http.post(`/sessions/${sessionId}/exceptions`).set(bearer(centreToken)).send({ traineeId: id, rule: 'FA-2.process', reason: '过程考核成绩漏录，经核实已合格' }).expect(201);

    // The submit response carries each rule's outcome and the exception; the explanations are on the sign-up.
    const submitted = await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(candidate)).send({}).expect(201);
    expect(submitted.body.status).toBe('SUBMITTED');
    expect(submitted.body.statusLabel.zh).toBe('报名信息已提交，等待审核');
    expect(submitted.body.verdict).toMatchObject({ ruleSetVersion: 'fujian-2024.1', eligible: true, failedRules: [] });
    expect((submitted.body.verdict.checks as Check[]).map((c) => [c.rule, c.outcome])).toEqual([
      ['FA-1', 'PASS'],
      ['FA-2.rotation', 'PASS'],
      ['FA-2.phase-theory', 'PASS'],
      ['FA-2.process', 'EXCEPTED'],
      ['FA-3', 'PASS'],
      ['FA-4', 'PASS'],
      ['FA-5', 'PASS'],
      ['FA-6', 'PASS'],
    ]);
    const check = (submitted.body.verdict.checks as Check[]).find((c) => c.rule === 'FA-2.process')!;
    expect(check.exception?.reason).toBe('过程考核成绩漏录，经核实已合格');
    expect(check.explanation).toBeUndefined();
    const [mine] = (await api.http.get('/me/signups').set(bearer(candidate)).expect(200)).body as Array<{ id: number; verdict: { eligible: boolean; checks: Check[] } }>;
    expect(mine.id).toBe(submitted.body.id);
    expect(mine.verdict.eligible).toBe(true);
    const stored = mine.verdict.checks.find((c) => c.rule === 'FA-2.process')!;
    expect(stored.outcome).toBe('EXCEPTED');
    expect(stored.explanation.zh).toContain('过程考核成绩漏录，经核实已合格');
    expect(stored.explanation.en).toContain('exception granted');
    const audit = await api.http.get(`/audit?action=ELIGIBILITY_EXCEPTION_GRANTED&entityId=${id}`).set(bearer(centreToken)).expect(200);
    expect(audit.body.items[0].reason).toBe('过程考核成绩漏录，经核实已合格');
  });

  it('FA-14 the centre lists the session\'s exceptions: who, which rule, why, granted by whom and when', async () => {
    const id = await traineeId('例外者');
    const [{ centreId }]: Array<{ centreId: number }> = await api.dataSource.query("SELECT id AS centreId FROM user_account WHERE username = 'centre'");
    const list = await api.http.get(`/sessions/${sessionId}/exceptions`).set(bearer(centreToken)).expect(200);
    expect(list.body).toEqual({
      items: [
        {
          id: expect.any(Number),
          sessionId,
          traineeId: id,
          traineeName: '例外者',
          idNumberMasked: expect.stringContaining('*'),
          baseId: expect.any(Number),
          baseName: '福州市第一总医院',
          rule: 'FA-2.process',
          ruleTitle: { zh: '培训过程考核', en: 'Process assessment' },
          reason: '过程考核成绩漏录，经核实已合格',
          grantedBy: { userId: Number(centreId), displayName: expect.any(String) },
          grantedAt: '2024-03-01T10:00:00+08:00',
        },
      ],
      total: 1,
      page: 1,
      pageSize: 20,
    });
    expect(list.body.items[0].idNumberMasked).not.toContain(residentId('19970303', '333').slice(6, 14));
    expect((await api.http.get(`/sessions/${sessionId}/exceptions?page=2&pageSize=1`).set(bearer(centreToken)).expect(200)).body).toEqual({ items: [], total: 1, page: 2, pageSize: 1 });
    expect((await api.http.get(`/sessions/${sessionId}/exceptions?page=0`).set(bearer(centreToken)).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await api.http.get('/sessions/99999/exceptions').set(bearer(centreToken)).expect(404)).body.code).toBe('SESSION_NOT_FOUND');
    const base = await api.http.get(`/sessions/${sessionId}/exceptions`).set(bearer(await login(api, 'base1'))).expect(403);
    expect(base.body.code).toBe('FORBIDDEN_ROLE');
  });
});
