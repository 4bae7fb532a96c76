/**
 * Sign-up burst: N distinct candidates submit at once against the running API on real MySQL.
 * Prints throughput and p50/p99 next to a trivial endpoint on the same server, and counts lost and
 * duplicated sign-ups. Setup (trainees, accounts, logins and tokens) is written straight to MySQL and Redis as a
 * login would: the burst measures the submit path only (revocation check included), not password hashing.
 *
 * Every round has its own candidates and session. The first rounds after the API starts run while V8 is
 * still compiling the hot paths (each API process on its own): they are printed as warm-up, the first as
 * the cold figure. The measured rounds that follow are what a server that has been up for a while, and
 * has served previews and drafts, does when the window opens.
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
import { TokenClaims } from '@app/identity/token-claims';
import { TokenStateStore } from '@app/identity/tokens/token-state.store';
import { Trainee } from '@app/training/trainee.entity';
import { sign } from 'jsonwebtoken';
import { readdirSync, readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { formatLoad, LoadRequest, LoadResult, runLoad } from '../support/http-load';

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 2000);
const WARMUP_ROUNDS = Number(process.env.BENCH_WARMUP_ROUNDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const API_URL = process.env.BENCH_API_URL ?? 'http://127.0.0.1:3102';
const API_PID = process.env.BENCH_API_PID ? Number(process.env.BENCH_API_PID) : null;
const DB_PID = process.env.BENCH_DB_PID ? Number(process.env.BENCH_DB_PID) : null;

interface Round {
  label: string;
  trivial: LoadResult;
  submit: LoadResult;
  apiCpuMs: { trivial: number; submit: number } | null;
  dbCpuMs: number | null;
  clientCpuMs: number;
  stored: number;
  duplicates: number;
  audits: number;
}

async function main(): Promise<void> {
  const config = new AppConfig(validateEnvironment(process.env));
  if (!/bench/.test(config.database.name)) throw new Error(`refusing to write benchmark data into "${config.database.name}"`);
  const dataSource = new DataSource({ ...buildDataSourceOptions(config.database), migrationsRun: false });
  await dataSource.initialize();
  const tokenState = new TokenStateStore(config);
  await truncate(dataSource);

  console.log(`sign-up burst: ${CANDIDATES} distinct candidates per round, ${WARMUP_ROUNDS} warm-up and ${ROUNDS} measured rounds, concurrency ${CONCURRENCY}, API ${API_URL}`);
  const rounds: Round[] = [];
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    const label = round >= WARMUP_ROUNDS ? `measured round ${round - WARMUP_ROUNDS + 1}` : round === 0 ? 'warm-up 1: cold, the first burst after start' : `warm-up ${round + 1}`;
    const sessionId = await createSession(dataSource, round);
    const tokens = await candidates(dataSource, config, tokenState, round);
    const result = await burst(dataSource, label, sessionId, tokens);
    rounds.push(result);
    print(result);
    const rss = rssMiB(API_PID);
    if (rss !== null) console.log(`API resident memory after the round: ${rss} MiB`);
  }
  const measured = rounds.slice(WARMUP_ROUNDS);
  if (measured.length > 0) {
    const rates = measured.map((r) => r.submit.perSecond).sort((a, b) => a - b);
    const median = rates[Math.floor(rates.length / 2)];
    const worstP99 = Math.max(...measured.map((r) => r.submit.p99Ms));
    console.log(
      `summary over ${measured.length} measured rounds: submits/s median ${median.toFixed(0)} (min ${rates[0].toFixed(0)}, max ${rates[rates.length - 1].toFixed(0)})  worst p99 ${worstP99.toFixed(1)} ms` +
        `  (cold first burst: ${rounds[0].submit.perSecond.toFixed(0)}/s, p99 ${rounds[0].submit.p99Ms.toFixed(1)} ms)`,
    );
  }
  const lost = rounds.reduce((sum, r) => sum + (CANDIDATES - r.stored), 0);
  const duplicated = rounds.reduce((sum, r) => sum + r.duplicates, 0);
  console.log(`all rounds: lost ${lost}  duplicated ${duplicated}`);
  await dataSource.destroy();
  await tokenState.onModuleDestroy();
  if (lost !== 0 || duplicated !== 0) process.exitCode = 1;
}

async function burst(dataSource: DataSource, label: string, sessionId: number, tokens: string[]): Promise<Round> {
  const trivial: LoadRequest[] = Array.from({ length: CANDIDATES }, () => ({ method: 'GET', path: '/health/live' }));
  const submits: LoadRequest[] = tokens.map((token) => ({ method: 'POST', path: `/me/signups/${sessionId}/submit`, headers: { authorization: `Bearer ${token}` }, body: '{}' }));
  const cpu0 = cpuMs(API_PID);
  const trivialResult = await runLoad(API_URL, trivial, CONCURRENCY);
  const cpu1 = cpuMs(API_PID);
  const db1 = cpuMs(DB_PID);
  const client1 = process.cpuUsage();
  const submitResult = await runLoad(API_URL, submits, CONCURRENCY);
  const client = process.cpuUsage(client1);
  const cpu2 = cpuMs(API_PID);
  const db2 = cpuMs(DB_PID);

  const [{ stored }] = await dataSource.query("SELECT COUNT(*) AS stored FROM signup WHERE session_id = ? AND status = 'SUBMITTED'", [sessionId]);
  const [{ duplicates }] = await dataSource.query('SELECT COUNT(*) AS duplicates FROM (SELECT trainee_id FROM signup WHERE session_id = ? GROUP BY trainee_id HAVING COUNT(*) > 1) d', [sessionId]);
  const [{ audits }] = await dataSource.query(
    "SELECT COUNT(*) AS audits FROM audit_record a JOIN signup s ON a.entity_type = 'signup' AND a.entity_id = s.id WHERE s.session_id = ? AND a.action = 'SIGNUP_SUBMITTED'",
    [sessionId],
  );
  return {
    label,
    trivial: trivialResult,
    submit: submitResult,
    apiCpuMs: cpu0 !== null && cpu1 !== null && cpu2 !== null ? { trivial: cpu1 - cpu0, submit: cpu2 - cpu1 } : null,
    dbCpuMs: db1 !== null && db2 !== null ? db2 - db1 : null,
    clientCpuMs: (client.user + client.system) / 1000,
    stored: Number(stored),
    duplicates: Number(duplicates),
    audits: Number(audits),
  };
}

function print(round: Round): void {
  console.log(`-- ${round.label}`);
  console.log(formatLoad('trivial GET /health/live', round.trivial));
  console.log(formatLoad('POST /me/signups/:id/submit', round.submit));
  console.log(`submit throughput vs trivial endpoint: ${((round.submit.perSecond / round.trivial.perSecond) * 100).toFixed(0)}%`);
  if (round.apiCpuMs) {
    // CPU time per request steadies the comparison when other work shares the cores.
    const db = round.dbCpuMs === null ? '' : `  database server per submit ${(round.dbCpuMs / CANDIDATES).toFixed(3)} ms`;
    console.log(
      `CPU per request: API trivial ${(round.apiCpuMs.trivial / CANDIDATES).toFixed(3)} ms  API submit ${(round.apiCpuMs.submit / CANDIDATES).toFixed(3)} ms${db}  load generator per submit ${(round.clientCpuMs / CANDIDATES).toFixed(3)} ms`,
    );
  }
  const accepted = round.submit.statuses[201] ?? 0;
  console.log(`accepted (201): ${accepted}  rows in database: ${round.stored}  lost: ${CANDIDATES - round.stored}  duplicated: ${round.duplicates}  audit records: ${round.audits}`);
  if (accepted !== CANDIDATES) console.log(`first refusal: ${round.submit.bodies.find((b) => !b.includes('"SUBMITTED"'))?.slice(0, 300)}`);
}

/** User + system CPU so far of a process and its children (an API run as several processes), from Linux /proc; null elsewhere. */
function cpuMs(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    return processTree(pid).reduce((sum, p) => {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
      return sum + (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
    }, 0);
  } catch {
    return null;
  }
}

function processTree(pid: number): number[] {
  const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
  );
  return [pid, ...children.flatMap(processTree)];
}

function rssMiB(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const kB = processTree(pid).reduce((sum, p) => sum + Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0), 0);
    return Math.round(kB / 1024);
  } catch {
    return null;
  }
}

async function truncate(dataSource: DataSource): Promise<void> {
  await dataSource.query('SET FOREIGN_KEY_CHECKS = 0');
  for (const table of ['refresh_token', 'refresh_token_family', 'audit_record', 'eligibility_exception', 'subject_attempt', 'signup', 'user_account', 'trainee', 'assessment_session']) await dataSource.query(`TRUNCATE TABLE ${table}`);
  await dataSource.query('SET FOREIGN_KEY_CHECKS = 1');
}

/** A session whose sign-up window is open now (the API runs on the real clock). */
async function createSession(dataSource: DataSource, round: number): Promise<number> {
  const today = beijingDateOf(new Date());
  const year = Number(today.slice(0, 4));
  const window = (from: number, to: number) => ({ opensAt: beijingToInstant(addDays(today, from)), closesAt: beijingToInstant(addDays(today, to)) });
  const columns = toSessionColumns({
    code: `BENCH-${round}`,
    name: `benchmark session ${round}`,
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

/** The round's own trainees and candidate accounts, and a token for each. */
async function candidates(dataSource: DataSource, config: AppConfig, tokenState: TokenStateStore, round: number): Promise<string[]> {
  const cipher = new PersonalDataCipher(config.personalData.encryptionKey, config.personalData.hashKey);
  const [base] = await dataSource.query("SELECT id, city_id FROM organisation WHERE kind = 'BASE' ORDER BY id LIMIT 1");
  const year = Number(beijingDateOf(new Date()).slice(0, 4));
  const trainees = Array.from({ length: CANDIDATES }, (_, i) => {
    const first17 = `350102${19900101 + (i % 28)}${String(i % 1000).padStart(3, '0')}`.slice(0, 17);
    const idNumber = first17 + gb11643CheckChar(first17);
    return {
      name: `考生${round}-${i}`,
      idType: 'RESIDENT_ID' as const,
      // Distinct look-up hashes, as if every candidate had their own number.
      idHash: cipher.lookupHash('RESIDENT_ID', `${idNumber}#${round}-${i}`),
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
  const [{ lastId: before }] = await dataSource.query('SELECT COALESCE(MAX(id), 0) AS lastId FROM trainee');
  for (let i = 0; i < trainees.length; i += 500) await dataSource.createQueryBuilder().insert().into(Trainee).values(trainees.slice(i, i + 500)).execute();
  const ids: Array<{ id: number }> = await dataSource.query('SELECT id FROM trainee WHERE id > ? ORDER BY id', [before]);
  const users = ids.map(({ id }) => ({ username: `bench${id}`, passwordHash: 'not-used-by-the-burst', role: 'CANDIDATE' as const, displayName: `考生${id}`, organisationId: null, traineeId: Number(id), active: true }));
  for (let i = 0; i < users.length; i += 500) await dataSource.createQueryBuilder().insert().into(UserAccount).values(users.slice(i, i + 500)).execute();
  // One login (refresh-token family) per account, and the account's token version published to Redis, as a login does.
  await dataSource.query('INSERT INTO refresh_token_family (account_id, created_at) SELECT id, NOW(3) FROM user_account WHERE trainee_id > ?', [before]);
  const accounts: Array<{ id: number; trainee_id: number; family: number }> = await dataSource.query(
    'SELECT a.id, a.trainee_id, f.id AS family FROM user_account a JOIN refresh_token_family f ON f.account_id = a.id WHERE a.trainee_id > ? ORDER BY a.id',
    [before],
  );
  await Promise.all(accounts.map((a) => tokenState.raiseVersion(Number(a.id), 0)));
  return accounts.map((a) => {
    const claims: TokenClaims = { sub: Number(a.id), role: 'CANDIDATE', org: null, base: null, city: null, trainee: Number(a.trainee_id), ver: 0, fam: Number(a.family) };
    return sign(claims, config.auth.jwtSecret, { expiresIn: 3600, algorithm: 'HS256' });
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message.slice(0, 500) : error);
  process.exit(1);
});
