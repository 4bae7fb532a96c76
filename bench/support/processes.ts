import { readdirSync, readFileSync } from 'node:fs';

/** A process and its descendants (an API run as a supervisor and its copies), from Linux /proc. */
export function processTree(pid: number): number[] {
  return [pid, ...childProcesses(pid).flatMap(processTree)];
}

/** The direct children of a process (the API copies of a supervisor), from Linux /proc. */
export function childProcesses(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
}

/** User + system CPU so far of a process and its children, in ms; null where /proc cannot tell. */
export function cpuMs(pid: number | null): number | null {
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

/** Resident memory of one process in KiB (VmRSS), or null when it is gone. */
export function rssKiB(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Resident memory of a process and its children, in MiB; null where /proc cannot tell. */
export function rssMiB(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    return Math.round(processTree(pid).reduce((sum, p) => sum + (rssKiB(p) ?? 0), 0) / 1024);
  } catch {
    return null;
  }
}
