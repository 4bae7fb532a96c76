import { JobName, QueueName } from '@app/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import * as iconv from 'iconv-lite';
import { bearer, createFujian2024Session, createStaff, login } from './support/fixtures';
import { nthResidentId, SeededCandidate, seedApprovedCandidates, theoryCsv, xlsxOf } from './support/score-fixtures';
import { resetData, startApi, TestApi } from './support/test-api';
import { startWorker } from './support/test-worker';

const NOW = '2024-07-01T02:00:00Z';
/** JSON columns come back parsed or as text depending on the server (MySQL or MariaDB). */
const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

describe('Score import end to end: preview every row, commit all or nothing (SC-1, SC-2)', () => {
  let api: TestApi;
  let worker: Awaited<ReturnType<typeof startWorker>>;
  let sessionId: number;
  let centre: string;
  let base: string;
  let candidates: SeededCandidate[];

  const upload = (subject: 'THEORY' | 'SKILLS', content: Buffer | string, filename = 'scores.csv', token = centre) =>
    api.http
      .post(`/sessions/${sessionId}/score-imports/${subject}`)
      .set(bearer(token))
      .attach('file', typeof content === 'string' ? Buffer.from(content, 'utf8') : content, filename);
  const commit = (importId: number) => api.http.post(`/score-imports/${importId}/commit`).set(bearer(centre));
  const attempts = async (subject = 'THEORY'): Promise<Array<{ traineeId: number; outcome: string; score: string | null; version: number }>> =>
    api.dataSource.query('SELECT trainee_id AS traineeId, outcome, score, version FROM subject_attempt WHERE session_id = ? AND subject = ? ORDER BY trainee_id', [sessionId, subject]);
  const waitFor = async (importId: number, status: string) => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const view = await api.http.get(`/score-imports/${importId}`).set(bearer(centre)).expect(200);
      if (view.body.status === status) return view.body;
      if (!['PREVIEWING', 'COMMITTING'].includes(view.body.status) || Date.now() > deadline) throw new Error(`import ${importId}: ${JSON.stringify(view.body)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const clearScores = async () => {
    for (const table of ['trainee_standing', 'result_publication', 'subject_attempt']) await api.dataSource.query(`DELETE FROM ${table}`);
  };

  beforeAll(async () => {
    api = await startApi({ now: NOW });
    await resetData(api.dataSource);
    worker = await startWorker(NOW);
    sessionId = await createFujian2024Session(api);
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    await createStaff(api, 'base1', 'BASE_REVIEWER', '福州市第一总医院');
    centre = await login(api, 'centre');
    base = await login(api, 'base1');
    candidates = await seedApprovedCandidates(api, sessionId, 10_000);
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  afterEach(clearScores);

  it('SC-1 a theory file is previewed row by row, then committed: scores judged by the session pass line', async () => {
    const [a, b, c] = candidates;
    const preview = await upload('THEORY', theoryCsv([
      { name: a.name, idNumber: a.idNumber, score: '72.5' },
      { name: b.name, idNumber: b.idNumber, score: '59.9' },
      { name: c.name, idNumber: c.idNumber, score: '缺考' },
    ])).expect(201);
    expect(preview.body).toMatchObject({ status: 'PREVIEWED', canCommit: true, totalRows: 3, summary: { NEW: 3, ERROR: 0, format: 'csv', encoding: 'utf-8' } });
    expect(preview.body.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await attempts()).toEqual([]);

    const rows = await api.http.get(`/score-imports/${preview.body.id}/rows?outcome=NEW&pageSize=10`).set(bearer(centre)).expect(200);
    expect(rows.body.total).toBe(3);
    expect(rows.body.items.map((r: { after: { outcome: string } }) => r.after.outcome)).toEqual(['PASSED', 'FAILED', 'ABSENT']);
    expect(rows.body.items[0].idNumberMasked).not.toContain(a.idNumber.slice(6, 14));

    const committed = await commit(preview.body.id).expect(201);
    expect(committed.body.status).toBe('COMMITTED');
    expect(await attempts()).toEqual([
      { traineeId: a.traineeId, outcome: 'PASSED', score: '72.50', version: 1 },
      { traineeId: b.traineeId, outcome: 'FAILED', score: '59.90', version: 1 },
      { traineeId: c.traineeId, outcome: 'ABSENT', score: null, version: 1 },
    ]);
    const [audit] = await api.dataSource.query("SELECT entity_id AS entityId, `after` FROM audit_record WHERE action = 'SCORE_IMPORT_COMMITTED' ORDER BY id DESC LIMIT 1");
    expect(audit.entityId).toBe(String(preview.body.id));
    expect(json(audit.after)).toMatchObject({ new: 3, rows: 3, fileSha256: preview.body.fileSha256 });

    await commit(preview.body.id).expect(409).expect((res) => expect(res.body.code).toBe('SCORE_IMPORT_CLOSED'));
  });

  it('SC-1 the same file imported twice changes nothing; a changed file shows what would change, then changes only that', async () => {
    const [a, b] = candidates;
    const file = theoryCsv([
      { name: a.name, idNumber: a.idNumber, score: '58' },
      { name: b.name, idNumber: b.idNumber, score: '66' },
    ]);
    const first = await upload('THEORY', file).expect(201);
    await commit(first.body.id).expect(201);
    const before = await attempts();

    const again = await upload('THEORY', file).expect(201);
    expect(again.body.summary).toMatchObject({ NEW: 0, CHANGED: 0, UNCHANGED: 2, ERROR: 0 });
    await commit(again.body.id).expect(201);
    expect(await attempts()).toEqual(before);

    const changed = await upload('THEORY', theoryCsv([
      { name: a.name, idNumber: a.idNumber, score: '61' },
      { name: b.name, idNumber: b.idNumber, score: '66' },
    ])).expect(201);
    expect(changed.body.summary).toMatchObject({ CHANGED: 1, UNCHANGED: 1 });
    expect(changed.body.changes).toEqual([
      expect.objectContaining({ rowNumber: 2, traineeId: a.traineeId, before: { outcome: 'FAILED', score: 58 }, after: { outcome: 'PASSED', score: 61 } }),
    ]);
    await commit(changed.body.id).expect(201);
    const after = await attempts();
    expect(after[0]).toEqual({ traineeId: a.traineeId, outcome: 'PASSED', score: '61.00', version: 2 });
    expect(after[1]).toEqual(before[1]);
    const [audit] = await api.dataSource.query("SELECT `before`, `after` FROM audit_record WHERE action = 'SCORE_CHANGED_BY_IMPORT' AND entity_id = ?", [String(a.traineeId)]);
    expect(json(audit.before)).toMatchObject({ outcome: 'FAILED', score: 58 });
    expect(json(audit.after)).toMatchObject({ outcome: 'PASSED', score: 61 });
  });

  it('SC-1 a GBK file with the national header variants is read; Excel-mangled ID numbers, duplicates and bad scores are each reported and nothing is written', async () => {
    const [a, b, c, d] = candidates;
    const text = theoryCsv(
      [
        { name: a.name, idNumber: a.idNumber, score: '70' },
        { name: b.name, idNumber: `${b.idNumber.slice(0, 15)}000`, score: '70' },
        { name: c.name, idNumber: c.idNumber, score: '101' },
        { name: a.name, idNumber: a.idNumber, score: '70' },
        { name: '不存在', idNumber: nthResidentId(99_999), score: '70' },
        { name: '改过的名字', idNumber: d.idNumber, score: '70' },
      ],
      '考生姓名,身份证号,专业理论考试成绩',
    );
    const preview = await upload('THEORY', iconv.encode(text, 'gbk')).expect(201);
    expect(preview.body.summary).toMatchObject({ encoding: 'gb18030', NEW: 1, ERROR: 5 });
    expect(preview.body.canCommit).toBe(false);
    expect(preview.body.problems.map((p: { rowNumber: number; error: { code: string } }) => [p.rowNumber, p.error.code])).toEqual([
      [3, 'ID_NUMBER_MANGLED'],
      [4, 'SCORE_OUT_OF_RANGE'],
      [5, 'DUPLICATE_ROW'],
      [6, 'UNKNOWN_CANDIDATE'],
      [7, 'NAME_MISMATCH'],
    ]);
    await commit(preview.body.id).expect(422).expect((res) => expect(res.body.code).toBe('SCORE_IMPORT_INVALID'));
    expect(await attempts()).toEqual([]);
  });

  it('SC-1 an XLSX whose ID column Excel stored as numbers is reported as mangled, row by row', async () => {
    const [a, b] = candidates;
    const xlsx = await xlsxOf(['姓名', '证件号码', '标准分'], [
      [a.name, a.idNumber, 80],
      [b.name, Number(b.idNumber.replace(/X$/, '0')), 80],
    ]);
    const preview = await upload('THEORY', xlsx, 'scores.xlsx').expect(201);
    expect(preview.body.summary).toMatchObject({ format: 'xlsx', NEW: 1, ERROR: 1, errorsByCode: { ID_NUMBER_MANGLED: 1 } });
    expect(preview.body.problems[0].error.message.zh).toContain('科学计数法');
  });

  it.each([
    ['wrong headers', () => '姓名,学号,分数\r\n张三,1,60\r\n', 'scores.csv', 400, 'SPREADSHEET_COLUMNS_INVALID'],
    ['a 0-byte file', () => Buffer.alloc(0), 'scores.csv', 400, 'FILE_EMPTY'],
    ['a header without rows', () => '姓名,证件号码,标准分\r\n', 'scores.csv', 400, 'FILE_EMPTY'],
    ['a PDF renamed .csv', () => Buffer.from('%PDF-1.7\n1 0 obj\n'), 'scores.csv', 415, 'FILE_TYPE_UNSUPPORTED'],
  ])('SC-1 %s is refused with a clear code and leaves no import behind', async (_label, content, filename, status, code) => {
    const before = await api.dataSource.query('SELECT COUNT(*) AS n FROM score_import');
    const response = await upload('THEORY', content(), filename).expect(status);
    expect(response.body.code).toBe(code);
    expect(response.body.message.zh.length).toBeGreaterThan(0);
    expect(await api.dataSource.query('SELECT COUNT(*) AS n FROM score_import')).toEqual(before);
    expect(await attempts()).toEqual([]);
  });

  it('SC-1 an XLSX zip bomb (a cell that expands a thousandfold) is refused before it is inflated', async () => {
    const bomb = await xlsxOf(['姓名', '证件号码', '标准分'], [[candidates[0].name, candidates[0].idNumber, 'A'.repeat(8 * 1024 * 1024)]]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const response = await upload('THEORY', bomb, 'scores.xlsx').expect(413);
    expect(response.body.code).toBe('SPREADSHEET_TOO_LARGE');
    expect(await attempts()).toEqual([]);
  });

  it('SC-1 a 10,000-row file with one bad row runs in the worker with progress, reports that row, and commits nothing; fixed, it commits all 10,000', async () => {
    const rows = candidates.map((c, i) => ({ name: c.name, idNumber: c.idNumber, score: i === 6_789 ? '6O' : String(40 + (i % 60)) }));
    const queued = await upload('THEORY', theoryCsv(rows)).expect(202);
    expect(queued.body.status).toBe('PREVIEWING');
    const preview = await waitFor(queued.body.id, 'PREVIEWED');
    expect(preview).toMatchObject({ totalRows: 10_000, processedRows: 10_000, canCommit: false, summary: { NEW: 9_999, ERROR: 1, errorsByCode: { SCORE_NOT_A_NUMBER: 1 } } });
    expect(preview.problems).toEqual([expect.objectContaining({ rowNumber: 6_791, traineeId: candidates[6_789].traineeId })]);
    await commit(queued.body.id).expect(422);
    expect(await attempts()).toEqual([]);

    rows[6_789].score = '60';
    const fixed = await upload('THEORY', theoryCsv(rows)).expect(202);
    expect((await waitFor(fixed.body.id, 'PREVIEWED')).canCommit).toBe(true);
    const committing = await commit(fixed.body.id).expect(202);
    expect(committing.body.status).toBe('COMMITTING');
    const done = await waitFor(fixed.body.id, 'COMMITTED');
    expect(done.processedRows).toBe(10_000);
    const [{ n, passed }] = await api.dataSource.query("SELECT COUNT(*) AS n, SUM(outcome = 'PASSED') AS passed FROM subject_attempt WHERE session_id = ?", [sessionId]);
    expect(Number(n)).toBe(10_000);
    expect(Number(passed)).toBe(rows.filter((r) => Number(r.score) >= 60).length);

    // SC-4: publication makes them count; the standing of all 10,000 is recomputed in the same transaction.
    await api.http.post(`/sessions/${sessionId}/results/THEORY/publish`).set(bearer(centre)).send({}).expect(200);
    const [standing] = await api.dataSource.query('SELECT COUNT(*) AS n, SUM(theory_pass_year = 2024) AS passes, SUM(sittings) AS sittings FROM trainee_standing');
    expect([Number(standing.n), Number(standing.passes), Number(standing.sittings)]).toEqual([10_000, Number(passed), 10_000]);
  });

  it('SC-1 data that changed between preview and commit makes the commit refuse (409) and write nothing', async () => {
    const [a, b] = candidates;
    const preview = await upload('THEORY', theoryCsv([
      { name: a.name, idNumber: a.idNumber, score: '70' },
      { name: b.name, idNumber: b.idNumber, score: '70' },
    ])).expect(201);
    await api.dataSource.query("UPDATE signup SET status = 'CANCELLED' WHERE id = ?", [b.signupId]);
    try {
      const response = await commit(preview.body.id).expect(409);
      expect(response.body.code).toBe('SCORE_IMPORT_STALE');
      expect(await attempts()).toEqual([]);
      expect((await api.http.get(`/score-imports/${preview.body.id}`).set(bearer(centre)).expect(200)).body.status).toBe('STALE');
    } finally {
      await api.dataSource.query("UPDATE signup SET status = 'APPROVED' WHERE id = ?", [b.signupId]);
    }
  });

  it('SC-1 two simultaneous commits of one import write once', async () => {
    const [a] = candidates;
    const preview = await upload('THEORY', theoryCsv([{ name: a.name, idNumber: a.idNumber, score: '70' }])).expect(201);
    const results = await Promise.all([commit(preview.body.id), commit(preview.body.id), commit(preview.body.id)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await attempts()).toHaveLength(1);
    const [{ n }] = await api.dataSource.query("SELECT COUNT(*) AS n FROM audit_record WHERE action = 'SCORE_IMPORT_COMMITTED' AND entity_id = ?", [String(preview.body.id)]);
    expect(Number(n)).toBe(1);
  });

  it('SC-4 once the subject is published, an import may not add or change scores (corrections only)', async () => {
    const [a, b] = candidates;
    const first = await upload('THEORY', theoryCsv([{ name: a.name, idNumber: a.idNumber, score: '70' }])).expect(201);
    await commit(first.body.id).expect(201);
    await api.dataSource.query("INSERT INTO result_publication (session_id, subject, published_at, published_by) VALUES (?, 'THEORY', NOW(3), 1)", [sessionId]);
    try {
      const preview = await upload('THEORY', theoryCsv([
        { name: a.name, idNumber: a.idNumber, score: '75' },
        { name: b.name, idNumber: b.idNumber, score: '70' },
      ])).expect(201);
      expect(preview.body.summary).toMatchObject({ ERROR: 2, errorsByCode: { RESULTS_PUBLISHED: 2 } });
      await commit(preview.body.id).expect(422);
      expect((await attempts()).map((r) => r.score)).toEqual(['70.00']);
    } finally {
      await api.dataSource.query('DELETE FROM result_publication WHERE session_id = ?', [sessionId]);
    }
  });

  it('SC-2 a skills sheet is judged station by station with the session rule (total, minimums, critical items)', async () => {
    const [a, b, c] = candidates;
    const header = '姓名,证件号码,病例分析,病历书写,辅助检查判读,基本技能操作,关键项不合格';
    const csv = [header, `${a.name},${a.idNumber},70,60,60,60,`, `${b.name},${b.idNumber},49,100,100,100,`, `${c.name},${c.idNumber},80,80,80,80,BASIC_PROCEDURES.aseptic`].join('\r\n');
    const preview = await upload('SKILLS', csv).expect(201);
    expect(preview.body.summary).toMatchObject({ NEW: 3, ERROR: 0 });
    await commit(preview.body.id).expect(201);
    expect((await attempts('SKILLS')).map((r) => [r.outcome, r.score])).toEqual([
      ['PASSED', '250.00'],
      ['FAILED', '349.00'],
      ['FAILED', '320.00'],
    ]);
    const [stored] = await api.dataSource.query('SELECT station_scores AS s, failed_critical_items AS f FROM subject_attempt WHERE trainee_id = ? AND subject = ?', [c.traineeId, 'SKILLS']);
    expect(json(stored.s)).toEqual({ CASE_ANALYSIS: 80, MEDICAL_RECORD: 80, AUX_EXAM_READING: 80, BASIC_PROCEDURES: 80 });
    expect(json(stored.f)).toEqual(['BASIC_PROCEDURES.aseptic']);
  });

  it('SC-1 without a pass line in the session configuration nothing can be imported', async () => {
    const count = async (sql: string, params: unknown[] = []): Promise<number> => Number((await api.dataSource.query(sql, params))[0].n);
    const imports = () => count('SELECT COUNT(*) AS n FROM score_import WHERE session_id = ?', [sessionId]);
    const audit = () => count('SELECT COUNT(*) AS n FROM audit_record');
    const [importsBefore, auditBefore] = [await imports(), await audit()];
    await api.dataSource.query('UPDATE assessment_session SET theory_pass_rule = NULL WHERE id = ?', [sessionId]);
    try {
      const response = await upload('THEORY', theoryCsv([{ name: candidates[0].name, idNumber: candidates[0].idNumber, score: '70' }])).expect(409);
      expect(response.body.code).toBe('PASS_RULE_NOT_SET');
      // Refused before anything is kept: no import record, no score, no audit entry.
      expect(await imports()).toBe(importsBefore);
      expect(await attempts()).toEqual([]);
      expect(await audit()).toBe(auditBefore);
    } finally {
      await api.dataSource.query('UPDATE assessment_session SET theory_pass_rule = ? WHERE id = ?', [JSON.stringify({ passLine: 60, maxScore: 100, maxDecimalPlaces: 1 }), sessionId]);
    }
  });

  it('SC-1 an import job whose last retry fails (a fault, not bad data) ends FAILED instead of looking busy, and writes nothing', async () => {
    const [row] = await api.dataSource.query(
      `INSERT INTO score_import (session_id, subject, status, file_name, file_key, file_sha256, file_bytes, created_by)
       VALUES (?, 'THEORY', 'PREVIEWING', 'lost.csv', 'score-imports/missing/lost.csv', REPEAT('0', 64), 1, 1) RETURNING id`,
      [sessionId],
    );
    // One attempt instead of the default five with backoff, so the last retry comes at once.
    await api.app.get<Queue>(getQueueToken(QueueName.Scores)).add(JobName.PreviewScoreImport, { importId: Number(row.id) }, { attempts: 1 });
    const deadline = Date.now() + 20_000;
    let view = (await api.http.get(`/score-imports/${row.id}`).set(bearer(centre)).expect(200)).body;
    while (view.status === 'PREVIEWING' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      view = (await api.http.get(`/score-imports/${row.id}`).set(bearer(centre)).expect(200)).body;
    }
    expect(view).toMatchObject({ status: 'FAILED', canCommit: false, error: { code: 'INTERNAL_ERROR' } });
    expect(await attempts()).toEqual([]);
  });

  it('SC-1 only the centre imports scores: a base reviewer gets 403', async () => {
    const response = await upload('THEORY', theoryCsv([{ name: candidates[0].name, idNumber: candidates[0].idNumber, score: '70' }]), 'scores.csv', base).expect(403);
    expect(response.body.code).toBe('FORBIDDEN_ROLE');
    await api.http.get(`/sessions/${sessionId}/score-imports`).set(bearer(base)).expect(403);
  });
});
