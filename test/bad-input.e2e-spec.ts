import { IdDocumentType, IdNumberProblem } from '@app/common/identity-document';
import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { toXlsx } from '@app/common/tabular';
import type { RosterImportReport, RosterRowError } from '@app/training';
import * as iconv from 'iconv-lite';
import type { Response, Test } from 'supertest';
import { noisyJpeg, portraitPng, truncated, utf16le, withClaimedDimensions } from './support/bad-files';
import {
  bearer,
  binaryBody,
  createFujian2024Session,
  createStaff,
  importRoster,
  login,
  organisationId,
  PASSWORD,
  registerCandidate,
  residentId,
  ROSTER_HEADER,
  rosterCsv,
  RosterRow,
} from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';

const BASE = '福州市第一总医院';
const OTHER_BASE = '福清市医院';


interface IdCase {
  label: string;
  idType: IdDocumentType;
  /** The roster's "证件类型" cell for this type. */
  idTypeLabel: string;
  idNumber: string;
  problem: IdNumberProblem;
}

const resident = (label: string, idNumber: string, problem: IdNumberProblem): IdCase => ({
  label,
  idType: 'RESIDENT_ID',
  idTypeLabel: '居民身份证',
  idNumber,
  problem,
});

const VALID_ID = residentId('19990312', '123'); // 350102199903121233

/**
 * Malformed ID numbers as people really produce them. The test clock stands at 2024-03-01 10:00 Beijing,
 * so "today" for the birth-date rule is 2024-03-01. Each number has a correct check character unless
 * the check character is the point, so the problem named is the only one.
 */
const BAD_IDS: IdCase[] = [
  resident('empty string', '', 'EMPTY'),
  resident('only spaces', '   ', 'EMPTY'),
  resident('ideographic space and a tab', '\u3000\t ', 'EMPTY'),
  resident('17 digits (check character forgotten)', VALID_ID.slice(0, 17), 'BAD_LENGTH'),
  resident('19 digits (one typed twice)', `${VALID_ID.slice(0, 10)}0${VALID_ID.slice(10)}`, 'BAD_LENGTH'),
  resident('16 digits', VALID_ID.slice(0, 16), 'BAD_LENGTH'),
  resident('letter O for zero inside', '3501O2199903121233', 'BAD_CHARACTERS'),
  resident('X in the middle', '3501021999X3121233', 'BAD_CHARACTERS'),
  resident('hyphen-grouped', '350102-19990312-1233', 'BAD_CHARACTERS'),
  resident('Chinese numeral inside', '35010219990312一233', 'BAD_CHARACTERS'),
  resident('wrong check digit', '350102199903121234', 'BAD_CHECK_DIGIT'),
  resident('two digits transposed', '350102199903122133', 'BAD_CHECK_DIGIT'),
  resident('X check character where a digit belongs', `${VALID_ID.slice(0, 17)}X`, 'BAD_CHECK_DIGIT'),
  resident('full-width digits with a wrong check digit', '３５０１０２１９９９０３１２１２３４', 'BAD_CHECK_DIGIT'),
  resident('region 00', residentId('19990312', '123', '000102'), 'BAD_REGION'),
  resident('region 99', residentId('19990312', '123', '990102'), 'BAD_REGION'),
  resident('region 71 (Taiwan: no resident IDs)', residentId('19990312', '123', '710102'), 'BAD_REGION'),
  {
    label: 'HMT residence permit without an 81/82/83 prefix',
    idType: 'HMT_RESIDENCE_PERMIT',
    idTypeLabel: '港澳台居民居住证',
    idNumber: VALID_ID,
    problem: 'BAD_REGION',
  },
  resident('birth date 1990-02-30', residentId('19900230', '123'), 'BAD_BIRTH_DATE'),
  resident('birth date 2023-02-29 (not a leap year)', residentId('20230229', '123'), 'BAD_BIRTH_DATE'),
  resident('birth month 13', residentId('19901301', '123'), 'BAD_BIRTH_DATE'),
  resident('birth day 00', residentId('19900100', '123'), 'BAD_BIRTH_DATE'),
  resident('birth year 1899', residentId('18991231', '123'), 'BAD_BIRTH_DATE'),
  resident('born tomorrow (2024-03-02, clock at 2024-03-01 Beijing)', residentId('20240302', '123'), 'BIRTH_DATE_IN_FUTURE'),
  resident('born in 2099', residentId('20991231', '123'), 'BIRTH_DATE_IN_FUTURE'),
  resident('15-digit legacy number', '350102990312123', 'LEGACY_15_DIGIT'),
  resident("Excel's scientific notation 3.50102E+17", '3.50102E+17', 'SPREADSHEET_MANGLED'),
  resident('scientific notation with more digits', '3.50102199903121E+17', 'SPREADSHEET_MANGLED'),
  resident('exported through a float (".0")', `${VALID_ID}.0`, 'SPREADSHEET_MANGLED'),
  resident('last three digits zeroed by a number cell', `${VALID_ID.slice(0, 15)}000`, 'SPREADSHEET_MANGLED'),
];

describe('Bad input: a clear error code and nothing written (FA-6, roster import, registration)', () => {
  let api: TestApi;
  let baseToken: string;
  let centreToken: string;
  let photo: Buffer;
  /** Has a valid photo on file. */
  let withPhoto: string;
  /** What was stored for that photo: the upload re-encoded without metadata. */
  let storedPhoto: Buffer;
  /** Registered, no photo yet. */
  let withoutPhoto: string;
  const files: Record<string, Buffer> = {};

  const count = async (sql: string, params: unknown[] = []): Promise<number> => {
    const [row] = await api.dataSource.query<Array<{ n: string | number }>>(sql, params);
    return Number(row.n);
  };

  const counts = async (): Promise<{ trainee: number; user_account: number; audit_record: number }> => ({
    trainee: await count('SELECT COUNT(*) AS n FROM trainee'),
    user_account: await count('SELECT COUNT(*) AS n FROM user_account'),
    audit_record: await count('SELECT COUNT(*) AS n FROM audit_record'),
  });

  const upload = (token: string, body: Buffer, filename: string, commit: boolean): Test =>
    api.http.post(`/trainees/import?commit=${commit}`).set(bearer(token)).attach('file', body, filename);

  const csv = (rows: RosterRow[]): Buffer => Buffer.from(rosterCsv(rows), 'utf8');

  const register = (idType: string, idNumber: unknown): Test =>
    api.http.post('/auth/register').send({ username: 'bad.id', password: PASSWORD, name: '林晓华', idType, idNumber });

  beforeAll(async () => {
    api = await startApi({ now: '2024-03-01T02:00:00Z' }); // 2024-03-01 10:00 Beijing
    await resetData(api.dataSource);
    await createFujian2024Session(api);
    await createStaff(api, 'base1', 'BASE_REVIEWER', BASE);
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    baseToken = await login(api, 'base1');
    centreToken = await login(api, 'centre');
    photo = await samplePortraitJpeg();
    await importRoster(api, baseToken, [
      { name: '林晓华', idNumber: VALID_ID },
      { name: '黄志强', idNumber: residentId('19990921', '471') },
      { name: '陈静', idNumber: residentId('19960105', '358') },
    ]);
    withPhoto = await registerCandidate(api, 'huang', '黄志强', residentId('19990921', '471'), photo);
    storedPhoto = (await api.http.get('/me/photo').set(bearer(withPhoto)).buffer(true).parse(binaryBody).expect(200)).body as Buffer;
    const registered = await api.http
      .post('/auth/register')
      .send({ username: 'chen', password: PASSWORD, name: '陈静', idType: 'RESIDENT_ID', idNumber: residentId('19960105', '358') })
      .expect(201);
    withoutPhoto = registered.body.accessToken as string;

    files.png = await portraitPng();
    files.truncated = truncated(photo);
    files.noisy = await noisyJpeg(300 * 1024);
    files.bomb = withClaimedDimensions(photo, 30000, 40000);
    files.blue = await samplePortraitJpeg({ background: '#3a7bd5' });
    files.landscape = await samplePortraitJpeg({ width: 579, height: 413 });
  });

  afterAll(async () => {
    await api?.close();
  });

  // ------------------------------------------------------------------------------ 1. registration

  it('the malformed-ID table covers at least 22 distinct numbers and every problem code', () => {
    expect(new Set(BAD_IDS.map((c) => `${c.idType}:${c.idNumber}`)).size).toBe(BAD_IDS.length);
    expect(BAD_IDS.length).toBeGreaterThanOrEqual(22);
    const problems: IdNumberProblem[] = [
      'EMPTY',
      'LEGACY_15_DIGIT',
      'SPREADSHEET_MANGLED',
      'BAD_LENGTH',
      'BAD_CHARACTERS',
      'BAD_REGION',
      'BAD_BIRTH_DATE',
      'BIRTH_DATE_IN_FUTURE',
      'BAD_CHECK_DIGIT',
    ];
    expect(new Set(BAD_IDS.map((c) => c.problem))).toEqual(new Set(problems));
  });

  it.each(BAD_IDS)('ID $label → register 400 ID_NUMBER_INVALID / $problem, no account', async ({ idType, idNumber, problem }) => {
    const before = await counts();
    const response = await register(idType, idNumber);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('ID_NUMBER_INVALID');
    expect(response.body.details.problem).toBe(problem);
    expect(response.body.details.message.zh).toEqual(expect.any(String));
    expect(response.body.details.message.zh.length).toBeGreaterThan(0);
    expect(response.body.message.zh).toBe('证件号码不合法');
    expect(await counts()).toEqual(before);
  });

  it.each([
    { label: 'longer than 40 characters', idNumber: '3'.repeat(41) },
    { label: 'sent as a JSON number (precision already lost)', idNumber: Number('350102199903121233') },
    { label: 'missing', idNumber: undefined },
    { label: 'null', idNumber: null },
  ])('ID $label → register 400 VALIDATION_FAILED before any ID rule, no account', async ({ idNumber }) => {
    const before = await counts();
    const response = await register('RESIDENT_ID', idNumber);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(response.body.details.problems)).toContain('idNumber');
    expect(await counts()).toEqual(before);
  });

  it('ID an unknown document type → 400 VALIDATION_FAILED, no account', async () => {
    const before = await counts();
    const response = await register('DRIVING_LICENCE', VALID_ID);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(response.body.details.problems)).toContain('idType');
    expect(await counts()).toEqual(before);
  });

  it('ID "born tomorrow" follows the injected clock to the second (Beijing midnight), never the wall clock', async () => {
    const bornMarch2 = residentId('20240302', '123');
    try {
      api.clock.set('2024-03-01T15:59:59Z'); // 2024-03-01 23:59:59 Beijing
      const before = await counts();
      const early = await register('RESIDENT_ID', bornMarch2);
      expect(early.status).toBe(400);
      expect(early.body.details.problem).toBe('BIRTH_DATE_IN_FUTURE');

      api.clock.set('2024-03-01T16:00:00Z'); // 2024-03-02 00:00:00 Beijing: a valid number, just not on the roster
      const onTheDay = await register('RESIDENT_ID', bornMarch2);
      expect(onTheDay.status).toBe(404);
      // Registration answers "not on a roster" and "already registered" alike (was TRAINEE_NOT_FOUND).
      expect(onTheDay.body.code).toBe('TRAINEE_NOT_REGISTRABLE');
      expect(await counts()).toEqual(before);
    } finally {
      api.clock.set('2024-03-01T02:00:00Z');
    }
  });

  // ------------------------------------------------------------------------------ 2. IDs in a roster

  it('ID roster with every malformed number + one good row: preview lists each row error; commit 422 ROSTER_INVALID writes nothing', async () => {
    const good: RosterRow = { name: '好行', idNumber: residentId('19980808', '808') };
    const middle = Math.floor(BAD_IDS.length / 2);
    const rows: RosterRow[] = BAD_IDS.map((c, index) => ({ name: `坏号${index + 1}`, idType: c.idTypeLabel, idNumber: c.idNumber }));
    rows.splice(middle, 0, good);
    const file = csv(rows);
    const before = await counts();

    const preview = await upload(baseToken, file, 'roster.csv', false).expect(201);
    const report = preview.body as RosterImportReport;
    expect(report).toMatchObject({ committed: false, format: 'csv', encoding: 'utf-8', totalRows: BAD_IDS.length + 1, created: 1, errorRows: BAD_IDS.length });
    const expected = rows.map((row, index) => {
      const bad = index < middle ? BAD_IDS[index] : index === middle ? null : BAD_IDS[index - 1];
      return {
        rowNumber: index + 2, // the header is row 1, as in Excel
        name: row.name,
        outcome: bad ? 'ERROR' : 'CREATE',
        codes: bad ? [`ID_${bad.problem}`] : [],
      };
    });
    expect(report.rows.map((r) => ({ rowNumber: r.rowNumber, name: r.name, outcome: r.outcome, codes: r.errors.map((e) => e.code) }))).toEqual(expected);
    for (const row of report.rows.filter((r) => r.outcome === 'ERROR')) {
      expect(row.errors[0].field).toBe('idNumber');
      expect(row.errors[0].message.zh.length).toBeGreaterThan(0);
      expect(row.idMasked).toBeNull(); // a bad number is never echoed back in full or masked
    }
    expect(await counts()).toEqual(before);

    const commit = await upload(baseToken, file, 'roster.csv', true).expect(422);
    expect(commit.body.code).toBe('ROSTER_INVALID');
    expect(commit.body.details).toMatchObject({ committed: false, errorRows: BAD_IDS.length, created: 1 });
    expect((commit.body.details as RosterImportReport).rows.map((r) => r.errors.map((e) => e.code))).toEqual(expected.map((e) => e.codes));
    expect(await counts()).toEqual(before); // all or nothing: the good row is not written either
    expect(await count('SELECT COUNT(*) AS n FROM trainee WHERE name = ?', ['好行'])).toBe(0);
  });

  // ------------------------------------------------------------------------------ 3. photos

  interface PhotoCase {
    label: string;
    send: (request: Test) => Test;
    status: number;
    code: string;
    details?: Record<string, unknown>;
  }
  const attach = (key: string, filename = 'photo.jpg') => (request: Test) => request.attach('file', files[key], filename);
  const PHOTO_CASES: PhotoCase[] = [
    { label: 'a PNG renamed .jpg', send: attach('png'), status: 415, code: 'PHOTO_NOT_JPEG', details: { detected: 'png' } },
    { label: 'a truncated JPEG', send: attach('truncated'), status: 400, code: 'PHOTO_CORRUPT' },
    { label: 'a noisy JPEG over 300 KB', send: attach('noisy'), status: 413, code: 'PHOTO_TOO_LARGE', details: { maxBytes: 300 * 1024 } },
    {
      label: 'a decompression bomb (small JPEG claiming 30000×40000)',
      send: attach('bomb'),
      status: 400,
      code: 'PHOTO_TOO_MANY_PIXELS',
      details: { width: 30000, height: 40000, pixels: 1_200_000_000, maxPixels: 4_000_000 },
    },
    { label: 'a blue-background photo', send: attach('blue'), status: 400, code: 'PHOTO_BACKGROUND_NOT_WHITE' },
    { label: 'a landscape photo', send: attach('landscape'), status: 400, code: 'PHOTO_DIMENSIONS_INVALID', details: { reason: 'aspect-ratio' } },
    { label: 'a multipart request with no file part', send: (r) => r.field('note', 'forgot the file'), status: 400, code: 'FILE_MISSING' },
    { label: 'a JSON body instead of multipart', send: (r) => r.send({ photo: 'base64…' }), status: 400, code: 'FILE_MISSING' },
    { label: 'a 0-byte file', send: (r) => r.attach('file', Buffer.alloc(0), 'photo.jpg'), status: 400, code: 'FILE_EMPTY' },
  ];

  const photoState = async (token: string) => {
    const profile = await api.http.get('/me/profile').set(bearer(token)).expect(200);
    const [row] = await api.dataSource.query<Array<{ photoKey: string | null; sha: string | null; version: number }>>(
      'SELECT photo_key AS photoKey, photo_sha256 AS sha, version FROM trainee WHERE id = ?',
      [profile.body.id],
    );
    return {
      hasPhoto: profile.body.hasPhoto as boolean,
      version: profile.body.version as number,
      row,
      uploads: await count("SELECT COUNT(*) AS n FROM audit_record WHERE action = 'PHOTO_UPLOADED' AND entity_id = ?", [String(profile.body.id)]),
    };
  };

  it('FA-6 the bad photo files are what they claim to be', () => {
    expect(files.png.subarray(0, 4).toString('latin1')).toBe('\x89PNG');
    expect(files.truncated.length).toBeLessThan(photo.length);
    expect(files.noisy.length).toBeGreaterThan(300 * 1024);
    expect(files.noisy.length).toBeLessThan(4 * 300 * 1024); // under the read limit: the photo's own error, not a generic one
    expect(files.bomb.length).toBe(photo.length);
  });

  it.each(PHOTO_CASES)('FA-6 $label → $status $code; photo, profile and audit unchanged', async ({ send, status, code, details }) => {
    for (const token of [withPhoto, withoutPhoto]) {
      const before = await photoState(token);
      const totals = await counts();
      const response = await send(api.http.put('/me/photo').set(bearer(token)));
      expect(response.status).toBe(status);
      expect(response.body.code).toBe(code);
      expect(response.body.message.zh.length).toBeGreaterThan(0);
      if (details) expect(response.body.details).toMatchObject(details);
      expect(await photoState(token)).toEqual(before);
      expect(await counts()).toEqual(totals);
    }
    expect((await photoState(withPhoto)).hasPhoto).toBe(true);
    expect((await photoState(withoutPhoto)).hasPhoto).toBe(false);
  });

  it('FA-6 after all those failures the stored photo is still the bytes stored on the good upload', async () => {
    const stored: Response = await api.http
      .get('/me/photo')
      .set(bearer(withPhoto))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(storedPhoto.length).toBeGreaterThan(0);
    expect(Buffer.compare(stored.body as Buffer, storedPhoto)).toBe(0);
    const none = await api.http.get('/me/photo').set(bearer(withoutPhoto)).expect(404);
    expect(none.body.code).toBe('NOT_FOUND');
  });

  // ------------------------------------------------------------------------------ 4. roster files

  it('roster XLSX with the wrong columns → 400 SPREADSHEET_COLUMNS_INVALID naming the missing headers; nothing written', async () => {
    const xlsx = await toXlsx('名单', ['姓名', '身份证', '基地', '备注'], [['林某', residentId('19990101', '111'), BASE, '']]);
    const before = await counts();
    for (const commit of [false, true]) {
      const response = await upload(baseToken, xlsx, 'roster.xlsx', commit).expect(400);
      expect(response.body.code).toBe('SPREADSHEET_COLUMNS_INVALID');
      expect(response.body.details.missing).toEqual(['证件号码', '年级', '结束轮转时间', '集中理论培训阶段考试', '培训过程考核']);
      expect(response.body.details.unknown).toEqual(['身份证', '备注']);
    }
    expect(await counts()).toEqual(before);
  });

  it('roster CSV saved as GBK by Chinese Excel is decoded, not refused: names arrive exactly', async () => {
    const names = ['林晓华', '欧阳娜娜', '司马相如'];
    const rows: RosterRow[] = [
      { name: '林晓华', idNumber: residentId('19980101', '201', '350103') },
      { name: '欧阳娜娜', idNumber: residentId('19970202', '302', '350104') },
      { name: '司马相如', idNumber: residentId('19960303', '403', '350105') },
    ];
    const gbk = iconv.encode(rosterCsv(rows), 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow(); // really not UTF-8
    const before = await counts();

    const preview = await upload(baseToken, gbk, 'roster.csv', false).expect(201);
    expect(preview.body).toMatchObject({ encoding: 'gb18030', format: 'csv', errorRows: 0, created: 3 });
    expect((preview.body as RosterImportReport).rows.map((r) => r.name)).toEqual(names);

    const committed = await upload(baseToken, gbk, 'roster.csv', true).expect(201);
    expect(committed.body).toMatchObject({ committed: true, created: 3 });
    expect((await counts()).trainee).toBe(before.trainee + 3);
    for (const name of names) {
      const listed = await api.http.get('/trainees').query({ name }).set(bearer(baseToken)).expect(200);
      expect(listed.body.items.map((t: { name: string }) => t.name)).toContain(name);
    }
    const listed = await api.http.get('/trainees').query({ name: '欧阳' }).set(bearer(baseToken)).expect(200);
    expect(listed.body.items.map((t: { name: string }) => t.name)).toEqual(['欧阳娜娜']);
  });

  it('roster CSV in GB18030 with a name outside the BMP (陈𠮷) round-trips exactly', async () => {
    const name = '陈𠮷';
    const file = iconv.encode(rosterCsv([{ name, idNumber: residentId('19950505', '505', '350121') }]), 'gb18030');
    const preview = await upload(baseToken, file, 'roster.csv', false).expect(201);
    expect(preview.body.encoding).toBe('gb18030');
    expect(preview.body.rows[0].name).toBe(name);
    await upload(baseToken, file, 'roster.csv', true).expect(201);
    const listed = await api.http.get('/trainees').query({ name }).set(bearer(baseToken)).expect(200);
    expect(listed.body.items.map((t: { name: string }) => t.name)).toEqual([name]);
  });

  it.each([
    { label: 'a stray 0xFF byte (no meaning in UTF-8 or GB18030)', bytes: [0xff] },
    { label: 'a lead byte cut off before its trail byte', bytes: [0xc1] },
    { label: 'a GB18030 four-byte sequence beyond U+10FFFF', bytes: [0xe3, 0x32, 0x9a, 0x36] },
  ])('roster CSV with $label → 400 FILE_ENCODING_UNSUPPORTED; nothing written', async ({ bytes }) => {
    const [header, ...rest] = rosterCsv([{ name: 'NAME', idNumber: residentId('19990101', '777') }]).split('NAME');
    // A GBK name with the bad bytes in the middle of it: "林?某".
    const file = Buffer.concat([iconv.encode(`${header}林`, 'gbk'), Buffer.from(bytes), iconv.encode(`某${rest.join('NAME')}`, 'gbk')]);
    const before = await counts();
    for (const commit of [false, true]) {
      const response = await upload(baseToken, file, 'roster.csv', commit).expect(400);
      expect(response.body.code).toBe('FILE_ENCODING_UNSUPPORTED');
      expect(response.body.details).toEqual({ tried: ['utf-8', 'gb18030'] });
    }
    expect(await counts()).toEqual(before);
  });

  it('roster CSV saved as "Unicode text" (UTF-16) → 400 FILE_ENCODING_UNSUPPORTED', async () => {
    const before = await counts();
    const response = await upload(baseToken, utf16le(rosterCsv([{ name: '林某', idNumber: residentId('19990101', '778') }])), 'roster.csv', true).expect(400);
    expect(response.body.code).toBe('FILE_ENCODING_UNSUPPORTED');
    expect(response.body.details).toEqual({ detected: 'utf-16' });
    expect(await counts()).toEqual(before);
  });

  it('roster with the same person twice (once typed with a lowercase x and spaces) → DUPLICATE_IN_FILE; commit 422 writes nothing', async () => {
    const id = residentId('19990312', '109'); // 35010219990312109X
    expect(id.endsWith('X')).toBe(true);
    const file = csv([
      { name: '张伟', idNumber: id },
      { name: '李娜', idNumber: residentId('19990313', '222') },
      { name: '张伟', idNumber: ` ${id.slice(0, 6)} ${id.slice(6, 17)}x ` },
    ]);
    const before = await counts();
    const preview = await upload(baseToken, file, 'roster.csv', false).expect(201);
    const report = preview.body as RosterImportReport;
    expect(report.rows.map((r) => [r.rowNumber, r.outcome, r.errors.map((e) => e.code)])).toEqual([
      [2, 'CREATE', []],
      [3, 'CREATE', []],
      [4, 'ERROR', ['DUPLICATE_IN_FILE']],
    ]);
    expect(report.rows[2].errors[0].message.zh).toContain('第 2 行');

    const commit = await upload(baseToken, file, 'roster.csv', true).expect(422);
    expect(commit.body.code).toBe('ROSTER_INVALID');
    expect(commit.body.details.rows[2].errors[0].code).toBe('DUPLICATE_IN_FILE');
    expect(await counts()).toEqual(before);
  });

  it.each([
    { label: 'a PNG uploaded as roster.csv', body: () => files.png, status: 415, code: 'FILE_TYPE_UNSUPPORTED', details: { detected: 'png', filename: 'roster.csv' } },
    { label: 'a JPEG uploaded as roster.csv', body: () => photo, status: 415, code: 'FILE_TYPE_UNSUPPORTED', details: { detected: 'jpeg' } },
    { label: 'an empty file', body: () => Buffer.alloc(0), status: 400, code: 'FILE_EMPTY' },
    { label: 'a header-only CSV', body: () => Buffer.from(`${ROSTER_HEADER}\r\n`, 'utf8'), status: 400, code: 'FILE_EMPTY' },
    { label: 'a header and blank lines only', body: () => Buffer.from(`\uFEFF${ROSTER_HEADER}\r\n\r\n,,,,,,,\r\n   \r\n`, 'utf8'), status: 400, code: 'FILE_EMPTY' },
    { label: 'blank lines only', body: () => Buffer.from('\r\n \r\n\t\r\n', 'utf8'), status: 400, code: 'FILE_EMPTY' },
    { label: 'a ragged CSV row', body: () => Buffer.from(`${ROSTER_HEADER}\r\n林某,居民身份证\r\n`, 'utf8'), status: 400, code: 'FILE_CORRUPT', details: { rowNumber: 2 } },
  ])('roster $label → $status $code; nothing written', async ({ body, status, code, details }) => {
    const before = await counts();
    for (const commit of [false, true]) {
      const response = await upload(baseToken, body(), 'roster.csv', commit);
      expect(response.status).toBe(status);
      expect(response.body.code).toBe(code);
      if (details) expect(response.body.details).toMatchObject(details);
    }
    expect(await counts()).toEqual(before);
  });

  it('roster rows naming another base (or none that exists) → BASE_OUT_OF_SCOPE / BASE_UNKNOWN; commit 422 writes nothing', async () => {
    const file = csv([
      { name: '本院甲', idNumber: residentId('19980101', '901'), base: BASE },
      { name: '外院乙', idNumber: residentId('19980101', '902'), base: OTHER_BASE },
      { name: '无院丙', idNumber: residentId('19980101', '903'), base: '不存在的医院' },
    ]);
    const before = await counts();
    const preview = await upload(baseToken, file, 'roster.csv', false).expect(201);
    expect((preview.body as RosterImportReport).rows.map((r) => [r.outcome, r.errors.map((e) => `${e.field}:${e.code}`)])).toEqual([
      ['CREATE', []],
      ['ERROR', ['base:BASE_OUT_OF_SCOPE']],
      ['ERROR', ['base:BASE_UNKNOWN']],
    ]);
    const commit = await upload(baseToken, file, 'roster.csv', true).expect(422);
    expect(commit.body.code).toBe('ROSTER_INVALID');
    expect(commit.body.details.errorRows).toBe(2);
    expect(await counts()).toEqual(before);
    expect(await count('SELECT COUNT(*) AS n FROM trainee WHERE name IN (?, ?, ?)', ['本院甲', '外院乙', '无院丙'])).toBe(0);
  });

  it("roster: a base reviewer asking for another base's import → 403 FORBIDDEN_SCOPE; the centre without a base → BASE_REQUIRED rows", async () => {
    const otherBaseId = await organisationId(api.dataSource, OTHER_BASE);
    const file = csv([{ name: '无基地', idNumber: residentId('19980101', '904') }]);
    const before = await counts();
    const scoped = await api.http.post(`/trainees/import?commit=true&baseId=${otherBaseId}`).set(bearer(baseToken)).attach('file', file, 'roster.csv').expect(403);
    expect(scoped.body.code).toBe('FORBIDDEN_SCOPE');
    const centre = await upload(centreToken, file, 'roster.csv', true).expect(422);
    expect(centre.body.details.rows[0].errors.map((e: RosterRowError) => e.code)).toEqual(['BASE_REQUIRED']);
    expect(await counts()).toEqual(before);
  });

  // ------------------------------------------------------------------------------ 5. double commit

  it('roster: the same valid file committed twice → second commit reports every row UNCHANGED and writes no trainee', async () => {
    const file = csv([
      { name: '周一', idNumber: residentId('19970101', '311', '350111') },
      { name: '吴二', idNumber: residentId('19970202', '322', '350111') },
      { name: '郑三', idNumber: residentId('19970303', '333', '350111'), rotationEndDate: '2024/6/30', phaseTheoryPassed: '是' },
    ]);
    const first = await upload(baseToken, file, 'roster.csv', true).expect(201);
    expect(first.body).toMatchObject({ committed: true, created: 3, updated: 0, unchanged: 0, errorRows: 0 });
    const snapshot = async () =>
      api.dataSource.query("SELECT id, name, version, updated_at AS updatedAt FROM trainee WHERE name IN ('周一', '吴二', '郑三') ORDER BY id");
    const rowsBefore = await snapshot();
    const before = await counts();
    const lastAudit = await count('SELECT COALESCE(MAX(id), 0) AS n FROM audit_record');

    const preview = await upload(baseToken, file, 'roster.csv', false).expect(201);
    expect((preview.body as RosterImportReport).rows.map((r) => r.outcome)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED']);

    const second = await upload(baseToken, file, 'roster.csv', true).expect(201);
    expect(second.body).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: 3, errorRows: 0 });
    expect((second.body as RosterImportReport).rows.map((r) => r.outcome)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED']);

    const after = await counts();
    expect(after.trainee).toBe(before.trainee);
    expect(after.user_account).toBe(before.user_account);
    expect(await snapshot()).toEqual(rowsBefore); // no version bump, no touched timestamp
    // At most the import itself is audited, and it records that nothing changed.
    const added = await api.dataSource.query<Array<{ action: string; after: unknown }>>('SELECT action, after FROM audit_record WHERE id > ?', [lastAudit]);
    expect(added.length).toBeLessThanOrEqual(1);
    for (const record of added) {
      const payload = (typeof record.after === 'string' ? JSON.parse(record.after) : record.after) as Record<string, unknown>;
      expect(record.action).toBe('ROSTER_IMPORTED');
      expect(payload).toMatchObject({ created: 0, updated: 0, unchanged: 3, updatedTrainees: [] });
    }
  });
});
