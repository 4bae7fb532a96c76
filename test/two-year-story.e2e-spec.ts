import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { bearer, createFujian2024Session, createStaff, fujian2025SessionDto, importRoster, login, registerCandidate, residentId } from './support/fixtures';
import { theoryCsv } from './support/score-fixtures';
import { resetData, startApi, TestApi } from './support/test-api';

const SKILLS_HEADER = '姓名,证件号码,病例分析,病历书写,辅助检查判读,基本技能操作,关键项不合格';

/** The 2025 session as the centre defines it over HTTP, with the pass rules the scores are judged by. */
const FJ_2025 = {
  ...fujian2025SessionDto(),
  theoryPassRule: { passLine: 60, maxScore: 100, maxDecimalPlaces: 1 },
  skillsPassRule: {
    totalPassLine: 240,
    stationMinimums: { CASE_ANALYSIS: 50, MEDICAL_RECORD: 50, AUX_EXAM_READING: 50, BASIC_PROCEDURES: 50 },
    stationMaximums: { CASE_ANALYSIS: 100, MEDICAL_RECORD: 100, AUX_EXAM_READING: 100, BASIC_PROCEDURES: 100 },
    criticalItems: ['BASIC_PROCEDURES.aseptic'],
  },
};

/**
 * Part C over two years, through the API only: 2024 sign-up → THEORY passed, SKILLS failed → 2025 SKILLS
 * only (THEORY refused as still valid) → passed → certificate eligible. A second trainee who never passes
 * is retraining-required in R+3 and refused at sign-up.
 */
describe('Two-year story: validity, retake, certificate, retraining (SC-3, FA-4, SC-6, FA-3, SC-7)', () => {
  let api: TestApi;
  let centre: string;
  let base: string;
  let lin: string;
  let zhou: string;
  let session2024: number;
  let session2025: number;
  const LIN = { name: '林晓华', idNumber: residentId('19980312', '123') };
  const ZHOU = { name: '周国强', idNumber: residentId('19960708', '456') };

  /** Submitted inside the sign-up window, reviewed once the review window opens (both are session configuration). */
  const signUpAndApprove = async (token: string, sessionId: number, subjects: string[], reviewAt: string) => {
    const submitted = await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(token)).send({ subjects }).expect(201);
    const submittedAt = api.clock.now().toISOString();
    api.clock.set(reviewAt);
    await api.http.post(`/signups/${submitted.body.id}/base-review`).set(bearer(base)).send({ decision: 'APPROVE' }).expect(200);
    await api.http.post(`/signups/${submitted.body.id}/centre-review`).set(bearer(centre)).send({ decision: 'APPROVE' }).expect(200);
    api.clock.set(submittedAt);
  };
  const importAndCommit = async (sessionId: number, subject: 'THEORY' | 'SKILLS', csv: string) => {
    const preview = await api.http.post(`/sessions/${sessionId}/score-imports/${subject}`).set(bearer(centre)).attach('file', Buffer.from(csv, 'utf8'), 'scores.csv').expect(201);
    expect(preview.body.canCommit).toBe(true);
    await api.http.post(`/score-imports/${preview.body.id}/commit`).set(bearer(centre)).expect(201);
  };
  const publish = (sessionId: number, subject: string) => api.http.post(`/sessions/${sessionId}/results/${subject}/publish`).set(bearer(centre)).send({}).expect(200);
  const resultOf = (body: Array<{ sessionId: number; results: Array<{ subject: string }> }>, sessionId: number, subject: string) =>
    body.find((s) => s.sessionId === sessionId)?.results.find((r) => r.subject === subject);

  beforeAll(async () => {
    api = await startApi({ now: '2024-03-01T02:00:00Z' });
    await resetData(api.dataSource);
    session2024 = await createFujian2024Session(api);
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    await createStaff(api, 'base1', 'BASE_REVIEWER', '福州市第一总医院');
    centre = await login(api, 'centre');
    base = await login(api, 'base1');
    await importRoster(api, base, [
      { ...LIN, rotationEndDate: '2024-06-30' },
      { ...ZHOU, rotationEndDate: '2022-06-30' },
    ]);
    const photo = await samplePortraitJpeg();
    lin = await registerCandidate(api, 'lin', LIN.name, LIN.idNumber, photo);
    zhou = await registerCandidate(api, 'zhou', ZHOU.name, ZHOU.idNumber, photo);
  });

  afterAll(async () => {
    await api.close();
  });

  it('2024: both sign up as first-timers; Lin passes THEORY and fails SKILLS, Zhou fails both; nothing shows until publication', async () => {
    await signUpAndApprove(lin, session2024, ['THEORY', 'SKILLS'], '2024-03-05T02:00:00Z');
    await signUpAndApprove(zhou, session2024, ['THEORY', 'SKILLS'], '2024-03-05T02:00:00Z');

    api.clock.set('2024-06-20T02:00:00Z');
    await importAndCommit(session2024, 'THEORY', theoryCsv([
      { ...LIN, score: '71.5' },
      { ...ZHOU, score: '48' },
    ]));
    await importAndCommit(session2024, 'SKILLS', [SKILLS_HEADER, `${LIN.name},${LIN.idNumber},70,40,60,60,`, `${ZHOU.name},${ZHOU.idNumber},缺考,缺考,缺考,缺考,`].join('\r\n'));
    const hidden = await api.http.get('/me/results').set(bearer(lin)).expect(200);
    expect(hidden.body).toEqual([]);

    api.clock.set('2024-07-15T02:00:00Z');
    await publish(session2024, 'THEORY');
    await publish(session2024, 'SKILLS');
    const results = await api.http.get('/me/results').set(bearer(lin)).expect(200);
    expect(resultOf(results.body, session2024, 'THEORY')).toMatchObject({ outcome: 'PASSED', score: 71.5, validUntil: '2026-12-31' });
    expect(resultOf(results.body, session2024, 'THEORY')).toMatchObject({ notice: { zh: expect.stringContaining('不接受成绩复核申请') } });
    expect(resultOf(results.body, session2024, 'SKILLS')).toMatchObject({ outcome: 'FAILED', score: 230, validUntil: null });
    await api.http.post(`/me/results/${session2024}/THEORY/recheck-requests`).set(bearer(lin)).expect(409).expect((res) => expect(res.body.code).toBe('RECHECK_NOT_ACCEPTED'));

    const standing = await api.http.get('/me/standing').set(bearer(lin)).expect(200);
    expect(standing.body.subjects).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subject: 'THEORY', passYear: 2024, validUntil: '2026-12-31', validToday: true }),
        expect.objectContaining({ subject: 'SKILLS', passYear: null, validToday: false }),
      ]),
    );
    expect(standing.body.certificate.eligible).toBe(false);
    expect(standing.body.certificate.failedRules).toContain('SC-6.skills');
    expect(standing.body.retraining).toMatchObject({ lastAllowedYear: 2026, deadline: '2026-12-31', remainingSubjects: ['SKILLS'] });
  });

  it('2025: Lin may not sign up for THEORY again (still valid, FA-4), signs up for SKILLS only and passes: certificate eligible (SC-6)', async () => {
    api.clock.set('2025-01-10T02:00:00Z');
    const created = await api.http.post('/sessions').set(bearer(centre)).send(FJ_2025).expect(201);
    session2025 = created.body.id;

    api.clock.set('2025-03-02T02:00:00Z');
    const both = await api.http.post(`/me/signups/${session2025}/submit`).set(bearer(lin)).send({ subjects: ['THEORY', 'SKILLS'] }).expect(422);
    expect(both.body.code).toBe('SUBJECTS_INVALID');
    expect(both.body.details.verdict.failedRules).toEqual(['FA-4']);
    const fa4 = both.body.details.verdict.checks.find((c: { rule: string }) => c.rule === 'FA-4');
    expect(fa4.outcome).toBe('FAIL');
    expect(fa4.explanation.zh).toContain('2024');
    await signUpAndApprove(lin, session2025, ['SKILLS'], '2025-03-05T02:00:00Z');

    api.clock.set('2025-06-20T02:00:00Z');
    await importAndCommit(session2025, 'SKILLS', [SKILLS_HEADER, `${LIN.name},${LIN.idNumber},80,75,70,72,`].join('\r\n'));
    api.clock.set('2025-07-15T02:00:00Z');
    await publish(session2025, 'SKILLS');

    const standing = await api.http.get('/me/standing').set(bearer(lin)).expect(200);
    expect(standing.body.certificate).toMatchObject({ eligible: true, failedRules: [] });
    expect(standing.body.retraining.state).toBe('CERTIFICATE_READY');
    const list = await api.http.get('/standing/certificate-eligibility?eligible=true').set(bearer(base)).expect(200);
    expect(list.body.items.map((item: { name: string }) => item.name)).toEqual([LIN.name]);
  });

  it('2025 is R+3 for Zhou (rotation ended 2022) who never passed: retraining required, shown ahead, refused at sign-up (FA-3, SC-7)', async () => {
    api.clock.set('2025-03-02T02:00:00Z');
    const standing = await api.http.get('/me/standing').set(bearer(zhou)).expect(200);
    expect(standing.body.retraining).toMatchObject({ state: 'RETRAINING_REQUIRED', lastAllowedYear: 2024, deadline: '2024-12-31' });
    expect(standing.body.certificate.eligible).toBe(false);

    const refused = await api.http.post(`/me/signups/${session2025}/submit`).set(bearer(zhou)).send({ subjects: ['THEORY', 'SKILLS'] }).expect(422);
    expect(refused.body.code).toBe('RETRAINING_REQUIRED');
    expect(refused.body.details.verdict.checks.find((c: { rule: string }) => c.rule === 'FA-3').outcome).toBe('FAIL');

    const retraining = await api.http.get('/standing/retraining?state=RETRAINING_REQUIRED').set(bearer(base)).expect(200);
    expect(retraining.body.items.map((item: { name: string }) => item.name)).toEqual([ZHOU.name]);
  });
});
