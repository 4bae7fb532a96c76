import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import * as iconv from 'iconv-lite';
import { bearer, createFujian2024Session, createStaff, importRoster, login, registerCandidate, residentId } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';

interface BaseReport {
  baseName: string;
  missingNationally: Array<{ name: string }>;
  missingLocally: Array<{ name: string; rowNumber: number }>;
  nameMismatches: Array<{ localName: string; nationalName: string }>;
}

describe('FA-10 reconciliation with the national THEORY sign-up list', () => {
  let api: TestApi;
  let sessionId: number;
  let centreToken: string;
  let baseToken: string;
  let otherBaseToken: string;

  beforeAll(async () => {
    api = await startApi({ now: '2024-03-01T02:00:00Z' });
    await resetData(api.dataSource);
    sessionId = await createFujian2024Session(api);
    await createStaff(api, 'base1', 'BASE_REVIEWER', '福州市第一总医院');
    await createStaff(api, 'base2', 'BASE_REVIEWER', '厦门市海沧医院');
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    baseToken = await login(api, 'base1');
    otherBaseToken = await login(api, 'base2');
    centreToken = await login(api, 'centre');
    await importRoster(api, baseToken, [
      { name: '林晓华', idNumber: residentId('19990312', '123') },
      { name: '陈晨', idNumber: residentId('19980704', '246') },
      { name: '王芳', idNumber: residentId('19960105', '358') },
    ]);
    await importRoster(api, otherBaseToken, [{ name: '黄志强', idNumber: residentId('19990921', '471') }]);
    const photo = await samplePortraitJpeg();
    for (const [username, name, birth, serial] of [
      ['lin', '林晓华', '19990312', '123'],
      ['chen', '陈晨', '19980704', '246'],
      ['huang', '黄志强', '19990921', '471'],
    ]) {
      const token = await registerCandidate(api, username, name, residentId(birth, serial), photo);
      await api.http.post(`/me/signups/${sessionId}/submit`).set(bearer(token)).send({}).expect(201);
    }
  });

  afterAll(async () => {
    await api.close();
  });

  // The national list (GBK, as such files often are): 林晓华 matches; 陈晨 is missing; 黄志强 is spelled differently;
  // 王芳 (rostered, no sign-up here) and a stranger signed up only nationally; one row has a broken ID number.
  const nationalCsv = () =>
    iconv.encode(
      [
        '考生姓名,证件类型,证件号码',
        `林晓华,居民身份证,${residentId('19990312', '123')}`,
        `黄志强强,居民身份证,${residentId('19990921', '471')}`,
        `王芳,居民身份证,${residentId('19960105', '358')}`,
        `张三,居民身份证,${residentId('19950505', '579')}`,
        '李四,居民身份证,350102199001011230',
      ].join('\r\n'),
      'gbk',
    );

  it('FA-10 reports per base who is missing on either side and whose details differ', async () => {
    const response = await api.http
      .post(`/sessions/${sessionId}/national-roster/reconcile`)
      .set(bearer(centreToken))
      .attach('file', nationalCsv(), 'national.csv')
      .expect(200);
    const report = response.body as { nationalRows: number; localTheorySignups: number; matched: number; invalidRows: Array<{ rowNumber: number; problem: string }>; bases: BaseReport[] };
    expect(report.nationalRows).toBe(5);
    expect(report.localTheorySignups).toBe(3);
    expect(report.matched).toBe(2);
    expect(report.invalidRows).toEqual([expect.objectContaining({ rowNumber: 6, problem: 'BAD_CHECK_DIGIT' })]);
    const fuzhou = report.bases.find((b) => b.baseName === '福州市第一总医院')!;
    expect(fuzhou.missingNationally.map((m) => m.name)).toEqual(['陈晨']);
    expect(fuzhou.missingLocally.map((m) => m.name)).toEqual(['王芳']);
    const xiamen = report.bases.find((b) => b.baseName === '厦门市海沧医院')!;
    expect(xiamen.nameMismatches).toEqual([expect.objectContaining({ localName: '黄志强', nationalName: '黄志强强' })]);
    const unknown = report.bases.find((b) => b.baseName.startsWith('未在本省登记'))!;
    expect(unknown.missingLocally.map((m) => m.name)).toEqual(['张三']);
    const audit = await api.http.get(`/audit?action=NATIONAL_ROSTER_RECONCILED`).set(bearer(centreToken)).expect(200);
    expect(audit.body.items[0].after).toMatchObject({ nationalRows: 5, matched: 2, missingNationally: 1, missingLocally: 2 });
  });

  it('FA-10 a base reviewer sees only their own base in the report', async () => {
    const response = await api.http
      .post(`/sessions/${sessionId}/national-roster/reconcile`)
      .set(bearer(otherBaseToken))
      .attach('file', nationalCsv(), 'national.csv')
      .expect(200);
    expect((response.body.bases as BaseReport[]).map((b) => b.baseName)).toEqual(['厦门市海沧医院']);
    expect(response.body.localTheorySignups).toBe(1);
    expect(response.body.invalidRows).toEqual([]);
  });

  it('FA-10 a national list with the wrong columns is refused with a clear code', async () => {
    const response = await api.http
      .post(`/sessions/${sessionId}/national-roster/reconcile`)
      .set(bearer(centreToken))
      .attach('file', Buffer.from('名字,号码\r\n林晓华,1\r\n'), 'national.csv')
      .expect(400);
    expect(response.body.code).toBe('SPREADSHEET_COLUMNS_INVALID');
  });
});
