/**
 * Tickets through the real queue and worker: N approved, seated candidates; one "generate" call on the API;
 * the worker renders and stores every PDF. Prints tickets/s end to end and the worker's peak memory, next to a
 * naive renderer that launches a browser per ticket (on a sample) in the same run.
 */
import 'reflect-metadata';
import { AppConfig, validateEnvironment } from '@app/common/config';
import { gb11643CheckChar, maskIdNumber } from '@app/common/identity-document';
import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { LocalFileStorage } from '@app/common/storage';
import { buildDataSourceOptions } from '@app/database';
import { formatTicketNumber, PdfRenderer, qrCodeDataUrl, ticketDocumentHtml } from '@app/tickets';
import { PersonalDataCipher } from '@app/common/crypto';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { loginCentreAdmin } from '../support/centre-login';
import { request } from 'undici';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 1000);
const NAIVE_SAMPLE = Number(process.env.BENCH_NAIVE_SAMPLE ?? 50);
const API = process.env.BENCH_API_URL ?? 'http://127.0.0.1:3100';
const WORKER_PID = Number(process.env.BENCH_WORKER_PID);

const rssMiB = (pid: number) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

async function main(): Promise<void> {
  const config = new AppConfig(validateEnvironment(process.env));
  if (!/bench/.test(config.database.name)) throw new Error(`refusing to write benchmark data into "${config.database.name}"`);
  const dataSource = new DataSource({ ...buildDataSourceOptions(config.database), migrationsRun: false });
  await dataSource.initialize();
  const { sessionId, token } = await prepare(dataSource, config);

  // (a) naive: a new browser for every ticket, on a sample.
  const renderer = new PdfRenderer(config.tickets.chromiumPath);
  const photo = `data:image/jpeg;base64,${(await samplePortraitJpeg()).toString('base64')}`;
  let started = Date.now();
  for (let i = 0; i < NAIVE_SAMPLE; i += 1) {
    const naive = new PdfRenderer(config.tickets.chromiumPath);
    await naive.render(
      ticketDocumentHtml([
        {
          sessionName: 'bench', subject: 'SKILLS', candidateName: `考生${i}`, idNumberMasked: '350102********1233',
          ticketNumber: formatTicketNumber({ year: 2024, subject: 'SKILLS', siteCode: 'ZZ', sequence: i + 1 }), baseName: '基地', examDate: '2024年4月19日',
          examSlot: '08:00–11:30', siteName: '考点', siteAddress: '地址', roomName: '第1站组', seat: i + 1, photoDataUrl: photo,
          qrDataUrl: await qrCodeDataUrl(`naive-${i}`), issuer: '省全科医学培训中心', issuedOn: '2024年',
        },
      ]),
    );
    await naive.close();
  }
  const naiveRate = NAIVE_SAMPLE / ((Date.now() - started) / 1000);
  await renderer.close();

  // (b) the project's path: API → queue → worker (reused browser, a batch per page.pdf()) → storage.
  let peak = rssMiB(WORKER_PID);
  const baseline = peak;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(WORKER_PID))), 100);
  const rssSamples: number[] = [];
  const trend = setInterval(() => rssSamples.push(rssMiB(WORKER_PID)), 1000);
  started = Date.now();
  const generate = await request(`${API}/api/sessions/${sessionId}/tickets/generate`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  if (generate.statusCode !== 202) throw new Error(`generate: ${generate.statusCode} ${await generate.body.text()}`);
  await generate.body.dump();
  const queuedAfter = (Date.now() - started) / 1000;
  let progress = { total: 0, done: 0, failed: 0, pending: 1 };
  while (progress.pending > 0) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const response = await request(`${API}/api/sessions/${sessionId}/tickets/progress`, { headers: { authorization: `Bearer ${token}` } });
    progress = (await response.body.json()) as typeof progress;
  }
  const seconds = (Date.now() - started) / 1000;
  clearInterval(sampler);
  clearInterval(trend);
  const projectRate = progress.done / seconds;
  const [{ files, numbers }] = await dataSource.query(
    'SELECT COUNT(pdf_key) AS files, COUNT(DISTINCT ticket_number) AS numbers FROM admit_ticket WHERE rendered_revision = revision',
  );
  const third = Math.max(1, Math.floor(rssSamples.length / 3));
  const avg = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));

  console.log(`tickets: ${TICKETS} seated candidates, worker pid ${WORKER_PID}`);
  console.log(`(a) naive, a browser per ticket, sample of ${NAIVE_SAMPLE}: ${naiveRate.toFixed(2)} tickets/s`);
  console.log(`(b) project, API → queue → worker → storage: ${progress.done} done, ${progress.failed} failed in ${seconds.toFixed(1)} s = ${projectRate.toFixed(1)} tickets/s`);
  console.log(`  of which numbering and queueing (the generate call): ${queuedAfter.toFixed(1)} s`);
  console.log(`ratio (b)/(a): ${(projectRate / naiveRate).toFixed(0)}x`);
  console.log(`worker RSS: before ${baseline} MiB, peak ${peak} MiB; mean of first third ${avg(rssSamples.slice(0, third))} MiB, last third ${avg(rssSamples.slice(-third))} MiB`);
  console.log(`worker RSS each second (MiB): ${rssSamples.join(' ')}`);
  console.log(`stored PDFs: ${files}, distinct ticket numbers: ${numbers}`);
  await dataSource.destroy();
}

async function prepare(dataSource: DataSource, config: AppConfig): Promise<{ sessionId: number; token: string }> {
  await dataSource.query('SET FOREIGN_KEY_CHECKS = 0');
  for (const table of ['candidate_message', 'admit_ticket', 'ticket_sequence', 'seat_assignment', 'exam_slot', 'exam_site', 'audit_record', 'eligibility_exception', 'subject_attempt', 'signup', 'refresh_token', 'refresh_token_family', 'user_account', 'trainee', 'assessment_session']) {
    await dataSource.query(`TRUNCATE TABLE ${table}`);
  }
  await dataSource.query('SET FOREIGN_KEY_CHECKS = 1');
  const storage = new LocalFileStorage(config.storageDir);
  await storage.put('photos/bench/sample.jpg', await samplePortraitJpeg());
  const cipher = new PersonalDataCipher(config.personalData.encryptionKey, config.personalData.hashKey);
  const subjects = JSON.stringify([
    { subject: 'SKILLS', ticketMode: 'PLATFORM', ticketOpensAt: '2024-04-12T16:00:00.000Z', ticketClosesAt: '2024-04-19T16:00:00.000Z', examStartsAt: '2024-04-18T16:00:00.000Z', examEndsAt: '2024-04-21T16:00:00.000Z' },
  ]);
  const session = await dataSource.query(
    `INSERT INTO assessment_session (code, name, year, rule_set_version, signup_opens_at, signup_closes_at, review_opens_at, review_closes_at, admitted_from_year, admitted_to_year, rotation_cutoff, subjects, version)
     VALUES ('BENCH-T', '2024年福建省临床类别助理全科医生培训结业考核', 2024, 'bench', '2024-02-29', '2024-03-10', '2024-03-04', '2024-03-13', 2022, 2024, '2024-12-01', ?, 1)`,
    [subjects],
  );
  const sessionId = Number(session.insertId);
  const [base] = await dataSource.query("SELECT id, city_id AS cityId FROM organisation WHERE kind = 'BASE' ORDER BY id LIMIT 1");
  const site = await dataSource.query("INSERT INTO exam_site (session_id, code, name, address) VALUES (?, 'FZ', '福建省全科医学培训中心考点', '福州市鼓楼区示例路1号')", [sessionId]);
  const slot = await dataSource.query(
    "INSERT INTO exam_slot (site_id, slot_date, starts_at, ends_at, rooms) VALUES (?, '2024-04-19', '08:00', '11:30', ?)",
    [site.insertId, JSON.stringify([{ id: 'G1', name: '第1站组', capacity: TICKETS }])],
  );
  for (let i = 0; i < TICKETS; i += 500) {
    const chunk = Array.from({ length: Math.min(500, TICKETS - i) }, (_, k) => i + k);
    const values = chunk.map((n) => {
      const first17 = `350102${19900101 + (n % 28)}${String(n % 1000).padStart(3, '0')}`.slice(0, 17);
      const id = first17 + gb11643CheckChar(first17);
      return [`考生${n}${n % 7 === 0 ? '𠮷' : ''}`, 'RESIDENT_ID', cipher.lookupHash('RESIDENT_ID', `${id}#${n}`), cipher.encrypt(id), maskIdNumber('RESIDENT_ID', id), base.id, base.cityId, '2022', '2024-06-30', 1, 1, 'photos/bench/sample.jpg', 1];
    });
    await dataSource.query(
      `INSERT INTO trainee (name, id_type, id_hash, id_cipher, id_masked, base_id, city_id, cohort, rotation_end_date, phase_theory_passed, process_assessment_passed, photo_key, version) VALUES ${values.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      values.flat(),
    );
  }
  await dataSource.query(
    `INSERT INTO signup (session_id, trainee_id, base_id, city_id, status, subject_theory, subject_skills, version) SELECT ?, id, base_id, city_id, 'APPROVED', 1, 1, 1 FROM trainee`,
    [sessionId],
  );
  await dataSource.query(
    `INSERT INTO seat_assignment (session_id, signup_id, slot_id, room_id, seat, assigned_at) SELECT ?, id, ?, 'G1', ROW_NUMBER() OVER (ORDER BY id), NOW(3) FROM signup`,
    [sessionId, slot.insertId],
  );
  const token = await loginCentreAdmin(dataSource, API);
  return { sessionId, token };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message.slice(0, 500) : error);
  process.exit(1);
});
