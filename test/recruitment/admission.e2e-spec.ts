import { BanRegistry } from '@app/recruitment';
import * as iconv from 'iconv-lite';
import { bearer, createStaff, login, organisationId, residentId } from '../support/fixtures';
import { insertApprovedApplication, InsertedApplication, roundIdOf, setRoundPlan } from '../support/recruitment-fixtures';
import { resetData, startApi, TestApi } from '../support/test-api';

const FUJIAN_ADMISSION = '2025-07-21T02:00:00Z'; // 2025-07-21 10:00 Beijing, inside the centre's admission window
const FUJIAN_RESULTS = '2025-07-28T16:00:00Z'; // 2025-07-29 00:00 Beijing: resultsVisibleFrom

interface TrackLine {
  baseName: string;
  applicantType: string | null;
  quota: number;
  admitted: number;
  lastAdmittedScore: number | null;
}

describe('RC-6 admission runs over HTTP: ranking, preview, publish, results from the configured time', () => {
  let api: TestApi;
  let centre: string;

  beforeAll(async () => {
    api = await startApi({ now: FUJIAN_ADMISSION });
    await resetData(api.dataSource);
    await createStaff(api, 'fj-centre', 'CENTRE_ADMIN', '福建省');
    await createStaff(api, 'fj-base', 'BASE_REVIEWER', '福州市第一总医院');
    await createStaff(api, 'cq-centre', 'CENTRE_ADMIN', '重庆市');
    await createStaff(api, 'cq-x', 'BASE_REVIEWER', '重庆市巴南区人民医院');
    await createStaff(api, 'cq-y', 'BASE_REVIEWER', '重庆市合川区人民医院');
    await createStaff(api, 'cq-z', 'BASE_REVIEWER', '重庆市渝北区人民医院');
    centre = await login(api, 'fj-centre');
  });

  afterAll(async () => {
    await api.close();
  });

  describe('Fujian 2025: central parallel admission with same-city-first adjustment', () => {
    let roundId: number;
    const applicants: Record<string, InsertedApplication> = {};

    beforeAll(async () => {
      await setRoundPlan(api, 'FJ-2025', {
        split: 'BY_BASE_AND_TYPE',
        bases: [
          { base: '福州市第一总医院', city: '福州市', quotas: { EMPLOYED: 1, INDEPENDENT: 1 } },
          { base: '福清市医院', city: '福州市', quotas: { EMPLOYED: 1, INDEPENDENT: 1 } },
          { base: '厦门市海沧医院', city: '厦门市', quotas: { EMPLOYED: 1, INDEPENDENT: 1 } },
        ],
      });
      roundId = await roundIdOf(api, 'FJ-2025');
      const add = async (key: string, serial: string, choices: string[], acceptsAdjustment: boolean, employerCity: string) => {
        applicants[key] = await insertApprovedApplication(api, 'FJ-2025', {
          username: `fj-${key}`,
          name: `申请人${key}`,
          idNumber: residentId('19950101', serial),
          type: 'EMPLOYED',
          choices,
          acceptsAdjustment,
          employerCity,
        });
      };
      await add('a', '101', ['福州市第一总医院'], false, '福州市');
      await add('b', '102', ['福州市第一总医院', '福清市医院'], false, '福州市');
      await add('c', '103', ['福州市第一总医院'], true, '福州市');
      await add('d', '104', ['福州市第一总医院'], false, '福州市');
      await add('e', '105', ['福清市医院'], true, '厦门市');
    });

    it('RC-6 ranking: a file with wrong columns or a bad row is refused with a clear code and nothing is written', async () => {
      const wrongColumns = Buffer.from('姓名,身份证,得分\r\n申请人a,x,90\r\n', 'utf8');
      const refused = await api.http.post(`/recruitment/rounds/${roundId}/ranking-scores/import?commit=true`).set(bearer(centre)).attach('file', wrongColumns, 'ranking.csv');
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('SPREADSHEET_COLUMNS_INVALID');

      const badRow = iconv.encode(`姓名,证件号码,分数\r\n申请人a,${applicants.a.idNumber},90\r\n申请人b,${applicants.b.idNumber},九十\r\n申请人X,${residentId('19950101', '199')},70\r\n`, 'gbk');
      const invalid = await api.http.post(`/recruitment/rounds/${roundId}/ranking-scores/import?commit=true`).set(bearer(centre)).attach('file', badRow, 'ranking.csv');
      expect(invalid.status).toBe(422);
      expect(invalid.body.code).toBe('RANKING_FILE_INVALID');
      const problems = (invalid.body.details.rows as Array<{ rowNumber: number; problem: string | null }>).map((row) => [row.rowNumber, row.problem]);
      expect(problems).toEqual([
        [2, null],
        [3, 'SCORE_INVALID'],
        [4, 'UNKNOWN_APPLICANT'],
      ]);
      const [written] = await api.dataSource.query<Array<{ n: string }>>('SELECT COUNT(*) AS n FROM recruitment_application WHERE round_id = ? AND ranking_score IS NOT NULL', [roundId]);
      expect(Number(written.n)).toBe(0);

      const base = await login(api, 'fj-base');
      const notAuthority = await api.http.put(`/recruitment/rounds/${roundId}/ranking-scores/${applicants.a.applicationId}`).set(bearer(base)).send({ score: 90 });
      expect(notAuthority.status).toBe(403);
      // Nothing stored yet: every applicant the authority scores, each without a score.
      const empty = await api.http.get(`/recruitment/rounds/${roundId}/ranking-scores`).set(bearer(centre)).expect(200);
      expect(empty.body).toMatchObject({ kind: 'RANKING', total: 5, page: 1, pageSize: 20 });
      expect((empty.body.items as Array<{ score: number | null }>).map((row) => row.score)).toEqual([null, null, null, null, null]);
    });

    it('RC-6 ranking: scores imported from a GBK file and entered one by one, audited', async () => {
      const file = iconv.encode(
        `姓名,证件号码,分数\r\n申请人a,${applicants.a.idNumber},90\r\n申请人b,${applicants.b.idNumber},85\r\n申请人c,${applicants.c.idNumber},80\r\n申请人d,${applicants.d.idNumber},70\r\n`,
        'gbk',
      );
      const preview = await api.http.post(`/recruitment/rounds/${roundId}/ranking-scores/import`).set(bearer(centre)).attach('file', file, 'ranking.csv').expect(201);
      expect(preview.body).toMatchObject({ committed: false, encoding: 'gb18030', totalRows: 4, errorRows: 0 });
      const committed = await api.http.post(`/recruitment/rounds/${roundId}/ranking-scores/import?commit=true`).set(bearer(centre)).attach('file', file, 'ranking.csv').expect(201);
      expect(committed.body.committed).toBe(true);
      const one = await api.http.put(`/recruitment/rounds/${roundId}/ranking-scores/${applicants.e.applicationId}`).set(bearer(centre)).send({ score: 60 }).expect(200);
      expect(one.body).toEqual({ applicationId: applicants.e.applicationId, kind: 'RANKING', baseId: null, score: 60 });
      const badScore = await api.http.put(`/recruitment/rounds/${roundId}/ranking-scores/${applicants.e.applicationId}`).set(bearer(centre)).send({ score: 60.123 });
      expect(badScore.status).toBe(400);
      const scores = await api.dataSource.query<Array<{ ranking_score: string }>>('SELECT id, ranking_score FROM recruitment_application WHERE round_id = ? ORDER BY id', [roundId]);
      expect(scores.map((row) => Number(row.ranking_score))).toEqual([90, 85, 80, 70, 60]);
      const [audited] = await api.dataSource.query<Array<{ n: string }>>(`SELECT COUNT(*) AS n FROM audit_record WHERE action = 'RECRUITMENT_RANKING_SCORE_SET'`);
      expect(Number(audited.n)).toBe(5);
    });

    it('RC-6 the authority reads back the ranking scores stored (imported or entered), paged; nobody else may', async () => {
      const first = await api.http.get(`/recruitment/rounds/${roundId}/ranking-scores?page=1&pageSize=2`).set(bearer(centre)).expect(200);
      expect(first.body).toMatchObject({ kind: 'RANKING', total: 5, page: 1, pageSize: 2 });
      expect(first.body.items[0]).toEqual({
        applicationId: applicants.a.applicationId,
        name: '申请人a',
        idMasked: expect.stringMatching(/\*/),
        applicantType: 'EMPLOYED',
        choices: [{ order: 1, baseId: await organisationId(api.dataSource, '福州市第一总医院'), baseName: '福州市第一总医院' }],
        acceptsAdjustment: false,
        score: 90,
      });
      const last = await api.http.get(`/recruitment/rounds/${roundId}/ranking-scores?page=3&pageSize=2`).set(bearer(centre)).expect(200);
      expect((last.body.items as Array<{ name: string; score: number }>).map((row) => [row.name, row.score])).toEqual([['申请人e', 60]]);
      expect(JSON.stringify(first.body)).not.toContain(applicants.a.idNumber);

      // A base of the round is not its authority; another jurisdiction's authority is not this round's; a base's assessment list does not exist in a ranking round.
      const base = await login(api, 'fj-base');
      const byBase = await api.http.get(`/recruitment/rounds/${roundId}/ranking-scores`).set(bearer(base));
      expect([byBase.status, byBase.body.code]).toEqual([403, 'FORBIDDEN_ROLE']);
      const foreign = await api.http.get(`/recruitment/rounds/${roundId}/ranking-scores`).set(bearer(await login(api, 'cq-centre')));
      expect([foreign.status, foreign.body.code]).toEqual([403, 'ROUND_NOT_IN_JURISDICTION']);
      const assessment = await api.http.get(`/recruitment/rounds/${roundId}/assessment-scores/FIRST`).set(bearer(base));
      expect([assessment.status, assessment.body.code]).toEqual([409, 'RANKING_KIND_MISMATCH']);
      const badPage = await api.http.get(`/recruitment/rounds/${roundId}/ranking-scores?pageSize=1000`).set(bearer(centre));
      expect([badPage.status, badPage.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });

    it('RC-6 preview, publish, and each applicant’s outcome and explanation only from the results time', async () => {
      const preview = await api.http.post(`/recruitment/rounds/${roundId}/admission-runs`).set(bearer(centre)).expect(201);
      const run = preview.body as { id: number; status: string; seed: string; admitted: number; tracks: TrackLine[] };
      expect(run.status).toBe('PREVIEW');
      expect(run.seed).toMatch(/^[0-9a-f]{64}$/);
      expect(run.admitted).toBe(3);
      const employed = run.tracks.filter((track) => track.applicantType === 'EMPLOYED').map((track) => [track.baseName, track.quota, track.admitted, track.lastAdmittedScore]);
      expect(employed).toEqual([
        ['福州市第一总医院', 1, 1, 90],
        ['福清市医院', 1, 1, 85],
        ['厦门市海沧医院', 1, 1, 60],
      ]);

      const outcomes = await api.http.get(`/recruitment/rounds/${roundId}/admission-runs/${run.id}/outcomes?pageSize=2&page=1`).set(bearer(centre)).expect(200);
      expect(outcomes.body.total).toBe(5);
      expect(outcomes.body.items).toHaveLength(2);
      const all = await api.http.get(`/recruitment/rounds/${roundId}/admission-runs/${run.id}/outcomes?pageSize=50`).set(bearer(centre)).expect(200);
      const byName = new Map((all.body.items as Array<{ name: string; admitted: boolean; baseName: string | null; admittedBy: string | null; lines: string[] }>).map((item) => [item.name, item]));
      expect(byName.get('申请人a')).toMatchObject({ admitted: true, baseName: '福州市第一总医院', admittedBy: 'PARALLEL' });
      expect(byName.get('申请人b')).toMatchObject({ admitted: true, baseName: '福清市医院', admittedBy: 'PARALLEL' });
      // Same city first: e (60, employer in Xiamen) takes Xiamen's seat in the first pass, before c (80, Fuzhou, no seat left there).
      expect(byName.get('申请人e')).toMatchObject({ admitted: true, baseName: '厦门市海沧医院', admittedBy: 'ADJUSTMENT' });
      expect(byName.get('申请人c')).toMatchObject({ admitted: false, baseName: null });
      expect(byName.get('申请人d')).toMatchObject({ admitted: false, baseName: null });
      expect(byName.get('申请人d')!.lines.join('')).toContain('福州市第一总医院');

      // Applicants see nothing before publication, and nothing before the results time.
      const applicantA = await login(api, 'fj-a');
      const early = await api.http.get(`/recruitment/rounds/${roundId}/admission/mine`).set(bearer(applicantA));
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('ADMISSION_RESULTS_NOT_VISIBLE');

      const published = await api.http.post(`/recruitment/rounds/${roundId}/admission-runs/${run.id}/publish`).set(bearer(centre)).expect(200);
      expect(published.body.status).toBe('PUBLISHED');
      const again = await api.http.post(`/recruitment/rounds/${roundId}/admission-runs/${run.id}/publish`).set(bearer(centre));
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('ADMISSION_ALREADY_PUBLISHED');
      const places = await api.dataSource.query<Array<{ admitted_by: string }>>('SELECT application_id, base_id, admitted_by FROM recruitment_placement WHERE round_id = ? ORDER BY application_id', [roundId]);
      expect(places.map((place) => place.admitted_by)).toEqual(['PARALLEL', 'PARALLEL', 'ADJUSTMENT']);
      const [audit] = await api.dataSource.query<Array<{ n: string }>>(`SELECT COUNT(*) AS n FROM audit_record WHERE action IN ('ADMISSION_PREVIEWED','ADMISSION_PUBLISHED')`);
      expect(Number(audit.n)).toBe(2);

      const stillEarly = await api.http.get(`/recruitment/rounds/${roundId}/admission/mine`).set(bearer(applicantA));
      expect(stillEarly.body.code).toBe('ADMISSION_RESULTS_NOT_VISIBLE');
      api.clock.set(FUJIAN_RESULTS);
      const mine = await api.http.get(`/recruitment/rounds/${roundId}/admission/mine`).set(bearer(applicantA)).expect(200);
      expect(mine.body).toMatchObject({ admitted: true, baseName: '福州市第一总医院', placement: { status: 'ADMITTED' } });
      expect(mine.body.lines.at(-1)).toContain('已录取');
      const applicantD = await login(api, 'fj-d');
      const notAdmitted = await api.http.get(`/recruitment/rounds/${roundId}/admission/mine`).set(bearer(applicantD)).expect(200);
      expect(notAdmitted.body).toMatchObject({ admitted: false, placement: null });
      // d declined adjustment (RC-4): the explanation says so in words.
      expect(notAdmitted.body.lines.join('')).toMatch(/调剂/);
      api.clock.set(FUJIAN_ADMISSION);

      // Scores are frozen once published.
      const frozen = await api.http.put(`/recruitment/rounds/${roundId}/ranking-scores/${applicants.d.applicationId}`).set(bearer(centre)).send({ score: 99 });
      expect(frozen.body.code).toBe('RANKING_CLOSED');
    });

    it('RC-8 a no-show is recorded as a ban that activeBans finds for a next-year round', async () => {
      const base = await login(api, 'fj-base');
      await api.http.post(`/recruitment/rounds/${roundId}/placements/${applicants.a.applicationId}/no-show`).set(bearer(base)).send({ reason: '个人原因放弃' }).expect(200);
      const registry = api.app.get(BanRegistry);
      const nextYear = { code: 'FJ-2026', year: 2026, jurisdiction: 'FUJIAN' as const };
      const bans = await registry.activeFor('RESIDENT_ID', applicants.a.idNumber, nextYear, new Date('2026-07-01T02:00:00Z'));
      expect(bans).toHaveLength(1);
      expect(bans[0].record.kind).toBe('NO_SHOW');
      expect(bans[0].year).toBe(2026);
      expect(await registry.activeFor('RESIDENT_ID', applicants.b.idNumber, nextYear, new Date('2026-07-01T02:00:00Z'))).toEqual([]);
      // Another jurisdiction's round is not barred by a Fujian ban (我省).
      expect(await registry.activeFor('RESIDENT_ID', applicants.a.idNumber, { code: 'CQ-2026', year: 2026, jurisdiction: 'CHONGQING' }, new Date('2026-04-10T02:00:00Z'))).toEqual([]);
    });
  });

  describe('Chongqing 2025: sequential choice rounds of base assessments, then adjustment, then re-review', () => {
    let roundId: number;
    const c: Record<string, InsertedApplication> = {};
    const X = '重庆市巴南区人民医院';
    const Y = '重庆市合川区人民医院';
    const Z = '重庆市渝北区人民医院';

    beforeAll(async () => {
      api.clock.set('2025-04-24T02:00:00Z');
      await setRoundPlan(api, 'CQ-2025', { split: 'BY_BASE', bases: [{ base: X, city: null, quota: 1 }, { base: Y, city: null, quota: 1 }, { base: Z, city: null, quota: 1 }] });
      roundId = await roundIdOf(api, 'CQ-2025');
      const add = async (key: string, serial: string, choices: string[], acceptsAdjustment: boolean) => {
        c[key] = await insertApprovedApplication(api, 'CQ-2025', { username: `cq-${key}`, name: `重庆${key}`, idNumber: residentId('19960202', serial, '500101'), type: 'INDEPENDENT', choices, acceptsAdjustment });
      };
      await add('1', '201', [X, Y], false);
      await add('2', '202', [X, Y], false);
      await add('3', '203', [X, Y], true);
      await add('4', '204', [Z], false);
    });

    afterAll(() => api.clock.set(FUJIAN_ADMISSION));

    it('RC-6 bases score only who chose them in that round; scores imported or entered; admission by round; re-review for those admitted', async () => {
      const x = await login(api, 'cq-x');
      const y = await login(api, 'cq-y');
      const z = await login(api, 'cq-z');
      const file = Buffer.from(`姓名,证件号码,分数\r\n重庆1,${c['1'].idNumber},90\r\n重庆2,${c['2'].idNumber},85\r\n重庆3,${c['3'].idNumber},80\r\n`, 'utf8');
      await api.http.post(`/recruitment/rounds/${roundId}/assessment-scores/FIRST/import?commit=true`).set(bearer(x)).attach('file', file, 'first.csv').expect(201);
      // Y was nobody's first choice here: a FIRST score of Y for them is refused, row by row.
      const notChosen = await api.http.post(`/recruitment/rounds/${roundId}/assessment-scores/FIRST/import?commit=true`).set(bearer(y)).attach('file', file, 'first.csv');
      expect(notChosen.status).toBe(422);
      expect((notChosen.body.details.rows as Array<{ problem: string }>).every((row) => row.problem === 'NOT_IN_SCOPE')).toBe(true);
      const single = await api.http.put(`/recruitment/rounds/${roundId}/assessment-scores/SECOND/${c['1'].applicationId}`).set(bearer(x)).send({ score: 70 });
      expect(single.status).toBe(403);
      expect(single.body.code).toBe('ASSESSMENT_NOT_FOR_BASE');
      await api.http.put(`/recruitment/rounds/${roundId}/assessment-scores/SECOND/${c['2'].applicationId}`).set(bearer(y)).send({ score: 70 }).expect(200);
      await api.http.put(`/recruitment/rounds/${roundId}/assessment-scores/SECOND/${c['3'].applicationId}`).set(bearer(y)).send({ score: 60 }).expect(200);
      await api.http.put(`/recruitment/rounds/${roundId}/assessment-scores/ADJUSTMENT/${c['3'].applicationId}`).set(bearer(z)).send({ score: 75 }).expect(200);

      // Each base reads back its own scores of a choice round, over exactly the applicants it may score there.
      const stored = async (token: string, round: string) => {
        const page = await api.http.get(`/recruitment/rounds/${roundId}/assessment-scores/${round}?pageSize=50`).set(bearer(token)).expect(200);
        expect(page.body.kind).toBe(round);
        return (page.body.items as Array<{ name: string; score: number | null }>).map((row) => [row.name, row.score]);
      };
      expect(await stored(x, 'FIRST')).toEqual([['重庆1', 90], ['重庆2', 85], ['重庆3', 80]]);
      expect(await stored(y, 'FIRST')).toEqual([]);
      expect(await stored(z, 'FIRST')).toEqual([['重庆4', null]]);
      expect(await stored(y, 'SECOND')).toEqual([['重庆1', null], ['重庆2', 70], ['重庆3', 60]]);
      expect(await stored(x, 'SECOND')).toEqual([]);
      // In adjustment every base scores those who accept it, and sees only its own score: Z's 75 is not X's.
      expect(await stored(z, 'ADJUSTMENT')).toEqual([['重庆3', 75]]);
      expect(await stored(x, 'ADJUSTMENT')).toEqual([['重庆3', null]]);
      // The authority enters no assessment scores, and this round has no central ranking.
      const byAuthority = await api.http.get(`/recruitment/rounds/${roundId}/assessment-scores/FIRST`).set(bearer(await login(api, 'cq-centre')));
      expect([byAuthority.status, byAuthority.body.code]).toEqual([403, 'FORBIDDEN_ROLE']);
      const noRanking = await api.http.get(`/recruitment/rounds/${roundId}/ranking-scores`).set(bearer(await login(api, 'cq-centre')));
      expect([noRanking.status, noRanking.body.code]).toEqual([409, 'RANKING_KIND_MISMATCH']);
      const badRound = await api.http.get(`/recruitment/rounds/${roundId}/assessment-scores/THIRD`).set(bearer(x));
      expect(badRound.status).toBe(400);
      // The Fujian authority has no say in a Chongqing round.
      const foreign = await api.http.post(`/recruitment/rounds/${roundId}/admission-runs`).set(bearer(centre));
      expect(foreign.body.code).toBe('ROUND_NOT_IN_JURISDICTION');

      const cqCentre = await login(api, 'cq-centre');
      const run = (await api.http.post(`/recruitment/rounds/${roundId}/admission-runs`).set(bearer(cqCentre)).expect(201)).body as { id: number; rounds: string[]; tracks: TrackLine[] };
      expect(run.rounds).toEqual(['FIRST', 'SECOND', 'ADJUSTMENT']);
      const outcomes = await api.http.get(`/recruitment/rounds/${roundId}/admission-runs/${run.id}/outcomes`).set(bearer(cqCentre)).expect(200);
      const result = Object.fromEntries((outcomes.body.items as Array<{ name: string; admittedBy: string | null; baseName: string | null }>).map((item) => [item.name, [item.admittedBy, item.baseName]]));
      expect(result).toEqual({ 重庆1: ['FIRST', X], 重庆2: ['SECOND', Y], 重庆3: ['ADJUSTMENT', Z], 重庆4: [null, null] });

      await api.http.post(`/recruitment/rounds/${roundId}/admission-runs/${run.id}/publish`).set(bearer(cqCentre)).expect(200);
      const states = await api.dataSource.query<Array<{ name: string; status: string; stage: string }>>('SELECT name, status, stage FROM recruitment_application WHERE round_id = ? ORDER BY id', [roundId]);
      expect(states.map((row) => [row.name, row.status, row.stage])).toEqual([
        ['重庆1', 'IN_REVIEW', 'AFTER_ADMISSION'],
        ['重庆2', 'IN_REVIEW', 'AFTER_ADMISSION'],
        ['重庆3', 'IN_REVIEW', 'AFTER_ADMISSION'],
        ['重庆4', 'APPROVED', 'BEFORE_ADMISSION'],
      ]);
    });
  });

  describe('RC-6 never over quota, never published twice, under concurrent runs', () => {
    it('two previews and two publishes at once: one published result, within quota', async () => {
      await setRoundPlan(api, 'FJ-2023-IND', { split: 'BY_BASE_AND_TYPE', bases: [{ base: '福州市第一总医院', city: '福州市', quotas: { EMPLOYED: 0, INDEPENDENT: 3 } }, { base: '福清市医院', city: '福州市', quotas: { EMPLOYED: 0, INDEPENDENT: 2 } }] });
      const roundId = await roundIdOf(api, 'FJ-2023-IND');
      for (let index = 0; index < 12; index += 1) {
        await insertApprovedApplication(api, 'FJ-2023-IND', {
          username: `fj23-${index}`,
          name: `独立${index}`,
          idNumber: residentId('19970303', String(300 + index)),
          type: 'INDEPENDENT',
          choices: index % 2 === 0 ? ['福州市第一总医院', '福清市医院'] : ['福清市医院'],
          acceptsAdjustment: index % 3 === 0,
          // Everyone ties: the lottery, drawn from each run's own seed, decides, so the two runs differ.
          rankingScore: 80,
        });
      }
      const [first, second] = await Promise.all([
        api.http.post(`/recruitment/rounds/${roundId}/admission-runs`).set(bearer(centre)),
        api.http.post(`/recruitment/rounds/${roundId}/admission-runs`).set(bearer(centre)),
      ]);
      expect([first.status, second.status]).toEqual([201, 201]);
      expect(first.body.seed).not.toBe(second.body.seed);
      const answers = await Promise.all([first, second].map((run) => api.http.post(`/recruitment/rounds/${roundId}/admission-runs/${(run.body as { id: number }).id}/publish`).set(bearer(centre))));
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      const loser = answers.find((answer) => answer.status === 409)!;
      expect(['ADMISSION_ALREADY_PUBLISHED', 'ADMISSION_RUN_NOT_PREVIEW']).toContain(loser.body.code);
      const winner = answers.find((answer) => answer.status === 200)!.body as { id: number };

      const runs = await api.dataSource.query<Array<{ id: number; status: string }>>('SELECT id, status FROM admission_run WHERE round_id = ? ORDER BY id', [roundId]);
      expect(runs.filter((run) => run.status === 'PUBLISHED').map((run) => run.id)).toEqual([winner.id]);
      const perBase = await api.dataSource.query<Array<{ base_id: number; run_id: number; n: string }>>('SELECT base_id, run_id, COUNT(*) AS n FROM recruitment_placement WHERE round_id = ? GROUP BY base_id, run_id', [roundId]);
      const fuzhou = await organisationId(api.dataSource, '福州市第一总医院');
      const fuqing = await organisationId(api.dataSource, '福清市医院');
      expect(perBase.every((row) => row.run_id === winner.id)).toBe(true);
      expect(Object.fromEntries(perBase.map((row) => [row.base_id, Number(row.n)]))).toEqual({ [fuzhou]: 3, [fuqing]: 2 });

      // Once published, the round takes no further preview.
      const later = await api.http.post(`/recruitment/rounds/${roundId}/admission-runs`).set(bearer(centre));
      expect(later.body.code).toBe('ADMISSION_ALREADY_PUBLISHED');
    });

    it('Xiaogan 2023: a preview whose inputs changed before publication is refused (ADMISSION_INPUTS_CHANGED), nothing placed', async () => {
      await createStaff(api, 'xg-authority', 'CITY_REVIEWER', '孝感市');
      await createStaff(api, 'xg-base', 'BASE_REVIEWER', '孝感市第一人民医院');
      const roundId = await roundIdOf(api, 'XG-2023');
      const first = await insertApprovedApplication(api, 'XG-2023', { username: 'xg-1', name: '孝感一', idNumber: residentId('19980404', '401', '420901'), type: 'EMPLOYED', choices: ['孝感市第一人民医院'] });
      const second = await insertApprovedApplication(api, 'XG-2023', { username: 'xg-2', name: '孝感二', idNumber: residentId('19980404', '402', '420901'), type: 'EMPLOYED', choices: ['孝感市第一人民医院'] });
      const base = await login(api, 'xg-base');
      await api.http.put(`/recruitment/rounds/${roundId}/assessment-scores/FIRST/${first.applicationId}`).set(bearer(base)).send({ score: 88 }).expect(200);
      const authority = await login(api, 'xg-authority');
      const run = (await api.http.post(`/recruitment/rounds/${roundId}/admission-runs`).set(bearer(authority)).expect(201)).body as { id: number; admitted: number };
      expect(run.admitted).toBe(1);
      // The base scores another applicant after the preview: the preview no longer describes the data.
      await api.http.put(`/recruitment/rounds/${roundId}/assessment-scores/FIRST/${second.applicationId}`).set(bearer(base)).send({ score: 91 }).expect(200);
      const stale = await api.http.post(`/recruitment/rounds/${roundId}/admission-runs/${run.id}/publish`).set(bearer(authority));
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('ADMISSION_INPUTS_CHANGED');
      const [placed] = await api.dataSource.query<Array<{ n: string }>>('SELECT COUNT(*) AS n FROM recruitment_placement WHERE round_id = ?', [roundId]);
      expect(Number(placed.n)).toBe(0);
      const fresh = (await api.http.post(`/recruitment/rounds/${roundId}/admission-runs`).set(bearer(authority)).expect(201)).body as { id: number; admitted: number };
      expect(fresh.admitted).toBe(2);
      await api.http.post(`/recruitment/rounds/${roundId}/admission-runs/${fresh.id}/publish`).set(bearer(authority)).expect(200);
      const statuses = await api.dataSource.query<Array<{ status: string }>>('SELECT id, status FROM admission_run WHERE round_id = ? ORDER BY id', [roundId]);
      expect(statuses.map((row) => row.status)).toEqual(['DISCARDED', 'PUBLISHED']);
    });
  });
});
