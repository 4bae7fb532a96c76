/**
 * SC-1 at national scale: a GBK-encoded theory score file of N rows (national format: 姓名,证件号码,标准分)
 * uploaded to the API, previewed and committed by the worker, then published (which recomputes every
 * candidate's standing). Prints rows/s end to end and per stage, next to a naive importer (one ORM lookup
 * and one ORM save per row) on a sample, in the same run.
 */
import 'reflect-metadata';
import { SubjectAttemptRecord } from '@app/assessment';
import { AppConfig, validateEnvironment } from '@app/common/config';
import { PersonalDataCipher } from '@app/common/crypto';
import { gb11643CheckChar, maskIdNumber } from '@app/common/identity-document';
import { buildDataSourceOptions } from '@app/database';
import { Signup } from '@app/assessment';
import { Trainee } from '@app/training';
import * as iconv from 'iconv-lite';
import { DataSource } from 'typeorm';
import { loginCentreAdmin } from '../support/centre-login';
import { FormData, request } from 'undici';

const ROWS = Number(process.env.BENCH_ROWS ?? 200_000);
const NAIVE_SAMPLE = Number(process.env.BENCH_NAIVE_SAMPLE ?? 5_000);
const API = process.env.BENCH_API_URL ?? 'http://127.0.0.1:3101';
const THEORY_RULE = { passLine: 60, maxScore: 100, maxDecimalPlaces: 1 };

function nthResidentId(n: number): string {
  const birth = new Date(Date.UTC(1980, 0, 1) + Math.floor(n / 1000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `350102${birth}${String(n % 1000).padStart(3, '0')}`;
  return first17 + gb11643CheckChar(first17);
}

const nameOf = (n: number) => `考生${n}`;
const scoreOf = (n: number) => (40 + ((n * 7) % 600) / 10).toFixed(1);

async function main(): Promise<void> {
  const config = new AppConfig(validateEnvironment(process.env));
  if (!/bench/.test(config.database.name)) throw new Error(`refusing to write benchmark data into "${config.database.name}"`);
  const dataSource = new DataSource({ ...buildDataSourceOptions(config.database), migrationsRun: false });
  await dataSource.initialize();
  const cipher = new PersonalDataCipher(config.personalData.encryptionKey, config.personalData.hashKey);
  const { sessionId, naiveSessionId, token } = await prepare(dataSource, cipher);

  const lines = ['姓名,证件号码,标准分'];
  for (let n = 0; n < ROWS; n += 1) lines.push(`${nameOf(n)},${nthResidentId(n)},${scoreOf(n)}`);
  const file = iconv.encode(lines.join('\r\n') + '\r\n', 'gbk');

  // (a) naive: per row, look the trainee and the sign-up up through the ORM and save one entity.
  let started = Date.now();
  await dataSource.transaction(async (manager) => {
    for (let n = 0; n < NAIVE_SAMPLE; n += 1) {
      const trainee = await manager.findOneByOrFail(Trainee, { idHash: cipher.lookupHash('RESIDENT_ID', nthResidentId(n)) });
      const signup = await manager.findOneByOrFail(Signup, { sessionId: naiveSessionId, traineeId: trainee.id });
      const score = Number(scoreOf(n));
      await manager.save(
        manager.create(SubjectAttemptRecord, {
          traineeId: trainee.id, sessionId: naiveSessionId, signupId: signup.id, subject: 'THEORY', year: 2024,
          outcome: score >= THEORY_RULE.passLine ? 'PASSED' : 'FAILED', score: String(score), source: 'IMPORT', voided: false, version: 1,
        }),
      );
    }
  });
  const naiveRate = NAIVE_SAMPLE / ((Date.now() - started) / 1000);

  // (b) the project: upload → preview (worker) → commit (worker) → publish (standing recomputed).
  const auth = { authorization: `Bearer ${token}` };
  const poll = async (importId: number, until: string): Promise<Record<string, unknown>> => {
    for (;;) {
      const response = await request(`${API}/api/score-imports/${importId}`, { headers: auth });
      const view = (await response.body.json()) as Record<string, unknown>;
      if (view.status === until) return view;
      if (view.status !== 'PREVIEWING' && view.status !== 'COMMITTING') throw new Error(`import ${importId}: ${JSON.stringify(view).slice(0, 500)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  started = Date.now();
  const form = new FormData();
  form.set('file', new Blob([file]), 'national-theory-scores.csv');
  const uploaded = await request(`${API}/api/sessions/${sessionId}/score-imports/THEORY`, { method: 'POST', headers: auth, body: form });
  const upload = (await uploaded.body.json()) as { id: number; status: string };
  // Small files are previewed at once (201), large ones by the worker (202).
  if (uploaded.statusCode !== 202 && uploaded.statusCode !== 201) throw new Error(`upload: ${uploaded.statusCode} ${JSON.stringify(upload).slice(0, 500)}`);
  const uploadedAt = Date.now();
  const preview = await poll(upload.id, 'PREVIEWED');
  const previewedAt = Date.now();
  if (preview.canCommit !== true) throw new Error(`preview: ${JSON.stringify(preview.summary)}`);
  const committing = await request(`${API}/api/score-imports/${upload.id}/commit`, { method: 'POST', headers: auth });
  if (committing.statusCode !== 202 && committing.statusCode !== 201) throw new Error(`commit: ${committing.statusCode} ${await committing.body.text()}`);
  await committing.body.dump();
  await poll(upload.id, 'COMMITTED');
  const committedAt = Date.now();
  const published = await request(`${API}/api/sessions/${sessionId}/results/THEORY/publish`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ reason: 'bench' }) });
  if (published.statusCode >= 300) throw new Error(`publish: ${published.statusCode} ${await published.body.text()}`);
  await published.body.dump();
  const finishedAt = Date.now();
  const seconds = (finishedAt - started) / 1000;
  const projectRate = ROWS / seconds;

  const [{ attempts, passed }] = await dataSource.query("SELECT COUNT(*) AS attempts, SUM(outcome = 'PASSED') AS passed FROM subject_attempt WHERE session_id = ?", [sessionId]);
  const [{ standings }] = await dataSource.query('SELECT COUNT(*) AS standings FROM trainee_standing WHERE theory_pass_year = 2024');
  const expectedPassed = Array.from({ length: ROWS }, (_, n) => Number(scoreOf(n)) >= THEORY_RULE.passLine).filter(Boolean).length;

  console.log(`file: ${ROWS} rows, ${(file.length / 1024 / 1024).toFixed(1)} MiB, GBK`);
  console.log(`(a) naive, an ORM lookup and save per row, sample of ${NAIVE_SAMPLE}: ${naiveRate.toFixed(0)} rows/s`);
  console.log(`(b) project, upload → preview → commit → publish: ${seconds.toFixed(2)} s = ${projectRate.toFixed(0)} rows/s`);
  console.log(
    `  upload ${((uploadedAt - started) / 1000).toFixed(2)} s, preview ${((previewedAt - uploadedAt) / 1000).toFixed(2)} s, commit ${((committedAt - previewedAt) / 1000).toFixed(2)} s, publish + standing ${((finishedAt - committedAt) / 1000).toFixed(2)} s`,
  );
  console.log(`ratio (b)/(a): ${(projectRate / naiveRate).toFixed(0)}x`);
  console.log(`stored: ${attempts} results (${passed} passed, expected ${expectedPassed}); standings with a 2024 theory pass: ${standings}`);
  if (Number(attempts) !== ROWS || Number(passed) !== expectedPassed || Number(standings) !== expectedPassed) throw new Error('the stored results do not match the file');
  await dataSource.destroy();
}

async function prepare(dataSource: DataSource, cipher: PersonalDataCipher): Promise<{ sessionId: number; naiveSessionId: number; token: string }> {
  await dataSource.query('SET FOREIGN_KEY_CHECKS = 0');
  for (const table of ['candidate_message', 'trainee_standing', 'result_publication', 'score_import', 'admit_ticket', 'ticket_sequence', 'seat_assignment', 'exam_slot', 'exam_site', 'audit_record', 'eligibility_exception', 'subject_attempt', 'signup', 'refresh_token', 'refresh_token_family', 'user_account', 'trainee', 'assessment_session']) {
    await dataSource.query(`TRUNCATE TABLE ${table}`);
  }
  await dataSource.query('SET FOREIGN_KEY_CHECKS = 1');
  const subjects = JSON.stringify([
    { subject: 'THEORY', ticketMode: 'NATIONAL_SITE', ticketOpensAt: '2024-05-06T16:00:00.000Z', ticketClosesAt: '2024-05-12T16:00:00.000Z', examStartsAt: '2024-05-11T16:00:00.000Z', examEndsAt: '2024-05-12T16:00:00.000Z' },
  ]);
  const sessionIds: number[] = [];
  for (const code of ['BENCH-S', 'BENCH-NAIVE']) {
    const session = await dataSource.query(
      `INSERT INTO assessment_session (code, name, year, rule_set_version, signup_opens_at, signup_closes_at, review_opens_at, review_closes_at, admitted_from_year, admitted_to_year, rotation_cutoff, subjects, theory_pass_rule, version)
       VALUES (?, '2024年福建省临床类别助理全科医生培训结业考核', 2024, 'bench', '2024-02-29', '2024-03-10', '2024-03-04', '2024-03-13', 2022, 2024, '2024-12-01', ?, ?, 1)`,
      [code, subjects, JSON.stringify(THEORY_RULE)],
    );
    sessionIds.push(Number(session.insertId));
  }
  const bases: Array<{ id: number; cityId: number }> = await dataSource.query("SELECT id, city_id AS cityId FROM organisation WHERE kind = 'BASE' ORDER BY id");
  for (let start = 0; start < ROWS; start += 2_000) {
    const values: unknown[] = [];
    const count = Math.min(2_000, ROWS - start);
    for (let n = start; n < start + count; n += 1) {
      const id = nthResidentId(n);
      const base = bases[n % bases.length];
      values.push(nameOf(n), 'RESIDENT_ID', cipher.lookupHash('RESIDENT_ID', id), cipher.encrypt(id), maskIdNumber('RESIDENT_ID', id), base.id, base.cityId, '2022', '2024-06-30', 1, 1, 1);
    }
    await dataSource.query(
      `INSERT INTO trainee (name, id_type, id_hash, id_cipher, id_masked, base_id, city_id, cohort, rotation_end_date, phase_theory_passed, process_assessment_passed, version)
       VALUES ${Array.from({ length: count }, () => '(?,?,?,?,?,?,?,?,?,?,?,?)').join(',')}`,
      values,
    );
  }
  await dataSource.query(
    "INSERT INTO signup (session_id, trainee_id, base_id, city_id, status, subject_theory, subject_skills, version) SELECT ?, id, base_id, city_id, 'APPROVED', 1, 0, 1 FROM trainee",
    [sessionIds[0]],
  );
  await dataSource.query(
    `INSERT INTO signup (session_id, trainee_id, base_id, city_id, status, subject_theory, subject_skills, version) SELECT ?, id, base_id, city_id, 'APPROVED', 1, 0, 1 FROM trainee ORDER BY id LIMIT ${NAIVE_SAMPLE}`,
    [sessionIds[1]],
  );
  const token = await loginCentreAdmin(dataSource, API);
  return { sessionId: sessionIds[0], naiveSessionId: sessionIds[1], token };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message.slice(0, 500) : error);
  process.exit(1);
});
