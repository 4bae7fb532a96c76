import { SessionService } from '@app/assessment';
import { SYSTEM_ACTOR } from '@app/common/actor';
import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { StandingService } from '@app/scores';
import { Workbook } from 'exceljs';
import { bearer, binaryBody, createFujian2024Session, createStaff, fujian2024Definition, importRoster, login, registerCandidate, residentId } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';

const BASE_A = '福州市第一总医院';
const BASE_B = '厦门市海沧医院';
const TODAY = '2025-03-01T02:00:00Z'; // 2025-03-01 10:00 Beijing
const NEW_YEAR_2026 = '2025-12-31T16:00:00Z'; // 2026-01-01 00:00 Beijing

const PEOPLE = {
  ready: { name: '林可申', idNumber: residentId('19990312', '123'), rotationEndDate: '2024-06-30' },
  readyNoPhoto: { name: '王缺照', idNumber: residentId('19980704', '246'), rotationEndDate: '2024-06-30', processAssessmentPassed: '不合格' },
  lastYear: { name: '陈末年', idNumber: residentId('19960105', '358'), rotationEndDate: '2023-06-30' },
  retraining: { name: '黄重培', idNumber: residentId('19990921', '471'), rotationEndDate: '2022-06-30' },
  inTime: { name: '周在期', idNumber: residentId('19970203', '582'), rotationEndDate: '2024-06-30' },
  notYet: { name: '吴未考', idNumber: residentId('20000101', '615'), rotationEndDate: '2025-06-30' },
  voidedPass: { name: '孙作弊', idNumber: residentId('19980808', '737'), rotationEndDate: '2024-06-30' },
  otherBase: { name: '郑厦门', idNumber: residentId('19950607', '693'), rotationEndDate: '2024-06-30' },
};
type Person = keyof typeof PEOPLE;

interface Row {
  name: string;
}
const names = (items: Row[]): string[] => items.map((row) => row.name);

describe('Standing views: validity, retraining, certificate eligibility, statistics (SC-3, SC-6, SC-7, FA-3)', () => {
  let api: TestApi;
  let session2024: number;
  let session2025: number;
  let centre: string;
  let baseA: string;
  let baseB: string;
  let candidateReady: string;
  let candidateLastYear: string;
  let baseBId: number;
  let baseAId: number;
  let cityFuzhou: string;
  let cityXiamen: string;
  const ids = {} as Record<Person, number>;

  beforeAll(async () => {
    api = await startApi({ now: TODAY });
    await resetData(api.dataSource);
    session2024 = await createFujian2024Session(api);
    const reference = fujian2024Definition();
    session2025 = (await api.app.get(SessionService).ensure(SYSTEM_ACTOR, { ...reference, code: 'FJ-2025', name: '2025年结业考核', year: 2025, rotationCutoff: '2025-12-01', admittedRotationEndYears: { from: 2023, to: 2025 } })).id;
    await createStaff(api, 'base-a', 'BASE_REVIEWER', BASE_A);
    await createStaff(api, 'base-b', 'BASE_REVIEWER', BASE_B);
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    await createStaff(api, 'city-fz', 'CITY_REVIEWER', '福州市');
    await createStaff(api, 'city-xm', 'CITY_REVIEWER', '厦门市');
    cityFuzhou = await login(api, 'city-fz');
    cityXiamen = await login(api, 'city-xm');
    baseA = await login(api, 'base-a');
    baseB = await login(api, 'base-b');
    centre = await login(api, 'centre');
    const { otherBase, ...inBaseA } = PEOPLE;
    await importRoster(api, baseA, Object.values(inBaseA));
    await importRoster(api, baseB, [otherBase]);
    const photo = await samplePortraitJpeg();
    candidateReady = await registerCandidate(api, 'lin', PEOPLE.ready.name, PEOPLE.ready.idNumber, photo);
    candidateLastYear = await registerCandidate(api, 'chen', PEOPLE.lastYear.name, PEOPLE.lastYear.idNumber, photo);
    for (const key of Object.keys(PEOPLE) as Person[]) {
      const [row]: Array<{ id: number; baseId: number }> = await api.dataSource.query('SELECT id, base_id AS baseId FROM trainee WHERE name = ?', [PEOPLE[key].name]);
      ids[key] = Number(row.id);
      if (key === 'otherBase') baseBId = Number(row.baseId);
      if (key === 'ready') baseAId = Number(row.baseId);
    }
    // FA-6: the centre's approval locks the photo (covered by the sign-up story); here it is set directly.
    await api.dataSource.query('UPDATE trainee SET photo_locked = 1 WHERE id = ?', [ids.ready]);
    await api.dataSource.query("UPDATE trainee SET photo_key = 'photos/other-base.jpg', photo_locked = 1 WHERE id = ?", [ids.otherBase]);

    // Score entry and publication belong to other endpoints: results are put in place here.
    const results: Array<[Person, number | null, 'THEORY' | 'SKILLS', number, 'PASSED' | 'FAILED' | 'ABSENT', number]> = [
      ['ready', session2024, 'THEORY', 2024, 'PASSED', 0],
      ['ready', session2024, 'SKILLS', 2024, 'PASSED', 0],
      ['readyNoPhoto', session2024, 'THEORY', 2024, 'PASSED', 0],
      ['readyNoPhoto', session2024, 'SKILLS', 2024, 'PASSED', 0],
      ['lastYear', null, 'THEORY', 2023, 'PASSED', 0],
      ['lastYear', null, 'SKILLS', 2023, 'FAILED', 0],
      ['lastYear', session2024, 'SKILLS', 2024, 'FAILED', 0],
      ['lastYear', session2025, 'SKILLS', 2025, 'PASSED', 0], // not published: must not count
      ['retraining', null, 'THEORY', 2022, 'FAILED', 0],
      ['retraining', null, 'SKILLS', 2022, 'ABSENT', 0],
      ['retraining', session2024, 'THEORY', 2024, 'FAILED', 0],
      ['retraining', session2024, 'SKILLS', 2024, 'ABSENT', 0],
      ['inTime', session2024, 'THEORY', 2024, 'PASSED', 0],
      ['inTime', session2024, 'SKILLS', 2024, 'FAILED', 0],
      ['voidedPass', session2024, 'THEORY', 2024, 'PASSED', 1],
      ['voidedPass', session2024, 'SKILLS', 2024, 'PASSED', 0],
      ['otherBase', session2024, 'THEORY', 2024, 'PASSED', 0],
      ['otherBase', session2024, 'SKILLS', 2024, 'PASSED', 0],
    ];
    for (const [person, sessionId, subject, year, outcome, voided] of results) {
      await api.dataSource.query(
        `INSERT INTO subject_attempt (trainee_id, session_id, subject, year, outcome, score, source, voided, void_kind, void_reason)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          ids[person],
          sessionId,
          subject,
          year,
          outcome,
          outcome === 'ABSENT' ? null : 70,
          sessionId === null ? 'HISTORY' : 'IMPORT',
          voided,
          voided ? 'VIOLATION' : null,
          voided ? '考试违纪' : null,
        ],
      );
    }
    await api.dataSource.query("INSERT INTO result_publication (session_id, subject, published_at, published_by) VALUES (?, 'THEORY', '2024-07-15 02:00:00', 1), (?, 'SKILLS', '2024-07-15 02:00:00', 1)", [
      session2024,
      session2024,
    ]);
    await api.dataSource.transaction((manager) => api.app.get(StandingService).recompute(manager, Object.values(ids)));
  });

  afterAll(async () => {
    await api.close();
  });

  beforeEach(() => api.clock.set(TODAY));

  describe('one trainee', () => {
    it('SC-3 FA-3 a candidate sees each pass with its valid-until date, what remains and by when; unpublished results do not count', async () => {
      const own = await api.http.get('/me/standing').set(bearer(candidateLastYear)).expect(200);
      expect(own.body).toMatchObject({ traineeId: ids.lastYear, name: PEOPLE.lastYear.name, today: '2025-03-01', rotationEndDate: '2023-06-30' });
      expect(own.body.subjects.map(({ attempts: _attempts, ...subject }: { attempts: unknown }) => subject)).toEqual([
        { subject: 'THEORY', label: { zh: '专业理论考试', en: 'theory exam' }, passYear: 2023, validUntil: '2025-12-31', validToday: true },
        { subject: 'SKILLS', label: { zh: '临床实践技能考核', en: 'clinical skills assessment' }, passYear: null, validUntil: null, validToday: false },
      ]);
      // the 2025 SKILLS pass is not published yet
      expect(own.body.subjects[1].attempts.map((a: { year: number; outcome: string }) => `${a.year} ${a.outcome}`)).toEqual(['2023 FAILED', '2024 FAILED']);
      expect(own.body.retraining).toMatchObject({
        state: 'LAST_YEAR',
        remainingSubjects: ['SKILLS'],
        remainingYears: [2025],
        yearsLeft: 1,
        deadline: '2025-12-31',
      });
      expect(own.body.retraining.explanation.zh).toBe(
        '2023 年结束轮转，须在 2023–2025 年（至 2025-12-31）内通过结业考核；尚需通过：临床实践技能考核；已通过：专业理论考试 2023 年通过（有效期 2023–2025 年，至 2025-12-31）；还可参加 2025 年的考核（共 1 次，每年一次、不设补考），这是最后一次机会，未通过须自费重新参加培训',
      );
      expect(own.body.certificate.eligible).toBe(false);
      // the photo is uploaded but no sign-up of theirs was approved by the centre, so it is not the locked one
      expect(own.body.certificate.failedRules).toEqual(['SC-6.skills', 'SC-6.valid-together', 'SC-6.photo']);
      expect(own.body.certificate.checks).toHaveLength(6);
    });

    it('SC-3 SC-7 the same data read on 1 January 2026: the 2023 pass has expired and retraining is required', async () => {
      api.clock.set(NEW_YEAR_2026);
      const own = await api.http.get('/me/standing').set(bearer(candidateLastYear)).expect(200);
      expect(own.body.today).toBe('2026-01-01');
      expect(own.body.subjects[0]).toMatchObject({ passYear: 2023, validUntil: '2025-12-31', validToday: false });
      expect(own.body.retraining).toMatchObject({ state: 'RETRAINING_REQUIRED', yearsLeft: 0, remainingSubjects: ['THEORY', 'SKILLS'] });
      expect(own.body.retraining.explanation.zh).toContain('须自费重新参加培训');
    });

    it('SC-6 a ready candidate may apply, every check explained', async () => {
      const own = await api.http.get('/me/standing').set(bearer(candidateReady)).expect(200);
      expect(own.body.retraining.state).toBe('CERTIFICATE_READY');
      expect(own.body.certificate.eligible).toBe(true);
      expect(own.body.certificate.checks.map((c: { rule: string; passed: boolean }) => `${c.rule} ${c.passed}`)).toEqual([
        'SC-6.theory true',
        'SC-6.skills true',
        'SC-6.valid-together true',
        'SC-6.rotation true',
        'SC-6.process true',
        'SC-6.photo true',
      ]);
      expect(own.body.certificate.checks[3].explanation.zh).toBe('已于 2024-06-30 完成培训轮转：符合');
    });

    it('SC-6 scope: a base sees its own trainees only, the centre all; candidates and other roles are refused', async () => {
      const byBase = await api.http.get(`/trainees/${ids.readyNoPhoto}/standing`).set(bearer(baseA)).expect(200);
      expect(byBase.body.certificate.failedRules).toEqual(['SC-6.process', 'SC-6.photo']);
      const crossBase = await api.http.get(`/trainees/${ids.otherBase}/standing`).set(bearer(baseA)).expect(403);
      expect(crossBase.body.code).toBe('FORBIDDEN_SCOPE');
      const reverse = await api.http.get(`/trainees/${ids.ready}/standing`).set(bearer(baseB)).expect(403);
      expect(reverse.body.code).toBe('FORBIDDEN_SCOPE');
      await api.http.get(`/trainees/${ids.otherBase}/standing`).set(bearer(baseB)).expect(200);
      await api.http.get(`/trainees/${ids.otherBase}/standing`).set(bearer(centre)).expect(200);
      const otherCandidate = await api.http.get(`/trainees/${ids.ready}/standing`).set(bearer(candidateLastYear)).expect(403);
      expect(otherCandidate.body.code).toBe('FORBIDDEN_ROLE');
      const staffOwn = await api.http.get('/me/standing').set(bearer(baseA)).expect(403);
      expect(staffOwn.body.code).toBe('FORBIDDEN_ROLE');
      const missing = await api.http.get('/trainees/999999/standing').set(bearer(centre)).expect(404);
      expect(missing.body.code).toBe('NOT_FOUND');
      // a candidate's own view is theirs alone
      const own = await api.http.get('/me/standing').set(bearer(candidateReady)).expect(200);
      expect(own.body.traineeId).toBe(ids.ready);
    });
  });

  describe('certificate eligibility list', () => {
    it('SC-6 the centre lists who may apply in the province, and everyone else with the failed checks', async () => {
      const eligible = await api.http.get('/standing/certificate-eligibility?eligible=true').set(bearer(centre)).expect(200);
      expect(eligible.body).toMatchObject({ today: '2025-03-01', total: 2, page: 1, pageSize: 20 });
      expect(names(eligible.body.items)).toEqual([PEOPLE.ready.name, PEOPLE.otherBase.name]);
      expect(eligible.body.items.every((row: { eligible: boolean; reasons: unknown[] }) => row.eligible && row.reasons.length === 0)).toBe(true);

      const others = await api.http.get('/standing/certificate-eligibility?eligible=false').set(bearer(centre)).expect(200);
      expect(others.body.total).toBe(6);
      const byName = new Map(others.body.items.map((row: { name: string }) => [row.name, row]));
      expect(byName.get(PEOPLE.readyNoPhoto.name)).toMatchObject({
        eligible: false,
        failedRules: ['SC-6.process', 'SC-6.photo'],
        reasons: [
          { zh: '培训过程考核未合格：不符合', en: 'process assessment not passed: not eligible' },
          {
            zh: '申请证书照片与报名照片不一致（须与报名时上传的二寸白底彩色证件照一致）：不符合',
            en: 'the application photo differs from the approved sign-up photo (it must be the same 2-inch ID photo): not eligible',
          },
        ],
      });
      expect(byName.get(PEOPLE.notYet.name)).toMatchObject({ failedRules: ['SC-6.theory', 'SC-6.skills', 'SC-6.valid-together', 'SC-6.rotation', 'SC-6.photo'] });
      expect(byName.get(PEOPLE.voidedPass.name)).toMatchObject({ failedRules: ['SC-6.theory', 'SC-6.valid-together', 'SC-6.photo'] });
      expect((byName.get(PEOPLE.voidedPass.name) as { reasons: Array<{ zh: string }> }).reasons[0].zh).toBe(
        '专业理论考试尚无有效的合格成绩；2024 年的合格成绩已被取消，不计入：不符合',
      );

      const all = await api.http.get('/standing/certificate-eligibility?pageSize=5&page=2').set(bearer(centre)).expect(200);
      expect(all.body.total).toBe(8);
      expect(all.body.items).toHaveLength(3);
    });

    it('SC-6 a base sees its own trainees only; another base id is refused', async () => {
      const own = await api.http.get('/standing/certificate-eligibility?eligible=true').set(bearer(baseA)).expect(200);
      expect(names(own.body.items)).toEqual([PEOPLE.ready.name]);
      const rest = await api.http.get('/standing/certificate-eligibility?eligible=false').set(bearer(baseA)).expect(200);
      expect(rest.body.total).toBe(6);
      expect(names(rest.body.items)).not.toContain(PEOPLE.otherBase.name);
      const b = await api.http.get('/standing/certificate-eligibility').set(bearer(baseB)).expect(200);
      expect(names(b.body.items)).toEqual([PEOPLE.otherBase.name]);
      const crossBase = await api.http.get(`/standing/certificate-eligibility?baseId=${baseBId}`).set(bearer(baseA)).expect(403);
      expect(crossBase.body.code).toBe('FORBIDDEN_SCOPE');
      const centreOneBase = await api.http.get(`/standing/certificate-eligibility?baseId=${baseBId}`).set(bearer(centre)).expect(200);
      expect(names(centreOneBase.body.items)).toEqual([PEOPLE.otherBase.name]);
      const candidate = await api.http.get('/standing/certificate-eligibility').set(bearer(candidateReady)).expect(403);
      expect(candidate.body.code).toBe('FORBIDDEN_ROLE');
      const bad = await api.http.get('/standing/certificate-eligibility?eligible=maybe').set(bearer(centre)).expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
    });

    it('SC-6 the CSV and XLSX exports hold exactly the rows of the list with the same filter', async () => {
      const list = await api.http.get('/standing/certificate-eligibility?eligible=false').set(bearer(baseA)).expect(200);
      const csv = await api.http.get('/standing/certificate-eligibility.csv?eligible=false&page=3').set(bearer(baseA)).expect(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.headers['content-disposition']).toBe('attachment; filename="certificate-eligibility-2025-03-01.csv"');
      const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toBe('姓名,证件号码,设区市,培训基地,年级,结束轮转时间,可申请合格证书,不符合的条件,原因');
      expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(names(list.body.items));
      expect(lines.find((line) => line.startsWith(PEOPLE.readyNoPhoto.name))).toContain(',否,SC-6.process、SC-6.photo,培训过程考核未合格：不符合；');

      const xlsx = await api.http.get('/standing/certificate-eligibility.xlsx?eligible=true').set(bearer(centre)).buffer(true).parse(binaryBody).expect(200);
      const workbook = new Workbook();
      await workbook.xlsx.load(Uint8Array.from(xlsx.body as Buffer).buffer);
      const sheet = workbook.worksheets[0];
      const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
      expect(rows).toHaveLength(3);
      expect(rows.slice(1).map((row) => row[1])).toEqual([PEOPLE.ready.name, PEOPLE.otherBase.name]);
      expect(rows[1][7]).toBe('是');

      const crossBase = await api.http.get(`/standing/certificate-eligibility.csv?baseId=${baseBId}`).set(bearer(baseA)).expect(403);
      expect(crossBase.body.code).toBe('FORBIDDEN_SCOPE');
    });
  });

  describe('retraining list', () => {
    it('SC-7 FA-3 the base sees who is in the last year, who must retrain, who is in time, with what remains and the deadline', async () => {
      const lastYear = await api.http.get('/standing/retraining?state=LAST_YEAR').set(bearer(baseA)).expect(200);
      expect(lastYear.body.items).toEqual([
        expect.objectContaining({ name: PEOPLE.lastYear.name, state: 'LAST_YEAR', remainingSubjects: ['SKILLS'], remainingYears: [2025], yearsLeft: 1, deadline: '2025-12-31' }),
      ]);
      const retrain = await api.http.get('/standing/retraining?state=RETRAINING_REQUIRED').set(bearer(baseA)).expect(200);
      expect(retrain.body.items).toEqual([expect.objectContaining({ name: PEOPLE.retraining.name, yearsLeft: 0, deadline: '2024-12-31', remainingSubjects: ['THEORY', 'SKILLS'] })]);
      const inTime = await api.http.get('/standing/retraining?state=IN_TIME').set(bearer(baseA)).expect(200);
      expect(inTime.body.items.map((row: { name: string; deadline: string; remainingSubjects: string[] }) => [row.name, row.deadline, row.remainingSubjects.join('+')])).toEqual([
        [PEOPLE.inTime.name, '2026-12-31', 'SKILLS'],
        [PEOPLE.voidedPass.name, '2026-12-31', 'THEORY'],
        [PEOPLE.notYet.name, '2027-12-31', 'THEORY+SKILLS'],
      ]);
      const ready = await api.http.get('/standing/retraining?state=CERTIFICATE_READY').set(bearer(baseA)).expect(200);
      expect(names(ready.body.items)).toEqual([PEOPLE.ready.name, PEOPLE.readyNoPhoto.name]);

      // default: everyone with something left, most urgent first
      const pending = await api.http.get('/standing/retraining').set(bearer(baseA)).expect(200);
      expect(pending.body.total).toBe(5);
      expect(names(pending.body.items).slice(0, 2)).toEqual([PEOPLE.retraining.name, PEOPLE.lastYear.name]);
    });

    it('SC-7 the state moves with the calendar, not with a recomputation: on 1 January 2026', async () => {
      api.clock.set(NEW_YEAR_2026);
      const retrain = await api.http.get('/standing/retraining?state=RETRAINING_REQUIRED').set(bearer(centre)).expect(200);
      expect(names(retrain.body.items)).toEqual([PEOPLE.retraining.name, PEOPLE.lastYear.name]);
      const lastYear = await api.http.get('/standing/retraining?state=LAST_YEAR').set(bearer(centre)).expect(200);
      expect(names(lastYear.body.items)).toEqual([PEOPLE.inTime.name, PEOPLE.voidedPass.name]);
    });

    it('SC-7 scope: other bases see none of these; a base may not ask for another base; candidates are refused', async () => {
      const b = await api.http.get('/standing/retraining').set(bearer(baseB)).expect(200);
      expect(b.body.total).toBe(0);
      const crossBase = await api.http.get(`/standing/retraining?baseId=${baseBId}`).set(bearer(baseA)).expect(403);
      expect(crossBase.body.code).toBe('FORBIDDEN_SCOPE');
      await api.http.get('/standing/retraining').set(bearer(candidateLastYear)).expect(403);
      const bad = await api.http.get('/standing/retraining?state=SOMETIME').set(bearer(centre)).expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('city reviewers: read only, their city\'s bases', () => {
    const inBaseA = Object.entries(PEOPLE).filter(([key]) => key !== 'otherBase').map(([, person]) => person.name);

    it('statistics: a city reviewer sees its city\'s bases and their totals, never another city\'s', async () => {
      const fuzhou = await api.http.get(`/sessions/${session2024}/statistics`).set(bearer(cityFuzhou)).expect(200);
      expect(new Set(fuzhou.body.lines.map((line: { baseName: string }) => line.baseName))).toEqual(new Set([BASE_A]));
      const theory = (body: { totals: Array<{ subject: string; kind: string; candidates: number }> }) => body.totals.find((line) => line.subject === 'THEORY' && line.kind === 'ALL')!.candidates;
      expect(theory(fuzhou.body)).toBe(5);
      const xiamen = await api.http.get(`/sessions/${session2024}/statistics`).set(bearer(cityXiamen)).expect(200);
      expect(new Set(xiamen.body.lines.map((line: { baseName: string }) => line.baseName))).toEqual(new Set([BASE_B]));
      expect(theory(xiamen.body)).toBe(1);
      // One base of its city, yes; a base of another city, no.
      const oneBase = await api.http.get(`/sessions/${session2024}/statistics?baseId=${baseAId}`).set(bearer(cityFuzhou)).expect(200);
      expect(new Set(oneBase.body.lines.map((line: { baseName: string }) => line.baseName))).toEqual(new Set([BASE_A]));
      expect((await api.http.get(`/sessions/${session2024}/statistics?baseId=${baseBId}`).set(bearer(cityFuzhou)).expect(403)).body.code).toBe('FORBIDDEN_SCOPE');
      expect((await api.http.get(`/sessions/${session2024}/statistics?baseId=${baseAId}`).set(bearer(cityXiamen)).expect(403)).body.code).toBe('FORBIDDEN_SCOPE');
      const csv = await api.http.get(`/sessions/${session2024}/statistics.csv`).set(bearer(cityXiamen)).expect(200);
      const bases = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1).map((line) => line.split(',')[0]);
      expect(new Set(bases)).toEqual(new Set([BASE_B, '全部基地']));
    });

    it('standing lists: a city reviewer lists its city\'s trainees only, and reads one of them, not another city\'s', async () => {
      const fuzhou = await api.http.get('/standing/certificate-eligibility?pageSize=200').set(bearer(cityFuzhou)).expect(200);
      const centreList = await api.http.get(`/standing/certificate-eligibility?pageSize=200&baseId=${baseAId}`).set(bearer(centre)).expect(200);
      expect(names(fuzhou.body.items).sort()).toEqual(names(centreList.body.items).sort());
      expect(names(fuzhou.body.items).every((name) => inBaseA.includes(name))).toBe(true);
      const xiamen = await api.http.get('/standing/certificate-eligibility?pageSize=200').set(bearer(cityXiamen)).expect(200);
      expect(names(xiamen.body.items)).toEqual([PEOPLE.otherBase.name]);
      const csv = await api.http.get('/standing/certificate-eligibility.csv').set(bearer(cityXiamen)).expect(200);
      expect(csv.text.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1).map((line) => line.split(',')[0])).toEqual([PEOPLE.otherBase.name]);

      const retraining = await api.http.get('/standing/retraining?pageSize=200').set(bearer(cityFuzhou)).expect(200);
      const retrainingOfBaseA = await api.http.get('/standing/retraining?pageSize=200').set(bearer(baseA)).expect(200);
      expect(retraining.body.total).toBeGreaterThan(0);
      expect(names(retraining.body.items)).toEqual(names(retrainingOfBaseA.body.items));
      expect((await api.http.get('/standing/retraining').set(bearer(cityXiamen)).expect(200)).body.total).toBe(0);
      expect((await api.http.get(`/standing/retraining?baseId=${baseAId}`).set(bearer(cityXiamen)).expect(403)).body.code).toBe('FORBIDDEN_SCOPE');

      const deadline = await api.http.get(`/sessions/${session2024}/rotation-deadline?pageSize=200`).set(bearer(cityXiamen)).expect(200);
      expect(names(deadline.body.items).every((name) => name === PEOPLE.otherBase.name)).toBe(true);

      await api.http.get(`/trainees/${ids.ready}/standing`).set(bearer(cityFuzhou)).expect(200);
      expect((await api.http.get(`/trainees/${ids.otherBase}/standing`).set(bearer(cityFuzhou)).expect(403)).body.code).toBe('FORBIDDEN_SCOPE');
      expect((await api.http.get(`/trainees/${ids.ready}/standing`).set(bearer(cityXiamen)).expect(403)).body.code).toBe('FORBIDDEN_SCOPE');
    });

    it('a city reviewer only reads: publishing and corrections stay the centre\'s', async () => {
      const publish = await api.http.post(`/sessions/${session2025}/results/THEORY/publish`).set(bearer(cityFuzhou)).send({}).expect(403);
      expect(publish.body.code).toBe('FORBIDDEN_ROLE');
      expect((await api.http.get('/me/standing').set(bearer(cityFuzhou)).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
    });
  });

  describe('session statistics', () => {
    it('pass rates by base and subject, first attempts and retakes apart; voided and absent counted apart', async () => {
      const stats = await api.http.get(`/sessions/${session2024}/statistics`).set(bearer(centre)).expect(200);
      expect(stats.body.publishedSubjects).toEqual(['THEORY', 'SKILLS']);
      const baseALines = stats.body.lines.filter((line: { baseName: string }) => line.baseName === BASE_A);
      const compact = (line: Record<string, unknown>) => [line.subject, line.kind, line.candidates, line.sat, line.passed, line.failed, line.absent, line.voided, line.passRate];
      expect(baseALines.map(compact)).toEqual([
        ['THEORY', 'FIRST', 4, 3, 3, 0, 0, 1, 1],
        ['THEORY', 'RETAKE', 1, 1, 0, 1, 0, 0, 0],
        ['THEORY', 'ALL', 5, 4, 3, 1, 0, 1, 0.75],
        ['SKILLS', 'FIRST', 4, 4, 3, 1, 0, 0, 0.75],
        ['SKILLS', 'RETAKE', 2, 1, 0, 1, 1, 0, 0],
        ['SKILLS', 'ALL', 6, 5, 3, 2, 1, 0, 0.6],
      ]);
      expect(stats.body.totals.map(compact)).toEqual([
        ['THEORY', 'FIRST', 5, 4, 4, 0, 0, 1, 1],
        ['THEORY', 'RETAKE', 1, 1, 0, 1, 0, 0, 0],
        ['THEORY', 'ALL', 6, 5, 4, 1, 0, 1, 0.8],
        ['SKILLS', 'FIRST', 5, 5, 4, 1, 0, 0, 0.8],
        ['SKILLS', 'RETAKE', 2, 1, 0, 1, 1, 0, 0],
        ['SKILLS', 'ALL', 7, 6, 4, 2, 1, 0, 0.6667],
      ]);
    });

    it('only published results count; a base sees its own base only', async () => {
      const unpublished = await api.http.get(`/sessions/${session2025}/statistics`).set(bearer(centre)).expect(200);
      expect(unpublished.body).toMatchObject({ publishedSubjects: [], lines: [], totals: [] });
      const own = await api.http.get(`/sessions/${session2024}/statistics`).set(bearer(baseB)).expect(200);
      expect(new Set(own.body.lines.map((line: { baseName: string }) => line.baseName))).toEqual(new Set([BASE_B]));
      expect(own.body.totals.find((line: { subject: string; kind: string }) => line.subject === 'THEORY' && line.kind === 'ALL').candidates).toBe(1);
      const crossBase = await api.http.get(`/sessions/${session2024}/statistics?baseId=${baseBId}`).set(bearer(baseA)).expect(403);
      expect(crossBase.body.code).toBe('FORBIDDEN_SCOPE');
      await api.http.get(`/sessions/${session2024}/statistics`).set(bearer(candidateReady)).expect(403);
      const missing = await api.http.get('/sessions/999999/statistics').set(bearer(centre)).expect(404);
      expect(missing.body.code).toBe('SESSION_NOT_FOUND');
    });

    it('the statistics export as CSV and XLSX, one row per line and total', async () => {
      const csv = await api.http.get(`/sessions/${session2024}/statistics.csv`).set(bearer(baseA)).expect(200);
      const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toBe('培训基地,科目,类别,考生人数,实考人数,合格,不合格,缺考,成绩取消,合格率');
      expect(lines).toHaveLength(1 + 6 + 6);
      expect(lines).toContain(`${BASE_A},临床实践技能考核,再次参加,2,1,0,1,1,0,0.00%`);
      expect(lines).toContain('全部基地,专业理论考试,合计,5,4,3,1,0,1,75.00%');

      const xlsx = await api.http.get(`/sessions/${session2024}/statistics.xlsx`).set(bearer(centre)).buffer(true).parse(binaryBody).expect(200);
      expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const workbook = new Workbook();
      await workbook.xlsx.load(Uint8Array.from(xlsx.body as Buffer).buffer);
      const rows = workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
      // base A: 6 lines, base B (first attempts only): 4, totals: 6; the shared writer stores every cell as text
      expect(rows).toHaveLength(1 + 6 + 4 + 6);
      expect(rows.at(-1)!.slice(1)).toEqual(['全部基地', '临床实践技能考核', '合计', '7', '6', '4', '2', '1', '0', '66.67%']);
    });
  });
});
