import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { RotationDeadlineService, StandingService } from '@app/scores';
import { Job, Queue } from 'bullmq';
import { bearer, createFujian2024Session, createStaff, importRoster, login, registerCandidate, residentId } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';
import { startWorker } from './support/test-worker';
import { TEST_ENVIRONMENT } from './setup/test-environment';

const BASE_A = '福州市第一总医院';
const BASE_B = '厦门市海沧医院';
const ONE_SECOND_BEFORE_CUTOFF = '2024-11-30T15:59:59Z'; // 2024-11-30 23:59:59 Beijing
const AT_CUTOFF = '2024-11-30T16:00:00Z'; // 2024-12-01 00:00 Beijing: the Fujian 2024 cutoff (exclusive)

const PEOPLE = {
  inTime: { name: '林按时', idNumber: residentId('19990312', '123'), rotationEndDate: '2024-06-30' },
  late: { name: '陈延期', idNumber: residentId('19980704', '246'), rotationEndDate: '2024-12-15' },
  processFailed: { name: '王未过', idNumber: residentId('19960105', '358'), rotationEndDate: '2024-06-30', processAssessmentPassed: '不合格' },
  finishingSoon: { name: '黄将完', idNumber: residentId('19990921', '471'), rotationEndDate: '2024-11-20' },
  notCandidate: { name: '周未考', idNumber: residentId('19970203', '582'), rotationEndDate: '2024-12-20' },
  otherBase: { name: '郑厦门', idNumber: residentId('19950607', '693'), rotationEndDate: '2025-01-31' },
};

async function waitForJobs(queue: Queue, ids: string[]): Promise<Job[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const states = await Promise.all(ids.map(async (id) => (await Job.fromId(queue, id))?.getState()));
    // Read the jobs again once done: a copy read before completion has no return value.
    if (states.every((s) => s === 'completed')) return (await Promise.all(ids.map((id) => Job.fromId(queue, id)))).map((job) => job!);
    if (states.some((s) => s === 'failed')) throw new Error(`job failed: ${states.join(',')}`);
    if (Date.now() > deadline) throw new Error(`jobs not done: ${states.join(',')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('SC-5 rotation deadline: at the cutoff, results of those who had not finished rotation are cancelled once', () => {
  let api: TestApi;
  let queue: Queue;
  let sessionId: number;
  let centreToken: string;
  let baseAToken: string;
  let baseBToken: string;
  let candidateToken: string;
  const ids: Record<keyof typeof PEOPLE, number> = { inTime: 0, late: 0, processFailed: 0, finishingSoon: 0, notCandidate: 0, otherBase: 0 };
  let baseBId: number;

  const voidedRows = async (traineeId: number): Promise<Array<{ subject: string; voided: number; voidKind: string | null; voidReason: string | null }>> =>
    api.dataSource.query('SELECT subject, voided, void_kind AS voidKind, void_reason AS voidReason FROM subject_attempt WHERE trainee_id = ? ORDER BY subject', [traineeId]);

  beforeAll(async () => {
    api = await startApi({ now: '2024-08-01T02:00:00Z' }); // 2024-08-01 10:00 Beijing: results out, cutoff ahead
    await resetData(api.dataSource);
    queue = new Queue('scores', { connection: { host: TEST_ENVIRONMENT.REDIS_HOST, port: Number(TEST_ENVIRONMENT.REDIS_PORT) }, prefix: TEST_ENVIRONMENT.QUEUE_PREFIX });
    sessionId = await createFujian2024Session(api);
    await createStaff(api, 'base-a', 'BASE_REVIEWER', BASE_A);
    await createStaff(api, 'base-b', 'BASE_REVIEWER', BASE_B);
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    baseAToken = await login(api, 'base-a');
    baseBToken = await login(api, 'base-b');
    centreToken = await login(api, 'centre');
    const { otherBase, ...baseA } = PEOPLE;
    await importRoster(api, baseAToken, Object.values(baseA));
    await importRoster(api, baseBToken, [otherBase]);
    candidateToken = await registerCandidate(api, 'chen', PEOPLE.late.name, PEOPLE.late.idNumber, await samplePortraitJpeg());
    for (const key of Object.keys(PEOPLE) as Array<keyof typeof PEOPLE>) {
      const [row]: Array<{ id: number }> = await api.dataSource.query('SELECT id FROM trainee WHERE name = ?', [PEOPLE[key].name]);
      ids[key] = Number(row.id);
    }
    const [base]: Array<{ baseId: number }> = await api.dataSource.query('SELECT base_id AS baseId FROM trainee WHERE id = ?', [ids.otherBase]);
    baseBId = Number(base.baseId);

    // Score entry and publication are other endpoints' business: the published results are put in place here.
    for (const key of ['inTime', 'late', 'processFailed', 'finishingSoon', 'otherBase'] as const) {
      await api.dataSource.query(
        `INSERT INTO subject_attempt (trainee_id, session_id, subject, year, outcome, score, source) VALUES (?, ?, 'THEORY', 2024, 'PASSED', 75, 'IMPORT'), (?, ?, 'SKILLS', 2024, 'PASSED', 300, 'ENTRY')`,
        [ids[key], sessionId, ids[key], sessionId],
      );
    }
    await api.dataSource.query("INSERT INTO subject_attempt (trainee_id, session_id, subject, year, outcome, source) VALUES (?, NULL, 'THEORY', 2023, 'PASSED', 'HISTORY')", [ids.notCandidate]);
    await api.dataSource.query("INSERT INTO result_publication (session_id, subject, published_at, published_by) VALUES (?, 'THEORY', '2024-07-15 02:00:00', 1), (?, 'SKILLS', '2024-07-15 02:00:00', 1)", [
      sessionId,
      sessionId,
    ]);
    await api.dataSource.transaction((manager) => api.app.get(StandingService).recompute(manager, Object.values(ids)));
  });

  afterAll(async () => {
    await queue.close();
    await api.close();
  });

  it('SC-5 before the cutoff the base sees who sat and is at risk, with the reason; scope is enforced', async () => {
    const report = await api.http.get(`/sessions/${sessionId}/rotation-deadline`).set(bearer(baseAToken)).expect(200);
    expect(report.body).toMatchObject({ sessionId, rotationCutoff: '2024-12-01', appliedAt: null, today: '2024-08-01', total: 4 });
    expect(report.body.counts).toEqual({ AT_RISK: 3, ON_TRACK: 1, CANCELLED: 0, KEPT: 0 });
    const byName = new Map(report.body.items.map((row: { name: string }) => [row.name, row]));
    expect(byName.get(PEOPLE.inTime.name)).toMatchObject({ status: 'ON_TRACK', subjects: ['THEORY', 'SKILLS'] });
    expect(byName.get(PEOPLE.late.name)).toMatchObject({ status: 'AT_RISK', rotationEndDate: '2024-12-15' });
    expect((byName.get(PEOPLE.late.name) as { explanation: { zh: string } }).explanation.zh).toBe(
      '尚未完成培训轮转；须在 2024-12-01 之前完成剩余轮转并通过培训基地相关考核，否则取消 2024 年度结业考核结果',
    );
    expect((byName.get(PEOPLE.processFailed.name) as { explanation: { zh: string } }).explanation.zh).toContain('培训基地相关考核未通过');
    expect(byName.get(PEOPLE.finishingSoon.name)).toMatchObject({ status: 'AT_RISK' });
    expect(byName.has(PEOPLE.notCandidate.name)).toBe(false);
    expect(byName.has(PEOPLE.otherBase.name)).toBe(false);

    const atRisk = await api.http.get(`/sessions/${sessionId}/rotation-deadline?status=AT_RISK&pageSize=2`).set(bearer(baseAToken)).expect(200);
    expect(atRisk.body.total).toBe(3);
    expect(atRisk.body.items).toHaveLength(2);

    const otherBase = await api.http.get(`/sessions/${sessionId}/rotation-deadline`).set(bearer(baseBToken)).expect(200);
    expect(otherBase.body.items.map((row: { name: string }) => row.name)).toEqual([PEOPLE.otherBase.name]);
    const crossBase = await api.http.get(`/sessions/${sessionId}/rotation-deadline?baseId=${baseBId}`).set(bearer(baseAToken)).expect(403);
    expect(crossBase.body.code).toBe('FORBIDDEN_SCOPE');
    const candidate = await api.http.get(`/sessions/${sessionId}/rotation-deadline`).set(bearer(candidateToken)).expect(403);
    expect(candidate.body.code).toBe('FORBIDDEN_ROLE');
    const centre = await api.http.get(`/sessions/${sessionId}/rotation-deadline`).set(bearer(centreToken)).expect(200);
    expect(centre.body.total).toBe(5);
    await api.http.get('/sessions/999999/rotation-deadline').set(bearer(centreToken)).expect(404);
  });

  it('SC-5 one second before the cutoff day the job does nothing', async () => {
    api.clock.set(ONE_SECOND_BEFORE_CUTOFF);
    expect(await api.app.get(RotationDeadlineService).applyDue()).toEqual({ sessions: 0, cancelled: 0 });
    const [session]: Array<{ appliedAt: Date | null }> = await api.dataSource.query('SELECT rotation_deadline_applied_at AS appliedAt FROM assessment_session WHERE id = ?', [sessionId]);
    expect(session.appliedAt).toBeNull();
    const [{ voided }]: Array<{ voided: string }> = await api.dataSource.query('SELECT COUNT(*) AS voided FROM subject_attempt WHERE voided = 1');
    expect(Number(voided)).toBe(0);
  });

  it('SC-5 only the centre may trigger the job: a base reviewer at the cutoff gets 403, no job is queued and nothing is cancelled', async () => {
    // At the cutoff and before it is applied, so a run would have results to cancel.
    api.clock.set(AT_CUTOFF);
    const jobsBefore = await queue.getJobCounts();
    const refused = await api.http.post('/jobs/apply-rotation-deadlines').set(bearer(baseAToken)).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN_ROLE');
    expect(await queue.getJobCounts()).toEqual(jobsBefore);
    const [session]: Array<{ appliedAt: Date | null }> = await api.dataSource.query('SELECT rotation_deadline_applied_at AS appliedAt FROM assessment_session WHERE id = ?', [sessionId]);
    expect(session.appliedAt).toBeNull();
    const [{ voided }]: Array<{ voided: string }> = await api.dataSource.query('SELECT COUNT(*) AS voided FROM subject_attempt WHERE voided = 1');
    expect(Number(voided)).toBe(0);
    const [{ audited }]: Array<{ audited: string }> = await api.dataSource.query(
      "SELECT COUNT(*) AS audited FROM audit_record WHERE action IN ('RESULTS_CANCELLED_ROTATION_DEADLINE', 'ROTATION_DEADLINE_APPLIED')",
    );
    expect(Number(audited)).toBe(0);
  });

  it('SC-5 at the cutoff, two workers and two direct runs at once apply it exactly once: voided, audited per candidate, standing recomputed', async () => {
    api.clock.set(AT_CUTOFF);
    const service = api.app.get(RotationDeadlineService);
    const [workerA, workerB] = await Promise.all([startWorker(AT_CUTOFF), startWorker(AT_CUTOFF)]);
    let outcomes: Array<{ sessions: number; cancelled: number }>;
    try {
      const [jobA, jobB, direct1, direct2] = await Promise.all([
        api.http.post('/jobs/apply-rotation-deadlines').set(bearer(centreToken)).expect(201),
        api.http.post('/jobs/apply-rotation-deadlines').set(bearer(centreToken)).expect(201),
        service.applyDue(),
        service.applyDue(),
      ]);
      const jobs = await waitForJobs(queue, [jobA.body.jobId as string, jobB.body.jobId as string]);
      outcomes = [direct1, direct2, ...jobs.map((job) => job.returnvalue as { sessions: number; cancelled: number })];
    } finally {
      await Promise.all([workerA.close(), workerB.close()]);
    }
    expect(outcomes.reduce((sum, o) => sum + o.sessions, 0)).toBe(1);
    expect(outcomes.reduce((sum, o) => sum + o.cancelled, 0)).toBe(3);

    const audit = await api.http.get('/audit?action=RESULTS_CANCELLED_ROTATION_DEADLINE&pageSize=50').set(bearer(centreToken)).expect(200);
    expect(audit.body.total).toBe(3);
    expect(audit.body.items.map((r: { entityId: string }) => Number(r.entityId)).sort((a: number, b: number) => a - b)).toEqual(
      [ids.late, ids.processFailed, ids.otherBase].sort((a, b) => a - b),
    );
    expect(audit.body.items.every((r: { actorRole: string }) => r.actorRole === 'SYSTEM')).toBe(true);
    const applied = await api.http.get('/audit?action=ROTATION_DEADLINE_APPLIED').set(bearer(centreToken)).expect(200);
    expect(applied.body.total).toBe(1);

    for (const key of ['late', 'processFailed', 'otherBase'] as const) {
      const rows = await voidedRows(ids[key]);
      expect(rows.map((r) => [r.subject, Number(r.voided), r.voidKind])).toEqual([
        ['THEORY', 1, 'ROTATION_DEADLINE'],
        ['SKILLS', 1, 'ROTATION_DEADLINE'],
      ]);
      expect(rows[0].voidReason).toContain('取消 2024 年度结业考核结果');
    }
    for (const key of ['inTime', 'finishingSoon', 'notCandidate'] as const) {
      expect((await voidedRows(ids[key])).every((r) => Number(r.voided) === 0)).toBe(true);
    }

    const standing: Array<{ traineeId: number; theory: number | null; skills: number | null }> = await api.dataSource.query(
      'SELECT trainee_id AS traineeId, theory_pass_year AS theory, skills_pass_year AS skills FROM trainee_standing WHERE trainee_id IN (?, ?)',
      [ids.late, ids.inTime],
    );
    expect(standing.find((s) => Number(s.traineeId) === ids.late)).toMatchObject({ theory: null, skills: null });
    expect(standing.find((s) => Number(s.traineeId) === ids.inTime)).toMatchObject({ theory: 2024, skills: 2024 });

    // The cancelled candidate sees why: both passes voided, no certificate.
    const own = await api.http.get('/me/standing').set(bearer(candidateToken)).expect(200);
    expect(own.body.subjects[0]).toMatchObject({ subject: 'THEORY', passYear: null, validUntil: null, validToday: false });
    expect(own.body.subjects[0].attempts[0]).toMatchObject({ year: 2024, outcome: 'PASSED', voided: true, voidKind: 'ROTATION_DEADLINE' });
    expect(own.body.certificate.eligible).toBe(false);
    expect(own.body.certificate.failedRules).toEqual(expect.arrayContaining(['SC-6.theory', 'SC-6.skills']));
    expect(own.body.certificate.checks[0].explanation.zh).toContain('2024 年的合格成绩已被取消，不计入');
  });

  it('SC-5 after the cutoff the report lists whose results were cancelled and why; running again changes nothing', async () => {
    const report = await api.http.get(`/sessions/${sessionId}/rotation-deadline?status=CANCELLED`).set(bearer(baseAToken)).expect(200);
    expect(report.body.appliedAt).toBe('2024-12-01T00:00:00+08:00');
    expect(report.body.counts).toEqual({ AT_RISK: 0, ON_TRACK: 0, CANCELLED: 2, KEPT: 2 });
    expect(report.body.items.map((row: { name: string }) => row.name).sort()).toEqual([PEOPLE.late.name, PEOPLE.processFailed.name].sort());
    expect(report.body.items.every((row: { cancellationReason: string }) => row.cancellationReason.includes('取消 2024 年度结业考核结果'))).toBe(true);

    api.clock.set('2024-12-02T02:00:00Z');
    expect(await api.app.get(RotationDeadlineService).applyDue()).toEqual({ sessions: 0, cancelled: 0 });
    const audit = await api.http.get('/audit?action=RESULTS_CANCELLED_ROTATION_DEADLINE').set(bearer(centreToken)).expect(200);
    expect(audit.body.total).toBe(3);
  });
});
