import { QueueName, RecruitmentJobsProducer } from '@app/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { BanRegistry, ReportingService } from '@app/recruitment';
import { Job, Queue } from 'bullmq';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, binaryBody, createStaff, login, organisationId, residentId } from '../support/fixtures';
import { printedQrCodes, qrModules } from '../support/printed-qr';
import { insertApprovedApplication, InsertedApplication, roundIdOf, setRoundPlan } from '../support/recruitment-fixtures';
import { resetData, startApi, TestApi } from '../support/test-api';
import { startWorker } from '../support/test-worker';

const PUBLIC_ORIGIN = 'https://agp.example.org';
const ADMISSION = '2025-07-21T02:00:00Z';
const REPORTING = '2025-08-21T02:00:00Z';
const AFTER_DEADLINE = '2025-08-31T16:00:00Z'; // 2025-09-01 00:00 Beijing: '8月31日前' has ended

async function until<T>(what: string, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('RC-7, RC-8, RC-9 reporting over HTTP: arrival → trainee, no-shows and the deadline sweep, returns, admission notices', () => {
  let api: TestApi;
  let worker: Awaited<ReturnType<typeof startWorker>>;
  let roundId: number;
  let baseA: number;
  const r: Record<string, InsertedApplication> = {};
  const A = '福州市第一总医院';
  const B = '福清市医院';
  const C = '厦门市海沧医院';

  beforeAll(async () => {
    api = await startApi({ now: ADMISSION, env: { PUBLIC_ORIGIN } });
    await resetData(api.dataSource);
    worker = await startWorker(ADMISSION, { PUBLIC_ORIGIN });
    await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
    await createStaff(api, 'base-a', 'BASE_REVIEWER', A);
    await setRoundPlan(api, 'FJ-2025', {
      split: 'BY_BASE_AND_TYPE',
      bases: [
        { base: A, city: '福州市', quotas: { EMPLOYED: 2, INDEPENDENT: 0 } },
        { base: B, city: '福州市', quotas: { EMPLOYED: 1, INDEPENDENT: 0 } },
        { base: C, city: '厦门市', quotas: { EMPLOYED: 1, INDEPENDENT: 0 } },
      ],
    });
    roundId = await roundIdOf(api, 'FJ-2025');
    baseA = await organisationId(api.dataSource, A);
    const add = async (key: string, serial: string, choices: string[], score: number, acceptsAdjustment = false) => {
      r[key] = await insertApprovedApplication(api, 'FJ-2025', {
        username: `rep-${key}`,
        name: `报到${key}`,
        idNumber: residentId('19940505', serial),
        type: 'EMPLOYED',
        choices,
        acceptsAdjustment,
        employerCity: '福州市',
        rankingScore: score,
      });
    };
    await add('1', '501', [A], 90);
    await add('2', '502', [A], 85);
    await add('3', '503', [A], 80, true);
    await add('4', '504', [C], 70);
    const centre = await login(api, 'centre');
    const run = (await api.http.post(`/recruitment/rounds/${roundId}/admission-runs`).set(bearer(centre)).expect(201)).body as { id: number };
    await api.http.post(`/recruitment/rounds/${roundId}/admission-runs/${run.id}/publish`).set(bearer(centre)).expect(200);
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('RC-6 the worker renders each admission notice with the ticket renderer; its QR code opens the public verification', async () => {
    await until('notices rendered', async () => {
      const rows = await api.dataSource.query<Array<{ notice_status: string }>>(`SELECT notice_status FROM recruitment_placement WHERE round_id = ?`, [roundId]);
      return rows.length === 4 && rows.every((row) => row.notice_status === 'READY') ? rows : null;
    });
    const applicant = await login(api, 'rep-1');
    const early = await api.http.get(`/recruitment/rounds/${roundId}/admission/mine/notice`).set(bearer(applicant));
    expect(early.body.code).toBe('ADMISSION_RESULTS_NOT_VISIBLE');
    api.clock.set(REPORTING);
    const pdf = await api.http.get(`/recruitment/rounds/${roundId}/admission/mine/notice`).set(bearer(applicant)).buffer(true).parse(binaryBody).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const file = join(mkdtempSync(join(tmpdir(), 'notice-')), 'notice.pdf');
    writeFileSync(file, pdf.body as Buffer);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('录取通知书');
    expect(text).toContain('报到1');
    expect(text).toContain(A);
    expect(text).toContain('2025年8月31日');
    const [{ notice_token: token }] = await api.dataSource.query<Array<{ notice_token: string }>>('SELECT notice_token FROM recruitment_placement WHERE application_id = ?', [r['1'].applicationId]);
    expect(await printedQrCodes(file)).toEqual([qrModules(`${PUBLIC_ORIGIN}/verify-admission/${token}`)]);

    const verified = await api.http.get(`/recruitment/notices/verify/${token}`).expect(200);
    expect(verified.body).toEqual({ genuine: true, name: '报到1', idMasked: expect.stringMatching(/\*/), roundName: '2025年福建省临床类别助理全科医生培训招录', baseName: A, applicantType: '单位人', status: 'ADMITTED', statusText: '已录取，待报到' });
    expect(JSON.stringify(verified.body)).not.toContain(r['1'].idNumber);
    const forged = await api.http.get(`/recruitment/notices/verify/${'A'.repeat(43)}`);
    expect(forged.status).toBe(404);
    expect(forged.body.code).toBe('NOTICE_TOKEN_INVALID');
  });

  it('Part E the admission reaches the applicant\'s message centre: the publication at once, the outcome and the notice from the results time', async () => {
    const kinds = async (token: string) => ((await api.http.get('/me/messages').set(bearer(token)).expect(200)).body.items as Array<{ kind: string }>).map((m) => m.kind);
    api.clock.set(ADMISSION);
    const applicant = await login(api, 'rep-4');
    expect(await kinds(applicant)).toEqual(['RECRUITMENT_RESULTS_PUBLISHED']);
    expect((await api.http.get('/me/messages/unread-count').set(bearer(applicant)).expect(200)).body).toEqual({ unread: 1 });
    // Marking all read before the results time leaves the outcome unread for when it shows.
    await api.http.post('/me/messages/read-all').set(bearer(applicant)).expect(200);
    api.clock.set(REPORTING);
    const page = (await api.http.get('/me/messages').set(bearer(applicant)).expect(200)).body as { items: Array<{ kind: string; body: string; read: boolean; facts: Record<string, unknown> }>; unread: number };
    expect(page.items.map((m) => [m.kind, m.read])).toEqual([
      ['RECRUITMENT_NOTICE_READY', false],
      ['RECRUITMENT_ADMITTED', false],
      ['RECRUITMENT_RESULTS_PUBLISHED', true],
    ]);
    expect(page.items[1].body).toContain(`已被${C}录取`);
    expect(page.items[1].body).toContain('2025年8月31日24:00');
    expect(page.items[1].facts).toMatchObject({ roundId, applicationId: r['4'].applicationId, baseName: C, reportBy: '2025-09-01T00:00:00+08:00' });
    // Written once per application: the render job and the publish are not repeated into the centre.
    const [{ n }] = await api.dataSource.query<Array<{ n: string }>>(
      "SELECT COUNT(*) AS n FROM candidate_message WHERE kind LIKE 'RECRUITMENT\\_%' AND account_id IN (?) AND trainee_id IS NULL",
      [Object.values(r).map((each) => each.accountId)],
    );
    expect(Number(n)).toBe(12);
    // Others' messages are not found by id.
    const other = await login(api, 'rep-3');
    const [{ id: foreign }] = await api.dataSource.query<Array<{ id: number }>>('SELECT id FROM candidate_message WHERE account_id = ? ORDER BY id LIMIT 1', [r['4'].accountId]);
    expect((await api.http.post(`/me/messages/${foreign}/read`).set(bearer(other))).body.code).toBe('MESSAGE_NOT_FOUND');
  });

  it('RC-9 an arrival makes the applicant a trainee of the base from the report day, and their login now signs up as that trainee', async () => {
    api.clock.set(REPORTING);
    const base = await login(api, 'base-a');
    const future = await api.http.post(`/recruitment/rounds/${roundId}/placements/${r['1'].applicationId}/arrival`).set(bearer(base)).send({ reportedOn: '2025-08-25' });
    expect(future.status).toBe(409);
    expect(future.body.code).toBe('REPORTING_REFUSED');
    const arrived = await api.http.post(`/recruitment/rounds/${roundId}/placements/${r['1'].applicationId}/arrival`).set(bearer(base)).send({ reportedOn: '2025-08-20' }).expect(200);
    expect(arrived.body).toMatchObject({ status: 'REPORTED', reportedOn: '2025-08-20', baseName: A });
    const twice = await api.http.post(`/recruitment/rounds/${roundId}/placements/${r['1'].applicationId}/arrival`).set(bearer(base)).send({ reportedOn: '2025-08-20' });
    expect(twice.body.code).toBe('REPORTING_REFUSED');

    const [trainee] = await api.dataSource.query<Array<{ id: number; base_id: number; city_id: number; cohort: string; rotation_end: string; id_hash: string }>>(
      `SELECT t.id, t.base_id, t.city_id, t.cohort, DATE_FORMAT(t.rotation_end_date, '%Y-%m-%d') AS rotation_end, t.id_hash, u.trainee_id
         FROM trainee t JOIN user_account u ON u.trainee_id = t.id WHERE u.username = 'rep-1'`,
    );
    // Two training years from 2025-08-20: the rotation ends on 2027-08-19.
    expect(trainee).toMatchObject({ base_id: baseA, city_id: await organisationId(api.dataSource, '福州市'), cohort: '2025', rotation_end: '2027-08-19' });
    expect(arrived.body.traineeId).toBe(trainee.id);

    // The same login, signed in again, is the trainee's: the final-assessment pages answer for them.
    const relogin = await api.http.post('/auth/login').send({ username: 'rep-1', password: 'Passw0rd!test' }).expect(200);
    expect(relogin.body.user.traineeId).toBe(trainee.id);
    const profile = await api.http.get('/me/profile').set(bearer(relogin.body.accessToken as string)).expect(200);
    expect(profile.body).toMatchObject({ id: trainee.id, name: '报到1', baseId: baseA, cohort: '2025' });
    await api.http.get('/me/signups').set(bearer(relogin.body.accessToken as string)).expect(200);
    // What they were told as an applicant stays in their message centre as a trainee.
    const told = (await api.http.get('/me/messages').set(bearer(relogin.body.accessToken as string)).expect(200)).body.items as Array<{ kind: string }>;
    expect(told.map((m) => m.kind)).toEqual(['RECRUITMENT_NOTICE_READY', 'RECRUITMENT_ADMITTED', 'RECRUITMENT_RESULTS_PUBLISHED']);

    // A base records only its own places: r3 was placed at Fuqing by adjustment.
    const other = await api.http.post(`/recruitment/rounds/${roundId}/placements/${r['3'].applicationId}/no-show`).set(bearer(base)).send({ reason: '不来' });
    expect(other.status).toBe(403);
  });

  it('RC-7 a recorded no-show, then the deadline sweep (two at once: exactly once) marks the rest, with the round policy’s bans', async () => {
    api.clock.set(REPORTING);
    const base = await login(api, 'base-a');
    await api.http.post(`/recruitment/rounds/${roundId}/placements/${r['2'].applicationId}/no-show`).set(bearer(base)).send({ reason: '已考取其他单位' }).expect(200);
    // The applicant is told at once, with the base's reason and the policy's verdict; the same request again changes nothing.
    const noShowsOf = async (token: string) =>
      ((await api.http.get('/me/messages').set(bearer(token)).expect(200)).body.items as Array<{ kind: string; title: string; body: string; facts: Record<string, unknown> }>).filter((m) => m.kind === 'RECRUITMENT_NO_SHOW');
    const applicant2 = await login(api, 'rep-2');
    const [told2] = await noShowsOf(applicant2);
    expect(told2.title).toBe('登记为未报到，录取资格已取消');
    expect(told2.body).toContain(`被${A}录取，培训基地已登记您未报到，原因：已考取其他单位。录取资格已取消。处理：`);
    expect(told2.body).toContain('2026年度报名资格');
    expect(told2.facts).toMatchObject({ roundId, applicationId: r['2'].applicationId, baseName: A, reason: '已考取其他单位', reportBy: '2025-09-01T00:00:00+08:00' });
    const again = await api.http.post(`/recruitment/rounds/${roundId}/placements/${r['2'].applicationId}/no-show`).set(bearer(base)).send({ reason: '已考取其他单位' });
    expect([again.status, again.body.code]).toEqual([409, 'REPORTING_REFUSED']);
    expect(await noShowsOf(applicant2)).toHaveLength(1);

    worker.clock.set(AFTER_DEADLINE);
    api.clock.set(AFTER_DEADLINE);
    // The worker's scheduled job (queued now, as its schedule would) and a second sweeper at the same moment.
    const job = await api.app.get(RecruitmentJobsProducer).runReportingSweepNow();
    const direct = await api.app.get(ReportingService).closeDueRounds();
    const queue = worker.module.get<Queue>(getQueueToken(QueueName.Assessment));
    const byJob = await until('the sweep job', async () => {
      const current = await Job.fromId<unknown, { noShows: number }>(queue, job.id!);
      const state = await current?.getState();
      if (state === 'failed') throw new Error(`sweep job failed: ${current?.failedReason}`);
      return state === 'completed' && current ? current.returnvalue : null;
    });
    expect([direct.noShows, byJob.noShows].sort()).toEqual([0, 2]);
    const places = await api.dataSource.query<Array<{
      status: string;
      no_show_by_deadline: number;
      no_show_reason: string | null;
    }>>('SELECT application_id, status, no_show_by_deadline, no_show_reason FROM recruitment_placement WHERE round_id = ? ORDER BY application_id', [roundId]);
    expect(places.map((place) => [place.status, Boolean(place.no_show_by_deadline), place.no_show_reason])).toEqual([
      ['REPORTED', false, null],
      ['NO_SHOW', false, '已考取其他单位'],
      ['NO_SHOW', true, '未在规定时间内报到'],
      ['NO_SHOW', true, '未在规定时间内报到'],
    ]);
    const [swept] = await api.dataSource.query<Array<{ n: string }>>(`SELECT COUNT(*) AS n FROM audit_record WHERE action = 'RECRUITMENT_NO_SHOW_BY_DEADLINE'`);
    expect(Number(swept.n)).toBe(2);
    const bans = await api.dataSource.query<Array<{ kind: string }>>('SELECT kind FROM recruitment_ban WHERE round_id = ? ORDER BY id', [roundId]);
    // r2 no-show, then the sweep: r3 adjusted (调剂成功但未按时报到), r4 by choice.
    expect(bans.map((ban) => ban.kind).sort()).toEqual(['ADJUSTED_NO_SHOW', 'NO_SHOW', 'NO_SHOW']);
    expect((await worker.module.get(ReportingService).closeDueRounds()).noShows).toBe(0);
    // Those the sweep closed are told once, with the policy's verdict, however many sweepers ran; the base's no-show
    // was told when the base recorded it, and not again by the sweep.
    const told = await api.dataSource.query<Array<{ account_id: number; n: string }>>(
      "SELECT account_id, COUNT(*) AS n FROM candidate_message WHERE kind = 'RECRUITMENT_NO_SHOW' GROUP BY account_id ORDER BY account_id",
    );
    expect(told.map((row) => [Number(row.account_id), Number(row.n)])).toEqual([
      [r['2'].accountId, 1],
      [r['3'].accountId, 1],
      [r['4'].accountId, 1],
    ]);
    const latest = (await api.http.get('/me/messages').set(bearer(await login(api, 'rep-4'))).expect(200)).body.items[0] as { kind: string; body: string };
    expect(latest.kind).toBe('RECRUITMENT_NO_SHOW');
    expect(latest.body).toContain('未在 2025年8月31日24:00（北京时间）前报到，录取资格已取消。处理：');
  });

  it('RC-8 the no-shows (by choice or adjusted) may not apply to Fujian next year; the trainee who reported may', async () => {
    const registry = api.app.get(BanRegistry);
    const nextYear = { code: 'FJ-2026', year: 2026, jurisdiction: 'FUJIAN' as const };
    const at = new Date('2026-07-01T02:00:00Z');
    const kinds = async (key: string) => (await registry.activeFor('RESIDENT_ID', r[key].idNumber, nextYear, at)).map((ban) => ban.record.kind);
    expect(await kinds('1')).toEqual([]);
    expect(await kinds('2')).toEqual(['NO_SHOW']);
    expect(await kinds('3')).toEqual(['ADJUSTED_NO_SHOW']);
    expect(await kinds('4')).toEqual(['NO_SHOW']);
    // The year after next, the ban has run out.
    expect(await registry.activeFor('RESIDENT_ID', r['2'].idNumber, { code: 'FJ-2027', year: 2027, jurisdiction: 'FUJIAN' }, new Date('2027-07-01T02:00:00Z'))).toEqual([]);
  });

  it('RC-9 the return (who reported, who did not and why) and the admission list, as lists and CSV/XLSX', async () => {
    const base = await login(api, 'base-a');
    const own = await api.http.get(`/recruitment/rounds/${roundId}/returns`).set(bearer(base)).expect(200);
    expect(own.body.rows.map((row: { name: string; status: string; reason: string | null }) => [row.name, row.status, row.reason])).toEqual([
      ['报到1', '已报到', null],
      ['报到2', '未报到', '已考取其他单位'],
    ]);
    expect(own.body.totals).toEqual([{ base: A, admitted: 2, reported: 1, noShows: 1, pending: 0 }]);
    const csv = await api.http.get(`/recruitment/rounds/${roundId}/returns/export?format=csv`).set(bearer(base)).buffer(true).parse(binaryBody).expect(200);
    const text = (csv.body as Buffer).toString('utf8');
    expect(text).toContain('未报到原因');
    expect(text).toContain('已考取其他单位');
    expect(text).toContain('2025-08-20');

    const centre = await login(api, 'centre');
    const all = await api.http.get(`/recruitment/rounds/${roundId}/returns`).set(bearer(centre)).expect(200);
    expect(all.body.rows).toHaveLength(4);
    const list = await api.http.get(`/recruitment/rounds/${roundId}/placements/export?format=xlsx`).set(bearer(centre)).buffer(true).parse(binaryBody).expect(200);
    expect(list.headers['content-type']).toContain('spreadsheetml');
    expect((list.body as Buffer).subarray(0, 2).toString('latin1')).toBe('PK');
    const listCsv = await api.http.get(`/recruitment/rounds/${roundId}/placements/export?format=csv`).set(bearer(centre)).buffer(true).parse(binaryBody).expect(200);
    const lines = (listCsv.body as Buffer).toString('utf8').trim().split(/\r?\n/);
    expect(lines).toHaveLength(5);
    expect(lines.join('\n')).toContain('调剂');
  });
});
