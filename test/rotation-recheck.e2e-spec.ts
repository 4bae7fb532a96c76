import { SessionService } from '@app/assessment';
import { SYSTEM_ACTOR } from '@app/common/actor';
import { RotationDeadlineService, StandingService } from '@app/scores';
import { bearer, createFujian2024Session, createStaff, fujian2024Definition, fujian2025SessionDto, importRoster, login, residentId } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';

const BASE_A = '福州市第一总医院';
const AT_CUTOFF = '2024-11-30T16:00:00Z'; // 2024-12-01 00:00 Beijing: the Fujian 2024 cutoff (exclusive)
const AFTER_THE_RUN = '2024-12-05T02:00:00Z'; // 2024-12-05 10:00 Beijing

// Everyone finished rotation in time by the first roster: the run at the cutoff keeps all but `beforeRun`.
const PEOPLE = {
  editedLate: { name: '林改期', idNumber: residentId('19990312', '123'), rotationEndDate: '2024-06-30' },
  editedEarlier: { name: '陈提前', idNumber: residentId('19980704', '246'), rotationEndDate: '2024-06-30' },
  processFailed: { name: '王过程', idNumber: residentId('19960105', '358'), rotationEndDate: '2024-06-30' },
  rosterLate: { name: '黄名单', idNumber: residentId('19990921', '471'), rotationEndDate: '2024-06-30' },
  beforeRun: { name: '周先改', idNumber: residentId('19970203', '582'), rotationEndDate: '2024-06-30' },
};
type Person = keyof typeof PEOPLE;

interface AttemptRow {
  subject: string;
  year: number;
  voided: number;
  voidKind: string | null;
  voidReason: string | null;
  voidedAt: Date | null;
  version: number;
}

interface CancellationAudit {
  actorRole: string;
  actorUserId: number | null;
  scopeBaseId: number | null;
  reason: string;
  before: { sessionId: number; rotationEndDate: string; processAssessmentPassed: boolean; results: Array<{ subject: string; voided: boolean }> };
  after: { sessionId: number; voided: boolean; voidKind: string; attemptIds: number[]; recheck?: { cause: string; changedByUserId: number | null; changedByRole: string } };
}

describe('SC-5 re-check: rotation facts changed after the deadline run are judged again, once', () => {
  let api: TestApi;
  let sessionId: number;
  let centreToken: string;
  let baseToken: string;
  let baseUserId: number;
  const ids = {} as Record<Person, number>;

  // subject is an ENUM, so THEORY sorts before SKILLS.
  const attempts = async (person: Person): Promise<AttemptRow[]> =>
    api.dataSource.query(
      `SELECT subject, year, voided, void_kind AS voidKind, void_reason AS voidReason, voided_at AS voidedAt, version
         FROM subject_attempt WHERE trainee_id = ? ORDER BY year DESC, subject`,
      [ids[person]],
    );
  const sessionAttempts = async (person: Person): Promise<AttemptRow[]> => (await attempts(person)).filter((row) => Number(row.year) === 2024);

  const cancellations = async (person: Person): Promise<CancellationAudit[]> =>
    api.dataSource.query(
      `SELECT actor_role AS actorRole, actor_user_id AS actorUserId, scope_base_id AS scopeBaseId, reason, \`before\`, \`after\`
         FROM audit_record WHERE action = 'RESULTS_CANCELLED_ROTATION_DEADLINE' AND entity_type = 'trainee' AND entity_id = ? ORDER BY id`,
      [String(ids[person])],
    );

  const standing = async (person: Person): Promise<{ theory: number | null; skills: number | null }> => {
    const [row]: Array<{ theory: number | null; skills: number | null }> = await api.dataSource.query(
      'SELECT theory_pass_year AS theory, skills_pass_year AS skills FROM trainee_standing WHERE trainee_id = ?',
      [ids[person]],
    );
    return { theory: row.theory === null ? null : Number(row.theory), skills: row.skills === null ? null : Number(row.skills) };
  };

  /** A base's edit through the API, with the version read first as a client would. */
  const edit = async (person: Person, change: { rotationEndDate?: string; processAssessmentPassed?: boolean }) => {
    const current = await api.http.get(`/trainees/${ids[person]}`).set(bearer(baseToken)).expect(200);
    return api.http
      .patch(`/trainees/${ids[person]}`)
      .set(bearer(baseToken))
      .send({ expectedVersion: current.body.version, reason: '基地更正轮转信息', ...change })
      .expect(200);
  };

  beforeAll(async () => {
    api = await startApi({ now: '2024-08-01T02:00:00Z' }); // results published, cutoff ahead
    await resetData(api.dataSource);
    sessionId = await createFujian2024Session(api);
    await createStaff(api, 'base-a', 'BASE_REVIEWER', BASE_A);
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    baseToken = await login(api, 'base-a');
    centreToken = await login(api, 'centre');
    const [account]: Array<{ id: number }> = await api.dataSource.query("SELECT id FROM user_account WHERE username = 'base-a'");
    baseUserId = Number(account.id);
    await importRoster(api, baseToken, Object.values(PEOPLE));
    for (const person of Object.keys(PEOPLE) as Person[]) {
      const [row]: Array<{ id: number }> = await api.dataSource.query('SELECT id FROM trainee WHERE name = ?', [PEOPLE[person].name]);
      ids[person] = Number(row.id);
    }
    // Score entry and publication are other endpoints' business: the published results are put in place here.
    for (const person of Object.keys(PEOPLE) as Person[]) {
      await api.dataSource.query(
        `INSERT INTO subject_attempt (trainee_id, session_id, subject, year, outcome, score, source) VALUES (?, ?, 'THEORY', 2024, 'PASSED', 75, 'IMPORT'), (?, ?, 'SKILLS', 2024, 'PASSED', 300, 'ENTRY')`,
        [ids[person], sessionId, ids[person], sessionId],
      );
    }
    // A pass from an earlier year, outside any session here: never the re-check's business.
    await api.dataSource.query("INSERT INTO subject_attempt (trainee_id, session_id, subject, year, outcome, source) VALUES (?, NULL, 'THEORY', 2023, 'PASSED', 'HISTORY')", [ids.editedLate]);
    await api.dataSource.query("INSERT INTO result_publication (session_id, subject, published_at, published_by) VALUES (?, 'THEORY', '2024-07-15 02:00:00', 1), (?, 'SKILLS', '2024-07-15 02:00:00', 1)", [
      sessionId,
      sessionId,
    ]);
    await api.dataSource.transaction((manager) => api.app.get(StandingService).recompute(manager, Object.values(ids)));
  });

  afterAll(async () => {
    await api.close();
  });

  it('SC-5 past the cutoff but before the run, an edit to a late rotation end cancels nothing: the run judges it, once', async () => {
    api.clock.set(AT_CUTOFF);
    await edit('beforeRun', { rotationEndDate: '2024-12-10' });
    expect((await sessionAttempts('beforeRun')).map((row) => Number(row.voided))).toEqual([0, 0]);
    expect(await cancellations('beforeRun')).toEqual([]);

    expect(await api.app.get(RotationDeadlineService).applyDue()).toEqual({ sessions: 1, cancelled: 1 });
    expect((await sessionAttempts('beforeRun')).map((row) => [row.subject, Number(row.voided), row.voidKind])).toEqual([
      ['THEORY', 1, 'ROTATION_DEADLINE'],
      ['SKILLS', 1, 'ROTATION_DEADLINE'],
    ]);
    const [byRun] = await cancellations('beforeRun');
    expect(byRun.after.recheck).toBeUndefined();
    for (const person of ['editedLate', 'editedEarlier', 'processFailed', 'rosterLate'] as const) {
      expect((await sessionAttempts(person)).every((row) => Number(row.voided) === 0)).toBe(true);
    }
  });

  it('SC-5 after the run, a rotation end edited to after the cutoff cancels that session\'s results: voided, audited, standing recomputed', async () => {
    api.clock.set(AFTER_THE_RUN);
    expect(await standing('editedLate')).toEqual({ theory: 2024, skills: 2024 });
    const edited = await edit('editedLate', { rotationEndDate: '2024-12-20' });
    expect(edited.body.rotationEndDate).toBe('2024-12-20');

    const rows = await attempts('editedLate');
    expect(rows.map((row) => [row.year, row.subject, Number(row.voided), row.voidKind])).toEqual([
      [2024, 'THEORY', 1, 'ROTATION_DEADLINE'],
      [2024, 'SKILLS', 1, 'ROTATION_DEADLINE'],
      [2023, 'THEORY', 0, null],
    ]);
    expect(rows[0].voidReason).toBe('尚未完成培训轮转；截止日期 2024-12-01 已到，逾期未完成，取消 2024 年度结业考核结果');
    // The 2023 pass still counts; the 2024 ones no longer do.
    expect(await standing('editedLate')).toEqual({ theory: 2023, skills: null });

    const audits = await cancellations('editedLate');
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorRole: 'SYSTEM',
      actorUserId: null,
      reason: rows[0].voidReason,
      before: { sessionId, rotationEndDate: '2024-12-20', processAssessmentPassed: true },
      after: { sessionId, voided: true, voidKind: 'ROTATION_DEADLINE', recheck: { cause: 'TRAINEE_UPDATED', changedByUserId: baseUserId, changedByRole: 'BASE_REVIEWER' } },
    });
    expect(audits[0].before.results.map((result) => [result.subject, result.voided])).toEqual([
      ['THEORY', false],
      ['SKILLS', false],
    ]);
    const editAudit = await api.http.get(`/audit?action=TRAINEE_UPDATED&entityId=${ids.editedLate}`).set(bearer(centreToken)).expect(200);
    expect(editAudit.body.total).toBe(1);
    expect(editAudit.body.items[0]).toMatchObject({ before: { rotationEndDate: '2024-06-30' }, after: { rotationEndDate: '2024-12-20' } });

    const report = await api.http.get(`/sessions/${sessionId}/rotation-deadline?status=CANCELLED`).set(bearer(baseToken)).expect(200);
    expect(report.body.items.map((row: { name: string }) => row.name).sort()).toEqual([PEOPLE.beforeRun.name, PEOPLE.editedLate.name].sort());
  });

  it('SC-5 the same edit again changes nothing, and a further late date cancels nothing twice', async () => {
    const before = await attempts('editedLate');
    const [{ version: versionBefore }]: Array<{ version: number }> = await api.dataSource.query('SELECT version FROM trainee WHERE id = ?', [ids.editedLate]);

    const same = await edit('editedLate', { rotationEndDate: '2024-12-20' });
    expect(same.body.version).toBe(Number(versionBefore));
    expect(await attempts('editedLate')).toEqual(before);

    api.clock.set('2024-12-10T02:00:00Z');
    await edit('editedLate', { rotationEndDate: '2024-12-28' });
    expect(await attempts('editedLate')).toEqual(before);
    expect(await cancellations('editedLate')).toHaveLength(1);
    const edits = await api.http.get(`/audit?action=TRAINEE_UPDATED&entityId=${ids.editedLate}`).set(bearer(centreToken)).expect(200);
    expect(edits.body.total).toBe(2);
  });

  it('SC-5 after the run, a rotation end edited to a date before the cutoff keeps the results', async () => {
    await edit('editedEarlier', { rotationEndDate: '2024-11-20' });
    expect((await sessionAttempts('editedEarlier')).map((row) => Number(row.voided))).toEqual([0, 0]);
    expect(await cancellations('editedEarlier')).toEqual([]);
    expect(await standing('editedEarlier')).toEqual({ theory: 2024, skills: 2024 });
  });

  it('SC-5 after the run, the base\'s assessments changed to not passed cancel the results the same way', async () => {
    await edit('processFailed', { processAssessmentPassed: false });
    expect((await sessionAttempts('processFailed')).map((row) => [Number(row.voided), row.voidKind])).toEqual([
      [1, 'ROTATION_DEADLINE'],
      [1, 'ROTATION_DEADLINE'],
    ]);
    const [audit] = await cancellations('processFailed');
    expect(audit.reason).toContain('培训基地相关考核未通过');
    expect(audit.after.recheck).toMatchObject({ cause: 'TRAINEE_UPDATED' });
  });

  it('SC-5 after the run, a roster import moving a rotation end past the cutoff cancels once; the same file again changes nothing', async () => {
    const row = { ...PEOPLE.rosterLate, rotationEndDate: '2025-01-15' };
    await importRoster(api, baseToken, [row]);
    const voided = await sessionAttempts('rosterLate');
    expect(voided.map((attempt) => [Number(attempt.voided), attempt.voidKind])).toEqual([
      [1, 'ROTATION_DEADLINE'],
      [1, 'ROTATION_DEADLINE'],
    ]);
    const audits = await cancellations('rosterLate');
    expect(audits).toHaveLength(1);
    expect(audits[0].after.recheck).toEqual({ cause: 'ROSTER_IMPORTED', changedByUserId: baseUserId, changedByRole: 'BASE_REVIEWER' });
    expect(await standing('rosterLate')).toEqual({ theory: null, skills: null });

    await importRoster(api, baseToken, [row]);
    expect(await sessionAttempts('rosterLate')).toEqual(voided);
    expect(await cancellations('rosterLate')).toHaveLength(1);
    // Nobody else was touched by either import.
    expect((await sessionAttempts('editedEarlier')).every((attempt) => Number(attempt.voided) === 0)).toBe(true);
  });

  it('SC-5 a session whose rotation cutoff falls before its sign-up window closes is refused with its code, and nothing is written', async () => {
    const countSessions = async () => Number((await api.dataSource.query('SELECT COUNT(*) AS n FROM assessment_session'))[0].n);
    const countAudit = async (action: string) => Number((await api.dataSource.query('SELECT COUNT(*) AS n FROM audit_record WHERE action = ?', [action]))[0].n);
    const sessionsBefore = await countSessions();
    const createdBefore = await countAudit('SESSION_CREATED');

    // Sign-up closes at 2025-03-11 00:00 Beijing.
    const refused = await api.http.post('/sessions').set(bearer(centreToken)).send({ ...fujian2025SessionDto(), rotationCutoff: '2025-03-10' }).expect(400);
    expect(refused.body).toEqual({
      code: 'SESSION_ROTATION_CUTOFF_BEFORE_SIGNUP_CLOSES',
      message: { zh: '结束轮转截止日期不能早于报名截止时间', en: 'The rotation cutoff cannot fall before the sign-up window closes' },
      details: { problems: ['rotationCutoff 2025-03-10 must not fall before the sign-up window closes (2025-03-11T00:00:00+08:00)'] },
    });
    expect(await countSessions()).toBe(sessionsBefore);
    expect(await countAudit('SESSION_CREATED')).toBe(createdBefore);

    // The day sign-up closes at its midnight is the earliest cutoff allowed.
    const created = await api.http.post('/sessions').set(bearer(centreToken)).send({ ...fujian2025SessionDto(), rotationCutoff: '2025-03-11' }).expect(201);
    expect(created.body.rotationCutoff).toBe('2025-03-11');

    const moved = await api.http
      .put(`/sessions/${created.body.id}`)
      .set(bearer(centreToken))
      .send({ ...fujian2025SessionDto(), rotationCutoff: '2025-01-01', expectedVersion: created.body.version, reason: '调整截止日期' })
      .expect(400);
    expect(moved.body.code).toBe('SESSION_ROTATION_CUTOFF_BEFORE_SIGNUP_CLOSES');
    const [stored]: Array<{ rotationCutoff: string; version: number }> = await api.dataSource.query('SELECT rotation_cutoff AS rotationCutoff, version FROM assessment_session WHERE id = ?', [
      created.body.id,
    ]);
    expect(stored).toEqual({ rotationCutoff: '2025-03-11', version: created.body.version });
    expect(await countAudit('SESSION_UPDATED')).toBe(0);
  });

  it('SC-5 edits racing the deadline run of another session: each late trainee is cancelled exactly once, by the run or by the re-check', async () => {
    // A second session whose cutoff (2024-12-08) has passed on the clock (2024-12-10) and whose run has not happened.
    const racing = await api.app.get(SessionService).ensure(SYSTEM_ACTOR, { ...fujian2024Definition(), code: 'FJ-2024-B', name: '2024年补充批次', rotationCutoff: '2024-12-08' });
    const people = Array.from({ length: 6 }, (_, i) => ({ name: `赛跑${'甲乙丙丁戊己'[i]}`, idNumber: residentId(`1995010${i + 1}`, `61${i}`), rotationEndDate: '2024-06-30' }));
    await importRoster(api, baseToken, people);
    const racers: number[] = [];
    for (const person of people) {
      const [row]: Array<{ id: number }> = await api.dataSource.query('SELECT id FROM trainee WHERE name = ?', [person.name]);
      racers.push(Number(row.id));
      await api.dataSource.query(
        `INSERT INTO subject_attempt (trainee_id, session_id, subject, year, outcome, score, source) VALUES (?, ?, 'THEORY', 2024, 'PASSED', 75, 'IMPORT'), (?, ?, 'SKILLS', 2024, 'PASSED', 300, 'ENTRY')`,
        [row.id, racing.id, row.id, racing.id],
      );
    }
    const versions = await Promise.all(racers.map(async (id) => (await api.http.get(`/trainees/${id}`).set(bearer(baseToken)).expect(200)).body.version as number));

    const service = api.app.get(RotationDeadlineService);
    const runA = service.applyDue();
    const edits = racers.map((id, i) =>
      api.http.patch(`/trainees/${id}`).set(bearer(baseToken)).send({ expectedVersion: versions[i], reason: '轮转延期', rotationEndDate: '2024-12-20' }).expect(200),
    );
    const runB = service.applyDue();
    const [[outcomeA, outcomeB]] = await Promise.all([Promise.all([runA, runB]), Promise.all(edits)]);
    expect(outcomeA.sessions + outcomeB.sessions).toBe(1);

    const rows: Array<{ traineeId: number; voided: number }> = await api.dataSource.query(
      `SELECT trainee_id AS traineeId, voided FROM subject_attempt WHERE session_id = ? ORDER BY trainee_id`,
      [racing.id],
    );
    expect(rows).toHaveLength(racers.length * 2);
    expect(rows.every((row) => Number(row.voided) === 1)).toBe(true);
    const audits: Array<{ traineeId: string; n: number }> = await api.dataSource.query(
      `SELECT entity_id AS traineeId, COUNT(*) AS n FROM audit_record
        WHERE action = 'RESULTS_CANCELLED_ROTATION_DEADLINE' AND JSON_VALUE(\`after\`, '$.sessionId') = ? GROUP BY entity_id ORDER BY entity_id + 0`,
      [racing.id],
    );
    expect(audits.map((row) => [Number(row.traineeId), Number(row.n)])).toEqual(racers.map((id) => [id, 1]));
    // Which path got each one depends on the interleaving; together they account for all.
    const [{ n: byRecheck }]: Array<{ n: number }> = await api.dataSource.query(
      `SELECT COUNT(*) AS n FROM audit_record
        WHERE action = 'RESULTS_CANCELLED_ROTATION_DEADLINE' AND JSON_VALUE(\`after\`, '$.sessionId') = ? AND JSON_VALUE(\`after\`, '$.recheck.cause') = 'TRAINEE_UPDATED'`,
      [racing.id],
    );
    expect(outcomeA.cancelled + outcomeB.cancelled + Number(byRecheck)).toBe(racers.length);
  });
});
