import { mkdir, readdir, rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { listProcesses, ProcessEntry, readProcess } from './process-table';

/** A profile directory's name says which process launched its browser: `<pid>-<start time>-<n>`. */
const PROFILE_NAME = /^(\d+)-(\d+)-(\d+)$/;

export interface OrphanPlan {
  /** Process groups led by one of the orphaned browsers: killed whole, helpers included. */
  groups: number[];
  /** Every process carrying a dead owner's profile. */
  pids: number[];
}

export interface SweepReport {
  /** Profiles of dead owners, removed. */
  profiles: string[];
  killed: number[];
}

function isChromium(entry: ProcessEntry): boolean {
  return entry.argv.length > 0 && /chrom|headless_shell/i.test(basename(entry.argv[0]));
}

/**
 * Which processes a start-up sweep kills: Chromium processes whose --user-data-dir is exactly one of the dead
 * owners' profiles, and the process groups such a browser leads. Anything else, another engineer's or another
 * live worker's Chromium included, is never touched; nor is the sweeping process's own group.
 */
export function orphanedChromium(processes: ProcessEntry[], deadProfiles: string[], self: { pid: number; pgid: number }): OrphanPlan {
  const markers = new Set(deadProfiles.map((dir) => `--user-data-dir=${dir}`));
  const orphans = processes.filter((p) => p.state !== 'Z' && p.pid !== self.pid && p.pgid !== self.pgid && isChromium(p) && p.argv.some((arg) => markers.has(arg)));
  const pids = orphans.map((p) => p.pid);
  const groups = orphans.filter((p) => p.pgid === p.pid).map((p) => p.pid);
  return { groups, pids };
}

/**
 * The workers' Chromium profiles, one directory per launched browser under RUN_DIR/chromium (local to this
 * machine). The directory doubles as the record of which worker process launched which browser: its path is
 * on every Chromium process's command line, so a worker starting up can find the browsers of a worker that
 * died without closing them, and only those.
 */
export class ChromiumProfiles {
  readonly root: string;
  private launched = 0;

  constructor(runDir: string) {
    this.root = resolve(runDir, 'chromium');
  }

  async create(): Promise<string> {
    const self = await readProcess(process.pid);
    const dir = join(this.root, `${process.pid}-${self?.startTime ?? 0}-${++this.launched}`);
    await mkdir(dir, { recursive: true });
    return dir;
  }

  async remove(dir: string): Promise<void> {
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  }

  /**
   * Kills the Chromium processes left by workers that died (SIGKILL, OOM) and removes their profiles. An owner
   * is alive when a process with its pid and start time still runs; a reused pid has another start time.
   * Returns once the killed processes are gone.
   */
  async sweep(timeoutMs = 10_000): Promise<SweepReport> {
    const names = await readdir(this.root).catch(() => [] as string[]);
    if (names.length === 0) return { profiles: [], killed: [] };
    const processes = await listProcesses();
    const running = new Set(processes.map((p) => `${p.pid}-${p.startTime}`));
    const dead = names
      .map((name) => ({ name, match: PROFILE_NAME.exec(name) }))
      .filter(({ match }) => match !== null && !running.has(`${match[1]}-${match[2]}`))
      .map(({ name }) => join(this.root, name));
    if (dead.length === 0) return { profiles: [], killed: [] };
    const self = processes.find((p) => p.pid === process.pid);
    const plan = orphanedChromium(processes, dead, { pid: process.pid, pgid: self?.pgid ?? process.pid });
    for (const group of plan.groups) signal(-group);
    for (const pid of plan.pids) signal(pid);
    await waitUntilGone(plan.pids, timeoutMs);
    for (const dir of dead) await this.remove(dir);
    return { profiles: dead, killed: plan.pids };
  }
}

function signal(target: number): void {
  try {
    process.kill(target, 'SIGKILL');
  } catch {
    // already gone
  }
}

async function waitUntilGone(pids: number[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let left = pids;
  while (left.length > 0 && Date.now() < deadline) {
    const states = await Promise.all(left.map((pid) => readProcess(pid)));
    left = left.filter((_pid, i) => states[i] !== null && states[i].state !== 'Z');
    if (left.length > 0) await delay(50);
  }
}
