import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { RecruitmentJobsProducer, QueueName } from '@app/queue';
import { demoRound, RoundStore } from '@app/recruitment';
import { getQueueToken } from '@nestjs/bullmq';
import { Job, Queue } from 'bullmq';
import iconv from 'iconv-lite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, binaryBody, createStaff, login, PASSWORD } from '../support/fixtures';
import { printedQrCodes, qrModules } from '../support/printed-qr';
import { resetData, startApi, TestApi } from '../support/test-api';
import { startWorker } from '../support/test-worker';
import { baseId, draft, EMPLOYED_DOCUMENTS, fujianFacts, idNumber, INDEPENDENT_DOCUMENTS, registerApplicant, resetRecruitment, roundId, uploadDocuments } from './recruitment-fixtures';

const PUBLIC_ORIGIN = 'https://agp.example.org';
/** Beijing 2025-07-05 10:00: sign-up and both review windows open. */
const SIGNUP = '2025-07-05T02:00:00Z';
/** 2025-07-21 10:00: the admission window. */
const ADMISSION = '2025-07-21T02:00:00Z';
/** 2025-07-29 00:00: results are visible ('7月29日起'). */
const RESULTS = '2025-07-28T16:00:00Z';
const ARRIVAL = '2025-08-20T02:00:00Z';
/** 2025-09-01 00:00: '8月31日前' has ended. */
const DEADLINE = '2025-08-31T16:00:00Z';
const NEXT_YEAR_SIGNUP = '2026-07-05T02:00:00Z';
/** 2027-03-05 10:00: the 2027 final assessment's sign-up. */
const FINAL_ASSESSMENT_SIGNUP = '2027-03-05T02:00:00Z';
const FIRST_GENERAL = '福州市第一总医院';

async function until<T>(what: string, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Fujian 2025 from sign-up to the final assessment, over HTTP only: three applicants apply (the employed through
 * the city commission then the centre, the independents through the centre), the centre ranks, previews and
 * publishes (central parallel admission, then adjustment); results show from 7月29日; the worker renders the
 * notices; one reports and becomes a trainee who later signs up for the final assessment with the same login;
 * the others are no-shows, and one of them is refused at next year's sign-up with the ban explained.
 */
describe('Fujian 2025 story: sign-up → review → ranking → admission → notice → arrival → final assessment; no-show → next year refused', () => {
  let api: TestApi;
  let worker: Awaited<ReturnType<typeof startWorker>>;
  let round: number;
  let firstGeneral: number;
  let jpeg: Buffer;
  const applicants: Record<'lin' | 'huang' | 'wu', { token: string; id: string; applicationId: number }> = {} as never;

  beforeAll(async () => {
    api = await startApi({ now: SIGNUP, env: { PUBLIC_ORIGIN } });
    await resetData(api.dataSource);
    await resetRecruitment(api);
    worker = await startWorker(SIGNUP, { PUBLIC_ORIGIN });
    round = await roundId(api, 'FJ-2025');
    firstGeneral = await baseId(api, FIRST_GENERAL);
    jpeg = await samplePortraitJpeg();
    await createStaff(api, 'story-centre', 'CENTRE_ADMIN', '福建省');
    await createStaff(api, 'story-city', 'CITY_REVIEWER', '福州市');
    await createStaff(api, 'story-base', 'BASE_REVIEWER', FIRST_GENERAL);
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  const setClock = (at: string) => {
    api.clock.set(at);
    worker.clock.set(at);
  };
  const kinds = async (token: string) => ((await api.http.get('/me/messages').set(bearer(token)).expect(200)).body.items as Array<{ kind: string }>).map((m) => m.kind);

  it('RC-1 … RC-5 three applicants register, apply, upload, submit; the city then the centre approve the employed, the centre the independents', async () => {
    const fuzhou = await baseId(api, '福州市');
    const intending = fujianFacts({ employment: { status: 'INTENDING', facility: 'TOWNSHIP_HOSPITAL', rural: true, regionCode: '350121', startYear: null } });
    const apply = async (key: 'lin' | 'huang' | 'wu', name: string, birth: string, serial: string, type: 'EMPLOYED' | 'INDEPENDENT') => {
      const id = idNumber(birth, serial);
      const token = await registerApplicant(api, `story-${key}`, name, id);
      const profile = type === 'EMPLOYED' ? { applicantType: type, employerCityId: fuzhou, facts: fujianFacts() } : { applicantType: type, facts: intending };
      const applicationId = await draft(api, token, round, profile, [firstGeneral], true);
      await uploadDocuments(api, token, applicationId, type === 'EMPLOYED' ? EMPLOYED_DOCUMENTS : INDEPENDENT_DOCUMENTS, jpeg);
      const submitted = await api.http.post(`/me/recruitment/applications/${applicationId}/submit`).set(bearer(token)).send({}).expect(200);
      expect(submitted.body).toMatchObject({ status: 'IN_REVIEW', nextReviewer: type === 'EMPLOYED' ? 'CITY' : 'CENTRE', eligible: true });
      applicants[key] = { token, id, applicationId };
    };
    await apply('lin', '林晓', '19960101', '201', 'EMPLOYED');
    await apply('huang', '黄华', '19970202', '202', 'INDEPENDENT');
    await apply('wu', '吴敏', '19980303', '203', 'INDEPENDENT');

    const city = await login(api, 'story-city');
    const centre = await login(api, 'story-centre');
    await api.http.post(`/recruitment/applications/${applicants.lin.applicationId}/review`).set(bearer(city)).send({ decision: 'APPROVE' }).expect(200);
    for (const key of ['lin', 'huang', 'wu'] as const) {
      const approved = await api.http.post(`/recruitment/applications/${applicants[key].applicationId}/review`).set(bearer(centre)).send({ decision: 'APPROVE' }).expect(200);
      expect(approved.body).toMatchObject({ status: 'APPROVED', nextReviewer: null });
    }
  });

  it('RC-6 the centre imports and enters ranking scores, previews and publishes: parallel admission, then adjustment of who accepted it', async () => {
    setClock(ADMISSION);
    const centre = await login(api, 'story-centre');
    const file = iconv.encode(`姓名,证件号码,分数\r\n林晓,${applicants.lin.id},90\r\n黄华,${applicants.huang.id},85\r\n`, 'gbk');
    const imported = await api.http.post(`/recruitment/rounds/${round}/ranking-scores/import?commit=true`).set(bearer(centre)).attach('file', file, 'ranking.csv').expect(201);
    expect(imported.body).toMatchObject({ committed: true, totalRows: 2, errorRows: 0 });
    await api.http.put(`/recruitment/rounds/${round}/ranking-scores/${applicants.wu.applicationId}`).set(bearer(centre)).send({ score: 80 }).expect(200);

    const preview = (await api.http.post(`/recruitment/rounds/${round}/admission-runs`).set(bearer(centre)).expect(201)).body as { id: number; status: string; admitted: number };
    expect(preview).toMatchObject({ status: 'PREVIEW', admitted: 3 });
    const outcomes = (await api.http.get(`/recruitment/rounds/${round}/admission-runs/${preview.id}/outcomes?pageSize=50`).set(bearer(centre)).expect(200)).body.items as Array<{
      name: string;
      admitted: boolean;
      baseName: string | null;
      admittedBy: string | null;
    }>;
    const byName = new Map(outcomes.map((item) => [item.name, item]));
    expect(byName.get('林晓')).toMatchObject({ admitted: true, baseName: FIRST_GENERAL, admittedBy: 'PARALLEL' });
    // One independent seat at the first general hospital: the higher score takes it, the other is adjusted.
    expect(byName.get('黄华')).toMatchObject({ admitted: true, baseName: FIRST_GENERAL, admittedBy: 'PARALLEL' });
    expect(byName.get('吴敏')).toMatchObject({ admitted: true, admittedBy: 'ADJUSTMENT' });
    expect(byName.get('吴敏')!.baseName).not.toBe(FIRST_GENERAL);

    await api.http.post(`/recruitment/rounds/${round}/admission-runs/${preview.id}/publish`).set(bearer(centre)).expect(200);
    // Published, but not yet visible: the applicant is told when to look, nothing more.
    const early = await api.http.get(`/recruitment/rounds/${round}/admission/mine`).set(bearer(applicants.lin.token));
    expect([early.status, early.body.code]).toEqual([409, 'ADMISSION_RESULTS_NOT_VISIBLE']);
    expect((await kinds(applicants.lin.token))[0]).toBe('RECRUITMENT_RESULTS_PUBLISHED');
    expect(await kinds(applicants.lin.token)).not.toContain('RECRUITMENT_ADMITTED');
  });

  it('RC-6 from 7月29日 each sees the outcome; the worker-rendered notice downloads and its QR code verifies', async () => {
    await until('notices rendered by the worker', async () => {
      const rows = await api.dataSource.query<Array<{ notice_status: string }>>('SELECT notice_status FROM recruitment_placement WHERE round_id = ?', [round]);
      return rows.length === 3 && rows.every((row) => row.notice_status === 'READY') ? rows : null;
    });
    setClock(RESULTS);
    const mine = await api.http.get(`/recruitment/rounds/${round}/admission/mine`).set(bearer(applicants.lin.token)).expect(200);
    expect(mine.body).toMatchObject({ admitted: true, baseName: FIRST_GENERAL, admittedBy: 'PARALLEL', placement: { status: 'ADMITTED', noticeStatus: 'READY' } });
    expect((await api.http.get(`/recruitment/rounds/${round}/admission/mine`).set(bearer(applicants.wu.token)).expect(200)).body.admittedBy).toBe('ADJUSTMENT');
    expect(await kinds(applicants.lin.token)).toEqual(['RECRUITMENT_NOTICE_READY', 'RECRUITMENT_ADMITTED', 'RECRUITMENT_RESULTS_PUBLISHED', 'RECRUITMENT_REVIEW_PASSED', 'RECRUITMENT_REVIEW_PASSED']);

    const pdf = await api.http.get(`/recruitment/rounds/${round}/admission/mine/notice`).set(bearer(applicants.lin.token)).buffer(true).parse(binaryBody).expect(200);
    const file = join(mkdtempSync(join(tmpdir(), 'story-notice-')), 'notice.pdf');
    writeFileSync(file, pdf.body as Buffer);
    // The printed code is the verification address of this placement's token (read back to compare, never written).
    const [{ notice_token: token }] = await api.dataSource.query<Array<{ notice_token: string }>>('SELECT notice_token FROM recruitment_placement WHERE application_id = ?', [applicants.lin.applicationId]);
    expect(await printedQrCodes(file)).toEqual([qrModules(`${PUBLIC_ORIGIN}/verify-admission/${token}`)]);
    const verified = await api.http.get(`/recruitment/notices/verify/${token}`).expect(200);
    expect(verified.body).toMatchObject({ genuine: true, name: '林晓', baseName: FIRST_GENERAL, status: 'ADMITTED' });
  });

  it('RC-9 the base records the arrival: the applicant is a trainee of the base, and the same login signs up for the final assessment', async () => {
    setClock(ARRIVAL);
    const base = await login(api, 'story-base');
    const arrived = await api.http.post(`/recruitment/rounds/${round}/placements/${applicants.lin.applicationId}/arrival`).set(bearer(base)).send({ reportedOn: '2025-08-20' }).expect(200);
    expect(arrived.body).toMatchObject({ status: 'REPORTED', baseName: FIRST_GENERAL });
    const traineeId = arrived.body.traineeId as number;

    setClock(FINAL_ASSESSMENT_SIGNUP);
    const centre = await login(api, 'story-centre');
    // The 2027 session, as the centre creates it; the rotation of a 2025 arrival ends in 2027.
    const session = await api.http
      .post('/sessions')
      .set(bearer(centre))
      .send({
        code: 'FJ-2027',
        name: '2027年福建省临床类别助理全科医生培训结业考核',
        year: 2027,
        ruleSetVersion: 'fujian-2025.1',
        signupWindow: { opensAt: '2027-03-01T08:00:00+08:00', closesAt: '2027-03-11T00:00:00+08:00' },
        reviewWindow: { opensAt: '2027-03-04T00:00:00+08:00', closesAt: '2027-03-14T00:00:00+08:00' },
        admittedRotationEndYears: { from: 2025, to: 2027 },
        rotationCutoff: '2027-12-01',
        subjects: [
          { subject: 'SKILLS', ticketMode: 'PLATFORM', ticketWindow: { opensAt: '2027-04-13T00:00:00+08:00', closesAt: '2027-04-20T00:00:00+08:00' }, exam: { opensAt: '2027-04-19T00:00:00+08:00', closesAt: '2027-04-22T00:00:00+08:00' } },
          { subject: 'THEORY', ticketMode: 'NATIONAL_SITE', ticketWindow: { opensAt: '2027-05-07T00:00:00+08:00', closesAt: '2027-05-13T00:00:00+08:00' }, exam: { opensAt: '2027-05-12T00:00:00+08:00', closesAt: '2027-05-13T00:00:00+08:00' } },
        ],
      })
      .expect(201);
    // Two years on, the base records the phase examination and the process assessment.
    const trainee = (await api.http.get(`/trainees/${traineeId}`).set(bearer(base)).expect(200)).body as { version: number };
    await api.http
      .patch(`/trainees/${traineeId}`)
      .set(bearer(base))
      .send({ expectedVersion: trainee.version, reason: '阶段考试及过程考核合格', phaseTheoryPassed: true, processAssessmentPassed: true })
      .expect(200);

    const same = (await api.http.post('/auth/login').send({ username: 'story-lin', password: PASSWORD }).expect(200)).body as { accessToken: string; user: { traineeId: number } };
    expect(same.user.traineeId).toBe(traineeId);
    // The trainee's sex and birth date come from the resident ID the applicant registered with (FA-6 asks both).
    expect((await api.http.get('/me/profile').set(bearer(same.accessToken)).expect(200)).body).toMatchObject({ id: traineeId, name: '林晓', sex: 'M', birthDate: '1996-01-01' });
    await api.http.patch('/me/profile').set(bearer(same.accessToken)).send({ phone: '13900000000' }).expect(200);
    await api.http.put('/me/photo').set(bearer(same.accessToken)).attach('file', jpeg, 'photo.jpg').expect(200);
    const signup = await api.http.post(`/me/signups/${session.body.id}/submit`).set(bearer(same.accessToken)).send({});
    expect([signup.status, signup.body]).toEqual([201, expect.objectContaining({ status: 'SUBMITTED' })]);
    // What they were told as an applicant stays in the message centre.
    expect(await kinds(same.accessToken)).toContain('RECRUITMENT_ADMITTED');
  });

  it('RC-7 / RC-8 the worker\'s deadline sweep makes the others no-shows (told once); next year Fujian refuses one at sign-up with the ban explained', async () => {
    setClock(DEADLINE);
    const job = await api.app.get(RecruitmentJobsProducer).runReportingSweepNow();
    const queue = worker.module.get<Queue>(getQueueToken(QueueName.Assessment));
    const swept = await until('the sweep job', async () => {
      const current = await Job.fromId<unknown, { noShows: number }>(queue, job.id!);
      const state = await current?.getState();
      if (state === 'failed') throw new Error(`sweep job failed: ${current?.failedReason}`);
      return state === 'completed' && current ? current.returnvalue : null;
    });
    expect(swept.noShows).toBe(2);
    const told = (await api.http.get('/me/messages').set(bearer(applicants.huang.token)).expect(200)).body.items as Array<{ kind: string; body: string }>;
    expect(told.filter((m) => m.kind === 'RECRUITMENT_NO_SHOW')).toHaveLength(1);
    expect(told[0].body).toContain('录取资格已取消');

    setClock(NEXT_YEAR_SIGNUP);
    const store = api.app.get(RoundStore);
    const fj2025 = await store.byCode('FJ-2025');
    // Next year's round, as its configuration file would bring it (the same as the jurisdictions spec's).
    await api.dataSource.transaction((manager) => store.insertIfMissing(manager, { ...demoRound('2026-07-01', fj2025!.round), code: 'TEST-FJ-2026' }));
    const next = await roundId(api, 'TEST-FJ-2026');
    const token = await login(api, 'story-huang');
    const intending = fujianFacts({ employment: { status: 'INTENDING', facility: 'TOWNSHIP_HOSPITAL', rural: true, regionCode: '350121', startYear: null } });
    const again = await draft(api, token, next, { applicantType: 'INDEPENDENT', facts: intending }, [firstGeneral]);
    await uploadDocuments(api, token, again, [...INDEPENDENT_DOCUMENTS, 'PHOTO'], jpeg);
    const refused = await api.http.post(`/me/recruitment/applications/${again}/submit`).set(bearer(token)).send({});
    expect([refused.status, refused.body.code, refused.body.details.verdict.failedRules]).toEqual([409, 'APPLICANT_NOT_ELIGIBLE', ['RC-8']]);
    const ban = refused.body.details.verdict.checks.find((c: { rule: string }) => c.rule === 'RC-8');
    expect(ban.explanation.zh).toContain('FJ-2025');
  });
});
