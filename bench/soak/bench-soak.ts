/**
 * Sign-up soak: many rounds of distinct candidates submitting at once against the running API, with the
 * resident memory (RSS) of every API process sampled after each round, and V8's heap in use of each API
 * copy (through the inspector the run script enables). Prints per round and a verdict: RSS growth per
 * 10,000 submits over the first half of the rounds vs the second half, and whether it levelled off.
 * Setup data is written straight to the database, as in the sign-up burst.
 */
import 'reflect-metadata';
import { AppConfig, validateEnvironment } from '@app/common/config';
import { mkdirSync } from 'node:fs';
import { runLoad } from '../support/http-load';
import { InspectorClient } from '../support/inspector';
import { childProcesses, rssKiB } from '../support/processes';
import { TokenStateStore } from '@app/identity/tokens/token-state.store';
import { countStored, createCandidates, createSession, openBenchDatabase, submitRequests } from '../support/signup-data';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const API_URL = process.env.BENCH_API_URL ?? 'http://127.0.0.1:3103';
const API_PID = Number(process.env.BENCH_API_PID);
/** Growth in the second half under this (MiB per 10,000 submits, all API processes) counts as levelled off. */
const FLAT_MIB = Number(process.env.BENCH_SOAK_FLAT_MIB ?? 2);
/**
 * After each round, a full collection in every API copy before memory is read, so the figures are what
 * the copies retain, not how far V8 let garbage pile up before its next major collection (a sawtooth that
 * hides a slow leak). BENCH_SOAK_GC=false reads memory as it is, the way production sees it.
 */
const COLLECT_FIRST = process.env.BENCH_SOAK_GC !== 'false';
/** Rounds after which each API copy's heap snapshot is written to var/bench-soak/ (e.g. "5,25"). */
const SNAPSHOT_ROUNDS = new Set((process.env.BENCH_SOAK_SNAPSHOTS ?? '').split(',').filter(Boolean).map(Number));
const SNAPSHOT_DIR = 'var/bench-soak';

const MiB = 1024 * 1024;

interface Sample {
  round: number;
  submits: number;
  copies: Array<{ pid: number; rssMiB: number; heapMiB: number | null }>;
  supervisorMiB: number;
  totalMiB: number;
}

async function main(): Promise<void> {
  if (!Number.isInteger(API_PID) || API_PID <= 0) throw new Error('BENCH_API_PID (the API process) is required');
  const config = new AppConfig(validateEnvironment(process.env));
  const dataSource = await openBenchDatabase(config);
  const tokenState = new TokenStateStore(config);
  const copyPids = childProcesses(API_PID);
  const pids = copyPids.length > 0 ? copyPids : [API_PID];
  const inspectors = new Map<number, InspectorClient>();
  for (const pid of pids) {
    const client = await InspectorClient.attach(pid);
    if (client) inspectors.set(pid, client);
  }
  console.log(
    `sign-up soak: ${ROUNDS} rounds × ${CANDIDATES} distinct candidates = ${ROUNDS * CANDIDATES} submits, concurrency ${CONCURRENCY}, API ${API_URL}, ` +
      `${pids.length} API ${pids.length === 1 ? 'process' : `copies (pids ${pids.join(', ')}) under supervisor ${API_PID}`}` +
      (inspectors.size === pids.length
        ? `; memory read ${COLLECT_FIRST ? 'after a full collection in each copy' : 'as it is, garbage included (BENCH_SOAK_GC=false)'}`
        : '; V8 heap not available (no inspector): RSS only, as it is'),
  );

  const samples: Sample[] = [await sample(0, 0, pids, inspectors)];
  printSample(samples[0], 'after start, before any submit');
  let lost = 0;
  let duplicated = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const sessionId = await createSession(dataSource, round);
    const tokens = await createCandidates(dataSource, config, tokenState, round, CANDIDATES);
    const result = await runLoad(API_URL, submitRequests(sessionId, tokens), CONCURRENCY);
    const { stored, duplicates } = await countStored(dataSource, sessionId);
    lost += CANDIDATES - stored;
    duplicated += duplicates;
    const s = await sample(round, round * CANDIDATES, pids, inspectors);
    samples.push(s);
    printSample(s, `${result.perSecond.toFixed(0)} submits/s, p99 ${result.p99Ms.toFixed(0)} ms, 201: ${result.statuses[201] ?? 0}, stored ${stored}`);
    if (SNAPSHOT_ROUNDS.has(round)) await writeSnapshots(round, inspectors);
  }
  for (const client of inspectors.values()) client.close();
  await dataSource.destroy();
  await tokenState.onModuleDestroy();

  const verdict = judge(samples);
  console.log(verdict.lines.join('\n'));
  console.log(`all rounds: lost ${lost}  duplicated ${duplicated}`);
  if (lost !== 0 || duplicated !== 0 || !verdict.levelledOff) process.exitCode = 1;
}

async function sample(round: number, submits: number, pids: number[], inspectors: Map<number, InspectorClient>): Promise<Sample> {
  if (COLLECT_FIRST) await Promise.all([...inspectors.values()].map((client) => client.collectGarbage()));
  const rss = pids.map((pid) => (rssKiB(pid) ?? 0) / 1024);
  const supervisorMiB = pids[0] === API_PID ? 0 : (rssKiB(API_PID) ?? 0) / 1024;
  const copies = await Promise.all(
    pids.map(async (pid, i) => {
      const client = inspectors.get(pid);
      return { pid, rssMiB: rss[i], heapMiB: client ? (await client.heapUsedBytes()) / MiB : null };
    }),
  );
  return { round, submits, copies, supervisorMiB, totalMiB: supervisorMiB + rss.reduce((a, b) => a + b, 0) };
}

function printSample(s: Sample, note: string): void {
  const rss = s.copies.map((c) => c.rssMiB.toFixed(1).padStart(6)).join(' ');
  const heap = s.copies.every((c) => c.heapMiB !== null) ? `  heap ${COLLECT_FIRST ? 'after GC' : 'used'} ${s.copies.map((c) => c.heapMiB!.toFixed(1).padStart(5)).join(' ')}` : '';
  const supervisor = s.supervisorMiB > 0 ? `  supervisor ${s.supervisorMiB.toFixed(1)}` : '';
  console.log(
    `round ${String(s.round).padStart(2)}/${ROUNDS}  ${String(s.submits).padStart(6)} submits  RSS MiB: copies ${rss}${supervisor}  total ${s.totalMiB.toFixed(1).padStart(6)}${heap}  (${note})`,
  );
}

async function writeSnapshots(round: number, inspectors: Map<number, InspectorClient>): Promise<void> {
  mkdirSync(SNAPSHOT_DIR, { recursive: true });
  for (const [pid, client] of inspectors) {
    const file = `${SNAPSHOT_DIR}/round-${String(round).padStart(2, '0')}-pid-${pid}.heapsnapshot`;
    await client.writeHeapSnapshot(file);
    console.log(`heap snapshot: ${file}`);
  }
}

/** Least-squares slope of `value` over submits, in MiB per 10,000 submits. */
export function growthPer10k(points: Array<{ submits: number; value: number }>): number {
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.submits, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.value, 0) / n;
  const sxy = points.reduce((sum, p) => sum + (p.submits - meanX) * (p.value - meanY), 0);
  const sxx = points.reduce((sum, p) => sum + (p.submits - meanX) ** 2, 0);
  return sxx === 0 ? 0 : (sxy / sxx) * 10_000;
}

function judge(samples: Sample[]): { levelledOff: boolean; lines: string[] } {
  // The first half starts at the sample taken before any submit; the halves share no round.
  const middle = Math.floor((samples.length - 1) / 2);
  const first = samples.slice(0, middle + 1);
  const second = samples.slice(middle + 1);
  const span = (part: Sample[]) => `rounds ${part[0].round}-${part[part.length - 1].round}`;
  const rssGrowth = (part: Sample[]) => growthPer10k(part.map((s) => ({ submits: s.submits, value: s.totalMiB })));
  const firstRss = rssGrowth(first);
  const secondRss = rssGrowth(second);
  const levelledOff = secondRss <= FLAT_MIB;
  const signed = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(1)}`;
  const lines = [
    `RSS of all API processes: ${samples[0].totalMiB.toFixed(1)} MiB before the first submit, ${samples[middle].totalMiB.toFixed(1)} after round ${samples[middle].round}, ${samples[samples.length - 1].totalMiB.toFixed(1)} after round ${samples[samples.length - 1].round}`,
    `RSS growth, MiB per 10,000 submits (least squares): first half (${span(first)}) ${signed(firstRss)}, second half (${span(second)}) ${signed(secondRss)}`,
  ];
  if (samples.every((s) => s.copies.every((c) => c.heapMiB !== null))) {
    const heapTotal = (s: Sample) => s.copies.reduce((sum, c) => sum + c.heapMiB!, 0);
    const heapGrowth = (part: Sample[]) => growthPer10k(part.map((s) => ({ submits: s.submits, value: heapTotal(s) })));
    lines.push(
      `V8 heap ${COLLECT_FIRST ? 'after GC' : 'used'}, all copies: ${heapTotal(samples[0]).toFixed(1)} MiB before the first submit, ${heapTotal(samples[samples.length - 1]).toFixed(1)} at the end; ` +
        `MiB per 10,000 submits: first half ${signed(heapGrowth(first))}, second half ${signed(heapGrowth(second))}`,
    );
  }
  lines.push(
    levelledOff
      ? `verdict: RSS levelled off (second half ${signed(secondRss)} MiB per 10,000 submits, limit ${FLAT_MIB})`
      : `verdict: RSS keeps growing (second half ${signed(secondRss)} MiB per 10,000 submits, over the limit of ${FLAT_MIB})`,
  );
  return { levelledOff, lines };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message.slice(0, 500) : error);
  process.exit(1);
});
