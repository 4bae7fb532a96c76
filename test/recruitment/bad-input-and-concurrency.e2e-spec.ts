import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { noisyJpeg, portraitPng, truncated } from '../support/bad-files';
import { bearer, binaryBody, createStaff, login } from '../support/fixtures';
import { resetData, startApi, TestApi } from '../support/test-api';
import { TEST_ENVIRONMENT } from '../setup/test-environment';
import { baseId, draft, fujianFacts, idNumber, registerApplicant, resetRecruitment, roundId } from './recruitment-fixtures';

const IN_SIGNUP = '2025-07-05T02:00:00Z';

interface Row {
  version: number;
  choice1: number | null;
  choice2: number | null;
  adjustment: number;
}

describe('RC-3, RC-4 bad input and concurrent edits: a clear code each, nothing written, one consistent row', () => {
  let api: TestApi;
  let round: number;
  let token: string;
  let applicationId: number;
  let bases: number[];

  const row = async (): Promise<Row> => {
    const [found]: Row[] = await api.dataSource.query(
      'SELECT version, choice1_base_id AS choice1, choice2_base_id AS choice2, accepts_adjustment AS adjustment FROM recruitment_application WHERE id = ?',
      [applicationId],
    );
    return { version: Number(found.version), choice1: found.choice1, choice2: found.choice2, adjustment: Number(found.adjustment) };
  };
  const documentRows = async (): Promise<number> => Number((await api.dataSource.query('SELECT COUNT(*) AS n FROM recruitment_document WHERE application_id = ?', [applicationId]))[0].n);

  beforeAll(async () => {
    api = await startApi({ now: IN_SIGNUP });
    await resetData(api.dataSource);
    await resetRecruitment(api);
    round = await roundId(api, 'FJ-2025');
    const detail = await api.dataSource.query('SELECT config FROM recruitment_round WHERE id = ?', [round]);
    expect(detail).toHaveLength(1);
    token = await registerApplicant(api, 'bad-input', '蔡文', idNumber('19960606', '511'));
    const planned = (await api.http.get(`/recruitment/rounds/${round}`).set(bearer(token)).expect(200)).body.bases as Array<{ baseId: number; seats: { INDEPENDENT: number } }>;
    bases = planned.filter((base) => base.seats.INDEPENDENT > 0).map((base) => base.baseId);
    applicationId = await draft(api, token, round, { applicantType: 'INDEPENDENT', facts: fujianFacts() }, [bases[0]]);
  });

  afterAll(async () => {
    await api.close();
  });

  it('RC-3 a PNG renamed .jpg, an oversized JPEG, a truncated JPEG and an unknown kind: each its code, no row, no file, no new version', async () => {
    const before = await row();
    const upload = (kind: string, content: Buffer, name: string) => api.http.put(`/me/recruitment/applications/${applicationId}/documents/${kind}`).set(bearer(token)).attach('file', content, name);
    const png = await upload('ID_FRONT', await portraitPng(), 'id-front.jpg');
    expect([png.status, png.body.code, png.body.details.detected]).toEqual([415, 'DOCUMENT_NOT_JPEG', 'png']);
    const oversized = await upload('ID_FRONT', await noisyJpeg(300 * 1024 + 1), 'id-front.jpg');
    expect([oversized.status, oversized.body.code, oversized.body.details.maxBytes]).toEqual([413, 'DOCUMENT_TOO_LARGE', 307200]);
    const cut = await upload('ID_FRONT', truncated(await samplePortraitJpeg()), 'id-front.jpg');
    expect([cut.status, cut.body.code]).toEqual([400, 'DOCUMENT_CORRUPT']);
    const kind = await upload('SELFIE', await samplePortraitJpeg(), 'selfie.jpg');
    expect([kind.status, kind.body.code]).toEqual([400, 'DOCUMENT_KIND_INVALID']);
    expect(await documentRows()).toBe(0);
    expect(existsSync(join(TEST_ENVIRONMENT.STORAGE_DIR, 'recruitment', String(applicationId)))).toBe(false);
    expect(await row()).toEqual(before);

    // A phone's scan with its camera and GPS position is stored re-encoded without them, served to its applicant only.
    const withExif = await sharp(await samplePortraitJpeg())
      .withExif({ IFD0: { Make: 'Phone', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '26/1 4/1 3000/100', GPSLongitudeRef: 'E', GPSLongitude: '119/1 17/1 4200/100' } })
      .jpeg({ quality: 85 })
      .toBuffer();
    expect((await sharp(withExif).metadata()).exif).toBeDefined();
    await upload('ID_FRONT', withExif, 'id-front.jpg').expect(200);
    expect(await documentRows()).toBe(1);
    const served = await api.http.get(`/recruitment/applications/${applicationId}/documents/ID_FRONT`).set(bearer(token)).buffer(true).parse(binaryBody).expect(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(served.body as Buffer).metadata()).exif).toBeUndefined();
    const stranger = await registerApplicant(api, 'stranger', '路人', idNumber('19960707', '512'));
    expect((await api.http.get(`/recruitment/applications/${applicationId}/documents/ID_FRONT`).set(bearer(stranger))).body.code).toBe('APPLICATION_NOT_FOUND');
    // A draft is nobody's business but its applicant's, the centre included.
    await createStaff(api, 'bad-centre', 'CENTRE_ADMIN', '福建省');
    expect((await api.http.get(`/recruitment/applications/${applicationId}/documents/ID_FRONT`).set(bearer(await login(api, 'bad-centre')))).body.code).toBe('FORBIDDEN_SCOPE');
  });

  it('RC-4 a third choice, a base outside the round, no choice at all: CHOICES_INVALID with each problem, the row unchanged', async () => {
    const before = await row();
    const put = (baseIds: number[], acceptsAdjustment = true) => api.http.put(`/me/recruitment/applications/${applicationId}/choices`).set(bearer(token)).send({ baseIds, acceptsAdjustment });
    const third = await put([bases[0], bases[1], bases[2]]);
    expect([third.status, third.body.code, third.body.details.problems.map((p: { code: string; path: string }) => `${p.code}@${p.path}`)]).toEqual([400, 'CHOICES_INVALID', ['TOO_MANY_CHOICES@choices[2]']]);
    const chongqing = await baseId(api, '重庆市巴南区人民医院');
    const outside = await put([bases[0], chongqing]);
    expect(outside.body.details.problems.map((p: { code: string }) => p.code)).toEqual(['BASE_NOT_IN_ROUND']);
    const none = await put([]);
    expect(none.body.details.problems.map((p: { code: string }) => p.code)).toEqual(['NO_CHOICE']);
    expect(await row()).toEqual(before);
    // Facts that do not add up are listed by path; an application twice in one round is refused.
    const facts = await api.http.put(`/me/recruitment/applications/${applicationId}/profile`).set(bearer(token)).send({ applicantType: 'INDEPENDENT', facts: { education: { level: 'PHD' } } });
    expect([facts.status, facts.body.code]).toEqual([400, 'APPLICANT_FACTS_INVALID']);
    expect(facts.body.details.problems.map((p: { path: string }) => p.path)).toContain('facts.education.level');
    const twice = await api.http.post(`/me/recruitment/rounds/${round}/applications`).set(bearer(token)).send({ applicantType: 'INDEPENDENT', facts: fujianFacts() });
    expect([twice.status, twice.body.code]).toEqual([409, 'APPLICATION_EXISTS']);
    const employedWithoutCity = await api.http.put(`/me/recruitment/applications/${applicationId}/profile`).set(bearer(token)).send({ applicantType: 'EMPLOYED', facts: fujianFacts() });
    expect(employedWithoutCity.body.code).toBe('EMPLOYER_CITY_REQUIRED');
    expect(await row()).toEqual(before);
  });

  it('RC-4 500 concurrent choice edits: the row is one of the accepted edits, the version counts the accepted ones, the others are told it changed', async () => {
    const before = await row();
    const edits = Array.from({ length: 500 }, (_, index) => ({ baseIds: [bases[index % bases.length], bases[(index + 1) % bases.length]], acceptsAdjustment: index % 2 === 0 }));
    const responses = await Promise.all(edits.map((edit) => api.http.put(`/me/recruitment/applications/${applicationId}/choices`).set(bearer(token)).send(edit).then((response) => ({ edit, response }))));
    const accepted = responses.filter(({ response }) => response.status === 200);
    const refused = responses.filter(({ response }) => response.status !== 200);
    expect(accepted.length).toBeGreaterThan(0);
    expect(new Set(refused.map(({ response }) => `${response.status} ${response.body.code}`))).toEqual(refused.length > 0 ? new Set(['409 APPLICATION_CHANGED']) : new Set());
    const after = await row();
    expect(after.version).toBe(before.version + accepted.length);
    const stored = `${after.choice1},${after.choice2},${after.adjustment}`;
    expect(accepted.map(({ edit }) => `${edit.baseIds[0]},${edit.baseIds[1]},${edit.acceptsAdjustment ? 1 : 0}`)).toContain(stored);
    const [audits] = await api.dataSource.query("SELECT COUNT(*) AS n FROM audit_record WHERE action = 'RECRUITMENT_CHOICES_EDITED' AND entity_id = ?", [String(applicationId)]);
    // The draft's own first choice, then one record per accepted edit.
    expect(Number(audits.n)).toBe(1 + accepted.length);

    // With the version they read, 50 editors at once: exactly one wins.
    const current = (await row()).version;
    const racing = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        api.http.put(`/me/recruitment/applications/${applicationId}/choices`).set(bearer(token)).send({ baseIds: [bases[index % bases.length]], acceptsAdjustment: false, expectedVersion: current }),
      ),
    );
    expect(racing.filter((response) => response.status === 200)).toHaveLength(1);
    expect(racing.filter((response) => response.status === 409 && response.body.code === 'APPLICATION_CHANGED')).toHaveLength(49);
    expect((await row()).version).toBe(current + 1);
  });
});
