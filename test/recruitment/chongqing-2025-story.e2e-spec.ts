import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { bearer, createStaff, login } from '../support/fixtures';
import { setRoundPlan } from '../support/recruitment-fixtures';
import { resetData, startApi, TestApi } from '../support/test-api';
import { baseId, draft, fujianFacts, idNumber, INDEPENDENT_DOCUMENTS, registerApplicant, resetRecruitment, roundId, uploadDocuments } from './recruitment-fixtures';

/** Beijing 2025-04-10 10:00: sign-up and the bases' review are open. */
const SIGNUP = '2025-04-10T02:00:00Z';
const FIRST_ASSESSMENT = '2025-04-24T02:00:00Z';
const SECOND_ASSESSMENT = '2025-04-27T02:00:00Z';
const ADJUSTMENT_ASSESSMENT = '2025-04-29T02:00:00Z';
/** 2025-04-30 00:00: results are visible. */
const RESULTS = '2025-04-29T16:00:00Z';
const X = '重庆市巴南区人民医院';
const Y = '重庆市合川区人民医院';
const Z = '重庆市渝北区人民医院';

const chongqingFacts = () => fujianFacts({ employment: { status: 'EMPLOYED', facility: 'TOWNSHIP_HOSPITAL', rural: true, regionCode: '500113', startYear: 2022 } });

/**
 * Chongqing 2025 over HTTP only: the first-choice base reviews each application; each base scores its first-choice
 * applicants, then the second choices, then an adjustment round; the authority previews and publishes; those to be
 * admitted are re-reviewed by the authority; results and messages from 4月30日.
 */
describe('Chongqing 2025 story: base review → first-choice scores → second choice → adjustment → publication → re-review', () => {
  let api: TestApi;
  let round: number;
  const ids: Record<string, { token: string; id: string; applicationId: number }> = {};

  beforeAll(async () => {
    api = await startApi({ now: SIGNUP });
    await resetData(api.dataSource);
    await resetRecruitment(api);
    // A few seats, so that each admission round has someone to admit (the authority sets the plan before admission).
    await setRoundPlan(api, 'CQ-2025', { split: 'BY_BASE', bases: [{ base: X, city: null, quota: 1 }, { base: Y, city: null, quota: 1 }, { base: Z, city: null, quota: 2 }] });
    round = await roundId(api, 'CQ-2025');
    await createStaff(api, 'cqs-x', 'BASE_REVIEWER', X);
    await createStaff(api, 'cqs-y', 'BASE_REVIEWER', Y);
    await createStaff(api, 'cqs-z', 'BASE_REVIEWER', Z);
    await createStaff(api, 'cqs-authority', 'CENTRE_ADMIN', '重庆市');
  });

  afterAll(async () => {
    await resetRecruitment(api);
    await api.close();
  });

  it('RC-1 … RC-5 five apply; the first-choice base reviews each, alone', async () => {
    const jpeg = await samplePortraitJpeg();
    const [x, y, z] = [await baseId(api, X), await baseId(api, Y), await baseId(api, Z)];
    const apply = async (key: string, serial: string, choices: number[], acceptsAdjustment: boolean) => {
      const id = idNumber('19960202', serial, '500101');
      const token = await registerApplicant(api, `cqs-${key}`, `重庆${key}`, id);
      const applicationId = await draft(api, token, round, { applicantType: 'INDEPENDENT', facts: chongqingFacts() }, choices, acceptsAdjustment);
      await uploadDocuments(api, token, applicationId, [...INDEPENDENT_DOCUMENTS, 'PHOTO'], jpeg);
      const submitted = await api.http.post(`/me/recruitment/applications/${applicationId}/submit`).set(bearer(token)).send({}).expect(200);
      expect(submitted.body).toMatchObject({ status: 'IN_REVIEW', nextReviewer: 'BASE' });
      ids[key] = { token, id, applicationId };
    };
    await apply('1', '301', [x, y], false);
    await apply('2', '302', [x, y], false);
    await apply('3', '303', [x, y], true);
    await apply('4', '304', [z], false);
    await apply('5', '305', [x], false);

    const [xToken, zToken] = [await login(api, 'cqs-x'), await login(api, 'cqs-z')];
    // The second-choice base does not review; the authority reviews only after admission.
    expect((await api.http.post(`/recruitment/applications/${ids['1'].applicationId}/review`).set(bearer(await login(api, 'cqs-y'))).send({ decision: 'APPROVE' })).body.code).toBe('FORBIDDEN_SCOPE');
    expect((await api.http.post(`/recruitment/applications/${ids['1'].applicationId}/review`).set(bearer(await login(api, 'cqs-authority'))).send({ decision: 'APPROVE' })).body.code).toBe('REVIEW_LEVEL_NOT_IN_TURN');
    for (const key of ['1', '2', '3', '5']) {
      const approved = await api.http.post(`/recruitment/applications/${ids[key].applicationId}/review`).set(bearer(xToken)).send({ decision: 'APPROVE' }).expect(200);
      expect(approved.body).toMatchObject({ status: 'APPROVED', nextReviewer: null });
    }
    await api.http.post(`/recruitment/applications/${ids['4'].applicationId}/review`).set(bearer(zToken)).send({ decision: 'APPROVE' }).expect(200);
  });

  type Outcome = { name: string; admittedBy: string | null; baseName: string | null };
  const preview = async (authority: string, through?: string) => {
    const run = (await api.http.post(`/recruitment/rounds/${round}/admission-runs`).set(bearer(authority)).send(through ? { through } : {}).expect(201)).body as {
      id: number;
      rounds: string[];
      through: string;
      finalStage: boolean;
      resultsVisibleFrom: string | null;
    };
    const items = (await api.http.get(`/recruitment/rounds/${round}/admission-runs/${run.id}/outcomes?pageSize=50`).set(bearer(authority)).expect(200)).body.items as Outcome[];
    return { run, admitted: Object.fromEntries(items.filter((item) => item.admittedBy !== null).map((item) => [item.name, [item.admittedBy, item.baseName]])) };
  };
  /** The admission messages an applicant reads now, newest first, as "KIND title". */
  const kinds = async (key: string) =>
    ((await api.http.get('/me/messages').set(bearer(ids[key].token)).expect(200)).body.items as Array<{ kind: string; title: string }>)
      .filter((m) => ['RECRUITMENT_RESULTS_PUBLISHED', 'RECRUITMENT_ADMITTED', 'RECRUITMENT_NOT_ADMITTED'].includes(m.kind))
      .map((m) => `${m.kind} ${m.title}`);

  it('RC-6 first choices: each base scores who chose it first; the authority publishes the first-choice results, shown from 4月26日', async () => {
    api.clock.set(FIRST_ASSESSMENT);
    const [xToken, yToken, zToken, authority] = [await login(api, 'cqs-x'), await login(api, 'cqs-y'), await login(api, 'cqs-z'), await login(api, 'cqs-authority')];
    const first = Buffer.from(`姓名,证件号码,分数\r\n重庆1,${ids['1'].id},90\r\n重庆2,${ids['2'].id},85\r\n重庆3,${ids['3'].id},80\r\n重庆5,${ids['5'].id},50\r\n`, 'utf8');
    await api.http.post(`/recruitment/rounds/${round}/assessment-scores/FIRST/import?commit=true`).set(bearer(xToken)).attach('file', first, 'first.csv').expect(201);
    await api.http.put(`/recruitment/rounds/${round}/assessment-scores/FIRST/${ids['4'].applicationId}`).set(bearer(zToken)).send({ score: 88 }).expect(200);
    // A base scores only who chose it in that round.
    const notTheirs = await api.http.put(`/recruitment/rounds/${round}/assessment-scores/FIRST/${ids['1'].applicationId}`).set(bearer(yToken)).send({ score: 70 });
    expect([notTheirs.status, notTheirs.body.code]).toEqual([403, 'ASSESSMENT_NOT_FOR_BASE']);

    // A stage of the other mechanism does not exist here.
    const parallel = await api.http.post(`/recruitment/rounds/${round}/admission-runs`).set(bearer(authority)).send({ through: 'PARALLEL' });
    expect([parallel.status, parallel.body.code, parallel.body.details]).toEqual([400, 'ADMISSION_STAGE_INVALID', { stages: ['FIRST', 'SECOND', 'ADJUSTMENT'] }]);

    const { run, admitted } = await preview(authority, 'FIRST');
    expect(run).toMatchObject({ rounds: ['FIRST'], through: 'FIRST', finalStage: false, resultsVisibleFrom: '2025-04-25T16:00:00.000Z' });
    expect(admitted).toEqual({ 重庆1: ['FIRST', X], 重庆4: ['FIRST', Z] });
    await api.http.post(`/recruitment/rounds/${round}/admission-runs/${run.id}/publish`).set(bearer(authority)).expect(200);

    // Before 4月26日 nobody reads it; from then on the first-choice outcome, with the later rounds still to come.
    expect((await api.http.get(`/recruitment/rounds/${round}/admission/mine`).set(bearer(ids['2'].token))).body).toMatchObject({
      code: 'ADMISSION_RESULTS_NOT_VISIBLE',
      details: { visibleFrom: '2025-04-25T16:00:00.000Z' },
    });
    api.clock.set('2025-04-26T01:00:00Z');
    const one = await api.http.get(`/recruitment/rounds/${round}/admission/mine`).set(bearer(ids['1'].token)).expect(200);
    expect(one.body).toMatchObject({ stage: 'FIRST', stageLabel: '第一志愿', finalStage: false, admitted: true, baseName: X, admittedBy: 'FIRST' });
    const two = await api.http.get(`/recruitment/rounds/${round}/admission/mine`).set(bearer(ids['2'].token)).expect(200);
    expect(two.body).toMatchObject({ stage: 'FIRST', admitted: false, placement: null });
    expect(two.body.lines).toEqual(expect.arrayContaining(['结果：暂未录取，后续录取尚未进行。']));
    // Told of the first-choice results; not told "not admitted" while later rounds remain.
    expect(await kinds('2')).toEqual(['RECRUITMENT_RESULTS_PUBLISHED 招录第一志愿录取结果已发布']);
    expect(await kinds('1')).toEqual(expect.arrayContaining(['RECRUITMENT_ADMITTED 已被重庆市巴南区人民医院录取', 'RECRUITMENT_RESULTS_PUBLISHED 招录第一志愿录取结果已发布']));
  });

  it('RC-6 second choices: first-choice scores are frozen, the first stage cannot be published twice, the second-choice run keeps every first-choice admission', async () => {
    api.clock.set(SECOND_ASSESSMENT);
    const [xToken, yToken, authority] = [await login(api, 'cqs-x'), await login(api, 'cqs-y'), await login(api, 'cqs-authority')];
    const frozen = await api.http.put(`/recruitment/rounds/${round}/assessment-scores/FIRST/${ids['2'].applicationId}`).set(bearer(xToken)).send({ score: 99 });
    expect([frozen.status, frozen.body.code, frozen.body.details]).toEqual([409, 'RANKING_CLOSED', { publishedThrough: 'FIRST' }]);
    const again = await api.http.post(`/recruitment/rounds/${round}/admission-runs`).set(bearer(authority)).send({ through: 'FIRST' });
    expect([again.status, again.body.code]).toEqual([409, 'ADMISSION_ALREADY_PUBLISHED']);

    await api.http.put(`/recruitment/rounds/${round}/assessment-scores/SECOND/${ids['2'].applicationId}`).set(bearer(yToken)).send({ score: 70 }).expect(200);
    await api.http.put(`/recruitment/rounds/${round}/assessment-scores/SECOND/${ids['3'].applicationId}`).set(bearer(yToken)).send({ score: 60 }).expect(200);
    const { run, admitted } = await preview(authority, 'SECOND');
    expect(run).toMatchObject({ rounds: ['FIRST', 'SECOND'], through: 'SECOND', finalStage: false, resultsVisibleFrom: '2025-04-27T16:00:00.000Z' });
    expect(admitted).toEqual({ 重庆1: ['FIRST', X], 重庆2: ['SECOND', Y], 重庆4: ['FIRST', Z] });
    await api.http.post(`/recruitment/rounds/${round}/admission-runs/${run.id}/publish`).set(bearer(authority)).expect(200);
    // The first stage's admitted are told nothing new.
    api.clock.set('2025-04-28T01:00:00Z');
    expect(await kinds('1')).toHaveLength(2);
    expect((await api.http.get(`/recruitment/rounds/${round}/admission/mine`).set(bearer(ids['2'].token)).expect(200)).body).toMatchObject({
      stage: 'SECOND',
      admitted: true,
      baseName: Y,
      admittedBy: 'SECOND',
    });
  });

  it('RC-6 adjustment: only who accepted it is scored; the final stage completes the admission', async () => {
    api.clock.set(ADJUSTMENT_ASSESSMENT);
    const [zToken, authority] = [await login(api, 'cqs-z'), await login(api, 'cqs-authority')];
    await api.http.put(`/recruitment/rounds/${round}/assessment-scores/ADJUSTMENT/${ids['3'].applicationId}`).set(bearer(zToken)).send({ score: 75 }).expect(200);
    const { run, admitted } = await preview(authority);
    expect(run).toMatchObject({ rounds: ['FIRST', 'SECOND', 'ADJUSTMENT'], through: 'ADJUSTMENT', finalStage: true, resultsVisibleFrom: '2025-04-29T16:00:00.000Z' });
    expect(admitted).toEqual({ 重庆1: ['FIRST', X], 重庆2: ['SECOND', Y], 重庆3: ['ADJUSTMENT', Z], 重庆4: ['FIRST', Z] });
    await api.http.post(`/recruitment/rounds/${round}/admission-runs/${run.id}/publish`).set(bearer(authority)).expect(200);
    const after = await api.http.post(`/recruitment/rounds/${round}/admission-runs`).set(bearer(authority)).send({});
    expect([after.status, after.body.code]).toEqual([409, 'ADMISSION_ALREADY_PUBLISHED']);
    // One place per admitted applicant across the three stages: four, within the plan's four seats.
    const runs = (await api.http.get(`/recruitment/rounds/${round}/admission-runs`).set(bearer(authority)).expect(200)).body as Array<{ status: string; through: string; afterRunId: number | null }>;
    expect(runs.filter((each) => each.status === 'PUBLISHED').map((each) => each.through)).toEqual(['ADJUSTMENT', 'SECOND', 'FIRST']);
  });

  it('RC-5 / RC-6 those to be admitted are re-reviewed by the authority; the final outcomes and messages from 4月30日', async () => {
    const authority = await login(api, 'cqs-authority');
    // The re-review of those to be admitted: the authority's list has exactly them, in turn.
    const queue = (await api.http.get('/recruitment/applications').set(bearer(authority)).expect(200)).body.items as Array<{ id: number; status: string }>;
    const inReReview = queue.filter((row) => row.status === 'IN_REVIEW').map((row) => row.id).sort((a, b) => a - b);
    expect(inReReview).toEqual(['1', '2', '3', '4'].map((key) => ids[key].applicationId));
    for (const id of inReReview) {
      const reviewed = await api.http.post(`/recruitment/applications/${id}/review`).set(bearer(authority)).send({ decision: 'APPROVE' }).expect(200);
      expect(reviewed.body).toMatchObject({ status: 'CONFIRMED', nextReviewer: null });
    }
    // The applicant's history: the base's approval, the publication that put them into re-review, the re-review.
    const history = await api.http.get(`/recruitment/applications/${ids['1'].applicationId}/review-history`).set(bearer(ids['1'].token)).expect(200);
    expect((history.body.steps as Array<{ kind: string; outcome: { zh: string } }>).map((step) => `${step.kind} ${step.outcome.zh}`)).toEqual([
      'SUBMITTED 提交报名',
      'APPROVED 审核通过',
      'RE_REVIEW_STARTED 拟录取，进入录取后复审',
      'APPROVED 录取后复审通过',
    ]);

    // Until 4月30日 the second-choice stage is what applicants read.
    const early = await api.http.get(`/recruitment/rounds/${round}/admission/mine`).set(bearer(ids['3'].token)).expect(200);
    expect(early.body).toMatchObject({ stage: 'SECOND', admitted: false });
    api.clock.set(RESULTS);
    const third = await api.http.get(`/recruitment/rounds/${round}/admission/mine`).set(bearer(ids['3'].token)).expect(200);
    expect(third.body).toMatchObject({ stage: 'ADJUSTMENT', finalStage: true, admitted: true, baseName: Z, admittedBy: 'ADJUSTMENT' });
    const none = await api.http.get(`/recruitment/rounds/${round}/admission/mine`).set(bearer(ids['5'].token)).expect(200);
    expect(none.body).toMatchObject({ finalStage: true, admitted: false, placement: null });
    expect((await kinds('5')).slice(0, 2)).toEqual(['RECRUITMENT_NOT_ADMITTED 招录未被录取', 'RECRUITMENT_RESULTS_PUBLISHED 招录调剂录取结果已发布']);
    expect(await kinds('3')).toEqual(expect.arrayContaining(['RECRUITMENT_ADMITTED 已被重庆市渝北区人民医院录取', 'RECRUITMENT_RESULTS_PUBLISHED 招录第一志愿录取结果已发布']));
  });
});
