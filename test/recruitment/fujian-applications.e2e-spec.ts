import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { ReturnExpiryService } from '@app/recruitment';
import { bearer, createStaff, login } from '../support/fixtures';
import { resetData, startApi, TestApi } from '../support/test-api';
import { baseId, draft, EMPLOYED_DOCUMENTS, fujianFacts, idNumber, INDEPENDENT_DOCUMENTS, registerApplicant, resetRecruitment, roundId, uploadDocuments } from './recruitment-fixtures';

/** 2025-07-05 10:00 Beijing: Fujian 2025's sign-up (07-01 08:00 – 07-11 17:00) and both review windows are open. */
const IN_SIGNUP = '2025-07-05T02:00:00Z';

describe('RC-1 … RC-5 Fujian 2025 over HTTP: applicants, documents, submission, the city → centre chain, returns and their sweep', () => {
  let api: TestApi;
  let round: number;
  let fuzhou: number;
  let firstGeneral: number;
  let provincialOrgans: number;
  let jpeg: Buffer;
  let centre: string;
  let cityFuzhou: string;
  let cityXiamen: string;

  beforeAll(async () => {
    api = await startApi({ now: IN_SIGNUP });
    await resetData(api.dataSource);
    await resetRecruitment(api);
    round = await roundId(api, 'FJ-2025');
    fuzhou = await baseId(api, '福州市');
    firstGeneral = await baseId(api, '福州市第一总医院');
    provincialOrgans = await baseId(api, '福建省级机关医院');
    jpeg = await samplePortraitJpeg();
    await createStaff(api, 'fj-centre', 'CENTRE_ADMIN', '福建省');
    await createStaff(api, 'fj-city-fz', 'CITY_REVIEWER', '福州市');
    await createStaff(api, 'fj-city-xm', 'CITY_REVIEWER', '厦门市');
    centre = await login(api, 'fj-centre');
    cityFuzhou = await login(api, 'fj-city-fz');
    cityXiamen = await login(api, 'fj-city-xm');
  });

  afterAll(async () => {
    await api.close();
  });

  it('RC-1 an applicant registers (a candidate account without a trainee record) and reads the open rounds and one in plain terms', async () => {
    const token = await registerApplicant(api, 'fj-reader', '陈一', idNumber('19970301', '111'));
    const rounds = await api.http.get('/recruitment/rounds').set(bearer(token)).expect(200);
    expect(rounds.body.map((r: { code: string }) => r.code)).toEqual(['FJ-2025']);
    const detail = await api.http.get(`/recruitment/rounds/${round}`).set(bearer(token)).expect(200);
    expect(detail.body).toMatchObject({ code: 'FJ-2025', signupOpen: true, choicesMax: 2, quotaSplit: 'BY_BASE_AND_TYPE', adjustmentOffered: true });
    expect(detail.body.signupOpensAt).toBe('2025-07-01T08:00:00+08:00');
    expect(detail.body.reviewChain.EMPLOYED.map((l: { level: string }) => l.level)).toEqual(['CITY', 'CENTRE']);
    expect(detail.body.reviewChain.INDEPENDENT.map((l: { level: string }) => l.level)).toEqual(['CENTRE']);
    expect(detail.body.bases).toHaveLength(42);
    expect(detail.body.bases.find((b: { name: string }) => b.name === '福州市第一总医院')).toMatchObject({ baseId: firstGeneral, cityId: fuzhou, seats: { INDEPENDENT: 1, EMPLOYED: 12 }, total: 13 });
    expect(detail.body.documents.maxBytes).toBe(307200);
    // RC-6 as configured: one provincial ranking, parallel choices, then adjustment within the employer's city first.
    expect(detail.body.ranking).toEqual({ kind: 'CENTRE_RANKING', rounds: [] });
    expect(detail.body.admissionRule).toEqual({
      mechanism: 'CENTRAL_PARALLEL',
      adjustment: { enabled: true, preference: 'SAME_CITY_FIRST', rankBy: 'RANKING_SCORE' },
      summary: { zh: '平行志愿，按省级排名成绩录取，之后调剂（优先调剂到工作单位所在市的基地）', en: expect.any(String) },
    });
    // Chongqing 2025, read by the same applicant: base assessments by choice round, each with its days and results time.
    const chongqingRound = await api.http.get(`/recruitment/rounds/${await roundId(api, 'CQ-2025')}`).set(bearer(token)).expect(200);
    expect(chongqingRound.body).toMatchObject({ code: 'CQ-2025', choicesMax: 2, adjustmentOffered: true });
    expect(chongqingRound.body.ranking).toEqual({
      kind: 'BASE_ASSESSMENT',
      rounds: [
        { round: 'FIRST', label: { zh: '第一志愿', en: 'first choices' }, assessment: { opensAt: '2025-04-24T00:00:00+08:00', closesAt: '2025-04-26T00:00:00+08:00' }, resultsVisibleAt: '2025-04-26T00:00:00+08:00' },
        { round: 'SECOND', label: { zh: '第二志愿', en: 'second choices' }, assessment: { opensAt: '2025-04-27T00:00:00+08:00', closesAt: '2025-04-28T00:00:00+08:00' }, resultsVisibleAt: '2025-04-28T00:00:00+08:00' },
        { round: 'ADJUSTMENT', label: { zh: '调剂', en: 'adjustment' }, assessment: { opensAt: '2025-04-29T00:00:00+08:00', closesAt: '2025-04-30T00:00:00+08:00' }, resultsVisibleAt: '2025-04-30T00:00:00+08:00' },
      ],
    });
    expect(chongqingRound.body.admissionRule).toEqual({
      mechanism: 'SEQUENTIAL_CHOICES',
      adjustment: { enabled: true, preference: 'NONE', rankBy: 'ADJUSTMENT_SCORE' },
      summary: { zh: '按第一、二志愿顺序由基地考核录取，之后调剂（按调剂考核成绩）', en: 'first, then second choices admitted by the bases’ assessments, then adjustment (by the adjustment assessment)' },
    });
    // Staff see their own jurisdiction's rounds only.
    const staff = await api.http.get('/recruitment/rounds').set(bearer(centre)).expect(200);
    expect(staff.body.map((r: { jurisdiction: string }) => r.jurisdiction)).toEqual(expect.arrayContaining(['FUJIAN']));
    expect(new Set(staff.body.map((r: { jurisdiction: string }) => r.jurisdiction))).toEqual(new Set(['FUJIAN']));
    const chongqing = await roundId(api, 'CQ-2025');
    expect((await api.http.get(`/recruitment/rounds/${chongqing}`).set(bearer(centre))).body.code).toBe('ROUND_NOT_IN_JURISDICTION');
  });

  it('RC-1 Part A refuses an applicant account where a trainee is needed, with a clear code (never 500)', async () => {
    const token = await registerApplicant(api, 'fj-parta', '陈二', idNumber('19970302', '112'));
    for (const path of ['/me/profile', '/me/signups', '/me/results']) {
      const response = await api.http.get(path).set(bearer(token));
      expect([path, response.status < 500, typeof response.body.code]).toEqual([path, true, 'string']);
    }
    // A second account for the same ID number is refused; the password policy is the candidates'.
    const again = await api.http.post('/recruitment/applicants').send({ username: 'fj-parta2', password: 'Passw0rd!test', name: '陈二', idType: 'RESIDENT_ID', idNumber: idNumber('19970302', '112'), phone: '13800000000' });
    expect([again.status, again.body.code]).toEqual([409, 'APPLICANT_EXISTS']);
    const weak = await api.http.post('/recruitment/applicants').send({ username: 'fj-weak', password: 'short', name: '陈三', idType: 'RESIDENT_ID', idNumber: idNumber('19970303', '113'), phone: '13800000000' });
    expect(weak.body.code).toBe('PASSWORD_TOO_SHORT');
    const badId = await api.http.post('/recruitment/applicants').send({ username: 'fj-badid', password: 'Passw0rd!test', name: '陈四', idType: 'RESIDENT_ID', idNumber: '350102199703031130', phone: '13800000000' });
    expect(badId.body.code).toBe('ID_NUMBER_INVALID');
  });

  it('RC-5 Fujian: EMPLOYED goes city then centre, INDEPENDENT centre only; each outcome reaches the applicant\'s message centre', async () => {
    const employed = await registerApplicant(api, 'fj-employed', '林晓', idNumber('19960101', '121'));
    const employedId = await draft(api, employed, round, { applicantType: 'EMPLOYED', employerCityId: fuzhou, facts: fujianFacts() }, [firstGeneral, provincialOrgans]);
    // Documents still missing: the submission says which.
    const missing = await api.http.post(`/me/recruitment/applications/${employedId}/submit`).set(bearer(employed)).send({});
    expect([missing.status, missing.body.code]).toEqual([409, 'DOCUMENTS_INCOMPLETE']);
    await uploadDocuments(api, employed, employedId, EMPLOYED_DOCUMENTS, jpeg);
    const submitted = await api.http.post(`/me/recruitment/applications/${employedId}/submit`).set(bearer(employed)).send({}).expect(200);
    expect(submitted.body).toMatchObject({ status: 'IN_REVIEW', nextReviewer: 'CITY', eligible: true, editable: false, documentCheck: { complete: true } });
    expect(submitted.body.verdict).toMatchObject({ policyId: 'fujian', policyVersion: '2025.1', eligible: true });
    expect(submitted.body.verdict.checks.map((c: { rule: string; outcome: string }) => `${c.rule}:${c.outcome}`)).toEqual(['RC-2.education:PASS', 'RC-2.graduation-year:PASS', 'RC-2.primary-care:PASS', 'RC-8:PASS']);
    // Locked once submitted.
    const locked = await api.http.put(`/me/recruitment/applications/${employedId}/choices`).set(bearer(employed)).send({ baseIds: [firstGeneral], acceptsAdjustment: false });
    expect(locked.body.code).toBe('APPLICATION_NOT_EDITABLE');

    // The centre may not act before the city; another city does not review it.
    expect((await api.http.post(`/recruitment/applications/${employedId}/review`).set(bearer(centre)).send({ decision: 'APPROVE' })).body.code).toBe('REVIEW_LEVEL_NOT_IN_TURN');
    expect((await api.http.post(`/recruitment/applications/${employedId}/review`).set(bearer(cityXiamen)).send({ decision: 'APPROVE' })).body.code).toBe('FORBIDDEN_SCOPE');
    const cityList = await api.http.get('/recruitment/applications').set(bearer(cityFuzhou)).expect(200);
    expect(cityList.body.items.map((row: { id: number }) => row.id)).toEqual([employedId]);
    const view = await api.http.get(`/recruitment/applications/${employedId}`).set(bearer(cityFuzhou)).expect(200);
    const stale = view.body.version - 1;
    expect((await api.http.post(`/recruitment/applications/${employedId}/review`).set(bearer(cityFuzhou)).send({ decision: 'APPROVE', expectedVersion: stale })).body.code).toBe('APPLICATION_CHANGED');
    const cityApproved = await api.http.post(`/recruitment/applications/${employedId}/review`).set(bearer(cityFuzhou)).send({ decision: 'APPROVE', expectedVersion: view.body.version }).expect(200);
    expect(cityApproved.body).toMatchObject({ status: 'IN_REVIEW', nextReviewer: 'CENTRE' });
    const approved = await api.http.post(`/recruitment/applications/${employedId}/review`).set(bearer(centre)).send({ decision: 'APPROVE' }).expect(200);
    expect(approved.body).toMatchObject({ status: 'APPROVED', nextReviewer: null });

    const independent = await registerApplicant(api, 'fj-independent', '黄华', idNumber('19980505', '131'));
    const intending = fujianFacts({ employment: { status: 'INTENDING', facility: 'COMMUNITY_HEALTH_CENTRE', rural: false, regionCode: '350203', startYear: null } });
    const independentId = await draft(api, independent, round, { applicantType: 'INDEPENDENT', facts: intending }, [firstGeneral]);
    await uploadDocuments(api, independent, independentId, INDEPENDENT_DOCUMENTS, jpeg);
    const independentSubmitted = await api.http.post(`/me/recruitment/applications/${independentId}/submit`).set(bearer(independent)).send({}).expect(200);
    expect(independentSubmitted.body).toMatchObject({ status: 'IN_REVIEW', nextReviewer: 'CENTRE', employerCityId: null });
    expect((await api.http.post(`/recruitment/applications/${independentId}/review`).set(bearer(cityFuzhou)).send({ decision: 'APPROVE' })).body.code).toBe('REVIEW_LEVEL_NOT_IN_TURN');
    const rejected = await api.http.post(`/recruitment/applications/${independentId}/review`).set(bearer(centre)).send({ decision: 'REJECT', reason: '学历证书与学信网记录不符' }).expect(200);
    expect(rejected.body).toMatchObject({ status: 'REJECTED', rejected: { level: 'CENTRE', reason: '学历证书与学信网记录不符' } });

    const employedMessages = await api.http.get('/me/messages').set(bearer(employed)).expect(200);
    expect(employedMessages.body.items.map((m: { kind: string }) => m.kind)).toEqual(['RECRUITMENT_REVIEW_PASSED', 'RECRUITMENT_REVIEW_PASSED']);
    expect(employedMessages.body.items[1].body).toContain('正在等待');
    const independentMessages = await api.http.get('/me/messages').set(bearer(independent)).expect(200);
    expect(independentMessages.body.items.map((m: { kind: string; body: string }) => [m.kind, m.body.includes('学历证书与学信网记录不符')])).toEqual([['RECRUITMENT_REJECTED', true]]);

    // Every decision is audited.
    const [audits]: Array<{ total: string }> = await api.dataSource.query("SELECT COUNT(*) AS total FROM audit_record WHERE entity_type = 'recruitment_application' AND action LIKE 'RECRUITMENT_REVIEW_%'");
    expect(Number(audits.total)).toBe(3);

    // The export has exactly the list's rows.
    const csv = await api.http.get('/recruitment/applications/export?format=csv').set(bearer(centre)).expect(200);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('报名编号');
    expect(lines.slice(1).map((line) => line.split(',')[2])).toEqual(['林晓', '黄华']);
    const xlsx = await api.http.get('/recruitment/applications/export?format=xlsx').set(bearer(centre)).expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('RC-5 a return not corrected by its deadline becomes WITHDRAWN by the sweep, exactly once however many run at once', async () => {
    const late = await registerApplicant(api, 'fj-late', '吴敏', idNumber('19950707', '141'));
    const prompt = await registerApplicant(api, 'fj-prompt', '郑洁', idNumber('19950808', '151'));
    const ids: number[] = [];
    for (const token of [late, prompt]) {
      const id = await draft(api, token, round, { applicantType: 'EMPLOYED', employerCityId: fuzhou, facts: fujianFacts() }, [firstGeneral]);
      await uploadDocuments(api, token, id, EMPLOYED_DOCUMENTS, jpeg);
      await api.http.post(`/me/recruitment/applications/${id}/submit`).set(bearer(token)).send({}).expect(200);
      ids.push(id);
    }
    const [lateId, promptId] = ids;
    const noDeadline = await api.http.post(`/recruitment/applications/${lateId}/review`).set(bearer(cityFuzhou)).send({ decision: 'RETURN', reason: '单位同意函未盖章' });
    expect(noDeadline.body.code).toBe('CORRECT_BY_REQUIRED');
    for (const id of ids) {
      const returned = await api.http
        .post(`/recruitment/applications/${id}/review`)
        .set(bearer(cityFuzhou))
        .send({ decision: 'RETURN', reason: '单位同意函未盖章', correctBy: '2025-07-08T17:00:00+08:00' })
        .expect(200);
      expect(returned.body).toMatchObject({ status: 'RETURNED', editable: true, returned: { level: 'CITY', reason: '单位同意函未盖章', correctBy: '2025-07-08T17:00:00+08:00' } });
    }
    // One corrects in time: a new upload, then a resubmission back to the chain's first level.
    await uploadDocuments(api, prompt, promptId, ['EMPLOYER_CONSENT'], jpeg);
    const resubmitted = await api.http.post(`/me/recruitment/applications/${promptId}/submit`).set(bearer(prompt)).send({}).expect(200);
    expect(resubmitted.body).toMatchObject({ status: 'IN_REVIEW', nextReviewer: 'CITY', returned: null });

    const sweep = api.app.get(ReturnExpiryService);
    api.clock.set('2025-07-08T08:59:59Z');
    expect((await sweep.expireReturns()).withdrawn).toEqual([]);
    api.clock.set('2025-07-08T09:00:00Z');
    const tooLate = await api.http.post(`/me/recruitment/applications/${lateId}/submit`).set(bearer(late)).send({});
    expect(tooLate.body.code).toBe('CORRECTION_DEADLINE_PASSED');
    const runs = await Promise.all([sweep.expireReturns(), sweep.expireReturns(), sweep.expireReturns()]);
    expect(runs.flatMap((run) => run.withdrawn)).toEqual([lateId]);
    expect((await sweep.expireReturns()).withdrawn).toEqual([]);

    const withdrawn = await api.http.get(`/recruitment/applications/${lateId}`).set(bearer(centre)).expect(200);
    expect(withdrawn.body).toMatchObject({ status: 'WITHDRAWN', statusLabel: { zh: '退回后逾期未修改，视为自动放弃' } });
    const [audits]: Array<{ total: string }> = await api.dataSource.query("SELECT COUNT(*) AS total FROM audit_record WHERE action = 'RECRUITMENT_RETURN_EXPIRED' AND entity_id = ?", [String(lateId)]);
    expect(Number(audits.total)).toBe(1);
    const told = await api.http.get('/me/messages').set(bearer(late)).expect(200);
    expect(told.body.items.map((m: { kind: string }) => m.kind)).toEqual(['RECRUITMENT_WITHDRAWN', 'RECRUITMENT_RETURNED']);
    expect(told.body.items[1].body).toContain('2025年7月8日17:00');
    expect((await api.http.get(`/recruitment/applications/${promptId}`).set(bearer(centre)).expect(200)).body.status).toBe('IN_REVIEW');
    api.clock.set(IN_SIGNUP);
  });

  it('RC-5 the review history: a return (reason, deadline, the city commission by name) then approvals, in order; for the applicant and staff in scope only', async () => {
    const token = await registerApplicant(api, 'fj-history', '许诺', idNumber('19960909', '161'));
    const id = await draft(api, token, round, { applicantType: 'EMPLOYED', employerCityId: fuzhou, facts: fujianFacts() }, [firstGeneral]);
    // A draft has no steps yet, and is nobody else's to read.
    expect((await api.http.get(`/recruitment/applications/${id}/review-history`).set(bearer(token)).expect(200)).body).toMatchObject({ applicationId: id, roundId: round, status: 'DRAFT', steps: [] });
    expect((await api.http.get(`/recruitment/applications/${id}/review-history`).set(bearer(centre))).body.code).toBe('FORBIDDEN_SCOPE');
    await uploadDocuments(api, token, id, EMPLOYED_DOCUMENTS, jpeg);
    api.clock.set('2025-07-05T02:00:00Z');
    await api.http.post(`/me/recruitment/applications/${id}/submit`).set(bearer(token)).send({}).expect(200);
    api.clock.set('2025-07-05T03:00:00Z');
    await api.http.post(`/recruitment/applications/${id}/review`).set(bearer(cityFuzhou)).send({ decision: 'RETURN', reason: '劳动合同页不完整', correctBy: '2025-07-08T17:00:00+08:00' }).expect(200);
    api.clock.set('2025-07-06T02:00:00Z');
    await uploadDocuments(api, token, id, ['LABOUR_CONTRACT'], jpeg);
    await api.http.post(`/me/recruitment/applications/${id}/submit`).set(bearer(token)).send({}).expect(200);
    api.clock.set('2025-07-07T02:00:00Z');
    await api.http.post(`/recruitment/applications/${id}/review`).set(bearer(cityFuzhou)).send({ decision: 'APPROVE' }).expect(200);
    api.clock.set('2025-07-07T03:00:00Z');
    await api.http.post(`/recruitment/applications/${id}/review`).set(bearer(centre)).send({ decision: 'APPROVE' }).expect(200);
    api.clock.set(IN_SIGNUP);

    const mine = await api.http.get(`/recruitment/applications/${id}/review-history`).set(bearer(token)).expect(200);
    expect(mine.body).toMatchObject({ applicationId: id, roundId: round, status: 'APPROVED', statusLabel: { zh: expect.any(String) } });
    const steps = mine.body.steps as Array<{ kind: string; by: string; organisationName: string | null; outcome: { zh: string }; reason: string | null; correctBy: string | null; status: string; at: string }>;
    expect(steps.map((step) => [step.kind, step.by, step.organisationName, step.outcome.zh, step.reason, step.correctBy, step.status, step.at])).toEqual([
      ['SUBMITTED', 'APPLICANT', null, '提交报名', null, null, 'IN_REVIEW', '2025-07-05T10:00:00+08:00'],
      ['RETURNED', 'CITY', '福州市卫生健康委员会', '退回修改', '劳动合同页不完整', '2025-07-08T17:00:00+08:00', 'RETURNED', '2025-07-05T11:00:00+08:00'],
      ['RESUBMITTED', 'APPLICANT', null, '修改后重新提交', null, null, 'IN_REVIEW', '2025-07-06T10:00:00+08:00'],
      ['APPROVED', 'CITY', '福州市卫生健康委员会', '审核通过', null, null, 'IN_REVIEW', '2025-07-07T10:00:00+08:00'],
      ['APPROVED', 'CENTRE', '福建省卫生健康委员会（委托福建省全科医学培训中心）', '审核通过', null, null, 'APPROVED', '2025-07-07T11:00:00+08:00'],
    ]);
    // Organisations only: neither the reviewers' names nor their accounts reach the applicant.
    const text = JSON.stringify(mine.body);
    for (const secret of ['fj-city-fz', 'fj-centre', 'actorUserId']) expect(text).not.toContain(secret);

    // Staff who see the application read the same; another city commission, and another applicant, are refused.
    expect((await api.http.get(`/recruitment/applications/${id}/review-history`).set(bearer(cityFuzhou)).expect(200)).body.steps).toEqual(steps);
    expect((await api.http.get(`/recruitment/applications/${id}/review-history`).set(bearer(centre)).expect(200)).body.steps).toHaveLength(5);
    const otherCity = await api.http.get(`/recruitment/applications/${id}/review-history`).set(bearer(cityXiamen));
    expect([otherCity.status, otherCity.body.code]).toEqual([403, 'FORBIDDEN_SCOPE']);
    const nosy = await registerApplicant(api, 'fj-nosy', '周到', idNumber('19960909', '171'));
    const foreign = await api.http.get(`/recruitment/applications/${id}/review-history`).set(bearer(nosy));
    expect([foreign.status, foreign.body.code]).toEqual([403, 'FORBIDDEN_SCOPE']);
    const missing = await api.http.get('/recruitment/applications/999999/review-history').set(bearer(token));
    expect([missing.status, missing.body.code]).toEqual([404, 'APPLICATION_NOT_FOUND']);
  });
});
