import { readdir, readFile } from 'node:fs/promises';

/** One process as Linux's /proc shows it. */
export interface ProcessEntry {
  pid: number;
  ppid: number;
  pgid: number;
  /** 'Z' for a zombie: dead, waiting to be reaped. */
  state: string;
  /** Clock ticks after boot: with the pid, names one process even after its pid is reused. */
  startTime: number;
  argv: string[];
}

/** Parses /proc/<pid>/stat; the command name (2nd field) may hold spaces and parentheses, so fields are counted from its end. */
export function parseStat(stat: string): Pick<ProcessEntry, 'pid' | 'ppid' | 'pgid' | 'state' | 'startTime'> | null {
  const close = stat.lastIndexOf(')');
  if (close < 0) return null;
  const fields = stat.slice(close + 2).split(' ');
  // After the name: state(3) ppid(4) pgrp(5) … starttime(22), i.e. indexes 0, 1, 2 and 19 here.
  const pid = Number(stat.slice(0, stat.indexOf(' ')));
  const startTime = Number(fields[19]);
  if (!Number.isInteger(pid) || !Number.isFinite(startTime)) return null;
  return { pid, state: fields[0], ppid: Number(fields[1]), pgid: Number(fields[2]), startTime };
}

export async function readProcess(pid: number, procRoot = '/proc'): Promise<ProcessEntry | null> {
  try {
    const [stat, cmdline] = await Promise.all([readFile(`${procRoot}/${pid}/stat`, 'utf8'), readFile(`${procRoot}/${pid}/cmdline`, 'utf8')]);
    const parsed = parseStat(stat);
    if (!parsed) return null;
    return { ...parsed, argv: cmdline.split('\0').filter((arg) => arg.length > 0) };
  } catch {
    return null; // gone meanwhile, or not ours to read
  }
}

/** Every process of this machine (of this PID namespace). */
export async function listProcesses(procRoot = '/proc'): Promise<ProcessEntry[]> {
  const names = await readdir(procRoot);
  const entries = await Promise.all(names.filter((name) => /^\d+$/.test(name)).map((name) => readProcess(Number(name), procRoot)));
  return entries.filter((entry): entry is ProcessEntry => entry !== null);
}
