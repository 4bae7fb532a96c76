import { PersonalDataCipher } from '@app/common/crypto';
import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { banConsequence, CHONGQING_POLICY, demoRound, FUJIAN_POLICY, RoundStore } from '@app/recruitment';
import { bearer, createStaff, login } from '../support/fixtures';
import { resetData, startApi, TestApi } from '../support/test-api';
import { baseId, draft, fujianFacts, idNumber, INDEPENDENT_DOCUMENTS, registerApplicant, resetRecruitment, roundId, uploadDocuments } from './recruitment-fixtures';

/** Chongqing 2025: sign-up 04-07 – 04-21 18:00, base preliminary review 04-08 – 04-22 18:00. */
const CHONGQING_SIGNUP = '2025-04-10T02:00:00Z';
/** Xiaogan 2023: sign-up 05-04 – 06-30. */
const XIAOGAN_SIGNUP = '2023-05-10T02:00:00Z';
const FUJIAN_SIGNUP = '2025-07-05T02:00:00Z';

/** Rural primary care in Chongqing, neither oriented nor commissioned, never in training. */
const chongqingFacts = (overrides: Record<string, unknown> = {}) =>
  fujianFacts({ employment: { status: 'EMPLOYED', facility: 'TOWNSHIP_HOSPITAL', rural: true, regionCode: '500113', startYear: 2022 }, ...overrides });

describe('RC-2, RC-5, RC-8 across jurisdictions: Chongqing\'s base review, Xiaogan\'s policy, bans everywhere their scope says, scope', () => {
  let api: TestApi;
  let jpeg: Buffer;
  let cipher: PersonalDataCipher;

  beforeAll(async () => {
    api = await startApi({ now: CHONGQING_SIGNUP });
    await resetData(api.dataSource);
    await resetRecruitment(api);
    await api.dataSource.query("DELETE FROM recruitment_round WHERE code LIKE 'TEST-%'");
    jpeg = await samplePortraitJpeg();
    cipher = api.app.get(PersonalDataCipher);
    await createStaff(api, 'cq-banan', 'BASE_REVIEWER', '重庆市巴南区人民医院');
    await createStaff(api, 'cq-hechuan', 'BASE_REVIEWER', '重庆市合川区人民医院');
    await createStaff(api, 'cq-yubei', 'BASE_REVIEWER', '重庆市渝北区人民医院');
    await createStaff(api, 'cq-centre', 'CENTRE_ADMIN', '重庆市');
    await createStaff(api, 'fj-base', 'BASE_REVIEWER', '福州市第一总医院');
    await createStaff(api, 'fj-centre', 'CENTRE_ADMIN', '福建省');
    await createStaff(api, 'xg-base', 'BASE_REVIEWER', '汉川市人民医院');
    await createStaff(api, 'xg-city', 'CITY_REVIEWER', '孝感市');
  });

  afterAll(async () => {
    await api.close();
  });

  it('RC-5 Chongqing: the first-choice base reviews first; other bases and other jurisdictions never act, and see only what they may', async () => {
    const round = await roundId(api, 'CQ-2025');
    const [banan, hechuan] = [await baseId(api, '重庆市巴南区人民医院'), await baseId(api, '重庆市合川区人民医院')];
    const token = await registerApplicant(api, 'cq-applicant', '刘洋', idNumber('19990909', '211', '500113'));
    const id = await draft(api, token, round, { applicantType: 'INDEPENDENT', facts: chongqingFacts() }, [banan, hechuan]);
    await uploadDocuments(api, token, id, [...INDEPENDENT_DOCUMENTS, 'PHOTO'], jpeg);
    const submitted = await api.http.post(`/me/recruitment/applications/${id}/submit`).set(bearer(token)).send({}).expect(200);
    expect(submitted.body).toMatchObject({ status: 'IN_REVIEW', nextReviewer: 'BASE' });
    expect(submitted.body.verdict.checks.map((c: { rule: string }) => c.rule)).toEqual([
      'RC-2.nationality', 'RC-2.education', 'RC-2.full-time', 'RC-2.graduation-year', 'RC-2.primary-care', 'RC-2.sponsorship', 'RC-2.military', 'RC-2.in-training', 'RC-8',
    ]);

    const [bananToken, hechuanToken, yubeiToken, centreToken, fujianBase, fujianCentre] = await Promise.all(
      ['cq-banan', 'cq-hechuan', 'cq-yubei', 'cq-centre', 'fj-base', 'fj-centre'].map((name) => login(api, name)),
    );
    const listed = async (token: string) => (await api.http.get('/recruitment/applications').set(bearer(token)).expect(200)).body.items.map((row: { id: number }) => row.id);
    expect(await listed(bananToken)).toEqual([id]);
    expect(await listed(hechuanToken)).toEqual([id]);
    expect(await listed(yubeiToken)).toEqual([]);
    expect(await listed(centreToken)).toEqual([id]);
    expect(await listed(fujianBase)).toEqual([]);
    expect(await listed(fujianCentre)).toEqual([]);
    for (const outsider of [yubeiToken, fujianBase, fujianCentre]) {
      expect((await api.http.get(`/recruitment/applications/${id}`).set(bearer(outsider))).body.code).toBe('FORBIDDEN_SCOPE');
      expect((await api.http.get(`/recruitment/applications/${id}/documents/ID_FRONT`).set(bearer(outsider))).body.code).toBe('FORBIDDEN_SCOPE');
      expect((await api.http.post(`/recruitment/applications/${id}/review`).set(bearer(outsider)).send({ decision: 'APPROVE' })).status).toBe(403);
    }
    // The second-choice base sees the application and its documents, but the first choice reviews it.
    const document = await api.http.get(`/recruitment/applications/${id}/documents/ID_FRONT`).set(bearer(hechuanToken)).expect(200);
    expect(document.headers['content-type']).toBe('image/jpeg');
    expect((await api.http.post(`/recruitment/applications/${id}/review`).set(bearer(hechuanToken)).send({ decision: 'APPROVE' })).body.code).toBe('FORBIDDEN_SCOPE');
    expect((await api.http.post(`/recruitment/applications/${id}/review`).set(bearer(centreToken)).send({ decision: 'APPROVE' })).body.code).toBe('REVIEW_LEVEL_NOT_IN_TURN');
    const approved = await api.http.post(`/recruitment/applications/${id}/review`).set(bearer(bananToken)).send({ decision: 'APPROVE' }).expect(200);
    expect(approved.body).toMatchObject({ status: 'APPROVED', nextReviewer: null });

    // After the base's window closes, nobody at that level acts any more.
    const late = await registerApplicant(api, 'cq-late', '周强', idNumber('19990808', '212', '500113'));
    const lateId = await draft(api, late, round, { applicantType: 'INDEPENDENT', facts: chongqingFacts() }, [banan]);
    await uploadDocuments(api, late, lateId, [...INDEPENDENT_DOCUMENTS, 'PHOTO'], jpeg);
    await api.http.post(`/me/recruitment/applications/${lateId}/submit`).set(bearer(late)).send({}).expect(200);
    api.clock.set('2025-04-22T10:00:00Z');
    expect((await api.http.post(`/recruitment/applications/${lateId}/review`).set(bearer(bananToken)).send({ decision: 'APPROVE' })).body.code).toBe('RECRUITMENT_REVIEW_WINDOW_CLOSED');
    api.clock.set(CHONGQING_SIGNUP);
  });

  it('RC-2 Xiaogan: age 36, a bachelor\'s degree and a full physician licence are refused with explained verdicts; an assistant licence without GP scope is accepted', async () => {
    api.clock.set(XIAOGAN_SIGNUP);
    const round = await roundId(api, 'XG-2023');
    const hanchuan = await baseId(api, '汉川市人民医院');
    const xiaogan = (education: Record<string, unknown> = {}, licence = { qualification: 'NONE', gpScope: false }) =>
      fujianFacts({
        education: { level: 'COLLEGE', major: 'CLINICAL_MEDICINE', fullTime: true, lengthYears: 3, graduationYear: 2020, diplomaHeld: true, overseas: false, ...education },
        employment: { status: 'INTENDING', facility: 'TOWNSHIP_HOSPITAL', rural: true, regionCode: '420984', startYear: null },
        licence,
      });
    const refusedFor = async (username: string, birth: string, facts: Record<string, unknown>): Promise<{ failedRules: string[]; checks: Array<{ rule: string; outcome: string; explanation: { zh: string } }> }> => {
      const token = await registerApplicant(api, username, username, idNumber(birth, '311', '420902'));
      const id = await draft(api, token, round, { applicantType: 'INDEPENDENT', facts }, [hanchuan], false);
      const refused = await api.http.post(`/me/recruitment/applications/${id}/submit`).set(bearer(token)).send({});
      expect([refused.status, refused.body.code]).toEqual([409, 'APPLICANT_NOT_ELIGIBLE']);
      // Nothing stored: the draft stays a draft, to be corrected.
      expect((await api.http.get(`/me/recruitment/applications/${id}`).set(bearer(token)).expect(200)).body).toMatchObject({ status: 'DRAFT', verdict: null });
      return refused.body.details.verdict;
    };
    // Born 1987-01-01: 36 on 2023-05-04, the first day of sign-up.
    const old = await refusedFor('xg-old', '19870101', xiaogan());
    expect(old.failedRules).toEqual(['RC-2.age']);
    expect(old.checks.find((c) => c.rule === 'RC-2.age')?.explanation.zh).toContain('36');
    expect((await refusedFor('xg-bachelor', '19980101', xiaogan({ level: 'BACHELOR', lengthYears: 5 }))).failedRules).toEqual(['RC-2.education', 'RC-2.education-excluded']);
    expect((await refusedFor('xg-physician', '19980202', xiaogan({}, { qualification: 'FULL', gpScope: false }))).failedRules).toEqual(['RC-2.licence']);

    const token = await registerApplicant(api, 'xg-assistant', '何静', idNumber('19980303', '312', '420902'));
    const id = await draft(api, token, round, { applicantType: 'INDEPENDENT', facts: xiaogan({}, { qualification: 'ASSISTANT', gpScope: false }) }, [hanchuan], false);
    const incomplete = await api.http.post(`/me/recruitment/applications/${id}/submit`).set(bearer(token)).send({});
    expect(incomplete.body.code).toBe('DOCUMENTS_INCOMPLETE');
    expect(incomplete.body.details.missing.map((m: { requirement: string }) => m.requirement)).toEqual(['identity', 'education', 'qualification']);
    await uploadDocuments(api, token, id, [...INDEPENDENT_DOCUMENTS, 'PHYSICIAN_QUALIFICATION'], jpeg);
    const accepted = await api.http.post(`/me/recruitment/applications/${id}/submit`).set(bearer(token)).send({}).expect(200);
    expect(accepted.body).toMatchObject({ status: 'IN_REVIEW', nextReviewer: 'BASE', eligible: true });
    expect(accepted.body.verdict.checks.find((c: { rule: string }) => c.rule === 'RC-2.licence').outcome).toBe('PASS');
    const xgBase = await login(api, 'xg-base');
    await api.http.post(`/recruitment/applications/${id}/review`).set(bearer(xgBase)).send({ decision: 'APPROVE' }).expect(200);
    api.clock.set(CHONGQING_SIGNUP);
  });

  it('RC-8 a ban of one jurisdiction\'s round is enforced at another\'s sign-up where its scope says so, and only there', async () => {
    const store = api.app.get(RoundStore);
    const [fj2025, cq2025] = [await store.byCode('FJ-2025'), await store.byCode('CQ-2025')];
    // 2026 rounds of both jurisdictions, open on 2026-07-05.
    await api.dataSource.transaction(async (manager) => {
      await store.insertIfMissing(manager, { ...demoRound('2026-07-01', fj2025!.round), code: 'TEST-FJ-2026' });
      await store.insertIfMissing(manager, { ...demoRound('2026-07-01', cq2025!.round), code: 'TEST-CQ-2026' });
    });
    const ban = async (id: string, event: Parameters<typeof banConsequence>[0]['kind'], occurredOn: string, round: { id: number; code: string; year: number; jurisdiction: 'FUJIAN' | 'CHONGQING' }, policy: typeof FUJIAN_POLICY) => {
      const consequence = banConsequence({ idNumber: id, kind: event, occurredOn, round }, policy.bans, { id: policy.id, version: policy.version });
      const record = { ...consequence.ban!, idNumber: '' };
      await api.dataSource.query('INSERT INTO recruitment_ban (id_hash, kind, occurred_on, round_id, record) VALUES (?, ?, ?, ?, ?)', [
        cipher.lookupHash('RESIDENT_ID', id),
        event,
        occurredOn,
        round.id,
        JSON.stringify(record),
      ]);
    };
    const apply = async (token: string, roundCode: string, facts: Record<string, unknown>, base: string) => {
      const draftId = await draft(api, token, await roundId(api, roundCode), { applicantType: 'INDEPENDENT', facts }, [await baseId(api, base)]);
      await uploadDocuments(api, token, draftId, [...INDEPENDENT_DOCUMENTS, 'PHOTO'], jpeg);
      return api.http.post(`/me/recruitment/applications/${draftId}/submit`).set(bearer(token)).send({});
    };
    const fujianIntending = fujianFacts({ employment: { status: 'INTENDING', facility: 'TOWNSHIP_HOSPITAL', rural: true, regionCode: '350121', startYear: null } });

    // Chongqing: false information, two years' ban in every jurisdiction (the notice names no place).
    api.clock.set(FUJIAN_SIGNUP);
    const falseInformation = idNumber('19970404', '411', '500113');
    await ban(falseInformation, 'FALSE_INFORMATION', '2025-04-20', { id: cq2025!.id, ...cq2025!.round, jurisdiction: 'CHONGQING' }, CHONGQING_POLICY);
    const refused = await apply(await registerApplicant(api, 'ban-everywhere', '邓明', falseInformation), 'FJ-2025', fujianIntending, '福州市第一总医院');
    expect([refused.status, refused.body.code, refused.body.details.verdict.failedRules]).toEqual([409, 'APPLICANT_NOT_ELIGIBLE', ['RC-8']]);
    const banCheck = refused.body.details.verdict.checks.find((c: { rule: string }) => c.rule === 'RC-8');
    expect(banCheck.explanation.zh).toContain('CQ-2025');
    expect(banCheck.explanation.zh).toContain('2027-04-19');

    // Fujian: a no-show bars next year's sign-up in Fujian only (我省).
    api.clock.set('2026-07-05T02:00:00Z');
    const noShow = idNumber('19970505', '412', '350102');
    await ban(noShow, 'NO_SHOW', '2025-09-01', { id: fj2025!.id, ...fj2025!.round, jurisdiction: 'FUJIAN' }, FUJIAN_POLICY);
    const person = await registerApplicant(api, 'no-show', '孙丽', noShow);
    const inFujian = await apply(person, 'TEST-FJ-2026', fujianIntending, '福州市第一总医院');
    expect([inFujian.body.code, inFujian.body.details?.verdict.failedRules]).toEqual(['APPLICANT_NOT_ELIGIBLE', ['RC-8']]);
    const inChongqing = await apply(person, 'TEST-CQ-2026', chongqingFacts(), '重庆市巴南区人民医院');
    expect([inChongqing.status, inChongqing.body.status]).toEqual([200, 'IN_REVIEW']);
    expect(inChongqing.body.verdict.checks.find((c: { rule: string }) => c.rule === 'RC-8').outcome).toBe('PASS');
    api.clock.set(CHONGQING_SIGNUP);
  });

  it('RC-5 standing: each staff member learns what they are in recruitment — the authority, a base — and in which jurisdiction; an applicant is refused', async () => {
    const [banan, centre, xgCity] = await Promise.all(['cq-banan', 'cq-centre', 'xg-city'].map((name) => login(api, name)));
    const base = await api.http.get('/recruitment/me/standing').set(bearer(banan)).expect(200);
    expect(base.body).toEqual({ kind: 'BASE', jurisdiction: 'CHONGQING', jurisdictionName: { zh: '重庆市', en: 'Chongqing municipality' }, cityId: expect.any(Number), baseId: await baseId(api, '重庆市巴南区人民医院') });
    const authority = await api.http.get('/recruitment/me/standing').set(bearer(centre)).expect(200);
    expect(authority.body).toMatchObject({ kind: 'AUTHORITY', jurisdiction: 'CHONGQING', cityId: null, baseId: null });
    // Xiaogan's city commission is its round's authority, not a city level.
    const xiaogan = await api.http.get('/recruitment/me/standing').set(bearer(xgCity)).expect(200);
    expect(xiaogan.body).toMatchObject({ kind: 'AUTHORITY', jurisdiction: 'XIAOGAN', jurisdictionName: { zh: '湖北省孝感市' } });
    const applicant = await registerApplicant(api, 'standing-applicant', '陈静', idNumber('19980707', '213', '500113'));
    const refused = await api.http.get('/recruitment/me/standing').set(bearer(applicant)).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN_ROLE');
  });
});
