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
import { AppConfig, validateEnvironment } from '@app/common/config';
import { TokenStateStore } from '@app/identity/tokens/token-state.store';
import { DataSource } from 'typeorm';
import { formatLoad, LoadRequest, LoadResult, runLoad } from '../support/http-load';
import { cpuMs, rssMiB } from '../support/processes';
import { countStored, createCandidates, createSession, openBenchDatabase, submitRequests } from '../support/signup-data';

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
  const dataSource = await openBenchDatabase(config);
  const tokenState = new TokenStateStore(config);

  console.log(`sign-up burst: ${CANDIDATES} distinct candidates per round, ${WARMUP_ROUNDS} warm-up and ${ROUNDS} measured rounds, concurrency ${CONCURRENCY}, API ${API_URL}`);
  const rounds: Round[] = [];
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    const label = round >= WARMUP_ROUNDS ? `measured round ${round - WARMUP_ROUNDS + 1}` : round === 0 ? 'warm-up 1: cold, the first burst after start' : `warm-up ${round + 1}`;
    const sessionId = await createSession(dataSource, round);
    const tokens = await createCandidates(dataSource, config, tokenState, round, CANDIDATES);
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
  const trivial: LoadRequest[] = Array.from({ length: CANDIDATES }, () => ({ method: 'GET', path: '/api/health/live' }));
  const submits: LoadRequest[] = submitRequests(sessionId, tokens);
  const cpu0 = cpuMs(API_PID);
  const trivialResult = await runLoad(API_URL, trivial, CONCURRENCY);
  const cpu1 = cpuMs(API_PID);
  const db1 = cpuMs(DB_PID);
  const client1 = process.cpuUsage();
  const submitResult = await runLoad(API_URL, submits, CONCURRENCY);
  const client = process.cpuUsage(client1);
  const cpu2 = cpuMs(API_PID);
  const db2 = cpuMs(DB_PID);

  const { stored, duplicates, audits } = await countStored(dataSource, sessionId);
  return {
    label,
    trivial: trivialResult,
    submit: submitResult,
    apiCpuMs: cpu0 !== null && cpu1 !== null && cpu2 !== null ? { trivial: cpu1 - cpu0, submit: cpu2 - cpu1 } : null,
    dbCpuMs: db1 !== null && db2 !== null ? db2 - db1 : null,
    clientCpuMs: (client.user + client.system) / 1000,
    stored,
    duplicates,
    audits,
  };
}

function print(round: Round): void {
  console.log(`-- ${round.label}`);
  console.log(formatLoad('trivial GET /api/health/live', round.trivial));
  console.log(formatLoad('POST /api/me/signups/:id/submit', round.submit));
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message.slice(0, 500) : error);
  process.exit(1);
});
