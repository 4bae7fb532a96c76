/**
 * Sign-up burst: N distinct candidates submit at once against the running API on real MySQL.
 * Prints throughput and p50/p99 next to a trivial endpoint on the same server, and counts lost and
 * duplicated sign-ups. Setup (trainees, accounts, tokens) is written straight to the database: the
 * burst measures the submit path only, not password hashing.
 */
import 'reflect-metadata';
import { AssessmentSession } from '@app/assessment/entities/assessment-session.entity';
import { toSessionColumns } from '@app/assessment/sessions/session-definition';
import { AppConfig, validateEnvironment } from '@app/common/config';
import { PersonalDataCipher } from '@app/common/crypto';
import { gb11643CheckChar, maskIdNumber } from '@app/common/identity-document';
import { addDays, beijingDateOf, beijingToInstant } from '@app/common/time';
import { buildDataSourceOptions } from '@app/database';
import { UserAccount } from '@app/identity/entities/user-account.entity';
import { Trainee } from '@app/training/trainee.entity';
import { sign } from 'jsonwebtoken';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { formatLoad, LoadRequest, runLoad } from '../support/http-load';

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const API_URL = process.env.BENCH_API_URL ?? 'http://127.0.0.1:3102';
const API_PID = process.env.BENCH_API_PID ? Number(process.env.BENCH_API_PID) : null;

async function main(): Promise<void> {
  const config = new AppConfig(validateEnvironment(process.env));
  if (!/bench/.test(config.database.name)) throw new Error(`refusing to write benchmark data into "${config.database.name}"`);
  const dataSource = new DataSource({ ...buildDataSourceOptions(config.database), migrationsRun: false });
  await dataSource.initialize();
  const sessionId = await prepare(dataSource);
  const tokens = await candidates(dataSource, config);

  const trivial: LoadRequest[] = Array.from({ length: CANDIDATES }, () => ({ method: 'GET', path: '/health/live' }));
  const submits: LoadRequest[] = tokens.map((token) => ({ method: 'POST', path: `/me/signups/${sessionId}/submit`, headers: { authorization: `Bearer ${token}` }, body: '{}' }));

  await runLoad(API_URL, trivial.slice(0, 500), CONCURRENCY); // warm-up
  const cpu0 = apiCpuMs();
  const trivialResult = await runLoad(API_URL, trivial, CONCURRENCY);
  const cpu1 = apiCpuMs();
  const submitResult = await runLoad(API_URL, submits, CONCURRENCY);
  const cpu2 = apiCpuMs();

  const [{ stored }] = await dataSource.query("SELECT COUNT(*) AS stored FROM signup WHERE session_id = ? AND status = 'SUBMITTED'", [sessionId]);
  const [{ duplicates }] = await dataSource.query('SELECT COUNT(*) AS duplicates FROM (SELECT trainee_id FROM signup WHERE session_id = ? GROUP BY trainee_id HAVING COUNT(*) > 1) d', [sessionId]);
  const [{ audits }] = await dataSource.query("SELECT COUNT(*) AS audits FROM audit_record WHERE action = 'SIGNUP_SUBMITTED'");
  const accepted = submitResult.statuses[201] ?? 0;
  const lost = CANDIDATES - Number(stored);

  console.log(`sign-up burst: ${CANDIDATES} distinct candidates, concurrency ${CONCURRENCY}, API ${API_URL}`);
  console.log(formatLoad('trivial GET /health/live', trivialResult));
  console.log(formatLoad('POST /me/signups/:id/submit', submitResult));
  console.log(`submit throughput vs trivial endpoint: ${((submitResult.perSecond / trivialResult.perSecond) * 100).toFixed(0)}%`);
  if (cpu0 !== null && cpu1 !== null && cpu2 !== null) {
    // CPU time per request steadies the comparison when other work shares the cores.
    console.log(`API process CPU per request: trivial ${((cpu1 - cpu0) / CANDIDATES).toFixed(3)} ms  submit ${((cpu2 - cpu1) / CANDIDATES).toFixed(3)} ms`);
  }
  console.log(`accepted (201): ${accepted}  rows in database: ${stored}  lost: ${lost}  duplicated: ${duplicates}  audit records: ${audits}`);
  if (accepted !== CANDIDATES) console.log(`first refusal: ${submitResult.bodies.find((b) => !b.includes('"SUBMITTED"'))?.slice(0, 300)}`);
  await dataSource.destroy();
  if (lost !== 0 || Number(duplicates) !== 0) process.exitCode = 1;
}

/** User + system CPU of the API process so far (Linux /proc; clock ticks of 10 ms), or null elsewhere. */
function apiCpuMs(): number | null {
  if (API_PID === null) return null;
  try {
    const fields = readFileSync(`/proc/${API_PID}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** A session whose sign-up window is open now (the API runs on the real clock). */
async function prepare(dataSource: DataSource): Promise<number> {
  await dataSource.query('SET FOREIGN_KEY_CHECKS = 0');
  for (const table of ['audit_record', 'eligibility_exception', 'subject_attempt', 'signup', 'user_account', 'trainee', 'assessment_session']) await dataSource.query(`TRUNCATE TABLE ${table}`);
  await dataSource.query('SET FOREIGN_KEY_CHECKS = 1');
  const today = beijingDateOf(new Date());
  const year = Number(today.slice(0, 4));
  const window = (from: number, to: number) => ({ opensAt: beijingToInstant(addDays(today, from)), closesAt: beijingToInstant(addDays(today, to)) });
  const columns = toSessionColumns({
    code: 'BENCH',
    name: 'benchmark session',
    year,
    ruleSetVersion: 'bench.1',
    signupWindow: window(-1, 2),
    reviewWindow: window(-1, 3),
    admittedRotationEndYears: { from: year - 2, to: year },
    rotationCutoff: `${year}-12-01`,
    subjects: [
      { subject: 'THEORY', ticketMode: 'NATIONAL_SITE', ticketWindow: window(10, 12), exam: window(12, 13) },
      { subject: 'SKILLS', ticketMode: 'PLATFORM', ticketWindow: window(10, 12), exam: window(12, 13) },
    ],
    resultsNote: null,
  });
  const result = await dataSource.createQueryBuilder().insert().into(AssessmentSession).values({ ...columns, version: 1 }).execute();
  return Number(result.identifiers[0].id);
}

async function candidates(dataSource: DataSource, config: AppConfig): Promise<string[]> {
  const cipher = new PersonalDataCipher(config.personalData.encryptionKey, config.personalData.hashKey);
  const [base] = await dataSource.query("SELECT id, city_id FROM organisation WHERE kind = 'BASE' ORDER BY id LIMIT 1");
  const year = Number(beijingDateOf(new Date()).slice(0, 4));
  const trainees = Array.from({ length: CANDIDATES }, (_, i) => {
    const first17 = `350102${19900101 + (i % 28)}${String(i % 1000).padStart(3, '0')}`.slice(0, 17);
    const idNumber = first17 + gb11643CheckChar(first17);
    return {
      name: `考生${i}`,
      idType: 'RESIDENT_ID' as const,
      // Distinct look-up hashes, as if every candidate had their own number.
      idHash: cipher.lookupHash('RESIDENT_ID', `${idNumber}#${i}`),
      idCipher: cipher.encrypt(idNumber),
      idMasked: maskIdNumber('RESIDENT_ID', idNumber),
      baseId: Number(base.id),
      cityId: Number(base.city_id),
      cohort: String(year - 2),
      rotationEndDate: `${year}-06-30`,
      phaseTheoryPassed: true,
      processAssessmentPassed: true,
      retrainingRequired: false,
      sex: 'F' as const,
      birthDate: '1990-01-01',
      phone: '13800000000',
      photoKey: 'photos/bench/sample.jpg',
      photoSha256: '0'.repeat(64),
      photoLocked: false,
      version: 1,
    };
  });
  for (let i = 0; i < trainees.length; i += 500) await dataSource.createQueryBuilder().insert().into(Trainee).values(trainees.slice(i, i + 500)).execute();
  const ids: Array<{ id: number }> = await dataSource.query('SELECT id FROM trainee ORDER BY id');
  const users = ids.map(({ id }) => ({ username: `bench${id}`, passwordHash: 'not-used-by-the-burst', role: 'CANDIDATE' as const, displayName: `考生${id}`, organisationId: null, traineeId: Number(id), active: true }));
  for (let i = 0; i < users.length; i += 500) await dataSource.createQueryBuilder().insert().into(UserAccount).values(users.slice(i, i + 500)).execute();
  const accounts: Array<{ id: number; trainee_id: number }> = await dataSource.query('SELECT id, trainee_id FROM user_account ORDER BY id');
  return accounts.map((a) => sign({ sub: a.id, role: 'CANDIDATE', org: null, base: null, city: null, trainee: a.trainee_id }, config.auth.jwtSecret, { expiresIn: 3600, algorithm: 'HS256' }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message.slice(0, 500) : error);
  process.exit(1);
});
